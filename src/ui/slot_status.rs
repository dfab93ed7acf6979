use leptos::prelude::*;

use super::lazy::{Slot, SlotState};

/// Says so when a lazily loaded part could not be fetched (offline before it was ever needed),
/// instead of leaving a gap.
#[component]
pub fn SlotStatus(of: Slot) -> impl IntoView {
    move || {
        (of.state.get() == SlotState::Failed).then(|| {
            view! {
                <p class="slot-failed" role="alert">
                    "This part of payband could not be loaded. It is fetched the first time it is needed, and this browser seems to be offline; try again once you are online (after that it works offline too)."
                </p>
            }
        })
    }
}
