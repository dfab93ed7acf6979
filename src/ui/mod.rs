//! The Leptos shell: reads inputs, calls the model, renders. One component per file; none of
//! them computes pay, they only show what `Model::estimate` returns.

mod announcer;
mod app;
mod breakdown;
mod career_chart;
mod checkbox_group;
mod comparisons;
mod controls;
mod embed_bridge;
mod headline;
mod labels;
mod notices;
mod page;
mod pay_mix;
mod radio_group;
mod select;
mod settle;
mod share_bar;
mod slider;
mod sources;
mod summary_bar;

pub use app::App;
