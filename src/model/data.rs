//! The model's data: the shape of `data/model.json`, and the checks a file must pass before the
//! engine trusts it. A file that parses but breaks a rule is rejected with every broken rule named
//! by its field path, so an author can fix it in one go.

use crate::format::decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The built-in model file, embedded at compile time so the app needs no request to start.
pub const BUILT_IN_JSON: &str = include_str!("../../data/model.json");

/// The `format` value this version of payband reads.
pub const FORMAT: &str = "payband-model/1";

/// Largest model file accepted: the built-in one is about 20 KB, so a megabyte is a mistake.
pub const MAX_FILE_BYTES: usize = 1_000_000;

/// Largest number of skills or certifications: a profile keeps each set in a 64-bit mask.
pub const MAX_MULTI_OPTIONS: usize = 64;

/// One number of the model, with where it comes from. Exactly one of `quote` (a sentence of the
/// article) and `assumption` (our reason) is set, so no figure is unexplained.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a figure: an object with a value and its source"
)]
pub struct Figure {
    #[serde(with = "super::file::number")]
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
    /// A public reference a reader can check the assumption against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cite: Option<String>,
    /// The year of the public figure `cite` gives, so a reader sees how old the data is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
}

impl Figure {
    /// True when the number is our estimate rather than the article's.
    pub fn is_assumption(&self) -> bool {
        self.assumption.is_some()
    }

    /// What a model without `hours_per_year` works with.
    fn default_hours() -> Figure {
        Figure {
            value: 2080.0,
            quote: None,
            assumption: Some("40 hours a week for 52 weeks (payband's default).".into()),
            cite: None,
            year: None,
        }
    }

    /// The quote or the reason, whichever the figure has.
    pub fn explanation(&self) -> &str {
        self.quote
            .as_deref()
            .or(self.assumption.as_deref())
            .unwrap_or("")
    }
}

/// An experience level: the pay band from `from_years` until the next band starts.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub label: String,
    pub from_years: Figure,
    pub low: Figure,
    pub high: Figure,
}

/// Where typical pay sits inside a band as a person moves through it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MedianPath {
    /// Fraction of the band (0 = low, 1 = high) on the level's first day.
    pub at_band_start: Figure,
    /// Fraction of the band just before the next level begins.
    pub at_band_end: Figure,
    /// For the last, open-ended band: years to cover half the way from start to end fraction.
    pub open_band_half_years: Figure,
}

/// A single-choice input (location, language, …): its options and which one a new profile has.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice<T> {
    pub default: String,
    pub options: Vec<T>,
}

impl<T: Named> Choice<T> {
    /// Index of the option with this id, for reading ids from links and embedders.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|option| option.id() == id)
    }

    /// Index of the default option (validation guarantees it exists).
    pub fn default_index(&self) -> usize {
        self.index_of(&self.default).unwrap_or(0)
    }
}

/// A metro or area: pay there relative to the national average.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub id: String,
    pub label: String,
    pub factor: Figure,
}

/// A remote arrangement: how much of the location factor applies, then its own factor.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Remote {
    pub id: String,
    pub label: String,
    /// 1 = pay follows the location in full, 0 = location ignored.
    pub location_weight: Figure,
    pub factor: Figure,
}

/// A primary language and its premium (a fraction: 0.06 = +6%, may be negative).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub id: String,
    pub label: String,
    pub premium: Figure,
}

/// A skill or certification: any combination may be held; premiums add with diminishing returns.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Extra {
    pub id: String,
    pub label: String,
    /// Lets the page group skills ("cloud" for cloud/DevOps, "craft" for the others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub premium: Figure,
}

/// An industry and its pay factor.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Industry {
    pub id: String,
    pub label: String,
    pub factor: Figure,
}

/// A company type: its base pay factor and how the rest of the pay is made up.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub id: String,
    pub label: String,
    pub base_factor: Figure,
    /// Yearly bonus and profit-sharing as a fraction of base.
    pub bonus_share: Figure,
    /// Yearly equity grant at paper value as a fraction of base.
    pub equity_share: Figure,
    /// Fraction of the paper value counted after the risk of never cashing it in.
    pub equity_risk: Figure,
}

