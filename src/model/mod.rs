//! The salary model: pure Rust with no web dependency, so it is tested natively and an embedder
//! can swap its data without touching the page.
//!
//! [`Model::parse`] reads and validates a model file (the built-in one is `data/model.json`),
//! [`Profile`] holds what a user says about themselves, and [`Model::estimate`] turns a profile
//! into an [`Estimate`]. [`Model::with_edits`] applies a user's changed figures (named by the
//! keys of [`Model::figures`]) and [`Model::to_json`] writes a model back to its file format.
//! [`Settings`] is everything a link carries; [`Money`] shows yearly dollars in any currency and
//! period; [`OfferSummary`] compares two estimates as offers.

mod advice;
#[cfg(built_in_model)]
mod built_in;
mod data;
mod embed;
mod estimate;
mod file;
mod money;
mod offer;
mod profile;
mod scenario;
mod vintage;

pub use advice::{ASK_POSITION, Change, Effort, MORE_YEARS, Negotiation, Step, WALK_AWAY_POSITION};
pub use data::{
    BUILT_IN_JSON, Band, Choice, Company, Currency, Edit, Extra, FORMAT, Figure, FigureEntry,
    Industry, Language, Location, MAX_FILE_BYTES, MAX_MULTI_OPTIONS, MedianPath, Model, ModelError,
    Named, Outlook, Remote, Statement, Track, Unit, is_valid_id, too_large,
};
pub use embed::{Control, DEFAULT_CONTROLS, DEFAULT_SHOW, EmbedLayout, Shown, read_embed_layout};
pub use estimate::{Contribution, Estimate, Factor, SIX_FIGURES, TRAJECTORY_YEARS, YearRange};
pub use money::{Money, Period};
pub use offer::{OfferSummary, VESTING_YEARS};
pub use profile::{
    BENEFITS_MAX, POSITION_MAX, POSITION_TYPICAL, Profile, YEARS_DEFAULT, YEARS_MAX, mask_of,
    selected,
};
pub use scenario::{
    EDIT_PREFIX, KEYS, MAX_NOTICES, MAX_PAIRS, Notice, PINNED_KEY, Settings, YEARS_STEP,
    is_settings_key, parse_decimal, query_pairs, query_string, read_scenario, read_settings,
    write_scenario, write_settings,
};
pub use vintage::ARTICLE_YEAR;
