use leptos::prelude::*;
use std::time::Duration;

use super::effect::effect;
use super::profile_signal::ProfileSignal;

/// Notified when the pay mix, the breakdown and the part below the first screen are to show the
/// profile as it is now: after each change, one frame late, after the frame that shows the range
/// above them. A key press paints the slider and the headline's range before the rest redraws,
/// and presses faster than frames redraw it once. The pay mix and the breakdown were most of the
/// texts a press changed before its next frame: with them a frame late, the floor's next paint
/// p95 went 18.2 → 17.3 ms (the breakdown) and 14.0 → 13.1 ms (the pay mix), 4x CPU, 500 presses
/// each. The part below, followed in the press's own task, was a fifth of a press's script and
/// the slowest presses' next paint (issue 23).
///
/// On screen or off alike. Following only while on screen (an `IntersectionObserver`) meant a
/// whole redraw as the part came into view, just before the press that followed the scroll: at
/// 1280 × 720 and 4x CPU the app's next paint p95 was 1.25x to 1.43x its floor's in three runs;
/// following off screen too, 0.97x and 1.04x, and no slower on a phone (issue 23).
///
/// A trigger, not a memo of the profile: the breakdown's estimate, in the first load, reads the
/// profile when notified, and a `Memo<Profile>` was 0.6 KB gzip more of the first load.
pub fn seen_profile(profile: ProfileSignal) -> Trigger {
    let seen = Trigger::new();
    let catching_up = StoredValue::new(false);
    effect(Box::new(move || {
        profile.track();
        if !catching_up.get_value() {
            catching_up.set_value(true);
            // A frame's callbacks run before it paints; a task queued from one, after.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        catching_up.set_value(false);
                        seen.notify();
                    },
                    Duration::ZERO,
                )
            });
        }
    }));
    seen
}
