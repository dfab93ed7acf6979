use leptos::prelude::*;

/// A fieldset of checkboxes for "any combination" inputs (skills, certifications). Options may
/// carry a group heading; a new heading starts wherever the group changes.
#[component]
pub fn CheckboxGroup(
    /// The fieldset's id and the boxes' name: the key in shareable links.
    id: &'static str,
    legend: &'static str,
    /// `(id, label, group heading)` of each option, in model order (bit `i` = option `i`).
    options: Vec<(String, String, Option<&'static str>)>,
    #[prop(into)] mask: Signal<u64>,
    /// Called with the option's index and whether it is now checked.
    #[prop(into)]
    on_toggle: Callback<(usize, bool)>,
) -> impl IntoView {
    let mut previous_group = None;
    let boxes = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, text, group))| {
            let heading = (group.is_some() && group != previous_group)
                .then(|| view! { <p class="subgroup">{group}</p> });
            previous_group = group;
            let input_id = format!("{id}-{value}");
            let bit = 1u64 << index;
            view! {
                {heading}
                <label class="choice">
                    <input
                        type="checkbox"
                        id=input_id
                        name=id
                        value=value
                        prop:checked=move || mask.get() & bit != 0
                        on:change=move |ev| on_toggle.run((index, event_target_checked(&ev)))
                    />
                    <span>{text}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field group" id=id>
            <legend>{legend}</legend>
            <div class="choices">{boxes}</div>
        </fieldset>
    }
}
