//! The browser entry point.

fn main() {
    payband::ui::open();
}
