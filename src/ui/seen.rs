use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::effect::effect;
use super::profile_signal::ProfileSignal;
use crate::model::Profile;

/// The profile as the part in `node` shows it: the live one while any of the part is on screen,
/// else the one the input last settled on. Dragging a slider, a phone's part below the first
/// screen is far off screen; following every step there was 22 of the step's 54 DOM changes and
/// 40% of its script (issue 23). Off screen, the part is at most a quarter of a second behind,
/// and it catches up the moment it comes into view.
pub fn seen_profile(
    node: NodeRef<Div>,
    profile: ProfileSignal,
    settled_scenario: ReadSignal<String>,
) -> Memo<Profile> {
    let on_screen = RwSignal::new(true);
    let settled = RwSignal::new(profile.get_untracked());
    // The page already waits for input to settle, for the address bar: follow that, rather than
    // time every key press a second time.
    effect(Box::new(move || {
        settled_scenario.track();
        settled.set(profile.get_untracked());
    }));
    // No arguments: the page's other observer callback has this shape, so the two share one
    // shim in the first load. The observer calls it as the part comes into view and as it
    // leaves (and once to start with), so where the part is then says which it was.
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
        let now = rect.top() < screen && rect.bottom() > 0.0;
        if !now {
            // Leaving, it keeps what it shows now, not the last settled input.
            settled.set(profile.get_untracked());
        }
        on_screen.set(now);
    });
    if let (Some(element), Ok(observer)) = (
        node.get_untracked(),
        web_sys::IntersectionObserver::new(watch.as_ref().unchecked_ref()),
    ) {
        observer.observe(&element);
    }
    watch.forget(); // Lives as long as the page.
    Memo::new(move |_| {
        if on_screen.get() {
            profile.get()
        } else {
            settled.get()
        }
    })
}
