use leptos::prelude::*;

use crate::model::{Estimate, Model, Money};
use std::sync::Arc;

/// On phones the controls come first, so the range would scroll out of sight while a slider
/// moves. This bar keeps it on screen at the bottom. It repeats the headline, so assistive
/// technology skips it (the headline and the announcer carry the same words).
#[component]
pub fn SummaryBar(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
) -> impl IntoView {
    let text = move || {
        let money = money.get();
        let model = model.get();
        estimate.with(|e| {
            format!(
                "{} · {} – {} · median {}",
                model.level_of(e).label,
                money.amount(e.low),
                money.amount(e.high),
                money.amount(e.median)
            )
        })
    };
    view! { <div class="summary-bar" aria-hidden="true">{text}</div> }
}
