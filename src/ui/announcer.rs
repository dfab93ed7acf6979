use leptos::prelude::*;
use std::time::Duration;

use super::settle::on_settle;
use crate::model::{Estimate, Model, Money};
use std::sync::Arc;

/// How long the figures must stay still before a screen reader hears them: long enough that
/// dragging a slider does not flood it, short enough to answer a single key press promptly.
const SETTLE: Duration = Duration::from_millis(800);

/// A polite live region that speaks the headline once the user pauses, instead of on every
/// `input` event while dragging.
#[component]
pub fn Announcer(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
) -> impl IntoView {
    let (message, set_message) = signal(String::new());
    // Made when the figures settle, not on every key press.
    let spoken = move || {
        let (money, model) = (money.get_untracked(), model.get_untracked());
        estimate.with_untracked(|e| {
            format!(
                "{}: {} to {} {}. Your base {}.",
                model.level_of(e).label,
                money.amount(e.low),
                money.amount(e.high),
                money.period.per(),
                money.amount(e.base)
            )
        })
    };
    on_settle(
        Box::new(move || {
            model.track();
            money.track();
            estimate.track();
        }),
        SETTLE,
        Callback::new(move |()| set_message.set(spoken())),
    );
    view! { <p id="announce" class="visually-hidden" aria-live="polite" aria-atomic="true">{message}</p> }
}
