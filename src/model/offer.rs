//! Two offers side by side: what each pays in cash and in equity, a year and over a vesting
//! period, and the difference. Derived from estimates, so the comparison can never disagree with
//! the rest of the page.

use super::estimate::Estimate;

/// Years a typical equity grant vests over; the comparison's long view.
pub const VESTING_YEARS: i64 = 4;

/// The yearly figures of one offer, in whole US dollars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OfferSummary {
    pub base: i64,
    pub bonus: i64,
    /// Equity a year at paper value.
    pub equity_paper: i64,
    /// Equity a year after the company type's risk adjustment.
    pub equity: i64,
    /// Benefits and perks a year, as the user values them (0 unless given).
    pub benefits: i64,
    /// base + bonus + risk-adjusted equity + benefits.
    pub total: i64,
    /// `total` over the vesting years at today's pay (no raises).
    pub over_vesting: i64,
}

impl Estimate {
    /// This estimate as an offer, with its profile's benefits and perks.
    pub fn offer(&self) -> OfferSummary {
        let benefits = self.profile.benefits as i64;
        let total = self.total + benefits;
        OfferSummary {
            base: self.base,
            bonus: self.bonus,
            equity_paper: self.equity_paper,
            equity: self.equity,
            benefits,
            total,
            over_vesting: total * VESTING_YEARS,
        }
    }
}

impl OfferSummary {
    /// Row by row, `self − other`: what this offer pays more (negative: less).
    pub fn minus(&self, other: &OfferSummary) -> OfferSummary {
        OfferSummary {
            base: self.base - other.base,
            bonus: self.bonus - other.bonus,
            equity_paper: self.equity_paper - other.equity_paper,
            equity: self.equity - other.equity,
            benefits: self.benefits - other.benefits,
            total: self.total - other.total,
            over_vesting: self.over_vesting - other.over_vesting,
        }
    }
}
