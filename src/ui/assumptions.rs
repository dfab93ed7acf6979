use leptos::prelude::*;
use std::sync::Arc;

use super::edits::Edits;
use super::figure_row::FigureRow;
use super::model_file::ModelFile;
use crate::model::{FigureEntry, Model};

/// Editable rows for one group of figures; `values` holds every figure's current value in
/// `Model::figures` order.
fn rows(entries: &[(usize, &FigureEntry)], values: Memo<Vec<f64>>, edits: Edits) -> AnyView {
    entries
        .iter()
        .map(|(index, entry)| {
            let index = *index;
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

/// "Sources and assumptions": every number the model uses, with the sentence of the article it
/// comes from or the reason for it, and an input to change it. Changes apply at once, are
/// marked, and reset one by one or all together.
#[component]
pub fn Assumptions(
    model: Memo<Arc<Model>>,
    edits: Edits,
    /// Where the loaded model came from, for "Model in use".
    origin: RwSignal<String>,
    /// Uses a model read from a file (the app converts the scenario to it).
    #[prop(into)]
    on_load: Callback<(Model, String)>,
) -> impl IntoView {
    let values = Memo::new(move |_| {
        model.with(|m| {
            m.figures()
                .iter()
                .map(|e| e.figure.value)
                .collect::<Vec<f64>>()
        })
    });
    // Rebuilt only when another model is loaded: edits change values, not rows.
    let groups = move || {
        edits.source.with(|source| {
            let figures = source.figures();
            let (quoted, assumed): (Vec<_>, Vec<_>) = figures
                .iter()
                .enumerate()
                .partition(|(_, entry)| !entry.figure.is_assumption());
            view! {
                <details open>
                    <summary><h3>{format!("From the article ({})", quoted.len())}</h3></summary>
                    <ul class="figure-list">{rows(&quoted, values, edits)}</ul>
                </details>
                <details id="assumptions">
                    <summary><h3>{format!("Our assumptions ({})", assumed.len())}</h3></summary>
                    <ul class="figure-list">{rows(&assumed, values, edits)}</ul>
                </details>
            }
        })
    };
    let changed = move || edits.list.with(Vec::len);

    view! {
        <section id="sources" class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources and assumptions"</h2>
            <p>
                "The figures come from the article “Backend Developer Salary Ranges Based on Experience: 2026 Guide”. "
                "Where it gives only a direction (“Go, Rust and Kotlin developers frequently earn premiums”), the size is our assumption, marked as such. "
                "Disagree with a number? Change it below: every figure on the page follows at once, and the link to this page carries your changes."
            </p>
            <ModelFile model=model edits=edits origin=origin on_load=on_load />
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
                    disabled=move || changed() == 0
                    on:click=move |_| edits.list.set(Vec::new())
                >
                    "Reset all changes"
                </button>
            </p>
            {groups}
        </section>
    }
}