/// A career track beyond the levels: team lead, platform engineering, DevOps leadership, or
/// staying an individual contributor (a model's default track, which changes nothing).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: String,
    pub label: String,
    /// Experience from which the track can be chosen; below it the profile's track is ignored.
    pub from_years: Figure,
    /// A multiplier on base pay while on the track: 1.1 means +10%.
    pub factor: Figure,
}

impl Track {
    /// What a model without a `tracks` field offers: the individual contributor's path only.
    pub fn individual_only() -> Choice<Track> {
        let figure = |value: f64, reason: &str| Figure {
            value,
            quote: None,
            assumption: Some(reason.into()),
            cite: None,
            year: None,
        };
        Choice {
            default: "ic".into(),
            options: vec![Track {
                id: "ic".into(),
                label: "Individual contributor".into(),
                from_years: figure(0.0, "The path every profile is on (payband's default)."),
                factor: figure(1.0, "The levels' own pay (payband's default)."),
            }],
        }
    }
}

/// What the article says of the years ahead: shown beside the estimate, not part of it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    /// Projected job growth over the coming decade, as a fraction: 0.08 means 8%.
    pub job_growth: Figure,
    /// Where pay differences between metros are heading, in the source's words. The article
    /// gives it no number, so it is a sentence with its quote, not a figure.
    pub metro_gap: Statement,
}

/// A sentence of the model with its source, where the source gives no number.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cite: Option<String>,
    /// The year of what `cite` says, as for a figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
}

/// A currency amounts can be shown in: US dollars times `per_usd`, with the rate's date.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    pub id: String,
    pub label: String,
    /// Written before amounts: `$`, `€`, `C$`.
    pub symbol: String,
    /// Units of this currency for one US dollar.
    pub per_usd: Figure,
    /// When the rate was taken, shown next to it so nobody mistakes it for a live rate.
    pub as_of: String,
}

impl Currency {
    /// What a model without a `currencies` field offers: its own US dollars.
    pub fn dollars_only() -> Choice<Currency> {
        Choice {
            default: "usd".into(),
            options: vec![Currency {
                id: "usd".into(),
                label: "US dollar".into(),
                symbol: "$".into(),
                per_usd: Figure {
                    value: 1.0,
                    quote: None,
                    assumption: Some("The model's own currency.".into()),
                    cite: None,
                    year: None,
                },
                as_of: "fixed".into(),
            }],
        }
    }
}

/// The whole model file, as parsed. Build it with [`Model::parse`], never by hand, so it is valid.
/// Its fields are the file's, in the file's order, which is the order a download writes them in.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, expecting = "a model object")]
pub struct Model {
    pub format: String,
    pub name: String,
    pub about: String,
    pub national_average: Figure,
    pub frontend_gap: Figure,
    pub bands: Vec<Band>,
    pub median_path: MedianPath,
    pub premium_cap: Figure,
    pub locations: Choice<Location>,
    pub remote: Choice<Remote>,
    pub languages: Choice<Language>,
    pub skills: Vec<Extra>,
    pub certifications: Vec<Extra>,
    pub industries: Choice<Industry>,
    pub companies: Choice<Company>,
    /// Optional in a file: a model without it has the individual contributor's path only.
    #[serde(default = "Track::individual_only")]
    pub tracks: Choice<Track>,
    /// Optional in a file: a model without it shows no outlook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlook: Option<Outlook>,
    /// Optional in a file: a model without it shows US dollars only.
    #[serde(default = "Currency::dollars_only")]
    pub currencies: Choice<Currency>,
    /// Hours of work in a year, for the hourly view. Optional in a file (2080).
    #[serde(default = "Figure::default_hours")]
    pub hours_per_year: Figure,
    /// False only for the built-in model as the page starts with it
    /// ([`Model::built_in_unexplained`]): its quotes and reasons are not there yet. Not a field
    /// of the file.
    #[serde(skip, default = "explained")]
    pub explained: bool,
}

/// A model read from a file has every text it has.
fn explained() -> bool {
    true
}

/// Anything with a stable id and a human label, so options can be checked and listed alike.
pub trait Named {
    fn id(&self) -> &str;
    fn label(&self) -> &str;
}

