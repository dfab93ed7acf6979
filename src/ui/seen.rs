use leptos::html::Div;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::effect::effect;
use super::profile_signal::ProfileSignal;
use crate::model::Profile;

/// The profile as the part in `node` shows it. Off screen, the one the input last settled on:
/// dragging a slider, a phone's part below the first screen is far off screen, and following
/// every step there was 22 of the step's 54 DOM changes and 40% of its script (issue 23). The
/// part is then at most a quarter of a second behind, and it catches up the moment it comes into
/// view.
///
/// On screen, every change, one frame late: after the frame that shows the figures above it, so
/// a key press paints its headline before the chart, the advice and the negotiation redraw, and
/// presses faster than frames redraw them once. Followed in the press's own task, they were a
/// fifth of a press's script and the slowest presses' next paint (issue 23).
pub fn seen_profile(
    node: NodeRef<Div>,
    profile: ProfileSignal,
    settled_scenario: ReadSignal<String>,
) -> Memo<Profile> {
    let shown = RwSignal::new(profile.get_untracked());
    let on_screen = RwSignal::new(true);
    let catching_up = StoredValue::new(false);
    let catch_up = move || shown.set(profile.get_untracked());
    // The page already waits for input to settle, for the address bar: follow that, rather than
    // time every key press a second time.
    effect(Box::new(move || {
        settled_scenario.track();
        catch_up();
    }));
    // Off screen, a key press does not wake this: it follows `profile` only while on screen.
    effect(Box::new(move || {
        if !on_screen.get() {
            return;
        }
        profile.track();
        if !catching_up.get_value() {
            catching_up.set_value(true);
            // A frame's callbacks run before it paints; a task queued from one, after.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        catching_up.set_value(false);
                        if on_screen.get_untracked() {
                            catch_up();
                        }
                    },
                    Duration::ZERO,
                )
            });
        }
    }));
    // No arguments: the page's other observer callback has this shape, so the two share one
    // shim in the first load. The observer calls it as the part comes into view and as it
    // leaves (and once to start with), so where the part is then says which it was. Either
    // way the part shows the input as it is now: coming into view it catches up, and leaving,
    // it keeps that.
    let watch = Closure::<dyn FnMut()>::new(move || {
        let Some(element) = node.get_untracked() else {
            return;
        };
        let screen = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let rect = element.get_bounding_client_rect();
        on_screen.set(rect.top() < screen && rect.bottom() > 0.0);
        catch_up();
    });
    if let (Some(element), Ok(observer)) = (
        node.get_untracked(),
        web_sys::IntersectionObserver::new(watch.as_ref().unchecked_ref()),
    ) {
        observer.observe(&element);
    }
    watch.forget(); // Lives as long as the page.
    Memo::new(move |_| shown.get())
}
