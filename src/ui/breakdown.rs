use leptos::prelude::*;

use super::labels::{factor_key, factor_label};
use crate::model::{Estimate, Factor, Model, Money};
use std::sync::Arc;

/// "Why this number": one row per factor with the dollars it adds or removes. The rows add up
/// exactly to the total, because the model rounds its running value, not each row.
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
            estimate
                .breakdown
                .iter()
                .map(|row| {
                    let amount = if row.factor == Factor::Experience {
                        money.amount(row.dollars)
                    } else {
                        money.signed(row.dollars)
                    };
                    let tone = match row.dollars {
                        d if row.factor == Factor::Experience || d == 0 => "amount",
                        d if d > 0 => "amount up",
                        _ => "amount down",
                    };
                    view! {
                        <tr data-factor=factor_key(row.factor) data-value=row.dollars.to_string()>
                            <th scope="row">{factor_label(&model, row.factor)}</th>
                            <td class=tone>{amount}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let total = move || money.with(|m| m.amount(estimate.with(|e| e.total)));

    view! {
        <div class="card breakdown">
            <h3 id="breakdown-title">"Why this number"</h3>
            <table id="breakdown" aria-labelledby="breakdown-title">
                <tbody>{rows}</tbody>
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
