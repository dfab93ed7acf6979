use leptos::html::Div;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

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

/// Mounts `view` in the slot's element, for good.
pub fn mount_in<V: IntoView + 'static>(node: NodeRef<Div>, view: impl FnOnce() -> V + 'static) {
    if let Some(parent) = node.get_untracked() {
        let parent: web_sys::HtmlElement = parent.into();
        leptos::mount::mount_to(parent, view).forget();
    }
}
