//! How amounts are shown: in which currency and per which period. The model works in US dollars
//! a year; a [`Money`] converts a yearly dollar amount once, at display time, so every figure on
//! the page goes through the same rounding.

use super::data::Model;
use crate::format;

/// The period amounts are shown per.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    #[default]
    Year,
    Month,
    Hour,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Year, Period::Month, Period::Hour];

    /// The period's id in links (`per=month`).
    pub fn id(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::Month => "month",
            Period::Hour => "hour",
        }
    }

    pub fn from_id(id: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|period| period.id() == id)
    }

    /// Words after an amount: "a year".
    pub fn per(self) -> &'static str {
        match self {
            Period::Year => "a year",
            Period::Month => "a month",
            Period::Hour => "an hour",
        }
    }
}

/// A currency and a period, ready to format yearly dollar amounts.
#[derive(Clone, Debug, PartialEq)]
pub struct Money {
    pub symbol: String,
    /// Units of the currency for one US dollar (possibly edited by the user).
    pub per_usd: f64,
    pub period: Period,
    /// Periods in a year: 1, 12 or the model's hours per year.
    pub periods_per_year: f64,
}

impl Money {
    /// Index `currency` of the model's currencies (its default when out of range), per `period`.
    pub fn new(model: &Model, currency: usize, period: Period) -> Money {
        let currencies = &model.currencies;
        let currency = currencies
            .options
            .get(currency)
            .unwrap_or(&currencies.options[currencies.default_index()]);
        Money {
            symbol: currency.symbol.clone(),
            per_usd: currency.per_usd.value,
            period,
            periods_per_year: match period {
                Period::Year => 1.0,
                Period::Month => 12.0,
                Period::Hour => model.hours_per_year.value,
            },
        }
    }

    /// Yearly amounts are shown in whole units; monthly and hourly ones to the cent.
    pub fn places(&self) -> u32 {
        if self.period == Period::Year { 0 } else { 2 }
    }

    /// `usd_per_year` in the currency and period, in units of `10^-places`, rounded once.
    pub fn scaled(&self, usd_per_year: i64) -> i64 {
        let scale = 10f64.powi(self.places() as i32);
        (usd_per_year as f64 * self.per_usd * scale / self.periods_per_year).round() as i64
    }

    /// `"€91,375"`, `"$8,958.33"`.
    pub fn amount(&self, usd_per_year: i64) -> String {
        format::money(&self.symbol, self.scaled(usd_per_year), self.places())
    }

    /// `"+€4,200"`, `"−$630.00"`.
    pub fn signed(&self, usd_per_year: i64) -> String {
        format::money_signed(&self.symbol, self.scaled(usd_per_year), self.places())
    }

    /// A sum rather than a rate (four years of pay): converted, in whole units, whatever the
    /// period.
    pub fn sum(&self, usd: i64) -> String {
        format::money(&self.symbol, (usd as f64 * self.per_usd).round() as i64, 0)
    }

    /// A signed sum: `"+€8,668"`.
    pub fn sum_signed(&self, usd: i64) -> String {
        format::money_signed(&self.symbol, (usd as f64 * self.per_usd).round() as i64, 0)
    }
}
