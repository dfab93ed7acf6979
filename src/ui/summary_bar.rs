use leptos::prelude::*;

use crate::format;
use crate::model::{Estimate, Model};

/// On phones the controls come first, so the range would scroll out of sight while a slider
/// moves. This bar keeps it on screen at the bottom. It repeats the headline, so assistive
/// technology skips it (the headline and the announcer carry the same words).
#[component]
pub fn SummaryBar(model: &'static Model, estimate: Memo<Estimate>) -> impl IntoView {
    let text = move || {
        estimate.with(|e| {
            format!(
                "{} · {} – {} · median {}",
                model.bands[e.level].label,
                format::usd(e.low),
                format::usd(e.high),
                format::usd(e.median)
            )
        })
    };
    view! { <div class="summary-bar" aria-hidden="true">{text}</div> }
}
