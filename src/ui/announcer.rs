use leptos::prelude::*;
use std::time::Duration;

use crate::format;
use crate::model::{Estimate, Model};

/// How long the figures must stay still before a screen reader hears them: long enough that
/// dragging a slider does not flood it, short enough to answer a single key press promptly.
const SETTLE: Duration = Duration::from_millis(800);

/// A polite live region that speaks the headline once the user pauses, instead of on every
/// `input` event while dragging.
#[component]
pub fn Announcer(model: &'static Model, estimate: Memo<Estimate>) -> impl IntoView {
    let (message, set_message) = signal(String::new());
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let headline = Memo::new(move |_| estimate.with(|e| (e.level, e.low, e.high, e.base)));
    Effect::new(move |previous: Option<()>| {
        let (level, low, high, base) = headline.get();
        if previous.is_none() {
            return; // Nothing to announce on page load.
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let text = format!(
            "{}: {} to {}. Your base {}.",
            model.bands[level].label,
            format::usd(low),
            format::usd(high),
            format::usd(base)
        );
        pending.set_value(set_timeout_with_handle(move || set_message.set(text), SETTLE).ok());
    });
    view! { <p id="announce" class="visually-hidden" aria-live="polite" aria-atomic="true">{message}</p> }
}
