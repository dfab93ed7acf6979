use leptos::prelude::*;

use super::data_vintage::DataVintage;
use super::edits::Edits;
use super::figure_row::FigureRow;
use super::lazy::SourcesSignals;
use super::model_file::ModelFile;
use crate::model::Model;

/// Editable rows for the figures of the loaded model that are quotes (`quotes`) or assumptions;
/// `values` holds every figure's current value, edits included, in `Model::figures` order.
fn rows(source: &Model, quotes: bool, values: Memo<Vec<f64>>, edits: Edits) -> AnyView {
    source
        .figures()
        .iter()
        .enumerate()
        .filter(|(_, entry)| entry.figure.is_assumption() != quotes)
        .map(|(index, entry)| {
            view! {
                <li>
                    <FigureRow
                        key=entry.key.clone()
                        subject=entry.subject.to_string()
                        what=entry.what
                        unit=entry.unit
                        figure=entry.figure.clone()
                        input_id=format!("fig-{}", entry.key.replace('.', "-"))
                        value=Signal::derive(move || values.with(|v| v.get(index).copied().unwrap_or(0.0)))
                        edits=edits
                    />
                </li>
            }
        })
        .collect_view()
        .into_any()
}

/// Every number the model uses, with the sentence of the article it comes from or the reason
/// for it, and an input to change it. Changes apply at once, are marked, and reset one by one
/// or all together, under how old the figures are. Shown in "Sources and assumptions" on
/// request (see `lazy`).
#[component]
pub fn Assumptions(signals: SourcesSignals) -> impl IntoView {
    let SourcesSignals { model, edits, .. } = signals;
    let values = Memo::new(move |_| {
        model.with(|m| {
            m.figures()
                .iter()
                .map(|e| e.figure.value)
                .collect::<Vec<f64>>()
        })
    });
    let count = move |quotes: bool| {
        edits.source.with(|m| {
            m.figures()
                .iter()
                .filter(|e| e.figure.is_assumption() != quotes)
                .count()
        })
    };
    // Rows are rebuilt only when another model is loaded: edits change values, not rows. The
    // folded assumptions are built on first opening: seventy-odd rows of inputs are most of the
    // page's start-up work, and most visitors never open them.
    // Opened from the start when the link changed one of them, so the change is in sight.
    let open_at_start = edits.source.with_untracked(|m| {
        edits.list.with_untracked(|list| {
            list.iter()
                .any(|edit| m.figure(&edit.key).is_some_and(|f| f.is_assumption()))
        })
    });
    let (assumptions_opened, set_assumptions_opened) = signal(open_at_start);
    let quoted_rows = move || edits.source.with(|m| rows(m, true, values, edits));
    let assumed_rows = move || {
        assumptions_opened
            .get()
            .then(|| edits.source.with(|m| rows(m, false, values, edits)))
    };
    let changed = move || edits.list.with(Vec::len);

    view! {
        <DataVintage model=edits.source />
        <ModelFile model=model edits=edits origin=signals.origin on_load=signals.on_load />
        <p class="changes" id="changes">
            <span>
                {move || match changed() {
                    0 => "No figure changed.".to_string(),
                    1 => "1 figure changed by you.".to_string(),
                    n => format!("{n} figures changed by you."),
                }}
            </span>
            " "
            <button
                type="button"
                id="reset-edits"
                class="button quiet small"
                // Not `disabled`: a pressed button that became disabled would drop the keyboard
                // focus to the page. Pressed with nothing changed, it does nothing.
                aria-disabled=move || (changed() == 0).then_some("true")
                on:click=move |_| edits.store(Vec::new())
            >
                "Reset all changes"
            </button>
        </p>
        <details open>
            <summary><h3>{move || format!("From the article ({})", count(true))}</h3></summary>
            <ul class="figure-list">{quoted_rows}</ul>
        </details>
        <details id="assumptions" open=open_at_start on:toggle=move |_| set_assumptions_opened.set(true)>
            <summary><h3>{move || format!("Our assumptions ({})", count(false))}</h3></summary>
            <ul class="figure-list">{assumed_rows}</ul>
        </details>
    }
}
