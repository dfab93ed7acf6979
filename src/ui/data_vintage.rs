use leptos::prelude::*;
use std::sync::Arc;

use crate::model::{ARTICLE_YEAR, Model};

/// The summary in words: the article's year, then the span of the sources' years and how many
/// sources each year has, newest first (`Model::source_years`).
fn sentence(years: &[(u16, usize)]) -> String {
    let sources = match years {
        [] => "no dated public sources".to_string(),
        [(year, count)] => {
            format!("the public sources behind our assumptions, {count} from {year}")
        }
        [(newest, _), .., (oldest, _)] => {
            let counts: Vec<String> = years
                .iter()
                .map(|(year, count)| format!("{count} from {year}"))
                .collect();
            format!(
                "the public sources behind our assumptions, from {oldest} to {newest} ({})",
                counts.join(", ")
            )
        }
    };
    format!("How old the figures are: the article's, {ARTICLE_YEAR}; {sources}.")
}

/// How old the data is, at the top of the figures panel: pay moves, so a reader weighs a
/// figure by its year. Counted from the loaded model, so a model file is summed up by its own
/// sources.
#[component]
pub fn DataVintage(
    /// The model as loaded (the years are its sources', not the user's edits).
    model: RwSignal<Arc<Model>>,
) -> impl IntoView {
    let years = Memo::new(move |_| model.with(|m| m.source_years()));
    view! { <p id="data-vintage" class="note">{move || years.with(|years| sentence(years))}</p> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_the_articles_year_and_the_sources_span() {
        assert_eq!(
            sentence(&[(2025, 2), (2021, 1), (2010, 3)]),
            "How old the figures are: the article's, 2026; the public sources behind our \
             assumptions, from 2010 to 2025 (2 from 2025, 1 from 2021, 3 from 2010)."
        );
        assert_eq!(
            sentence(&[(2021, 3)]),
            "How old the figures are: the article's, 2026; the public sources behind our \
             assumptions, 3 from 2021."
        );
        assert_eq!(
            sentence(&[]),
            "How old the figures are: the article's, 2026; no dated public sources."
        );
    }
}
