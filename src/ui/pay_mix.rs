use leptos::prelude::*;

use super::markup::Markup;
use crate::format;
use crate::model::{Estimate, Model, Money};
use std::sync::Arc;

/// Total compensation as a stacked bar of base, bonus and equity, with the amounts in a legend
/// (the bar is decoration; the legend carries the numbers). Drawn as markup, like the headline:
/// every figure here moves with every input.
#[component]
pub fn PayMix(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
) -> impl IntoView {
    let card = move || {
        let (money, model) = (money.get(), model.get());
        estimate.with(|e| {
            // Widths in tenths of a percent, as integers: no float formatting in the wasm.
            let width = |part: i64| {
                let per_mille = part * 1000 / e.total.max(1);
                format!("width: {}.{}%", per_mille / 10, per_mille % 10)
            };
            let company = &model.companies.options[e.profile.company];
            let risk_note = format!(
                "Paper value {} {}, counted at {} for the risk of never cashing it in ({}).",
                money.amount(e.equity_paper),
                money.period.per(),
                format::percent(company.equity_risk.value),
                company.label
            );
            let mut html = Markup::default();
            html.element("h3", &[], "Total compensation")
                .open("p", &[("class", "total")])
                .figure("span", "total", e.total, &money.amount(e.total))
                .element(
                    "span",
                    &[("class", "per-year")],
                    &format!(" {}", money.period.per()),
                )
                .close("p")
                .open("div", &[("class", "stack"), ("aria-hidden", "true")]);
            for (class, part) in [
                ("stack-base", e.base),
                ("stack-bonus", e.bonus),
                ("stack-equity", e.equity),
            ] {
                html.element("span", &[("class", class), ("style", &width(part))], "");
            }
            html.close("div").open("ul", &[("class", "legend")]);
            for (class, name, id, dollars) in [
                ("swatch stack-base", "Base ", "", e.base),
                ("swatch stack-bonus", "Bonus ", "bonus", e.bonus),
                ("swatch stack-equity", "Equity ", "equity", e.equity),
            ] {
                html.open("li", &[])
                    .element("span", &[("class", class)], "")
                    .text(name);
                if id.is_empty() {
                    html.element("strong", &[], &money.amount(dollars));
                } else {
                    html.figure("strong", id, dollars, &money.amount(dollars));
                }
                html.close("li");
            }
            html.close("ul")
                .element("p", &[("class", "note")], &risk_note);
            html.finish()
        })
    };
    view! { <div class="card pay-mix" inner_html=card></div> }
}
