use leptos::prelude::*;
use std::sync::Arc;

use super::edits::Edits;
use super::figure_row::FigureRow;
use super::radio_group::RadioGroup;
use super::select::Select;
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
    // The rate row for the chosen currency; none for the model's own currency.
    let rate = move || {
        let index = currency.get();
        source.with(|m| {
            let chosen = m.currencies.options.get(index)?;
            if index == m.currencies.default_index() {
                return None;
            }
            let key = format!("cur.{}", chosen.id);
            let value_key = key.clone();
            let value = Signal::derive(move || {
                model.with(|m| m.figure(&value_key).map_or(1.0, |f| f.value))
            });
            Some(view! {
                <div class="rate">
                    <FigureRow
                        key=key
                        subject=format!("Exchange rate: {}", chosen.symbol)
                        what="for one US dollar"
                        unit=crate::model::Unit::Rate
                        figure=chosen.per_usd.clone()
                        input_id="rate".to_string()
                        value=value
                        edits=edits
                    />
                    <p class="note">{format!("Rate as of {}.", chosen.as_of)}</p>
                </div>
            })
        })
    };
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
            {rate}
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
