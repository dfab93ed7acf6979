//! What to do next: every single change to a profile that raises total compensation, ranked,
//! and the numbers to take into a negotiation. Derived from estimates, so it follows edited
//! figures and other models as the rest of the page does.

use super::data::Model;
use super::profile::{Profile, YEARS_MAX};

/// One change to a profile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    Skill(usize),
    Certification(usize),
    Language(usize),
    Location(usize),
    Remote(usize),
    Industry(usize),
    Company(usize),
    /// This many more years of experience.
    Years(f64),
    Track(usize),
}

/// What kind of effort a change takes: a certification is not a move across the country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effort {
    Learn,
    Certify,
    Move,
    ChangeEmployer,
    Grow,
}

impl Effort {
    /// Stable short name, for tags and `data-effort`.
    pub fn id(self) -> &'static str {
        match self {
            Effort::Learn => "learn",
            Effort::Certify => "certify",
            Effort::Move => "move",
            Effort::ChangeEmployer => "change employer",
            Effort::Grow => "grow",
        }
    }
}

/// More experience the next steps look at, in years.
pub const MORE_YEARS: [f64; 3] = [1.0, 3.0, 5.0];

impl Change {
    pub fn effort(self) -> Effort {
        match self {
            Change::Skill(_) | Change::Language(_) => Effort::Learn,
            Change::Certification(_) => Effort::Certify,
            Change::Location(_) => Effort::Move,
            // Remote pay that ignores location is an employer's policy.
            Change::Remote(_) | Change::Industry(_) | Change::Company(_) => Effort::ChangeEmployer,
            Change::Years(_) | Change::Track(_) => Effort::Grow,
        }
    }

    /// The change by the ids links use, as the page's `data-step` names it: `skill:k8s`,
    /// `years:3`, `track:lead`.
    pub fn id(self, model: &Model) -> String {
        match self {
            Change::Skill(i) => format!("skill:{}", model.skills[i].id),
            Change::Certification(i) => format!("cert:{}", model.certifications[i].id),
            Change::Language(i) => format!("lang:{}", model.languages.options[i].id),
            Change::Location(i) => format!("loc:{}", model.locations.options[i].id),
            Change::Remote(i) => format!("remote:{}", model.remote.options[i].id),
            Change::Industry(i) => format!("ind:{}", model.industries.options[i].id),
            Change::Company(i) => format!("co:{}", model.companies.options[i].id),
            Change::Years(more) => format!("years:{}", crate::format::years(more)),
            Change::Track(i) => format!("track:{}", model.tracks.options[i].id),
        }
    }

    /// `profile` with this change made.
    pub fn applied_to(self, profile: &Profile) -> Profile {
        let mut changed = *profile;
        match self {
            Change::Skill(i) => changed.skills |= 1 << i,
            Change::Certification(i) => changed.certifications |= 1 << i,
            Change::Language(i) => changed.language = i,
            Change::Location(i) => changed.location = i,
            Change::Remote(i) => changed.remote = i,
            Change::Industry(i) => changed.industry = i,
            Change::Company(i) => changed.company = i,
            Change::Years(more) => changed.years = (profile.years + more).min(YEARS_MAX),
            Change::Track(i) => changed.track = i,
        }
        changed
    }
}

/// A change that raises pay: how much a year, and the total it leads to (whole US dollars).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub change: Change,
    pub gain: i64,
    pub total: i64,
}

/// The three numbers to take into a negotiation, as yearly base pay in whole US dollars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Negotiation {
    /// The profile's 75th position, or its own position if higher.
    pub ask: i64,
    /// Typical pay: the median.
    pub median: i64,
    /// Below this, walk away: the 25th position.
    pub walk_away: i64,
}

/// The position the ask is at, unless the profile's own is higher.
pub const ASK_POSITION: f64 = 75.0;
/// The position of the walk-away line.
pub const WALK_AWAY_POSITION: f64 = 25.0;

impl Model {
    /// Every single change that raises total compensation, largest gain first (ties keep the
    /// order below: learn, certify, move, change employer, grow). Each is one estimate, about 60
    /// for the built-in model.
    pub fn next_steps(&self, profile: &Profile) -> Vec<Step> {
        let profile = profile.clamped(self);
        let now = self.estimate(&profile).total;
        let others = |count: usize, current: usize| (0..count).filter(move |&i| i != current);
        let held =
            |mask: u64, count: usize| (0..count.min(64)).filter(move |&i| mask & (1 << i) == 0);
        let reachable_track = |i: usize| profile.years >= self.tracks.options[i].from_years.value;
        let changes = held(profile.skills, self.skills.len())
            .map(Change::Skill)
            .chain(others(self.languages.options.len(), profile.language).map(Change::Language))
            .chain(
                held(profile.certifications, self.certifications.len()).map(Change::Certification),
            )
            .chain(others(self.locations.options.len(), profile.location).map(Change::Location))
            .chain(others(self.remote.options.len(), profile.remote).map(Change::Remote))
            .chain(others(self.industries.options.len(), profile.industry).map(Change::Industry))
            .chain(others(self.companies.options.len(), profile.company).map(Change::Company))
            .chain(
                MORE_YEARS
                    .into_iter()
                    .filter(|_| profile.years < YEARS_MAX)
                    .map(Change::Years),
            )
            .chain(
                others(self.tracks.options.len(), profile.track_in(self))
                    .filter(|&i| reachable_track(i))
                    .map(Change::Track),
            );
        let mut steps: Vec<Step> = changes
            .filter_map(|change| {
                let total = self.estimate(&change.applied_to(&profile)).total;
                (total > now).then_some(Step {
                    change,
                    gain: total - now,
                    total,
                })
            })
            .collect();
        // Learning and certifying first among equal gains: the smaller effort.
        steps.sort_by_key(|step| std::cmp::Reverse(step.gain));
        steps
    }

    /// What to ask for, what is typical and where to walk away, for this profile.
    pub fn negotiation(&self, profile: &Profile) -> Negotiation {
        let profile = profile.clamped(self);
        let at = |position: f64| {
            self.estimate(&Profile {
                position,
                ..profile
            })
            .base
        };
        Negotiation {
            ask: at(profile.position.max(ASK_POSITION)),
            median: self.estimate(&profile).median,
            walk_away: at(WALK_AWAY_POSITION),
        }
    }
}
