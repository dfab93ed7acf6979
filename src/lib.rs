//! payband: what a backend developer should be earning, computed in the browser.
//!
//! `model` is the pure salary engine; `format` turns its whole dollars into text; `ui` is the
//! Leptos shell that reads inputs, calls the model and renders.

pub mod format;
pub mod model;
pub mod ui;
