use leptos::prelude::*;

use crate::format;
use crate::model::{Estimate, Model, Money};
use std::sync::Arc;

/// The answer first: the level, the range, the median and the personal estimate. Each figure has
/// a stable id and its exact yearly amount in `data-value`, for tests and embedders.
#[component]
pub fn Headline(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
) -> impl IntoView {
    let low = Memo::new(move |_| estimate.with(|e| e.low));
    let median = Memo::new(move |_| estimate.with(|e| e.median));
    let high = Memo::new(move |_| estimate.with(|e| e.high));
    let base = Memo::new(move |_| estimate.with(|e| e.base));
    let level = Memo::new(move |_| estimate.with(|e| e.level));
    let years = Memo::new(move |_| estimate.with(|e| e.profile.years));
    let position = Memo::new(move |_| estimate.with(|e| e.profile.position.round() as i64));
    // Where the personal estimate sits on the range bar, in percent of its width.
    let marker = move || {
        let (low, high, base) = (low.get(), high.get(), base.get());
        let span = (high - low).max(1);
        format!("left: {}%", (base - low) * 100 / span)
    };

    view! {
        <div class="card headline">
            <p class="level-line">
                <span id="level" class="level" data-value=move || model.with(|m| m.bands[level.get().min(m.bands.len() - 1)].id.clone())>
                    {move || model.with(|m| m.bands[level.get().min(m.bands.len() - 1)].label.clone())}
                </span>
                <span class="muted">{move || format!(" · {} years of experience", format::years(years.get()))}</span>
            </p>
            <p class="range" aria-label="Base salary range">
                <span id="low" data-value=move || low.get().to_string()>{move || money.with(|m| m.amount(low.get()))}</span>
                <span class="range-dash" aria-hidden="true">" – "</span>
                <span class="visually-hidden">" to "</span>
                <span id="high" data-value=move || high.get().to_string()>{move || money.with(|m| m.amount(high.get()))}</span>
                <span class="per-year">{move || format!(" base {}", money.with(|m| m.period.per()))}</span>
            </p>
            <div class="range-bar" aria-hidden="true">
                <span class="range-marker" style=marker></span>
            </div>
            <dl class="figures">
                <div>
                    <dt>"Typical (median) base"</dt>
                    <dd id="median" data-value=move || median.get().to_string()>{move || money.with(|m| m.amount(median.get()))}</dd>
                </div>
                <div>
                    <dt>{move || format!("Your base at the {}th percentile", position.get())}</dt>
                    <dd id="base" data-value=move || base.get().to_string()>{move || money.with(|m| m.amount(base.get()))}</dd>
                </div>
            </dl>
        </div>
    }
}
