//! The engine: a profile and a model in, an estimate out. Pure arithmetic, no allocation but the
//! breakdown list, so it can run on every slider movement.
//!
//! How the figures combine:
//! - The level's band (low, high) is scaled by one multiplier, the product of: location (raised
//!   to the remote arrangement's location weight) × remote factor × (1 + language premium) ×
//!   (1 + skills and certifications premium) × industry factor × company base factor.
//! - Skill and certification premiums add up with diminishing returns:
//!   `cap × (1 − e^(−sum / cap))`. Each extra always raises pay, and together they never pass
//!   the cap, so the best profile stays plausible.
//! - The median moves through the band with experience (see `MedianPath`); the personal base
//!   is linear from low (position 0) through median (50) to high (100).
//! - Bonus and equity are shares of the personal base set by the company type; equity is
//!   counted after its risk adjustment, and the paper value is kept beside it.

use super::data::{Band, Model, lerp};
use super::profile::{Profile, YEARS_MAX, selected};

/// Years the career chart spans: a point for every whole year `0..=TRAJECTORY_YEARS`.
pub const TRAJECTORY_YEARS: usize = 30;

/// The pay that counts as "six figures".
pub const SIX_FIGURES: i64 = 100_000;

/// What moved the number: one row per factor, in the order the engine applies them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    /// The national median at this many years: the starting point (its amount is the whole of it).
    Experience,
    Location(usize),
    Remote(usize),
    Language(usize),
    Skill(usize),
    Certification(usize),
    Industry(usize),
    Company(usize),
    /// A career track beyond the levels, once it applies (never the default track).
    Track(usize),
    /// Moving from the median to the chosen position in the range.
    Position,
    Bonus(usize),
    /// Risk-adjusted equity.
    Equity(usize),
}

/// One breakdown row: a factor and the whole dollars it adds (negative: removes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub factor: Factor,
    pub dollars: i64,
}

/// Low, median and high base pay at one whole year of experience, for the chart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearRange {
    pub low: i64,
    pub median: i64,
    pub high: i64,
}

/// Everything the page shows for one profile. Money is in whole US dollars a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    /// The profile actually used (clamped into the domain).
    pub profile: Profile,
    /// Index into `model.bands`: the experience level.
    pub level: usize,
    pub low: i64,
    pub median: i64,
    pub high: i64,
    /// The personal base pay at the chosen position in the range.
    pub base: i64,
    /// Bonus and profit-sharing.
    pub bonus: i64,
    /// Equity per year after the risk adjustment.
    pub equity: i64,
    /// Equity per year at paper value.
    pub equity_paper: i64,
    /// base + bonus + equity.
    pub total: i64,
    /// Sums exactly to `total`.
    pub breakdown: Vec<Contribution>,
    /// Median base of a frontend developer with the same experience, place and employer.
    pub frontend_median: i64,
    /// The national average base pay the article quotes.
    pub national_average: i64,
    /// Range for each whole year 0..=30 with the other inputs unchanged.
    pub trajectory: [YearRange; TRAJECTORY_YEARS + 1],
    /// Years of experience at which the median first reaches six figures, if within 40 years.
    pub six_figures_at: Option<f64>,
}

impl Estimate {
    /// How much more (or less) than the frontend developer of the same experience, place and
    /// employer.
    pub fn vs_frontend(&self) -> i64 {
        self.median - self.frontend_median
    }

    /// How much more (or less) the personal base is than the national average.
    pub fn vs_national(&self) -> i64 {
        self.base - self.national_average
    }
}

fn dollars(value: f64) -> i64 {
    value.round() as i64
}

impl Model {
    /// The band of an estimate. Clamped, so an estimate read in the instant a smaller model
    /// replaces the one that made it still names a band instead of panicking.
    pub fn level_of(&self, estimate: &Estimate) -> &Band {
        &self.bands[estimate.level.min(self.bands.len() - 1)]
    }

    /// Index of the band a person with this much experience is in.
    pub fn band_at(&self, years: f64) -> usize {
        self.bands
            .iter()
            .rposition(|band| band.from_years.value <= years)
            .unwrap_or(0)
    }

