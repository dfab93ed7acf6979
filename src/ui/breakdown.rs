use leptos::prelude::*;

use super::labels::{factor_key, factor_label};
use crate::format;
use crate::model::{Estimate, Factor, Model};

/// "Why this number": one row per factor with the dollars it adds or removes. The rows add up
/// exactly to the total, because the model rounds its running value, not each row.
#[component]
pub fn Breakdown(model: &'static Model, estimate: Memo<Estimate>) -> impl IntoView {
    let rows = move || {
        estimate.with(|estimate| {
            estimate
                .breakdown
                .iter()
                .map(|row| {
                    let amount = if row.factor == Factor::Experience {
                        format::usd(row.dollars)
                    } else {
                        format::usd_signed(row.dollars)
                    };
                    let tone = match row.dollars {
                        d if row.factor == Factor::Experience || d == 0 => "amount",
                        d if d > 0 => "amount up",
                        _ => "amount down",
                    };
                    view! {
                        <tr data-factor=factor_key(row.factor) data-value=row.dollars.to_string()>
                            <th scope="row">{factor_label(model, row.factor, estimate.profile.years)}</th>
                            <td class=tone>{amount}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let total = move || estimate.with(|e| format::usd(e.total));

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
