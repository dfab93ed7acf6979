use leptos::prelude::*;
use std::time::Duration;

use super::effect::effect;
use super::lazy::{BelowSignals, Slot, show_below};
use super::slot_status::SlotStatus;

/// Where the results below the first screen go: the advice, the comparisons and the career
/// chart. Their code is fetched as soon as the page runs, so they follow every change like the
/// figures above them (a frame after them, `seen_profile`), without being part of the first load
/// or of the work before the first frame.
#[component]
pub fn Below(signals: BelowSignals) -> impl IntoView {
    let slot = Slot::new();
    // In a task of its own: the chunk's download starts with ten `fetch` calls, 50 to 90 ms of the
    // main thread on a phone (Lighthouse's 4x CPU), which the controls' step, after which the
    // page works, need not wait for.
    effect(Box::new(move || {
        set_timeout(
            move || slot.fill(move |node| show_below(node, signals), false),
            Duration::ZERO,
        )
    }));
    view! {
        <div class="below" node_ref=slot.node></div>
        <SlotStatus of=slot />
    }
}