    /// Where typical pay sits in its band (0 = low, 1 = high) after `years` of experience.
    pub fn median_fraction(&self, years: f64) -> f64 {
        let index = self.band_at(years);
        let start = self.bands[index].from_years.value;
        let path = &self.median_path;
        let progress = match self.bands.get(index + 1) {
            Some(next) => ((years - start) / (next.from_years.value - start)).clamp(0.0, 1.0),
            None => {
                let past = (years - start).max(0.0);
                past / (past + path.open_band_half_years.value)
            }
        };
        lerp(path.at_band_start.value, path.at_band_end.value, progress)
    }

    /// National (unscaled) low, median and high base pay at `years`.
    fn national_range(&self, years: f64) -> (f64, f64, f64) {
        let band = &self.bands[self.band_at(years)];
        let (low, high) = (band.low.value, band.high.value);
        (low, lerp(low, high, self.median_fraction(years)), high)
    }

    /// The estimate for a profile. Any profile is accepted: it is clamped into the domain first.
    pub fn estimate(&self, profile: &Profile) -> Estimate {
        let profile = profile.clamped(self);
        let location = &self.locations.options[profile.location];
        let remote = &self.remote.options[profile.remote];
        let language = &self.languages.options[profile.language];
        let industry = &self.industries.options[profile.industry];
        let company = &self.companies.options[profile.company];

        let (national_low, national_median, national_high) = self.national_range(profile.years);

        // Apply the factors one by one to the national median; each row of the breakdown is the
        // change in the rounded running value, so the rows add up exactly to the final figure.
        let mut breakdown = Vec::with_capacity(16);
        let mut multiplier = 1.0;
        let mut shown = dollars(national_median);
        breakdown.push(Contribution {
            factor: Factor::Experience,
            dollars: shown,
        });
        let mut apply = |factor: Factor, multiplier: f64, breakdown: &mut Vec<Contribution>| {
            let now = dollars(national_median * multiplier);
            breakdown.push(Contribution {
                factor,
                dollars: now - shown,
            });
            shown = now;
        };

        let location_factor = location.factor.value;
        let place_factor = location_factor.powf(remote.location_weight.value) * remote.factor.value;
        multiplier *= location_factor;
        apply(
            Factor::Location(profile.location),
            multiplier,
            &mut breakdown,
        );
        multiplier *= place_factor / location_factor;
        apply(Factor::Remote(profile.remote), multiplier, &mut breakdown);
        multiplier *= 1.0 + language.premium.value;
        apply(
            Factor::Language(profile.language),
            multiplier,
            &mut breakdown,
        );

        // Extras share the capped premium in proportion to their own premiums.
        let skills =
            selected(profile.skills, &self.skills).map(|i| (Factor::Skill(i), &self.skills[i]));
        let certifications = selected(profile.certifications, &self.certifications)
            .map(|i| (Factor::Certification(i), &self.certifications[i]));
        let extras = skills.chain(certifications);
        let raw_sum: f64 = extras.clone().map(|(_, extra)| extra.premium.value).sum();
        let cap = self.premium_cap.value;
        let capped = cap * (1.0 - (-raw_sum / cap).exp());
        let before_extras = multiplier;
        let mut running = 0.0;
        for (factor, extra) in extras {
            running += extra.premium.value;
            let share = if raw_sum > 0.0 {
                running / raw_sum
            } else {
                0.0
            };
            multiplier = before_extras * (1.0 + capped * share);
            apply(factor, multiplier, &mut breakdown);
        }
        multiplier = before_extras * (1.0 + capped);

        multiplier *= industry.factor.value;
        apply(
            Factor::Industry(profile.industry),
            multiplier,
            &mut breakdown,
        );
        multiplier *= company.base_factor.value;
        apply(Factor::Company(profile.company), multiplier, &mut breakdown);
        // The chosen track counts from its own start: the years before it keep the level's pay
        // (in the estimate now, and along the chart's path).
        let before_track = multiplier;
        let track = &self.tracks.options[profile.track];
        let track_start =
            (profile.track != self.tracks.default_index()).then_some(track.from_years.value);
        let on_track = before_track * track.factor.value;
        let multiplier_at = |years: f64| match track_start {
            Some(start) if years >= start => on_track,
            _ => before_track,
        };
        if track_start.is_some_and(|start| profile.years >= start) {
            multiplier = on_track;
            apply(Factor::Track(profile.track), multiplier, &mut breakdown);
        }

        // Scaling the low, median and high by the same multiplier keeps them in order exactly.
        let low_f = national_low * multiplier;
        let median_f = national_median * multiplier;
        let high_f = national_high * multiplier;
        let (low, median, high) = (dollars(low_f), dollars(median_f), dollars(high_f));
        debug_assert_eq!(median, shown);

        let base_f = if profile.position <= 50.0 {
            lerp(low_f, median_f, profile.position / 50.0)
        } else {
            lerp(median_f, high_f, (profile.position - 50.0) / 50.0)
        };
        let base = dollars(base_f);
        let bonus = dollars(base_f * company.bonus_share.value);
        let equity_paper_f = base_f * company.equity_share.value;
        let equity = dollars(equity_paper_f * company.equity_risk.value);
        breakdown.push(Contribution {
            factor: Factor::Position,
            dollars: base - median,
        });
        breakdown.push(Contribution {
            factor: Factor::Bonus(profile.company),
            dollars: bonus,
        });
        breakdown.push(Contribution {
            factor: Factor::Equity(profile.company),
            dollars: equity,
        });

        // A frontend developer with the same experience, in the same place, at the same kind of
        // employer: the national frontend median (the backend's less the article's gap) scaled by
        // those factors alone, as the backend's language and skills are its own. Never negative,
        // since the rules keep the gap under every band's low.
        let employer_factor = place_factor * industry.factor.value * company.base_factor.value;
        let frontend_median =
            dollars((national_median - self.frontend_gap.value).max(0.0) * employer_factor);

        let mut trajectory = [YearRange::default(); TRAJECTORY_YEARS + 1];
        for (year, point) in trajectory.iter_mut().enumerate() {
            let (low, median, high) = self.national_range(year as f64);
            let multiplier = multiplier_at(year as f64);
            *point = YearRange {
                low: dollars(low * multiplier),
                median: dollars(median * multiplier),
                high: dollars(high * multiplier),
            };
        }

        Estimate {
            profile,
            level: self.band_at(profile.years),
            low,
            median,
            high,
            base,
            bonus,
            equity,
            equity_paper: dollars(equity_paper_f),
            total: base + bonus + equity,
            breakdown,
            frontend_median,
            national_average: dollars(self.national_average.value),
            trajectory,
            six_figures_at: self
                .years_to_reach(SIX_FIGURES, before_track)
                .filter(|&years| track_start.is_none_or(|start| years < start))
                .or_else(|| {
                    let start = track_start?;
                    self.years_to_reach(SIX_FIGURES, on_track)
                        .map(|years| years.max(start))
                }),
        }
    }