macro_rules! named {
    ($($t:ty),*) => {$(
        impl Named for $t {
            fn id(&self) -> &str { &self.id }
            fn label(&self) -> &str { &self.label }
        }
    )*};
}
named!(
    Band, Location, Remote, Language, Extra, Industry, Company, Track, Currency
);

/// One thing wrong with a model file: where (a field path such as `bands.mid.high`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl Model {
    /// Reads a model file from raw bytes (a download or a file picked from disk may not be text).
    pub fn parse_bytes(bytes: &[u8]) -> Result<Model, Vec<ModelError>> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(vec![too_large(bytes.len())]);
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => Model::parse(text),
            Err(error) => Err(vec![ModelError {
                path: String::new(),
                message: format!(
                    "the file is not UTF-8 text (bad byte at offset {})",
                    error.valid_up_to()
                ),
            }]),
        }
    }

    /// Parses and validates any text. Never panics; on failure says what is wrong and where:
    /// the first error of form (JSON syntax, a field's type, a missing or unknown field), or
    /// else every broken rule at once.
    pub fn parse(text: &str) -> Result<Model, Vec<ModelError>> {
        if text.len() > MAX_FILE_BYTES {
            return Err(vec![too_large(text.len())]);
        }
        if text.trim().is_empty() {
            return Err(vec![ModelError {
                path: String::new(),
                message: "the file is empty".into(),
            }]);
        }
        let model = super::file::read(text).map_err(|error| vec![error])?;
        let errors = model.problems();
        if errors.is_empty() {
            Ok(model)
        } else {
            Err(errors)
        }
    }

    /// Every rule the file breaks. Empty means the engine can trust every number.
    fn problems(&self) -> Vec<ModelError> {
        let mut check = Checker::default();
        if self.format != FORMAT {
            check.fail(
                "format",
                format!("expected \"{FORMAT}\", found \"{}\"", self.format),
            );
        }
        check.text("", "name", &self.name, 120);
        check.figure(
            "",
            "national_average",
            &self.national_average,
            1_000.0,
            10_000_000.0,
        );
        let lowest_pay = self
            .bands
            .iter()
            .map(|band| band.low.value)
            .fold(f64::INFINITY, f64::min);
        check.figure(
            "",
            "frontend_gap",
            &self.frontend_gap,
            0.0,
            lowest_pay.min(10_000_000.0),
        );
        self.check_bands(&mut check);
        check.figure("", "premium_cap", &self.premium_cap, 0.01, 1.0);
        check.choice("locations", &self.locations, |check, path, option| {
            check.figure(path, "factor", &option.factor, 0.25, 4.0);
        });
        check.choice("remote", &self.remote, |check, path, option| {
            check.figure(path, "location_weight", &option.location_weight, 0.0, 1.0);
            check.figure(path, "factor", &option.factor, 0.25, 4.0);
        });
        check.choice("languages", &self.languages, |check, path, option| {
            check.figure(path, "premium", &option.premium, -0.5, 1.0);
        });
        for (name, list) in [
            ("skills", &self.skills),
            ("certifications", &self.certifications),
        ] {
            if list.len() > MAX_MULTI_OPTIONS {
                check.fail(name, format!("at most {MAX_MULTI_OPTIONS} options"));
            }
            check.options(name, list, |check, path, option| {
                check.figure(path, "premium", &option.premium, 0.0, 1.0);
            });
        }
        check.choice("industries", &self.industries, |check, path, option| {
            check.figure(path, "factor", &option.factor, 0.25, 4.0);
        });
        check.choice("companies", &self.companies, |check, path, option| {
            check.figure(path, "base_factor", &option.base_factor, 0.25, 4.0);
            check.figure(path, "bonus_share", &option.bonus_share, 0.0, 2.0);
            check.figure(path, "equity_share", &option.equity_share, 0.0, 5.0);
            check.figure(path, "equity_risk", &option.equity_risk, 0.0, 1.0);
        });
        check.choice("tracks", &self.tracks, |check, path, option| {
            check.figure(path, "from_years", &option.from_years, 0.0, 40.0);
            // Tracks beyond the levels pay at least the level's own pay, so typical pay never
            // falls as experience grows.
            check.figure(path, "factor", &option.factor, 1.0, 4.0);
        });
        if let Some(default) = self.tracks.index_of(&self.tracks.default)
            && self.tracks.options[default].from_years.value != 0.0
        {
            check.fail(
                &format!("tracks.options.{}.from_years", self.tracks.default),
                "the default track must start at 0 years",
            );
        }
        if let Some(outlook) = &self.outlook {
            check.figure("", "outlook.job_growth", &outlook.job_growth, -1.0, 10.0);
            let gap = &outlook.metro_gap;
            check.text("", "outlook.metro_gap.text", &gap.text, 400);
            check.year("outlook.metro_gap", &gap.cite, gap.year);
        }
        check.choice("currencies", &self.currencies, |check, path, option| {
            check.text(path, "symbol", &option.symbol, 4);
            check.figure(path, "per_usd", &option.per_usd, 0.000_001, 1_000_000.0);
            check.text(path, "as_of", &option.as_of, 40);
        });
        check.figure("", "hours_per_year", &self.hours_per_year, 100.0, 8_760.0);
        check.errors
    }

    fn check_bands(&self, check: &mut Checker) {
        let path = &self.median_path;
        check.figure(
            "",
            "median_path.at_band_start",
            &path.at_band_start,
            0.0,
            1.0,
        );
        check.figure("", "median_path.at_band_end", &path.at_band_end, 0.0, 1.0);
        check.figure(
            "",
            "median_path.open_band_half_years",
            &path.open_band_half_years,
            0.5,
            40.0,
        );
        if path.at_band_start.value > path.at_band_end.value {
            check.fail(
                "median_path.at_band_end",
                format!(
                    "{} is below at_band_start {}",
                    decimal(path.at_band_end.value),
                    decimal(path.at_band_start.value)
                ),
            );
        }
        if self.bands.is_empty() {
            check.fail("bands", "at least one band is needed");
            return;
        }
        if self.bands.len() > 8 {
            check.fail("bands", "at most 8 bands");
        }
        check.options("bands", &self.bands, |check, at, band| {
            check.figure(at, "from_years", &band.from_years, 0.0, 40.0);
            check.figure(at, "low", &band.low, 1_000.0, 10_000_000.0);
            check.figure(at, "high", &band.high, 1_000.0, 10_000_000.0);
            if band.high.value < band.low.value {
                check.fail(
                    &format!("{at}.high"),
                    format!(
                        "{} is below low {}",
                        decimal(band.high.value),
                        decimal(band.low.value)
                    ),
                );
            }
        });
        if self.bands[0].from_years.value != 0.0 {
            check.fail(
                &format!("bands.{}.from_years", self.bands[0].id),
                "the first band must start at 0 years",
            );
        }
        for pair in self.bands.windows(2) {
            let (before, after) = (&pair[0], &pair[1]);
            let at = format!("bands.{}", after.id);
            if after.from_years.value <= before.from_years.value {
                check.fail(
                    &format!("{at}.from_years"),
                    format!(
                        "{} must be later than the previous band's {}",
                        decimal(after.from_years.value),
                        decimal(before.from_years.value)
                    ),
                );
            }
            // Typical pay must not fall on promotion: the end of one band's path may not pass
            // the start of the next.
            let leaving = lerp(before.low.value, before.high.value, path.at_band_end.value);
            let joining = lerp(after.low.value, after.high.value, path.at_band_start.value);
            if leaving > joining {
                check.fail(
                    &format!("{at}.low"),
                    format!(
                        "typical pay would fall from {} to {} on reaching this band",
                        leaving.round() as i64,
                        joining.round() as i64
                    ),
                );
            }
        }
    }
}

