use leptos::prelude::*;

use crate::model::{Estimate, Money};

/// Two reference points the article gives: frontend pay for the same profile, and the national
/// average for backend developers.
#[component]
pub fn Comparisons(estimate: Memo<Estimate>, money: Memo<Money>) -> impl IntoView {
    let frontend = Memo::new(move |_| estimate.with(|e| (e.vs_frontend(), e.frontend_median)));
    let national = Memo::new(move |_| estimate.with(|e| (e.vs_national(), e.national_average)));
    let describe = move |difference: i64| {
        let amount = money.with(|m| m.amount(difference.abs()));
        if difference >= 0 {
            format!("{amount} more")
        } else {
            format!("{amount} less")
        }
    };

    view! {
        <div class="card comparisons">
            <h3>"Compared with"</h3>
            <ul>
                <li id="vs-frontend" data-value=move || frontend.get().0.to_string()>
                    <strong>"A frontend developer"</strong>
                    " with the same profile: median "
                    {move || money.with(|m| m.amount(frontend.get().1))}
                    ". Backend typically earns "
                    <span class="diff">{move || describe(frontend.get().0)}</span>
                    "."
                </li>
                <li id="vs-national" data-value=move || national.get().0.to_string()>
                    <strong>"The national average"</strong>
                    " for backend developers, "
                    {move || money.with(|m| m.amount(national.get().1))}
                    ": your base is "
                    <span class="diff">{move || describe(national.get().0)}</span>
                    "."
                </li>
            </ul>
        </div>
    }
}
