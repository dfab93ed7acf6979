//! The Leptos shell: reads inputs, calls the model, renders. One component per file; none of
//! them computes pay, they only show what `Model::estimate` returns.

mod announcer;
mod app;
mod breakdown;
mod career_chart;
mod checkbox_group;
mod comparisons;
mod controls;
mod headline;
mod labels;
mod pay_mix;
mod radio_group;
mod select;
mod slider;
mod sources;

pub use app::App;
