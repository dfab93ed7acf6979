use leptos::prelude::*;

use super::effect::effect;
use super::lazy::{Slot, SourcesSignals, show_sources};
use super::slot_status::SlotStatus;

/// "Sources and assumptions": what the figures rest on, and, one click away, every figure with
/// its source and an input to change it. The panel's code is fetched on that click (see
/// `lazy`), or by itself once figures are changed or the page opens on another model.
#[component]
pub fn Sources(
    signals: SourcesSignals,
    /// Shows the panel from the start (the page was opened on another model).
    open: bool,
) -> impl IntoView {
    let edits = signals.edits;
    let slot = Slot::new();
    let show = move |focus| slot.fill(move |node| show_sources(node, signals), focus);
    // Changed figures show every figure, so the changes are in sight: from a link, from the
    // remembered state, or from the exchange rate edited beside the currency.
    effect(Box::new(move || {
        if open || edits.list.with(|list| !list.is_empty()) {
            show(false);
        }
    }));
    let count = move || edits.source.with(|m| m.figure_count());

    view! {
        <section id="sources" class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources and assumptions"</h2>
            <p>
                "The figures come from the article “Backend Developer Salary Ranges Based on Experience: 2026 Guide”. "
                "Where it gives only a direction (“Go, Rust and Kotlin developers frequently earn premiums”), the size is our assumption, marked as such. "
                "Disagree with a number? Change it: every figure on the page follows at once, and the link to this page carries your changes."
            </p>
            <button
                type="button"
                id="show-sources"
                class="button"
                hidden=move || slot.shown()
                on:click=move |_| show(true)
            >
                {move || format!("Show the {} figures, their sources, and change them", count())}
            </button>
            <div id="sources-panel" node_ref=slot.node tabindex="-1" role="group" aria-label="Every figure of the model"></div>
            <SlotStatus of=slot />
        </section>
    }
}
