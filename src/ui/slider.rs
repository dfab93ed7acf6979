use leptos::prelude::*;
use web_sys::HtmlInputElement;

/// A labelled range input that reports on every `input` event (while dragging, not on release)
/// and tells screen readers its value in words through `aria-valuetext`.
#[component]
pub fn Slider(
    /// The control's id, which is also its key in shareable links.
    id: &'static str,
    label: &'static str,
    /// A short hint under the label.
    hint: &'static str,
    /// Bounds and step as attribute text ("0", "40", "0.5"): no float formatting needed.
    min: &'static str,
    max: &'static str,
    step: &'static str,
    /// The value, live: its words follow every step.
    #[prop(into)]
    value: Signal<f64>,
    /// Where the thumb is put: only a change the slider did not make moves it (the browser has
    /// already moved it for the user's own), so a key press sets no property on it.
    #[prop(into)]
    thumb: Signal<f64>,
    /// The value in words, e.g. "4.5 years".
    value_text: fn(f64) -> String,
    /// The widest of those words over the whole range. The shown value keeps its width
    /// (main.css), so dragging never rewraps the label and moves the form under the pointer.
    widest: &'static str,
    #[prop(into)] on_input: Callback<f64>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let output_id = format!("{id}-value");
    view! {
        <div class="field slider">
            <div class="slider-head">
                <label for=id>{label}</label>
                <output id=output_id.clone() for=id aria-hidden="true" data-widest=widest>{move || value_text(value.get())}</output>
            </div>
            <input
                type="range"
                id=id
                name=id
                min=min
                max=max
                step=step
                prop:value=move || thumb.get()
                aria-valuetext=move || value_text(value.get())
                aria-describedby=hint_id.clone()
                on:input=move |ev| {
                    let number = event_target::<HtmlInputElement>(&ev).value_as_number();
                    if number.is_finite() {
                        on_input.run(number);
                    }
                }
            />
            <p class="hint" id=hint_id>{hint}</p>
        </div>
    }
}
