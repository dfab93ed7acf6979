use leptos::html::Input;
use leptos::prelude::*;

use super::edits::Edits;
use super::effect::effect;
use crate::format;
use crate::model::{Figure, Unit, parse_decimal};

/// A figure's value in words: `+35%`, `$95,000`, `2,080 hours`.
pub fn readable(unit: Unit, value: f64) -> String {
    match unit {
        Unit::Dollars => format::usd(value.round() as i64),
        Unit::Years => format::year_count(value),
        Unit::Factor => format::percent_signed(value - 1.0),
        Unit::Premium => format::percent_signed(value),
        Unit::Share => format::percent(value),
        Unit::Rate => format!("{} for $1", format::decimal(value)),
        Unit::Hours => format!("{} hours", format::decimal(value)),
    }
}

/// One editable number of the model: its label, an input, its value in words, where it comes
/// from, and a reset button once changed. Typing applies the value at once when the model accepts
/// it; otherwise the reason is shown and the model keeps its value.
#[component]
pub fn FigureRow(
    /// The figure's key (`loc.sf`).
    key: String,
    /// What it is about and which of its numbers: "San Francisco Bay Area", "location factor".
    subject: String,
    what: &'static str,
    unit: Unit,
    /// The figure as loaded, before edits: its value and source.
    figure: Figure,
    /// The input's id (unique on the page).
    input_id: String,
    /// The figure's current value, edits included.
    #[prop(into)]
    value: Signal<f64>,
    edits: Edits,
) -> impl IntoView {
    let original = figure.value;
    let input: NodeRef<Input> = NodeRef::new();
    let (error, set_error) = signal(None::<String>);
    let changed = {
        let key = key.clone();
        Memo::new(move |_| edits.is_changed(&key))
    };
    // Rewrite the text only when it no longer means the value, so typing "1." is never undone.
    effect(Box::new(move || {
        let value = value.get();
        if let Some(input) = input.get()
            && parse_decimal(input.value().trim()) != Some(value)
        {
            input.set_value(&format::decimal(value));
            set_error.set(None);
        }
    }));
    let describe_id = format!("{input_id}-about");
    let error_id = format!("{input_id}-error");
    // The reason a value was refused, then the figure's source: what a screen reader says of the
    // field whenever it comes back to it.
    let described_by = format!("{error_id} {describe_id}");
    let source_text = if figure.is_assumption() {
        "Assumption: "
    } else {
        "Article: "
    };
    // The link says the year of its data, so a reader sees how old a source is before opening it.
    let cite = figure.cite.clone().map(|url| {
        let text = match figure.year {
            Some(year) => format!("Public data, {year}"),
            None => "Check against public data".to_string(),
        };
        view! { " " <a href=url rel="noopener noreferrer">{text}</a> }
    });
    let on_input = {
        let key = key.clone();
        move |ev| {
            let text = event_target_value(&ev);
            set_error.set(edits.set_text(&key, &text).err());
        }
    };
    let reset_label = format!("Reset {subject}, {what}");
    let reset_key = key.clone();

    view! {
        <div class="figure-row" class:changed=changed data-key=key>
            <label for=input_id.clone()>
                <span class="subject">{subject}</span>", "{what}
            </label>
            <div class="figure-edit">
                <input
                    id=input_id
                    node_ref=input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value=format::decimal(value.get_untracked())
                    aria-describedby=described_by
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    on:input=on_input
                />
                <span class="readable">{move || readable(unit, value.get())}</span>
                <button
                    type="button"
                    class="button quiet small"
                    hidden=move || !changed.get()
                    aria-label=reset_label
                    on:click=move |_| {
                        let reset = edits.reset(&reset_key);
                        // Reset, the button hides: the focus goes to the figure it reset rather
                        // than to the page.
                        if reset.is_ok()
                            && let Some(input) = input.get_untracked()
                        {
                            let _ = input.focus();
                        }
                        set_error.set(reset.err());
                    }
                >
                    "Reset"
                </button>
            </div>
            <p class="figure-error" id=error_id role="alert">{error}</p>
            <p class="figure-source" id=describe_id>
                {move || changed.get().then(|| view! {
                    <strong>{format!("Changed by you from {}. ", readable(unit, original))}</strong>
                })}
                {source_text}
                {figure.explanation().to_string()}
                {cite}
            </p>
        </div>
    }
}
