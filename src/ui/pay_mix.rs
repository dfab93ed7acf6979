use leptos::prelude::*;

use crate::format;
use crate::model::{Estimate, Model, Money};
use std::sync::Arc;

/// Total compensation as a stacked bar of base, bonus and equity, with the amounts in a legend
/// (the bar is decoration; the legend carries the numbers). Drawn by one closure from plain
/// values, like the headline: every figure here moves with every input.
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
            // Set as properties (`style:`), which the page's Content-Security-Policy allows.
            let width = |part: i64| {
                let per_mille = part * 1000 / e.total.max(1);
                format!("{}.{}%", per_mille / 10, per_mille % 10)
            };
            let company = &model.companies.options[e.profile.company];
            let risk_note = format!(
                "Paper value {} {}, counted at {} for the risk of never cashing it in ({}).",
                money.amount(e.equity_paper),
                money.period.per(),
                format::percent(company.equity_risk.value),
                company.label
            );
            view! {
                <p class="total">
                    <span id="total" data-value=e.total.to_string()>{money.amount(e.total)}</span>
                    <span class="per-year">{format!(" {}", money.period.per())}</span>
                </p>
                <div class="stack" aria-hidden="true">
                    <span class="stack-base" style:width=width(e.base)></span>
                    <span class="stack-bonus" style:width=width(e.bonus)></span>
                    <span class="stack-equity" style:width=width(e.equity)></span>
                </div>
                <ul class="legend">
                    <li><span class="swatch stack-base"></span>"Base "<strong>{money.amount(e.base)}</strong></li>
                    <li>
                        <span class="swatch stack-bonus"></span>"Bonus "
                        <strong id="bonus" data-value=e.bonus.to_string()>{money.amount(e.bonus)}</strong>
                    </li>
                    <li>
                        <span class="swatch stack-equity"></span>"Equity "
                        <strong id="equity" data-value=e.equity.to_string()>{money.amount(e.equity)}</strong>
                    </li>
                </ul>
                <p class="note">{risk_note}</p>
            }
        })
    };
    view! {
        <div class="card pay-mix">
            <h3>"Total compensation"</h3>
            {card}
        </div>
    }
}
