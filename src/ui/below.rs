use leptos::prelude::*;

use super::effect::effect;
use super::lazy::{BelowSignals, Slot, show_below};
use super::slot_status::SlotStatus;

/// Where the results below the first screen go: the advice, the comparisons and the career
/// chart. Their code is fetched as soon as the page runs, so they follow every change like the
/// figures above them, without being part of the first load or of the work before the first
/// frame.
#[component]
pub fn Below(signals: BelowSignals) -> impl IntoView {
    let slot = Slot::new();
    effect(Box::new(move || {
        slot.fill(move |node| show_below(node, signals), false)
    }));
    view! {
        <div class="below" node_ref=slot.node></div>
        <SlotStatus of=slot />
    }
}
