use leptos::prelude::*;
use web_sys::HtmlSelectElement;

/// A labelled drop-down for a single choice among many options (location, language, industry).
/// It answers `input`, which browsers fire as soon as the choice changes, keyboard included.
#[component]
pub fn Select(
    /// The control's id, which is also its key in shareable links.
    id: &'static str,
    label: &'static str,
    /// `(id, label)` of each option, in model order.
    options: Vec<(String, String)>,
    #[prop(into)] selected: Signal<usize>,
    #[prop(into)] on_change: Callback<usize>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, text))| {
            view! { <option value=value prop:selected=move || selected.get() == index>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select
                id=id
                name=id
                on:input=move |ev| {
                    let index = event_target::<HtmlSelectElement>(&ev).selected_index();
                    if let Ok(index) = usize::try_from(index) {
                        on_change.run(index);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
