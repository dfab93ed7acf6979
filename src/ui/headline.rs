use leptos::prelude::*;

use super::markup::Markup;
use crate::format;
use crate::model::{Estimate, Model, Money};
use std::sync::Arc;

/// The answer first: the level, the range, the median and the personal estimate. Each figure has
/// a stable id and its exact yearly amount in `data-value`, for tests and embedders. Drawn as
/// markup: nearly every input changes most of these figures at once.
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
            let years = format!(" · {} years of experience", format::years(e.profile.years));
            // Where the personal estimate sits on the range bar, in percent of its width.
            let marker = format!(
                "left: {}%",
                (e.base - e.low) * 100 / (e.high - e.low).max(1)
            );
            let position = format::ordinal(e.profile.position.round() as i64);
            let mut html = Markup::default();
            html.open("p", &[("class", "level-line")])
                .element(
                    "span",
                    &[
                        ("id", "level"),
                        ("class", "level"),
                        ("data-value", &level.id),
                    ],
                    &level.label,
                )
                .element("span", &[("class", "muted")], &years)
                .close("p")
                .open(
                    "p",
                    &[("class", "range"), ("aria-label", "Base salary range")],
                )
                .figure("span", "low", e.low, &money.amount(e.low))
                .element(
                    "span",
                    &[("class", "range-dash"), ("aria-hidden", "true")],
                    " – ",
                )
                .element("span", &[("class", "visually-hidden")], " to ")
                .figure("span", "high", e.high, &money.amount(e.high))
                .element(
                    "span",
                    &[("class", "per-year")],
                    &format!(" base {}", money.period.per()),
                )
                .close("p")
                .open("div", &[("class", "range-bar"), ("aria-hidden", "true")])
                .element("span", &[("class", "range-marker"), ("style", &marker)], "")
                .close("div")
                .open("dl", &[("class", "figures")])
                .open("div", &[])
                .element("dt", &[], "Typical (median) base")
                .figure("dd", "median", e.median, &money.amount(e.median))
                .close("div")
                .open("div", &[])
                .element(
                    "dt",
                    &[],
                    &format!("Your base at the {position} percentile"),
                )
                .figure("dd", "base", e.base, &money.amount(e.base))
                .close("div")
                .close("dl");
            html.finish()
        })
    };
    view! { <div class="card headline" inner_html=card></div> }
}
