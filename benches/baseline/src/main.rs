//! Baseline for the benchmark: one slider, one number, nothing else.
use leptos::prelude::*;
use web_sys::HtmlInputElement;

#[component]
fn Baseline() -> impl IntoView {
    let (years, set_years) = signal(4.0_f64);
    let salary = Memo::new(move |_| 74_000 + (years.get() * 4_000.0) as i64);
    view! {
        <label for="exp">"Years"</label>
        <input
            type="range"
            id="exp"
            min="0"
            max="40"
            step="0.5"
            prop:value=move || years.get()
            on:input=move |ev| set_years.set(event_target::<HtmlInputElement>(&ev).value_as_number())
        />
        <p>"Salary: " <span id="median" data-value=move || salary.get().to_string()>{move || salary.get().to_string()}</span></p>
    }
}

fn main() {
    leptos::mount::mount_to_body(Baseline);
}
