use leptos::prelude::*;

use crate::format;
use crate::model::{Estimate, Model, Money, Period, SIX_FIGURES, TRAJECTORY_YEARS, YearRange};
use std::sync::Arc;

// Geometry in SVG user units; integers only, so no float formatting reaches the wasm.
const WIDTH: i64 = 640;
const HEIGHT: i64 = 320;
const LEFT: i64 = 60;
const RIGHT: i64 = 16;
const TOP: i64 = 16;
/// Where the marker's line starts: below the two rows of level names, which it would strike
/// through (their baselines are 12 and 29 units below the top).
const MARKER_TOP: i64 = TOP + 40;
const BOTTOM: i64 = 40;
const PLOT_WIDTH: i64 = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT: i64 = HEIGHT - TOP - BOTTOM;
const SPAN_YEARS: i64 = TRAJECTORY_YEARS as i64;

/// The range the y axis shows, on round steps of the currency and period the amounts are shown
/// in (€2k a month, not the $50,000 a year it converts to, "€3.5k"). In hundredths of that unit,
/// so that hourly amounts land on the right pixel too.
#[derive(Clone, Copy, PartialEq)]
struct Axis {
    min: i64,
    max: i64,
    step: i64,
    /// Hundredths of the shown unit for one US dollar a year.
    per_usd: f64,
}

impl Axis {
    fn fit(trajectory: &[YearRange], money: &Money) -> Axis {
        let per_usd = money.per_usd * 100.0 / money.periods_per_year;
        let lowest = trajectory.iter().map(|p| p.low).min().unwrap_or(0);
        let highest = trajectory.iter().map(|p| p.high).max().unwrap_or(1);
        let [lowest, highest] = [lowest, highest].map(|d| (d as f64 * per_usd).round() as i64);
        // 1, 2, 5, 10, 20, … whole units: the first that spans the range in four steps or
        // fewer ($50k for the typical path, as before).
        // (Bounded, so that amounts past i64, from an absurd model file, cannot loop forever.)
        let (mut step, mut place) = (100, 0);
        while step * 4 < highest - lowest && step < i64::MAX / 40 {
            step = if place == 1 { step * 5 / 2 } else { step * 2 };
            place = (place + 1) % 3;
        }
        let min = lowest / step * step;
        let max = (highest.saturating_add(step - 1) / step * step).max(min.saturating_add(step));
        Axis {
            min,
            max,
            step,
            per_usd,
        }
    }

    /// Where a yearly dollar amount sits.
    fn y(&self, dollars: i64) -> i64 {
        self.y_shown((dollars as f64 * self.per_usd).round() as i64)
    }

    /// Where an amount in hundredths of the shown unit sits. In `f64`: with the largest amounts
    /// a valid model allows (in rupees), `(max - shown) * PLOT_HEIGHT` passes `i64::MAX`.
    fn y_shown(&self, shown: i64) -> i64 {
        let above = self.max.saturating_sub(shown) as f64;
        TOP + (above * PLOT_HEIGHT as f64 / self.max.saturating_sub(self.min) as f64) as i64
    }
}

fn x_at_year(year: i64) -> i64 {
    LEFT + year * PLOT_WIDTH / SPAN_YEARS
}

fn x_at(years: f64) -> i64 {
    LEFT + (years.max(0.0).min(SPAN_YEARS as f64) * PLOT_WIDTH as f64 / SPAN_YEARS as f64).round()
        as i64
}

/// Appends `<path class="…" d="Mx,y Lx,y …">` through `points`, closed (` Z`) if `close`.
fn push_path(svg: &mut String, class: &str, points: impl Iterator<Item = (i64, i64)>, close: bool) {
    svg.push_str("<path class=\"");
    svg.push_str(class);
    svg.push_str("\" d=\"");
    for (index, (x, y)) in points.enumerate() {
        svg.push_str(if index == 0 { "M" } else { " L" });
        svg.push_str(&x.to_string());
        svg.push(',');
        svg.push_str(&y.to_string());
    }
    if close {
        svg.push_str(" Z");
    }
    svg.push_str("\"></path>");
}

