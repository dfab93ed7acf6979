//! How old the model's data is: the years of the public sources its figures cite, for the
//! summary at the top of the sources panel. Counted from the model itself, so a model file
//! loaded in place of the built-in one is summed up by its own sources.

use super::data::Model;
use std::collections::BTreeSet;

/// The year of the article the built-in model quotes ("… Experience: 2026 Guide"). No cited
/// source of the built-in model may be newer (tests/calibration.rs).
pub const ARTICLE_YEAR: u16 = 2026;

impl Model {
    /// How many public sources the model cites from each year, newest year first. A source is a
    /// cite with its year: one page behind seven figures (the skills' premiums, say) counts
    /// once, since it is one thing a reader would check. Figures and the outlook's statement
    /// without a year are left out; an empty list means no source is dated.
    pub fn source_years(&self) -> Vec<(u16, usize)> {
        let figures = self.figures();
        let dated_figures = figures
            .iter()
            .map(|entry| (entry.figure.year, entry.figure.cite.as_deref()));
        let statement = self
            .outlook
            .as_ref()
            .map(|outlook| (outlook.metro_gap.year, outlook.metro_gap.cite.as_deref()));
        let sources: BTreeSet<(u16, &str)> = dated_figures
            .chain(statement)
            .filter_map(|(year, cite)| Some((year?, cite.unwrap_or(""))))
            .collect();
        let mut counts: Vec<(u16, usize)> = Vec::new();
        // The set is in ascending order of year: walk it backwards for newest first.
        for &(year, _) in sources.iter().rev() {
            match counts.last_mut() {
                Some((last, count)) if *last == year => *count += 1,
                _ => counts.push((year, 1)),
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BUILT_IN_JSON, Statement};

    /// The built-in model's numbers with no cites or years, to date by hand.
    fn undated() -> Model {
        Model::built_in_unexplained()
    }

    fn cite(url: &str) -> Option<String> {
        Some(format!("https://example.com/{url}"))
    }

    #[test]
    fn sources_are_counted_once_each_by_year_newest_first() {
        let mut model = undated();
        assert_eq!(model.source_years(), []);
        let locations = &mut model.locations.options;
        (locations[1].factor.cite, locations[1].factor.year) = (cite("a"), Some(2021));
        (locations[2].factor.cite, locations[2].factor.year) = (cite("b"), Some(2021));
        // One page behind two figures is one source.
        for skill in &mut model.skills[..2] {
            (skill.premium.cite, skill.premium.year) = (cite("c"), Some(2022));
        }
        (model.hours_per_year.cite, model.hours_per_year.year) = (cite("d"), Some(2008));
        // A cite without a year dates nothing.
        model.premium_cap.cite = cite("e");
        assert_eq!(model.source_years(), [(2022, 1), (2021, 2), (2008, 1)]);
    }

    #[test]
    fn the_outlooks_statement_counts_as_a_source() {
        let mut model = undated();
        model.outlook.as_mut().unwrap().metro_gap = Statement {
            text: "Narrowing.".into(),
            quote: None,
            cite: cite("metros"),
            year: Some(2019),
        };
        assert_eq!(model.source_years(), [(2019, 1)]);
    }

    #[test]
    fn a_file_without_years_is_valid_and_dates_nothing() {
        let mut json: serde_json::Value = serde_json::from_str(BUILT_IN_JSON).unwrap();
        fn strip(value: &mut serde_json::Value) {
            match value {
                serde_json::Value::Object(map) => {
                    map.remove("year");
                    map.values_mut().for_each(strip);
                }
                serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
                _ => {}
            }
        }
        strip(&mut json);
        let model = Model::parse(&json.to_string()).expect("a file without years is valid");
        assert!(model.figures().iter().any(|e| e.figure.cite.is_some()));
        assert_eq!(model.source_years(), []);
    }

    #[test]
    fn the_built_in_model_dates_every_page_it_cites() {
        let model = Model::parse(BUILT_IN_JSON).unwrap();
        let pages: BTreeSet<&str> = model
            .figures()
            .iter()
            .filter_map(|entry| entry.figure.cite.as_deref())
            .collect();
        let dated: usize = model.source_years().iter().map(|(_, count)| count).sum();
        assert_eq!(dated, pages.len());
        assert!(model.source_years()[0].0 <= ARTICLE_YEAR);
    }
}
