use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

use super::effect::effect;

/// Runs `action` with the latest text of `source` once it has stopped changing for `delay`.
/// Dragging a slider fires dozens of changes a second; side effects that should not follow every
/// one of them (announcing, writing the address bar, saving) go through here. The value on
/// page load is not acted on. Text and a `Callback`, not generics: one copy in the wasm serves
/// every caller.
pub fn on_settle(source: Memo<String>, delay: Duration, action: Callback<String>) {
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let first_run = Cell::new(true);
    effect(Box::new(move || {
        let value = source.get();
        if first_run.replace(false) {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(move || action.run(value), delay).ok());
    }));
}