/// Text for SVG markup: labels come from model files, which anyone can write.
fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Appends `<tag attr="value" …>text</tag>`; numbers as integers, so no float formatting.
fn push_element(out: &mut String, tag: &str, attributes: &[(&str, i64)], class: &str, text: &str) {
    out.push('<');
    out.push_str(tag);
    out.push_str(" class=\"");
    out.push_str(class);
    out.push('"');
    for (name, value) in attributes {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        out.push_str(&value.to_string());
        out.push('"');
    }
    out.push('>');
    push_escaped(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// Everything of the chart but the marker, as SVG markup: grid and dollar ticks, the band, level
/// boundaries and names, the six-figure line, the median line, year ticks. Drawn as one string
/// (set as the layer's content) because it changes only with the trajectory, and a `view!` per
/// line and label cost several kilobytes of wasm for nothing the user can interact with.
fn static_layers(
    trajectory: &[YearRange],
    axis: Axis,
    model: &Model,
    money: &Money,
    six_figure_label: &str,
) -> String {
    let mut svg = String::with_capacity(4096);
    let mut tick = axis.min;
    while tick <= axis.max {
        let y = axis.y_shown(tick);
        let line = [("x1", LEFT), ("x2", WIDTH - RIGHT), ("y1", y), ("y2", y)];
        push_element(&mut svg, "line", &line, "grid", "");
        let label = [("x", LEFT - 8), ("y", y + 4)];
        let text = format::compact(&money.symbol, tick / 100);
        push_element(&mut svg, "text", &label, "tick end", &text);
        tick += axis.step;
    }
    // A point of the trajectory: year by year, one of its dollar figures.
    let at = |year: usize, dollars: i64| (x_at_year(year as i64), axis.y(dollars));
    let years = || trajectory.iter().enumerate();
    // The band: along the highs, back along the lows.
    let highs = years().map(|(year, p)| at(year, p.high));
    let lows = years().rev().map(|(year, p)| at(year, p.low));
    push_path(&mut svg, "band", highs.chain(lows), true);
    let shown = || {
        model
            .bands
            .iter()
            .enumerate()
            .filter(|(_, level)| level.from_years.value <= SPAN_YEARS as f64)
            .map(|(index, level)| (index, level, x_at(level.from_years.value)))
    };
    for (_, _, x) in shown().skip(1) {
        let line = [("x1", x), ("x2", x), ("y1", TOP), ("y2", HEIGHT - BOTTOM)];
        push_element(&mut svg, "line", &line, "boundary", "");
    }
    // The names after every boundary: a long name passes over the next level's line, its halo
    // (style/later.css) hiding the line behind it.
    for (index, level, x) in shown() {
        let label = [("x", x + 4), ("y", TOP + 12 + (index as i64 % 2) * 17)];
        push_element(&mut svg, "text", &label, "level-label", &level.label);
    }
    let y = axis.y(SIX_FIGURES);
    if (TOP..=HEIGHT - BOTTOM).contains(&y) {
        let line = [("x1", LEFT), ("x2", WIDTH - RIGHT), ("y1", y), ("y2", y)];
        push_element(&mut svg, "line", &line, "six-figures", "");
        let label = [("x", WIDTH - RIGHT - 4), ("y", y - 6)];
        push_element(
            &mut svg,
            "text",
            &label,
            "six-figures-label end",
            six_figure_label,
        );
    }
    let medians = years().map(|(year, p)| at(year, p.median));
    push_path(&mut svg, "median-line", medians, false);
    for year in (0..=SPAN_YEARS).step_by(5) {
        let label = [("x", x_at_year(year)), ("y", HEIGHT - BOTTOM + 18)];
        push_element(&mut svg, "text", &label, "tick middle", &year.to_string());
    }
    let label = [("x", LEFT + PLOT_WIDTH / 2), ("y", HEIGHT - 4)];
    push_element(
        &mut svg,
        "text",
        &label,
        "axis-label middle",
        "Years of experience",
    );
    svg
}

/// The career path for the chosen profile: the range as a band over years 0 to 30, the median as
/// a line, level boundaries, the six-figure line and a marker at the chosen experience. The
/// band and lines only redraw when the trajectory changes, not when the marker moves.
#[component]
pub fn CareerChart(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
) -> impl IntoView {
    let trajectory = Memo::new(move |_| estimate.with(|e| e.trajectory));
    let axis = Memo::new(move |_| money.with(|m| trajectory.with(|t| Axis::fit(t, m))));
    let years = Memo::new(move |_| estimate.with(|e| e.profile.years));
    let median = Memo::new(move |_| estimate.with(|e| e.median));
    let six_figures_at = Memo::new(move |_| estimate.with(|e| e.six_figures_at));

    // The six-figure line is always at US$100,000 a year: name it so when amounts are shown
    // otherwise.
    let layers = move || {
        let money = money.get();
        let label = if money.per_usd == 1.0 && money.period == Period::Year {
            "six figures"
        } else {
            "six figures: US$100k a year"
        };
        let axis = axis.get();
        trajectory.with(|t| model.with(|m| static_layers(t, axis, m, &money, label)))
    };
    let marker_x = move || x_at(years.get());
    let marker_y = move || axis.get().y(median.get());

    // The path only: where the user is on it (the marker) is in the headline just above, for
    // screen readers too. A sentence with the years here changed length at every step of the
    // slider, rewrapping the summary and moving what is below it; on its own, for screen readers
    // only, it cost 0.25 KB gzip of first load.
    let summary = move || {
        let reached = match six_figures_at.get() {
            Some(at) if at <= 0.0 => "The median is six figures from the first year. ".to_string(),
            Some(at) => format!(
                "The median reaches six figures at {}. ",
                format::year_count((at * 10.0).ceil() / 10.0)
            ),
            None => "The median stays under six figures. ".to_string(),
        };
        trajectory.with(|t| {
            format!(
                "{reached}Median base {} at 0 years, {} at 10, {} at 30.",
                money.with(|m| m.amount(t[0].median)),
                money.with(|m| m.amount(t[10].median)),
                money.with(|m| m.amount(t[TRAJECTORY_YEARS].median)),
            )
        })
    };

    view! {
        <figure class="card chart">
            <figcaption id="chart-title"><h3>"Career path"</h3></figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="chart-title"
                aria-describedby="chart-summary"
                class="chart-svg"
            >
                <g inner_html=layers></g>
                <g id="chart-marker" data-years=move || format::years(years.get())>
                    <line class="marker-line" x1=marker_x x2=marker_x y1=MARKER_TOP y2=HEIGHT - BOTTOM />
                    <circle class="marker" cx=marker_x cy=marker_y r="6" />
                </g>
            </svg>
            <p id="chart-summary" class="note">{summary}</p>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Profile;

    /// The typical profile's trajectory, and its y axis in `currency` per `period`.
    fn fitted(currency: &str, period: Period) -> (Estimate, Money, Axis) {
        let model = Model::built_in_unexplained();
        let money = Money::new(&model, model.currencies.index_of(currency).unwrap(), period);
        let estimate = model.estimate(&Profile::typical(&model));
        let axis = Axis::fit(&estimate.trajectory, &money);
        (estimate, money, axis)
    }

    #[test]
    fn ticks_are_round_in_the_shown_currency_and_period() {
        let ticks = |currency, period| {
            let (_, money, axis) = fitted(currency, period);
            (axis.min..=axis.max)
                .step_by(axis.step as usize)
                .map(|tick| format::compact(&money.symbol, tick / 100))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ticks("usd", Period::Year),
            ["$50k", "$100k", "$150k", "$200k"]
        );
        assert_eq!(
            ticks("eur", Period::Month),
            ["€4k", "€6k", "€8k", "€10k", "€12k"]
        );
        assert_eq!(
            ticks("inr", Period::Year),
            ["₹6M", "₹8M", "₹10M", "₹12M", "₹14M"]
        );
        assert_eq!(ticks("usd", Period::Hour), ["$20", "$40", "$60", "$80"]);
    }

    #[test]
    fn the_largest_rate_a_model_allows_still_fits() {
        let (estimate, mut money, _) = fitted("inr", Period::Year);
        money.per_usd = 1_000_000.0;
        let axis = Axis::fit(&estimate.trajectory, &money);
        let highest = estimate.trajectory.iter().map(|p| p.high).max().unwrap();
        assert_eq!(axis.y(highest).clamp(TOP, HEIGHT - BOTTOM), axis.y(highest));
        // Amounts no i64 holds give a wrong picture, but an answer.
        money.per_usd = 1e30;
        let axis = Axis::fit(&estimate.trajectory, &money);
        assert!(axis.step > 0 && axis.max > axis.min);
    }

    /// The hardening issue's link: valid settings whose amounts in hundredths of a rupee, times
    /// the plot's height, pass `i64::MAX`; the path must still lie inside the plot.
    #[test]
    fn the_largest_amounts_valid_settings_give_stay_in_the_plot() {
        use crate::model::{query_pairs, read_settings};
        let model = Model::built_in_unexplained();
        let link = "cur=inr&m.cur.inr=1000000&m.loc.us=4&m.remote.onsite.factor=4&m.ind.other=4&m.band.senior.high=10000000";
        let (settings, notices) = read_settings(&model, query_pairs(link));
        assert!(notices.is_empty(), "{notices:?}");
        let edited = model.with_checked_edits(&settings.edits);
        let money = Money::new(&edited, settings.currency, Period::Year);
        let estimate = edited.estimate(&settings.profile);
        let axis = Axis::fit(&estimate.trajectory, &money);
        for point in &estimate.trajectory {
            for dollars in [point.low, point.median, point.high] {
                let y = axis.y(dollars);
                assert!((TOP..=HEIGHT - BOTTOM).contains(&y), "{dollars}: {y}");
            }
        }
    }

    #[test]
    fn the_path_stays_between_the_axis_ends() {
        for (currency, period) in [
            ("usd", Period::Year),
            ("eur", Period::Month),
            ("usd", Period::Hour),
        ] {
            let (estimate, _, axis) = fitted(currency, period);
            for point in &estimate.trajectory {
                for dollars in [point.low, point.median, point.high] {
                    let y = axis.y(dollars);
                    assert!(
                        (TOP..=HEIGHT - BOTTOM).contains(&y),
                        "{dollars} a year in {currency}: {y}"
                    );
                }
            }
        }
    }
}
