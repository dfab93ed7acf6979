use leptos::prelude::*;
use std::panic::Location;

use crate::model::Profile;

/// The profile that every part of the page reads, as a signal that knows who changed it.
///
/// A control shows the user's own change before any code runs (the browser moves the slider,
/// picks the option, ticks the box), so the form's choices follow only the changes they did not
/// make: `set` and `update` (a reset, a next step tried, an offer used, another model) tell them;
/// `edit`, a control's own input, does not. Following every change instead, the form's sixty or so
/// options, radios and boxes were each woken, checked and put back to sleep on every key press:
/// a sixth of a press's script at 4x CPU (issue 23). Everything else reads it as it would an
/// `RwSignal<Profile>`.
#[derive(Clone, Copy)]
pub struct ProfileSignal {
    value: RwSignal<Profile>,
    /// Notified by every change a control did not make.
    replaced: Trigger,
}

impl ProfileSignal {
    pub fn new(profile: Profile) -> Self {
        Self {
            value: RwSignal::new(profile),
            replaced: Trigger::new(),
        }
    }

    /// A control's own change, which it already shows.
    pub fn edit(&self, change: impl FnOnce(&mut Profile)) {
        self.value.update(change);
    }

    /// One field as a choice in the form shows it: read afresh at each change the form did not
    /// make. Not a memo: after the user's own choice a memo would still hold the one before, and
    /// a reset back to that value would then look like no change at all.
    pub fn shown<T: Send + Sync + 'static>(self, field: fn(&Profile) -> T) -> Signal<T> {
        Signal::derive(move || {
            self.replaced.track();
            self.value.with_untracked(field)
        })
    }
}

impl DefinedAt for ProfileSignal {
    fn defined_at(&self) -> Option<&'static Location<'static>> {
        self.value.defined_at()
    }
}

impl IsDisposed for ProfileSignal {
    fn is_disposed(&self) -> bool {
        self.value.is_disposed()
    }
}

impl Track for ProfileSignal {
    fn track(&self) {
        self.value.track();
    }
}

impl ReadUntracked for ProfileSignal {
    type Value = <RwSignal<Profile> as ReadUntracked>::Value;

    fn try_read_untracked(&self) -> Option<Self::Value> {
        self.value.try_read_untracked()
    }
}

/// `set` and `update`: a change from outside the form, which the form then shows.
impl Update for ProfileSignal {
    type Value = Profile;

    fn try_maybe_update<U>(&self, change: impl FnOnce(&mut Profile) -> (bool, U)) -> Option<U> {
        let (changed, output) = self.value.try_maybe_update(|profile| {
            let (changed, output) = change(profile);
            (changed, (changed, output))
        })?;
        if changed {
            self.replaced.notify();
        }
        Some(output)
    }
}
