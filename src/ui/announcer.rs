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
    let spoken = Memo::new(move |_| {
        let (money, model) = (money.get(), model.get());
        estimate.with(|e| {
            format!(
                "{}: {} to {} {}. Your base {}.",
                model.level_of(e).label,
                money.amount(e.low),
                money.amount(e.high),
                money.period.per(),
                money.amount(e.base)
            )
        })
    });
    on_settle(
        spoken,
        SETTLE,
        Callback::new(move |text| set_message.set(text)),
    );
    view! { <p id="announce" class="visually-hidden" aria-live="polite" aria-atomic="true">{message}</p> }
}