/// How a figure's value reads: what kind of number it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Whole US dollars a year.
    Dollars,
    /// Years of experience.
    Years,
    /// A multiplier on pay: 1.35 means +35%.
    Factor,
    /// An addition to pay: 0.06 means +6% (may be negative).
    Premium,
    /// A plain fraction: 0.2 means 20%.
    Share,
    /// Units of a currency for one US dollar.
    Rate,
    /// Hours of work in a year.
    Hours,
}

/// One figure of the model with what it is about, for the assumptions panel.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureEntry<'a> {
    /// Stable short name (`loc.sf`, `band.mid.high`): how an edit names its figure in a link.
    pub key: String,
    /// What the figure is about: "San Francisco Bay Area", "Entry level".
    pub subject: &'a str,
    /// Which of its numbers: "location factor", "low".
    pub what: &'static str,
    pub unit: Unit,
    pub figure: &'a Figure,
}

/// Walks every figure of a model in file order, calling `$add(key, subject, what, unit, figure)`.
/// A macro so the shared and the mutable walk are the same text: keys cannot drift apart.
macro_rules! each_figure {
    ($model:expr, $iter:ident, [$($r:tt)*], $add:expr) => {{
        use Unit::*;
        let model = $model;
        let add = $add;
        add("avg".into(), "US backend developers", "national average", Dollars, $($r)* model.national_average);
        add("gap".into(), "Frontend developers", "backend pays more by", Dollars, $($r)* model.frontend_gap);
        for band in model.bands.$iter() {
            let id = &band.id;
            add(format!("band.{id}.from"), &band.label, "starts at", Years, $($r)* band.from_years);
            add(format!("band.{id}.low"), &band.label, "low", Dollars, $($r)* band.low);
            add(format!("band.{id}.high"), &band.label, "high", Dollars, $($r)* band.high);
        }
        let path = $($r)* model.median_path;
        add("path.start".into(), "Typical pay", "place in band on joining a level", Share, $($r)* path.at_band_start);
        add("path.end".into(), "Typical pay", "place in band before the next level", Share, $($r)* path.at_band_end);
        add("path.half".into(), "Typical pay", "senior years to halfway", Years, $($r)* path.open_band_half_years);
        add("cap".into(), "Skills and certifications", "most they add together", Premium, $($r)* model.premium_cap);
        for option in model.locations.options.$iter() {
            add(format!("loc.{}", option.id), &option.label, "location factor", Factor, $($r)* option.factor);
        }
        for option in model.remote.options.$iter() {
            let id = &option.id;
            add(format!("remote.{id}.weight"), &option.label, "share of location factor", Share, $($r)* option.location_weight);
            add(format!("remote.{id}.factor"), &option.label, "remote factor", Factor, $($r)* option.factor);
        }
        for option in model.languages.options.$iter() {
            add(format!("lang.{}", option.id), &option.label, "language premium", Premium, $($r)* option.premium);
        }
        for option in model.skills.$iter() {
            add(format!("skill.{}", option.id), &option.label, "skill premium", Premium, $($r)* option.premium);
        }
        for option in model.certifications.$iter() {
            add(format!("cert.{}", option.id), &option.label, "certification premium", Premium, $($r)* option.premium);
        }
        for option in model.industries.options.$iter() {
            add(format!("ind.{}", option.id), &option.label, "industry factor", Factor, $($r)* option.factor);
        }
        for option in model.companies.options.$iter() {
            let id = &option.id;
            add(format!("co.{id}.base"), &option.label, "base pay factor", Factor, $($r)* option.base_factor);
            add(format!("co.{id}.bonus"), &option.label, "bonus, share of base", Share, $($r)* option.bonus_share);
            add(format!("co.{id}.equity"), &option.label, "equity a year, share of base", Share, $($r)* option.equity_share);
            add(format!("co.{id}.risk"), &option.label, "equity counted after risk", Share, $($r)* option.equity_risk);
        }
        for option in model.tracks.options.$iter() {
            let id = &option.id;
            add(format!("track.{id}.from"), &option.label, "open from", Years, $($r)* option.from_years);
            add(format!("track.{id}.factor"), &option.label, "career track factor", Factor, $($r)* option.factor);
        }
        if let Some(outlook) = $($r)* model.outlook {
            add("outlook.growth".into(), "Job outlook", "projected job growth over ten years", Share, $($r)* outlook.job_growth);
        }
        for option in model.currencies.options.$iter() {
            add(format!("cur.{}", option.id), &option.label, "units for one US dollar", Rate, $($r)* option.per_usd);
        }
        add("hours".into(), "Hourly view", "working hours in a year", Hours, $($r)* model.hours_per_year);
    }};
}

