use leptos::prelude::*;

use super::lazy::BelowSignals;
use crate::format;

/// The outlook the model's source gives: projected job growth and where metro pay gaps are
/// heading. Nothing when the model has none. The growth is a figure of the model, so its source
/// is in "Sources and assumptions" with the others.
#[component]
pub fn Outlook(signals: BelowSignals) -> impl IntoView {
    let model = signals.model;
    move || {
        model.with(|m| {
            let outlook = m.outlook.as_ref()?;
            let growth = outlook.job_growth.value;
            Some(view! {
                <section id="outlook" class="card outlook" aria-labelledby="outlook-title">
                    <h3 id="outlook-title">"Outlook"</h3>
                    <p id="job-growth" data-value=format::percent(growth)>
                        {format!("Jobs are projected to grow by {} over the coming decade.", format::percent(growth))}
                    </p>
                    <p>{outlook.metro_gap.text.clone()}</p>
                </section>
            })
        })
    }
}
