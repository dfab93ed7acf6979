use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

use super::effect::effect;

/// Runs `action` once the inputs that `track` reads have stopped changing for `delay`.
/// Dragging a slider fires dozens of changes a second; side effects that should not follow every
/// one of them (announcing, writing the address bar, saving) go through here. A change only
/// subscribes: what `action` needs (a link, a sentence) is made once, when it runs, not on every
/// key press. Made on every press, the link was the first thing each press computed, before any
/// figure changed (issue 23). The inputs on page load are not acted on. Boxed and a `Callback`,
/// not generics: one copy in the wasm serves every caller.
pub fn on_settle(track: Box<dyn Fn()>, delay: Duration, action: Callback<()>) {
    let settle = Settle {
        delay,
        action,
        last_change: StoredValue::new(0.0),
        waiting: StoredValue::new(false),
    };
    let first_run = Cell::new(true);
    effect(Box::new(move || {
        track();
        if first_run.replace(false) {
            return;
        }
        settle.last_change.set_value(js_sys::Date::now());
        if !settle.waiting.get_value() {
            settle.waiting.set_value(true);
            settle.wait(delay);
        }
    }));
}

/// A change only notes its time; one timer at a time waits, and when it fires before the inputs
/// have been quiet for the whole delay, it waits out the rest. Clearing and setting a timer on
/// every change instead (two calls into JavaScript and a new closure each) was the largest part
/// of this on every input in a profile at 4x throttle.
#[derive(Clone, Copy)]
struct Settle {
    delay: Duration,
    action: Callback<()>,
    /// When an input last changed, in milliseconds since the epoch (`Date.now()`).
    last_change: StoredValue<f64>,
    waiting: StoredValue<bool>,
}

impl Settle {
    fn wait(self, sleep: Duration) {
        set_timeout(
            move || {
                let Some(last_change) = self.last_change.try_get_value() else {
                    return; // The component is gone.
                };
                let quiet = (js_sys::Date::now() - last_change).max(0.0) as u64;
                match self.delay.checked_sub(Duration::from_millis(quiet)) {
                    Some(left) if !left.is_zero() => self.wait(left),
                    _ => {
                        self.waiting.set_value(false);
                        self.action.run(());
                    }
                }
            },
            sleep,
        );
    }
}
