use leptos::html::Div;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

/// The parts of one step, each mounting itself.
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
        let mut steps = self.steps.borrow_mut();
        if steps.len() < step {
            steps.resize_with(step, Vec::new);
        }
        steps[step - 1].push(Box::new(move || mount_in(slot, view)));
        view! { <div class="slot" node_ref=slot></div> }
    }

    /// Runs the steps, each in a task of its own, then `finish` in the task of the last.
    pub fn run(&self, finish: impl FnOnce() + 'static) {
        let steps = self.steps.take();
        run_steps(steps.into_iter(), Box::new(finish));
    }
}

fn run_steps(mut steps: std::vec::IntoIter<Step>, finish: Box<dyn FnOnce()>) {
    set_timeout(
        move || {
            for part in steps.next().into_iter().flatten() {
                part();
            }
            if steps.as_slice().is_empty() {
                finish();
            } else {
                run_steps(steps, finish);
            }
        },
        Duration::ZERO,
    );
}

/// Mounts `view` in the slot's element, for good.
pub fn mount_in<V: IntoView + 'static>(node: NodeRef<Div>, view: impl FnOnce() -> V + 'static) {
    if let Some(parent) = node.get_untracked() {
        let parent: web_sys::HtmlElement = parent.into();
        leptos::mount::mount_to(parent, view).forget();
    }
}