    /// The first experience (in years, up to 40) at which the median scaled by `multiplier`
    /// rounds to at least `target` dollars. Solved band by band in closed form.
    fn years_to_reach(&self, target: i64, multiplier: f64) -> Option<f64> {
        // Rounding to whole dollars: anything from target − 0.5 shows as the target.
        let goal = (target as f64 - 0.5) / multiplier;
        let path = &self.median_path;
        let (start_fraction, end_fraction) = (path.at_band_start.value, path.at_band_end.value);
        for (index, band) in self.bands.iter().enumerate() {
            let start = band.from_years.value;
            let width = band.high.value - band.low.value;
            if lerp(band.low.value, band.high.value, start_fraction) >= goal {
                return Some(start);
            }
            if width <= 0.0 || end_fraction <= start_fraction {
                continue;
            }
            // Progress through the band (0..1) at which the median meets the goal.
            let progress = ((goal - band.low.value) / width - start_fraction)
                / (end_fraction - start_fraction);
            let years = match self.bands.get(index + 1) {
                Some(next) if progress <= 1.0 => start + progress * (next.from_years.value - start),
                Some(_) => continue,
                None if progress < 1.0 => {
                    start + path.open_band_half_years.value * progress / (1.0 - progress)
                }
                None => return None,
            };
            return (years <= YEARS_MAX).then_some(years);
        }
        None
    }
}
