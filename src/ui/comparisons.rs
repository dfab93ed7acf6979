use leptos::prelude::*;

use crate::model::{Estimate, Money};

/// Two reference points the article gives: frontend pay for the same experience, place and
/// employer, and the national
/// average for backend developers. Drawn by one closure from plain values.
#[component]
pub fn Comparisons(estimate: Memo<Estimate>, money: Memo<Money>) -> impl IntoView {
    let list = move || {
        let money = money.get();
        let describe = |difference: i64| {
            let amount = money.amount(difference.abs());
            if difference >= 0 {
                format!("{amount} more")
            } else {
                format!("{amount} less")
            }
        };
        estimate.with(|e| {
            view! {
                <li id="vs-frontend" data-value=e.vs_frontend().to_string()>
                    <strong>"A frontend developer"</strong>
                    " with the same experience, place and employer: median "
                    {money.amount(e.frontend_median)}
                    ". Backend typically earns "
                    <span class="diff">{describe(e.vs_frontend())}</span>
                    "."
                </li>
                <li id="vs-national" data-value=e.vs_national().to_string()>
                    <strong>"The national average"</strong>
                    " for backend developers, "
                    {money.amount(e.national_average)}
                    ": your base is "
                    <span class="diff">{describe(e.vs_national())}</span>
                    "."
                </li>
            }
        })
    };

    view! {
        <div class="card comparisons">
            <h3>"Compared with"</h3>
            <ul>{list}</ul>
        </div>
    }
}