impl Model {
    /// How many figures [`Model::figures`] lists, counted without listing them: the page shows
    /// the number before the panel that lists them is fetched. (Tests hold the two together.)
    pub fn figure_count(&self) -> usize {
        // avg, gap, the median path's three, cap, hours.
        7 + 3 * self.bands.len()
            + self.locations.options.len()
            + 2 * self.remote.options.len()
            + self.languages.options.len()
            + self.skills.len()
            + self.certifications.len()
            + self.industries.options.len()
            + 4 * self.companies.options.len()
            + 2 * self.tracks.options.len()
            + usize::from(self.outlook.is_some())
            + self.currencies.options.len()
    }

    /// Every number the model uses, in file order, so readers see all of it in one list.
    pub fn figures(&self) -> Vec<FigureEntry<'_>> {
        let mut out: Vec<FigureEntry<'_>> = Vec::with_capacity(128);
        each_figure!(self, iter, [&], &mut |key, subject, what, unit, figure| {
            out.push(FigureEntry {
                key,
                subject,
                what,
                unit,
                figure,
            })
        });
        out
    }

    /// The figure with this key (see [`FigureEntry::key`]).
    pub fn figure(&self, key: &str) -> Option<&Figure> {
        self.figures()
            .into_iter()
            .find(|entry| entry.key == key)
            .map(|entry| entry.figure)
    }

    /// Changes one figure's value; false when no figure has this key. The figure's source
    /// becomes an assumption naming the old value, so a saved file never quotes the article for
    /// a number the article did not give. The result is not validated: see [`Model::with_edits`].
    pub fn set_figure(&mut self, key: &str, value: f64) -> bool {
        self.on_figure(key, |figure| change_figure(figure, value))
            .is_some()
    }

    /// Sets one figure as [`Model::set_figure`] does if the model stays valid; otherwise leaves
    /// the model as it was and says what the change would break. In place, with no copy of the
    /// model: a link's edits are checked this way one at a time.
    pub fn try_set_figure(&mut self, key: &str, value: f64) -> Result<(), Vec<ModelError>> {
        let Some(before) = self.on_figure(key, |figure| {
            let before = figure.clone();
            change_figure(figure, value);
            before
        }) else {
            return Err(vec![unknown_figure(key)]);
        };
        let problems = self.problems();
        if problems.is_empty() {
            return Ok(());
        }
        self.on_figure(key, |figure| *figure = before);
        Err(problems)
    }

    /// Runs `change` on the figure with this key; `None` when no figure has it.
    fn on_figure<R>(&mut self, key: &str, change: impl FnOnce(&mut Figure) -> R) -> Option<R> {
        let mut change = Some(change);
        let mut result = None;
        each_figure!(
            self,
            iter_mut,
            [&mut],
            &mut |figure_key: String, _: &str, _: &'static str, _: Unit, figure: &mut Figure| {
                if figure_key == key
                    && let Some(change) = change.take()
                {
                    result = Some(change(figure));
                }
            }
        );
        result
    }
}

