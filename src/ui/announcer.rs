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
    let headline = Memo::new(move |_| estimate.with(|e| (e.level, e.low, e.high, e.base)));
    on_settle(headline, SETTLE, move |(level, low, high, base)| {
        let label = model.with_untracked(|m| m.bands[level.min(m.bands.len() - 1)].label.clone());
        let text = money.with_untracked(|m| {
            format!(
                "{label}: {} to {} {}. Your base {}.",
                m.amount(low),
                m.amount(high),
                m.period.per(),
                m.amount(base)
            )
        });
        set_message.set(text);
    });
    view! { <p id="announce" class="visually-hidden" aria-live="polite" aria-atomic="true">{message}</p> }
}
