use leptos::prelude::*;
use std::sync::Arc;

use super::edits::Edits;
use super::effect::effect;
use super::lazy::{RateSignals, Slot, show_rate};
use super::radio_group::RadioGroup;
use super::select::Select;
use super::slot_status::SlotStatus;
use crate::format;
use crate::model::{Model, Named, Period};

/// How amounts are shown: a currency (with its exchange rate, editable, and the rate's date and
/// source next to it) and a period: yearly, monthly or hourly.
#[component]
pub fn AmountOptions(
    model: Memo<Arc<Model>>,
    edits: Edits,
    currency: RwSignal<usize>,
    period: RwSignal<Period>,
) -> impl IntoView {
    let source = edits.source;
    let currencies = move || {
        source.with(|m| {
            m.currencies
                .options
                .iter()
                .map(|c| (c.id().to_string(), format!("{} ({})", c.label, c.symbol)))
                .collect::<Vec<_>>()
        })
    };
    let periods = Period::ALL
        .iter()
        .map(|p| {
            let label = match p {
                Period::Year => "Yearly",
                Period::Month => "Monthly",
                Period::Hour => "Hourly",
            };
            (p.id().to_string(), label.to_string())
        })
        .collect::<Vec<_>>();
    let period_index = Signal::derive(move || {
        let period = period.get();
        Period::ALL.iter().position(|p| *p == period).unwrap_or(0)
    });
    // The rate row comes with the first currency other than the model's own (see `lazy`).
    let rate_slot = Slot::new();
    let rate_signals = RateSignals {
        model,
        edits,
        currency,
    };
    effect(Box::new(move || {
        let other = source.with(|m| currency.get() != m.currencies.default_index());
        if other {
            rate_slot.fill(move |node| show_rate(node, rate_signals), false);
        }
    }));
    let hours = move || {
        (period.get() == Period::Hour).then(|| {
            let hours = model.with(|m| m.hours_per_year.value);
            view! {
                <p class="note" id="hours-note">
                    {format!("Hourly: yearly pay divided by {} working hours (an assumption you can change under Sources and assumptions).", format::decimal(hours))}
                </p>
            }
        })
    };

    view! {
        <section class="control-group" aria-labelledby="group-amounts">
            <h2 id="group-amounts">"Show amounts"</h2>
            {move || view! {
                <Select
                    id="cur"
                    label="Currency"
                    options=currencies()
                    selected=currency
                    on_change=move |index| currency.set(index)
                />
            }}
            <div node_ref=rate_slot.node></div>
            <SlotStatus of=rate_slot />
            <RadioGroup
                id="per"
                legend="Per"
                options=periods
                selected=period_index
                on_change=move |index: usize| period.set(Period::ALL[index])
            />
            {hours}
        </section>
    }
}
