use leptos::prelude::*;

use super::labels::{factor_key, factor_label};
use super::markup::Markup;
use crate::model::{Estimate, Factor, Model, Money};
use std::sync::Arc;

/// "Why this number": one row per factor with the dollars it adds or removes. The rows add up
/// exactly to the total, because the model rounds its running value, not each row. The rows
/// are drawn as markup: every input moves them all.
#[component]
pub fn Breakdown(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
) -> impl IntoView {
    let rows = move || {
        let money = money.get();
        let model = model.get();
        estimate.with(|estimate| {
            let mut html = Markup::default();
            for row in &estimate.breakdown {
                let (amount, tone) = match row.dollars {
                    _ if row.factor == Factor::Experience => (money.amount(row.dollars), "amount"),
                    0 => (money.signed(0), "amount"),
                    d if d > 0 => (money.signed(d), "amount up"),
                    d => (money.signed(d), "amount down"),
                };
                let label = factor_label(&model, row.factor, estimate.profile.years);
                let value = row.dollars.to_string();
                html.open(
                    "tr",
                    &[
                        ("data-factor", factor_key(row.factor)),
                        ("data-value", &value),
                    ],
                )
                .element("th", &[("scope", "row")], &label)
                .element("td", &[("class", tone)], &amount)
                .close("tr");
            }
            html.finish()
        })
    };
    let total = move || money.with(|m| m.amount(estimate.with(|e| e.total)));

    view! {
        <div class="card breakdown">
            <h3 id="breakdown-title">"Why this number"</h3>
            <table id="breakdown" aria-labelledby="breakdown-title">
                <tbody inner_html=rows></tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"Total compensation"</th>
                        <td class="amount">{total}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