/// Sets a figure's value, its source becoming an assumption that names the old value.
fn change_figure(figure: &mut Figure, value: f64) {
    if figure.value == value {
        return;
    }
    let before = match (&figure.quote, &figure.assumption) {
        (Some(quote), _) => format!("the article: “{quote}”"),
        (None, Some(reason)) => reason.clone(),
        (None, None) => String::new(),
    };
    figure.assumption = Some(format!(
        "Changed by a payband user from {}. Before: {before}",
        decimal(figure.value)
    ));
    figure.quote = None;
    figure.value = value;
}

impl Model {
    /// Gives the figures their quotes, reasons, cites and years, in the order of
    /// [`Model::figures`], and the model its `about`: how [`Model::built_in`] explains the
    /// numbers the first load carries without their texts.
    pub(crate) fn explain(&mut self, about: &str, texts: &[FigureTexts]) {
        let mut texts = texts.iter();
        each_figure!(
            &mut *self,
            iter_mut,
            [&mut],
            &mut |_: String, _: &str, _: &'static str, _: Unit, figure: &mut Figure| {
                let (quote, assumption, cite, year) = texts.next().copied().unwrap_or_default();
                figure.quote = quote.map(str::to_string);
                figure.assumption = assumption.map(str::to_string);
                figure.cite = cite.map(str::to_string);
                figure.year = year;
            }
        );
        self.about = about.to_string();
        self.explained = true;
    }
}

