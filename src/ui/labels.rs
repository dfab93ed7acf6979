//! Words for the model's breakdown rows.

use crate::model::{Factor, Model};

/// The row label for one factor of the breakdown, e.g. "Location: Seattle".
pub fn factor_label(model: &Model, factor: Factor) -> String {
    match factor {
        // Not the years themselves: a label whose length changed with every step of the slider
        // rewrapped its row, and moved the rows below, while dragging.
        Factor::Experience => "National median for your experience".to_string(),
        Factor::Location(i) => format!("Location: {}", model.locations.options[i].label),
        Factor::Remote(i) => format!("Arrangement: {}", model.remote.options[i].label),
        Factor::Language(i) => format!("Language: {}", model.languages.options[i].label),
        Factor::Skill(i) => format!("Skill: {}", model.skills[i].label),
        Factor::Certification(i) => format!("Certification: {}", model.certifications[i].label),
        Factor::Industry(i) => format!("Industry: {}", model.industries.options[i].label),
        Factor::Company(i) => format!("Company: {}", model.companies.options[i].label),
        Factor::Track(i) => format!("Career track: {}", model.tracks.options[i].label),
        Factor::Position => "Your position in the range".to_string(),
        Factor::Bonus(_) => "Bonus and profit-sharing".to_string(),
        Factor::Equity(_) => "Equity per year, risk-adjusted".to_string(),
    }
}

/// A stable, short key per factor kind for `data-factor` attributes (tests and styling).
pub fn factor_key(factor: Factor) -> &'static str {
    match factor {
        Factor::Experience => "experience",
        Factor::Location(_) => "location",
        Factor::Remote(_) => "remote",
        Factor::Language(_) => "language",
        Factor::Skill(_) => "skill",
        Factor::Certification(_) => "certification",
        Factor::Industry(_) => "industry",
        Factor::Company(_) => "company",
        Factor::Track(_) => "track",
        Factor::Position => "position",
        Factor::Bonus(_) => "bonus",
        Factor::Equity(_) => "equity",
    }
}
