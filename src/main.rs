//! The browser entry point: swaps the loading notice for the calculator.

fn main() {
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(payband::ui::App);
}
