//! The model that ships with payband, `data/model.json` as `build.rs` read and checked it.

use super::data::FigureTexts;
use super::{Band, Choice, Company, Currency, Extra, Figure, Industry, Language, Location};
use super::{MedianPath, Model, Outlook, Remote, Statement, Track};

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// What the page's first model says in place of each quote and reason, and of `about`.
const TO_COME: &str = "…";

fn s(text: &str) -> String {
    text.to_string()
}

/// A figure without its text: whether its source is a quote or an assumption stays.
fn f(value: f64, quoted: bool) -> Figure {
    let to_come = Some(TO_COME.to_string());
    let (quote, assumption) = if quoted {
        (to_come, None)
    } else {
        (None, to_come)
    };
    Figure {
        value,
        quote,
        assumption,
        cite: None,
        year: None,
    }
}

impl Model {
    /// The model that ships with payband, every figure with its quote or reason: valid by
    /// construction (the build checks it).
    pub fn built_in() -> Model {
        let mut model = Model::built_in_unexplained();
        model.explain(ABOUT, TEXTS);
        model
    }

    /// [`Model::built_in`] with a placeholder for every quote, reason and `about`, and no cites
    /// or years: what the page starts with. The texts (2.7 KB gzip of the first download) are
    /// only shown by parts fetched later (the sources panel with its model-file box, the
    /// exchange rate row), which swap in [`Model::built_in`] first. Valid all the same
    /// (placeholders are text), so a link's changed figures are checked at start-up as before.
    pub fn built_in_unexplained() -> Model {
        include!(concat!(env!("OUT_DIR"), "/built_in.rs"))
    }
}
