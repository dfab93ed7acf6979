use leptos::prelude::*;

use super::lazy::BelowSignals;
use crate::model::Profile;

/// "Before you negotiate": the number to ask for, the typical pay and the walk-away line for
/// this profile, in the chosen currency and period, with the article's advice.
#[component]
pub fn Negotiation(
    signals: BelowSignals,
    /// The profile as this part shows it (`seen_profile`).
    seen: Memo<Profile>,
) -> impl IntoView {
    let BelowSignals { model, money, .. } = signals;
    let figures = Memo::new(move |_| model.with(|m| m.negotiation(&seen.get())));
    let figure =
        move |id: &'static str, term: &'static str, read: fn(&crate::model::Negotiation) -> i64| {
            view! {
                <div>
                    <dt>{term}</dt>
                    <dd id=id data-value=move || figures.with(read).to_string()>
                        {move || money.with(|m| m.amount(figures.with(read)))}
                    </dd>
                </div>
            }
        };
    view! {
        <section id="negotiate" class="card negotiate" aria-labelledby="negotiate-title">
            <h3 id="negotiate-title">"Before you negotiate"</h3>
            <dl class="figures">
                {figure("ask", "Ask for (the 75th percentile, or your own if higher)", |n| n.ask)}
                {figure("negotiate-median", "Typical pay (the median)", |n| n.median)}
                {figure("walk-away", "Walk away below (the 25th percentile)", |n| n.walk_away)}
            </dl>
            <p class="note">
                "Base pay " {move || money.with(|m| m.period.per())} ". "
                "Check these against several sources, negotiate when you have leverage (an offer in hand, a record of results, new responsibilities), "
                "and bring your impact in numbers."
            </p>
        </section>
    }
}
