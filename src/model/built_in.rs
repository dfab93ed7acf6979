//! The model that ships with payband, `data/model.json` as `build.rs` read and checked it.

use super::{Band, Choice, Company, Currency, Extra, Figure, Industry, Language, Location};
use super::{MedianPath, Model, Remote};

fn s(text: &str) -> String {
    text.to_string()
}

fn f(value: f64, quote: Option<&str>, assumption: Option<&str>, cite: Option<&str>) -> Figure {
    Figure {
        value,
        quote: quote.map(str::to_string),
        assumption: assumption.map(str::to_string),
        cite: cite.map(str::to_string),
    }
}

impl Model {
    /// The model that ships with payband: valid by construction (the build checks it).
    pub fn built_in() -> Model {
        include!(concat!(env!("OUT_DIR"), "/built_in.rs"))
    }
}
