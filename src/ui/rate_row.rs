use leptos::prelude::*;

use super::figure_row::FigureRow;
use super::lazy::RateSignals;

/// The exchange rate of the chosen currency, editable, with its date and source; nothing for the
/// model's own currency. Loaded with the first other currency (see `lazy`).
#[component]
pub fn RateRow(signals: RateSignals) -> impl IntoView {
    move || {
        let index = signals.currency.get();
        signals.edits.source.with(|m| {
            let chosen = m.currencies.options.get(index)?;
            if index == m.currencies.default_index() {
                return None;
            }
            let key = format!("cur.{}", chosen.id);
            let value_key = key.clone();
            let value = Signal::derive(move || {
                signals
                    .model
                    .with(|m| m.figure(&value_key).map_or(1.0, |f| f.value))
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
                        edits=signals.edits
                    />
                    <p class="note">{format!("Rate as of {}.", chosen.as_of)}</p>
                </div>
            })
        })
    }
}