/// A figure's quote, assumption, cite and the cite's year, as the build writes them for the
/// built-in model (the year goes with the cite: only the sources panel shows either).
pub(crate) type FigureTexts = (
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<u16>,
);

/// One changed figure: its key and its new value. A scenario's edits are a short list of these.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub key: String,
    pub value: f64,
}

impl Model {
    /// `edits` with the figure `key` set to `value`: replaced in place, added at the end, or
    /// dropped when `value` is this model's own value; with the model the new list makes, built
    /// to check it. Refused when the model would break a rule.
    pub fn edit_list(
        &self,
        edits: &[Edit],
        key: &str,
        value: f64,
    ) -> Result<(Vec<Edit>, Model), Vec<ModelError>> {
        let Some(original) = self.figure(key) else {
            return Err(vec![unknown_figure(key)]);
        };
        let unchanged = value == original.value;
        let mut list: Vec<Edit> = Vec::with_capacity(edits.len() + 1);
        let mut placed = unchanged;
        for edit in edits {
            if edit.key != key {
                list.push(edit.clone());
            } else if !placed {
                list.push(Edit {
                    key: key.to_string(),
                    value,
                });
                placed = true;
            }
        }
        if !placed {
            list.push(Edit {
                key: key.to_string(),
                value,
            });
        }
        let model = self.with_edits(&list)?;
        Ok((list, model))
    }

    /// This model with edits that [`Model::with_edits`] accepted, applied without checking the
    /// rules again (unknown keys are skipped): how the page makes the model it computes with,
    /// once per stored change, where the change was checked.
    pub fn with_checked_edits(&self, edits: &[Edit]) -> Model {
        self.applying(edits).0
    }

    /// This model with the edits applied, if the result is still a valid model; otherwise what
    /// is wrong, named by key (unknown key) or by field path (a broken rule).
    pub fn with_edits(&self, edits: &[Edit]) -> Result<Model, Vec<ModelError>> {
        if edits.is_empty() {
            return Ok(self.clone());
        }
        let (model, unknown) = self.applying(edits);
        let mut errors: Vec<ModelError> = unknown
            .into_iter()
            .map(|edit| unknown_figure(&edit.key))
            .collect();
        errors.extend(model.problems());
        if errors.is_empty() {
            Ok(model)
        } else {
            Err(errors)
        }
    }

    /// A copy with every edit whose key names a figure applied, and the edits whose keys name
    /// none: the one loop under both ways of applying edits.
    fn applying<'e>(&self, edits: &'e [Edit]) -> (Model, Vec<&'e Edit>) {
        let mut model = self.clone();
        let unknown = edits
            .iter()
            .filter(|edit| !model.set_figure(&edit.key, edit.value))
            .collect();
        (model, unknown)
    }
}

/// The error for an edit whose key names no figure of the model.
fn unknown_figure(key: &str) -> ModelError {
    ModelError {
        path: key.to_string(),
        message: "no figure of the model has this name".into(),
    }
}

/// The error for a file over [`MAX_FILE_BYTES`], so it is refused before it is read.
pub fn too_large(bytes: usize) -> ModelError {
    ModelError {
        path: String::new(),
        message: format!(
            "the file is {} KB; a model file may be at most {} KB",
            bytes.div_ceil(1000),
            MAX_FILE_BYTES / 1000
        ),
    }
}

/// Linear interpolation: `t = 0` gives `from`, `t = 1` gives `to`.
pub(crate) fn lerp(from: f64, to: f64, t: f64) -> f64 {
    from + (to - from) * t
}

/// Collects rule violations with their paths.
#[derive(Default)]
struct Checker {
    errors: Vec<ModelError>,
}

impl Checker {
    fn fail(&mut self, path: &str, message: impl Into<String>) {
        self.errors.push(ModelError {
            path: path.to_string(),
            message: message.into(),
        });
    }

    /// Field `field` of `at` (the top level when empty): a text of at most `max` characters.
    fn text(&mut self, at: &str, field: &str, text: &str, max: usize) {
        if text.trim().is_empty() {
            self.fail(&join(at, field), "must not be empty");
        } else if text.chars().count() > max {
            self.fail(&join(at, field), format!("longer than {max} characters"));
        }
    }

