use leptos::html::Div;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The work of one step: its parts, each mounting itself, and what runs after them.
type Step = Vec<Box<dyn FnOnce()>>;

/// A page built in steps, each in a task of its own (issue 23). Built in one task, the page's
/// start-up blocked the main thread for 200 ms on a phone (Lighthouse's 4x CPU), most of it V8
/// compiling each wasm function on its first call; in steps, the browser can answer input and
/// paint between them.
///
/// A later part is mounted into a slot (a `display: contents` element, so the layout is as if it
/// were not there) rather than shown by a signal: a view behind a signal carries the code to
/// rebuild it, which for the app's parts was 9 KB gzip of the first load.
#[derive(Clone, Default)]
pub struct Stages {
    steps: Rc<RefCell<Vec<Step>>>,
}

impl Stages {
    /// A slot whose part `view` is mounted at step `step` (1 is the first task after this one).
    pub fn later<V, F>(&self, step: usize, view: F) -> impl IntoView + use<V, F>
    where
        V: IntoView + 'static,
        F: FnOnce() -> V + 'static,
    {
        let slot = NodeRef::<Div>::new();
        self.then(step, move || mount_in(slot, view));
        view! { <div class="slot" node_ref=slot></div> }
    }

    /// Runs `task` in the task of step `step`, after what was given to that step before it.
    pub fn then(&self, step: usize, task: impl FnOnce() + 'static) {
        let mut steps = self.steps.borrow_mut();
        if steps.len() < step {
            steps.resize_with(step, Vec::new);
        }
        steps[step - 1].push(Box::new(task));
    }

    /// Runs the steps, each in a task of its own.
    pub fn run(&self) {
        run_steps(self.steps.take().into_iter());
    }
}

fn run_steps(mut steps: std::vec::IntoIter<Step>) {
    set_timeout(
        move || {
            for part in steps.next().into_iter().flatten() {
                part();
            }
            if !steps.as_slice().is_empty() {
                run_steps(steps);
            }
        },
        Duration::ZERO,
    );
}

/// Mounts `view` in the slot's element, for good, in place of what the prerendered copy lent it.
pub fn mount_in<V: IntoView + 'static>(node: NodeRef<Div>, view: impl FnOnce() -> V + 'static) {
    if let Some(parent) = node.get_untracked() {
        let parent: web_sys::HtmlElement = parent.into();
        take_back(&parent);
        leptos::mount::mount_to(parent, view).forget();
    }
}

/// Removes what the prerendered copy lent `slot` (`lend_copy`): the copy's own slot, the only
/// slot that can be a slot's child before it is filled. Not generic, so not copied into each
/// `mount_in`.
fn take_back(slot: &web_sys::HtmlElement) {
    if let Some(lent) = slot
        .first_element_child()
        .filter(|child| child.class_name() == "slot")
    {
        lent.remove();
    }
}

/// Moves the slots of the prerendered copy (index.html's `#prerendered`) whose parts later steps
/// build into the app's empty slots, inert (`.slot[inert]`, laid out as if not there), so the
/// app can replace the copy before those steps: its controls and headline run a step or two
/// sooner, and what is still to come shows as it did. The copy is the app's own first screen
/// (scripts/prerender.mjs), slot for slot, in order, without the part below it (`.below`).
/// False, and nothing moved, when the copy is not shown (a link or an embed shows "Loading…") or
/// its slots are not the app's: the app then replaces it once all is built.
pub fn lend_copy() -> bool {
    let slots = |selector| document().query_selector_all(selector).ok();
    let (Some(ours), Some(theirs)) = (
        slots("body > .app .slot:not(.below *)"),
        // Not when the copy is hidden (index.html's `reading`).
        slots("html:not(.reading) #prerendered .slot"),
    ) else {
        return false;
    };
    // (The app has slots: no copy has none.)
    if ours.length() != theirs.length() {
        return false;
    }
    for i in 0..ours.length() {
        let (Some(slot), Some(from)) = (ours.item(i), theirs.item(i)) else {
            continue;
        };
        let (slot, from): (web_sys::Element, web_sys::Element) =
            (slot.unchecked_into(), from.unchecked_into());
        // An empty slot holds Leptos's marker, a comment.
        if slot.first_element_child().is_some() || from.first_element_child().is_none() {
            continue;
        }
        let _ = from.set_attribute("inert", "");
        let _ = slot.append_child(&from);
    }
    true
}
