use leptos::prelude::*;

/// Runs `work` after the page renders, and again whenever a signal it read changes.
/// Every `Effect::new` with its own closure type is its own copy of the effect's async loop in
/// the wasm (about 1 KB each); through this one boxed type, the page's effects share one.
pub fn effect(work: Box<dyn Fn()>) {
    Effect::new(move |_| work());
}
