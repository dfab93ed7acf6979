use leptos::prelude::*;

/// A fieldset of radio buttons for a choice among a few options (remote arrangement, company).
/// Arrow keys move between options, as browsers do for radios sharing a name.
#[component]
pub fn RadioGroup(
    /// The fieldset's id and the radios' name: the key in shareable links.
    id: &'static str,
    legend: &'static str,
    /// `(id, label)` of each option, in model order.
    options: Vec<(String, String)>,
    #[prop(into)] selected: Signal<usize>,
    #[prop(into)] on_change: Callback<usize>,
) -> impl IntoView {
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, text))| {
            let input_id = format!("{id}-{value}");
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        id=input_id
                        name=id
                        value=value
                        prop:checked=move || selected.get() == index
                        on:change=move |_| on_change.run(index)
                    />
                    <span>{text}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field group" id=id>
            <legend>{legend}</legend>
            <div class="choices">{radios}</div>
        </fieldset>
    }
}