    /// Field `field` of `at` (the top level when empty): a figure between `min` and `max`, with
    /// its source. A figure that keeps every rule returns before its path is built: a link's
    /// edits are checked a whole model each, and building every figure's path was half of that.
    fn figure(&mut self, at: &str, field: &str, figure: &Figure, min: f64, max: f64) {
        let value = figure.value;
        let has = |text: &Option<String>| text.as_deref().is_some_and(|t| !t.trim().is_empty());
        let web = |cite: &String| cite.starts_with("https://") || cite.starts_with("http://");
        if (min..=max).contains(&value)
            && figure.cite.as_ref().is_none_or(web)
            && figure.year.is_none()
            && has(&figure.quote) != has(&figure.assumption)
        {
            return;
        }
        let path = &join(at, field);
        if !value.is_finite() || value < min || value > max {
            self.fail(
                path,
                format!(
                    "{} is outside the sane range {} to {}",
                    decimal(value),
                    decimal(min),
                    decimal(max)
                ),
            );
        }
        // A cite becomes a link on the page: only web addresses, never `javascript:` or `data:`.
        if let Some(cite) = &figure.cite
            && !web(cite)
        {
            self.fail(
                &format!("{path}.cite"),
                "must be a web address starting with https:// or http://",
            );
        }
        self.year(path, &figure.cite, figure.year);
        match (has(&figure.quote), has(&figure.assumption)) {
            (true, true) => self.fail(path, "has both a quote and an assumption: keep one"),
            (false, false) => self.fail(
                path,
                "needs a source: a \"quote\" from the article or an \"assumption\" with its reason",
            ),
            _ => {}
        }
    }

    /// A cite's year (of `path`, a figure or a statement) is the public figure's: a plausible
    /// year, and only with the cite it dates.
    fn year(&mut self, path: &str, cite: &Option<String>, year: Option<u16>) {
        let Some(year) = year else { return };
        let path = format!("{path}.year");
        if !(1900..=2100).contains(&year) {
            self.fail(
                &path,
                format!("{year} is outside the sane range 1900 to 2100"),
            );
        }
        if cite.is_none() {
            self.fail(
                &path,
                "a year needs a \"cite\": it is the year of the cited public figure",
            );
        }
    }

    /// Checks ids and labels of a list, then each option with `each(checker, path, option)`.
    fn options<T: Named>(
        &mut self,
        list_path: &str,
        options: &[T],
        mut each: impl FnMut(&mut Self, &str, &T),
    ) {
        for (index, option) in options.iter().enumerate() {
            let id = option.id();
            let path = if is_valid_id(id) {
                format!("{list_path}.{id}")
            } else {
                self.fail(
                    &format!("{list_path}[{index}].id"),
                    format!("\"{id}\" is not a valid id (1 to 24 of a-z, 0-9, - and _)"),
                );
                format!("{list_path}[{index}]")
            };
            if options[..index].iter().any(|earlier| earlier.id() == id) {
                self.fail(&format!("{path}.id"), format!("duplicate id \"{id}\""));
            }
            self.text(&path, "label", option.label(), 80);
            each(self, &path, option);
        }
    }

    fn choice<T: Named>(
        &mut self,
        path: &str,
        choice: &Choice<T>,
        each: impl FnMut(&mut Self, &str, &T),
    ) {
        let options = format!("{path}.options");
        if choice.options.is_empty() {
            self.fail(&options, "at least one option is needed");
        } else if choice.options.len() > 64 {
            self.fail(&options, "at most 64 options");
        }
        self.options(&options, &choice.options, each);
        if choice.index_of(&choice.default).is_none() {
            self.fail(
                &format!("{path}.default"),
                format!(
                    "unknown id \"{}\": it is not one of the options",
                    choice.default
                ),
            );
        }
    }
}

/// `at.field`, or `field` alone at the top level.
fn join(at: &str, field: &str) -> String {
    if at.is_empty() {
        field.to_string()
    } else {
        format!("{at}.{field}")
    }
}

/// Ids appear in links and embed code, so they stay short and URL-safe.
pub fn is_valid_id(id: &str) -> bool {
    (1..=24).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
