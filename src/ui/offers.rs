use leptos::prelude::*;

use super::effect::effect;
use super::lazy::{OffersSignals, Slot, show_offers};
use super::page;
use super::slot_status::SlotStatus;

/// Two offers side by side: the pinned one (A) and the current settings (B), row by row, with
/// the difference. Pinning keeps a scenario while the controls describe the other offer.
#[component]
pub fn Offers(signals: OffersSignals) -> impl IntoView {
    let (profile, pinned) = (signals.profile, signals.pinned);
    let slot = Slot::new();
    // The table's code comes with the first pin, from the link or from the button.
    effect(Box::new(move || {
        if pinned.with(Option::is_some) {
            slot.fill(move |node| show_offers(node, signals), false);
        }
    }));
    let swap = move |_| {
        if let Some(a) = pinned.get_untracked() {
            pinned.set(Some(profile.get_untracked()));
            profile.set(a);
        }
    };

    view! {
        <section id="offers" class="card offers" aria-labelledby="offers-title">
            <h3 id="offers-title">"Compare offers"</h3>
            <p class="note" hidden=move || pinned.with(Option::is_some)>
                "Comparing a startup offer with an enterprise one? Set up the first offer, pin it as offer A, then change the controls to describe offer B."
            </p>
            <div node_ref=slot.node></div>
            <SlotStatus of=slot />
            <div class="share-buttons">
                <button type="button" id="pin-offer" class="button" on:click=move |_| pinned.set(Some(profile.get_untracked()))>
                    {move || if pinned.with(Option::is_some) { "Pin these settings as offer A instead" } else { "Pin these settings as offer A" }}
                </button>
                <button type="button" id="swap-offers" class="button quiet" hidden=move || pinned.with(Option::is_none) on:click=swap>"Swap A and B"</button>
                <button type="button" id="clear-offers" class="button quiet" hidden=move || pinned.with(Option::is_none) on:click=move |_| {
                    pinned.set(None);
                    // It hides itself: the focus goes to the pin button beside it.
                    page::focus("pin-offer");
                }>"Stop comparing"</button>
            </div>
        </section>
    }
}
