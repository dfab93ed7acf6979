use leptos::prelude::*;

use crate::format;
use crate::model::{FigureEntry, Model, Unit};

fn value_text(entry: &FigureEntry) -> String {
    let value = entry.figure.value;
    match entry.unit {
        Unit::Dollars => format::usd(value.round() as i64),
        Unit::Years => format!("{} years", format::years(value)),
        Unit::Factor => format::percent_signed(value - 1.0),
        Unit::Premium => format::percent_signed(value),
        Unit::Share => format::percent(value),
        Unit::Rate | Unit::Hours => format::decimal(value),
    }
}

/// "Sources and assumptions": the article's figures with the sentence each comes from, then
/// every assumption with its reason. Nothing the model uses is left out.
#[component]
pub fn Sources(model: &'static Model) -> impl IntoView {
    let figures = model.figures();
    let (quoted, assumed): (Vec<_>, Vec<_>) = figures
        .iter()
        .partition(|entry| !entry.figure.is_assumption());
    let quoted = quoted
        .into_iter()
        .map(|entry| {
            view! {
                <li>
                    <span class="subject">{format!("{}, {}: ", entry.subject, entry.what)}</span>
                    <strong>{value_text(entry)}</strong>
                    <blockquote>{entry.figure.explanation().to_string()}</blockquote>
                </li>
            }
        })
        .collect_view();
    let assumed = assumed
        .into_iter()
        .map(|entry| {
            let cite = entry.figure.cite.clone().map(|url| {
                view! { " " <a href=url.clone() rel="noopener noreferrer">"Check against public data"</a> }
            });
            view! {
                <li>
                    <span class="subject">{format!("{}, {}: ", entry.subject, entry.what)}</span>
                    <strong>{value_text(entry)}</strong>
                    <p>{entry.figure.explanation().to_string()} {cite}</p>
                </li>
            }
        })
        .collect_view();

    view! {
        <section id="sources" class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources and assumptions"</h2>
            <p>
                "The figures come from the article “Backend Developer Salary Ranges Based on Experience: 2026 Guide”. "
                "Where it gives only a direction (“Go, Rust and Kotlin developers frequently earn premiums”), the size is our assumption, marked as such. "
                "The whole model is one readable file: "
                <a href="model.json">"model.json"</a>
                "."
            </p>
            <details open>
                <summary><h3>{format!("From the article ({})", figures.iter().filter(|e| !e.figure.is_assumption()).count())}</h3></summary>
                <ul class="figure-list">{quoted}</ul>
            </details>
            <details id="assumptions">
                <summary><h3>{format!("Our assumptions ({})", figures.iter().filter(|e| e.figure.is_assumption()).count())}</h3></summary>
                <ul class="figure-list">{assumed}</ul>
            </details>
        </section>
    }
}
