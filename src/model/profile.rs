//! What a user tells payband about themselves. Choices are indices into the model's option lists
//! and multi-choices are bit masks, so a profile is `Copy` and costs nothing to pass around on
//! every slider movement. Ids (`sf`, `go`, `k8s`) are how profiles leave the app.

use super::data::{Choice, Extra, Model, Named};

/// Experience the sliders and links accept, in years.
pub const YEARS_MAX: f64 = 40.0;
/// Position within the range, as a percentile: 0 = low, 50 = typical, 100 = high.
pub const POSITION_MAX: f64 = 100.0;
/// A new profile's position: the typical (median) pay.
pub const POSITION_TYPICAL: f64 = 50.0;
/// A new profile's experience: the middle of the article's mid-level band.
pub const YEARS_DEFAULT: f64 = 4.0;
/// Largest yearly benefits and perks an offer may carry, in US dollars.
pub const BENEFITS_MAX: f64 = 1_000_000.0;

/// One developer's situation. Build it with [`Profile::typical`] and change fields; values out
/// of the domain are clamped by [`Profile::clamped`], which the engine always applies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profile {
    /// Years of professional backend experience, 0 to 40, fractional.
    pub years: f64,
    /// Index into `model.locations.options`.
    pub location: usize,
    /// Index into `model.remote.options`.
    pub remote: usize,
    /// Index into `model.languages.options`.
    pub language: usize,
    /// Bit `i` set = holds `model.skills[i]`.
    pub skills: u64,
    /// Bit `i` set = holds `model.certifications[i]`.
    pub certifications: u64,
    /// Index into `model.industries.options`.
    pub industry: usize,
    /// Index into `model.companies.options`.
    pub company: usize,
    /// Percentile within the range, 0 to 100; 50 is the median.
    pub position: f64,
    /// Index into `model.tracks.options`; only counts from the track's `from_years` on.
    pub track: usize,
    /// Benefits and perks of this job a year, in whole US dollars, as the user values them
    /// (retirement match, health cover above the norm, a training budget): counted in the offer
    /// comparison, not in the estimate.
    pub benefits: f64,
}

impl Profile {
    /// The national baseline at 4 years: every choice at the model's default, no extras.
    pub fn typical(model: &Model) -> Profile {
        Profile {
            years: YEARS_DEFAULT,
            location: model.locations.default_index(),
            remote: model.remote.default_index(),
            language: model.languages.default_index(),
            skills: 0,
            certifications: 0,
            industry: model.industries.default_index(),
            company: model.companies.default_index(),
            position: POSITION_TYPICAL,
            track: model.tracks.default_index(),
            benefits: 0.0,
        }
    }

    /// The track this profile's pay follows: its chosen one once its experience reaches it,
    /// the model's default before.
    pub fn track_in(&self, model: &Model) -> usize {
        let profile = self.clamped(model);
        match model.tracks.options.get(profile.track) {
            Some(track) if profile.years >= track.from_years.value => profile.track,
            _ => model.tracks.default_index(),
        }
    }

    /// The same profile brought inside the domain: NaN becomes the default, numbers are clamped,
    /// indices past the end of a list fall back to its default, unknown mask bits are dropped.
    pub fn clamped(&self, model: &Model) -> Profile {
        fn number(value: f64, max: f64, fallback: f64) -> f64 {
            if value.is_nan() {
                fallback
            } else {
                value.max(0.0).min(max)
            }
        }
        fn index<T: Named>(index: usize, choice: &Choice<T>) -> usize {
            if index < choice.options.len() {
                index
            } else {
                choice.default_index()
            }
        }
        Profile {
            years: number(self.years, YEARS_MAX, YEARS_DEFAULT),
            location: index(self.location, &model.locations),
            remote: index(self.remote, &model.remote),
            language: index(self.language, &model.languages),
            skills: self.skills & mask_of(&model.skills),
            certifications: self.certifications & mask_of(&model.certifications),
            industry: index(self.industry, &model.industries),
            company: index(self.company, &model.companies),
            position: number(self.position, POSITION_MAX, POSITION_TYPICAL),
            track: index(self.track, &model.tracks),
            benefits: number(self.benefits, BENEFITS_MAX, 0.0).round(),
        }
    }
}

/// The mask with one bit for each option of the list.
pub fn mask_of(list: &[Extra]) -> u64 {
    match list.len() {
        0 => 0,
        n if n >= 64 => u64::MAX,
        n => (1u64 << n) - 1,
    }
}

/// Indices of the options whose bit is set, in list order.
pub fn selected(mask: u64, list: &[Extra]) -> impl Iterator<Item = usize> + Clone + '_ {
    (0..list.len()).filter(move |&i| i < 64 && mask & (1u64 << i) != 0)
}
