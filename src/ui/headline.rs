use leptos::prelude::*;

use crate::format;
use crate::model::{Estimate, Model, Money};
use std::sync::Arc;

/// The answer first: the level, the range, the median and the personal estimate. Each figure has
/// a stable id and its exact yearly amount in `data-value`, for tests and embedders. Drawn by
/// one closure from plain values: nearly every input changes most of these figures at once, and
/// one binding is cheaper in the wasm than one per figure.
#[component]
pub fn Headline(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
) -> impl IntoView {
    let card = move || {
        let (money, model) = (money.get(), model.get());
        estimate.with(|e| {
            let level = model.level_of(e);
            let position = e.profile.position.round() as i64;
            // Where the personal estimate sits on the range bar, in percent of its width. Set as a
            // property (`style:`), which the page's Content-Security-Policy allows; a `style`
            // attribute it would refuse.
            let marker = format!("{}%", (e.base - e.low) * 100 / (e.high - e.low).max(1));
            view! {
                <p class="level-line">
                    <span id="level" class="level" data-value=level.id.clone()>{level.label.clone()}</span>
                    <span class="muted">{format!(" {} of experience", format::year_count(e.profile.years))}</span>
                </p>
                <p class="range">
                    <span id="low" data-value=e.low.to_string()>{money.amount(e.low)}</span>
                    <span class="range-dash" aria-hidden="true">" – "</span>
                    <span class="visually-hidden">" to "</span>
                    <span id="high" data-value=e.high.to_string()>{money.amount(e.high)}</span>
                    <span class="per-year">{format!(" base {}", money.period.per())}</span>
                </p>
                <div class="range-bar" aria-hidden="true">
                    <span class="range-marker" style:left=marker></span>
                </div>
                <dl class="figures">
                    <div>
                        <dt>"Typical (median) base"</dt>
                        <dd id="median" data-value=e.median.to_string()>{money.amount(e.median)}</dd>
                    </div>
                    <div>
                        <dt>{format!("Your base at the {} percentile", format::ordinal(position))}</dt>
                        <dd id="base" data-value=e.base.to_string()>{money.amount(e.base)}</dd>
                    </div>
                </dl>
            }
        })
    };
    view! { <div class="card headline">{card}</div> }
}
