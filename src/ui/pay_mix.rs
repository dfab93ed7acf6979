use leptos::prelude::*;

use crate::format;
use crate::model::{Estimate, Model, Money};
use std::sync::Arc;

/// Total compensation as a stacked bar of base, bonus and equity, with the amounts in a legend
/// (the bar is decoration; the legend carries the numbers).
#[component]
pub fn PayMix(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
) -> impl IntoView {
    let base = Memo::new(move |_| estimate.with(|e| e.base));
    let bonus = Memo::new(move |_| estimate.with(|e| e.bonus));
    let equity = Memo::new(move |_| estimate.with(|e| e.equity));
    let paper = Memo::new(move |_| estimate.with(|e| e.equity_paper));
    let total = Memo::new(move |_| estimate.with(|e| e.total));
    let company = Memo::new(move |_| estimate.with(|e| e.profile.company));
    // Widths in tenths of a percent, as integers: no float formatting in the wasm.
    let width = move |part: Memo<i64>| {
        move || {
            let per_mille = part.get() * 1000 / total.get().max(1);
            format!("width: {}.{}%", per_mille / 10, per_mille % 10)
        }
    };
    let risk_note = move || {
        model.with(|m| {
            let company = &m.companies.options[company.get().min(m.companies.options.len() - 1)];
            format!(
                "Paper value {} {}, counted at {} for the risk of never cashing it in ({}).",
                money.with(|money| money.amount(paper.get())),
                money.with(|money| money.period.per()),
                format::percent(company.equity_risk.value),
                company.label
            )
        })
    };

    view! {
        <div class="card pay-mix">
            <h3>"Total compensation"</h3>
            <p class="total">
                <span id="total" data-value=move || total.get().to_string()>{move || money.with(|m| m.amount(total.get()))}</span>
                <span class="per-year">{move || format!(" {}", money.with(|m| m.period.per()))}</span>
            </p>
            <div class="stack" aria-hidden="true">
                <span class="stack-base" style=width(base)></span>
                <span class="stack-bonus" style=width(bonus)></span>
                <span class="stack-equity" style=width(equity)></span>
            </div>
            <ul class="legend">
                <li><span class="swatch stack-base"></span>"Base "<strong>{move || money.with(|m| m.amount(base.get()))}</strong></li>
                <li>
                    <span class="swatch stack-bonus"></span>"Bonus "
                    <strong id="bonus" data-value=move || bonus.get().to_string()>{move || money.with(|m| m.amount(bonus.get()))}</strong>
                </li>
                <li>
                    <span class="swatch stack-equity"></span>"Equity "
                    <strong id="equity" data-value=move || equity.get().to_string()>{move || money.with(|m| m.amount(equity.get()))}</strong>
                </li>
            </ul>
            <p class="note">{risk_note}</p>
        </div>
    }
}
