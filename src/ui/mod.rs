//! The Leptos shell: reads inputs, calls the model, renders. One component per file; none of
//! them computes pay, they only show what `Model::estimate` returns.

mod amount_options;
mod announcer;
mod app;
mod assumptions;
mod below;
mod breakdown;
mod career_chart;
mod checkbox_group;
mod comparisons;
mod control_list;
mod controls;
mod data_vintage;
mod disclosure;
mod edits;
mod effect;
mod embed_bridge;
mod embed_dialog;
mod figure_row;
mod headline;
mod labels;
mod lazy;
mod model_file;
mod negotiation;
mod next_steps;
mod notices;
mod offer_table;
mod offers;
mod outlook;
mod page;
mod pay_mix;
mod profile_signal;
mod radio_group;
mod rate_row;
mod seen;
mod select;
mod settle;
mod share_bar;
mod slider;
mod slot_status;
mod sources;
mod stages;
mod summary_bar;

pub use app::open;
