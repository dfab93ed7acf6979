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
const BOTTOM: i64 = 40;
const PLOT_WIDTH: i64 = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT: i64 = HEIGHT - TOP - BOTTOM;
const SPAN_YEARS: i64 = TRAJECTORY_YEARS as i64;

/// The dollar range the y axis shows, on round steps.
#[derive(Clone, Copy, PartialEq)]
struct Axis {
    min: i64,
    max: i64,
    step: i64,
}

impl Axis {
    fn fit(trajectory: &[YearRange]) -> Axis {
        let lowest = trajectory.iter().map(|p| p.low).min().unwrap_or(0);
        let highest = trajectory.iter().map(|p| p.high).max().unwrap_or(1);
        let step = if highest - lowest > 250_000 {
            100_000
        } else {
            50_000
        };
        let min = lowest / step * step;
        let max = ((highest + step - 1) / step * step).max(min + step);
        Axis { min, max, step }
    }

    fn y(&self, dollars: i64) -> i64 {
        TOP + (self.max - dollars) * PLOT_HEIGHT / (self.max - self.min)
    }
}

fn x_at_year(year: i64) -> i64 {
    LEFT + year * PLOT_WIDTH / SPAN_YEARS
}

fn x_at(years: f64) -> i64 {
    LEFT + (years.max(0.0).min(SPAN_YEARS as f64) * PLOT_WIDTH as f64 / SPAN_YEARS as f64).round()
        as i64
}

/// Appends "x,y" pairs joined by " L " to an SVG path.
fn push_points(path: &mut String, points: impl Iterator<Item = (i64, i64)>) {
    for (index, (x, y)) in points.enumerate() {
        path.push_str(if index == 0 { "M" } else { " L" });
        path.push_str(&x.to_string());
        path.push(',');
        path.push_str(&y.to_string());
    }
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
    let axis = Memo::new(move |_| trajectory.with(|t| Axis::fit(t)));
    let years = Memo::new(move |_| estimate.with(|e| e.profile.years));
    let median = Memo::new(move |_| estimate.with(|e| e.median));
    let six_figures_at = Memo::new(move |_| estimate.with(|e| e.six_figures_at));

    let band_path = move || {
        let axis = axis.get();
        trajectory.with(|t| {
            let mut path = String::with_capacity(800);
            let highs = t
                .iter()
                .enumerate()
                .map(|(year, p)| (x_at_year(year as i64), axis.y(p.high)));
            push_points(&mut path, highs);
            let lows = t
                .iter()
                .enumerate()
                .rev()
                .map(|(year, p)| (x_at_year(year as i64), axis.y(p.low)));
            for (x, y) in lows {
                path.push_str(" L");
                path.push_str(&x.to_string());
                path.push(',');
                path.push_str(&y.to_string());
            }
            path.push_str(" Z");
            path
        })
    };
    let median_path = move || {
        let axis = axis.get();
        trajectory.with(|t| {
            let mut path = String::with_capacity(400);
            push_points(
                &mut path,
                t.iter()
                    .enumerate()
                    .map(|(year, p)| (x_at_year(year as i64), axis.y(p.median))),
            );
            path
        })
    };
    let grid = move || {
        let axis = axis.get();
        (0..)
            .map(|i| axis.min + i * axis.step)
            .take_while(|&dollars| dollars <= axis.max)
            .map(|dollars| {
                let y = axis.y(dollars);
                view! {
                    <line class="grid" x1=LEFT x2=WIDTH - RIGHT y1=y y2=y />
                    <text class="tick" x=LEFT - 8 y=y + 4 text-anchor="end">{money.with(|m| m.compact(dollars))}</text>
                }
            })
            .collect_view()
    };
    let year_ticks = (0..=SPAN_YEARS)
        .step_by(5)
        .map(|year| {
            let x = x_at_year(year);
            view! { <text class="tick" x=x y=HEIGHT - BOTTOM + 18 text-anchor="middle">{year.to_string()}</text> }
        })
        .collect_view();
    // Level boundaries move only when an edit changes where a band starts.
    let levels = move || {
        model.with(|model| {
            model
                .bands
                .iter()
                .enumerate()
                .filter(|(_, band)| band.from_years.value <= SPAN_YEARS as f64)
                .map(|(index, band)| {
                    let x = x_at(band.from_years.value);
                    let label_y = TOP + 12 + (index as i64 % 2) * 14;
                    let boundary = (index > 0).then(|| {
                        view! { <line class="boundary" x1=x x2=x y1=TOP y2=HEIGHT - BOTTOM /> }
                    });
                    view! {
                        {boundary}
                        <text class="level-label" x=x + 4 y=label_y>{band.label.clone()}</text>
                    }
                })
                .collect_view();
        })
    };
    // The line is always at US$100,000 a year: name it so when amounts are shown otherwise.
    let six_figure_label = move || {
        money.with(|m| {
            if m.per_usd == 1.0 && m.period == Period::Year {
                "six figures"
            } else {
                "six figures: US$100k a year"
            }
        })
    };
    let six_figure_line = move || {
        let axis = axis.get();
        (axis.min..=axis.max).contains(&SIX_FIGURES).then(|| {
            let y = axis.y(SIX_FIGURES);
            view! {
                <line class="six-figures" x1=LEFT x2=WIDTH - RIGHT y1=y y2=y />
                <text class="six-figures-label" x=WIDTH - RIGHT - 4 y=y - 6 text-anchor="end">{six_figure_label()}</text>
            }
        })
    };
    let marker_x = move || x_at(years.get());
    let marker_y = move || axis.get().y(median.get());

    let summary = move || {
        let reached = match six_figures_at.get() {
            Some(at) if at <= 0.0 => "The median is six figures from the first year. ".to_string(),
            Some(at) => format!(
                "The median reaches six figures at {} years. ",
                format::years((at * 10.0).ceil() / 10.0)
            ),
            None => "The median stays under six figures. ".to_string(),
        };
        trajectory.with(|t| {
            format!(
                "{reached}Median base {} at 0 years, {} at 10, {} at 30. You are at {} years: median {}.",
                money.with(|m| m.amount(t[0].median)),
                money.with(|m| m.amount(t[10].median)),
                money.with(|m| m.amount(t[TRAJECTORY_YEARS].median)),
                format::years(years.get()),
                money.with(|m| m.amount(median.get())),
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
                {grid}
                <path class="band" d=band_path />
                {levels}
                {six_figure_line}
                <path class="median-line" d=median_path />
                {year_ticks}
                <text class="axis-label" x=LEFT + PLOT_WIDTH / 2 y=HEIGHT - 4 text-anchor="middle">"Years of experience"</text>
                <g id="chart-marker" data-years=move || format::years(years.get())>
                    <line class="marker-line" x1=marker_x x2=marker_x y1=TOP y2=HEIGHT - BOTTOM />
                    <circle class="marker" cx=marker_x cy=marker_y r="6" />
                </g>
            </svg>
            <p id="chart-summary" class="note">{summary}</p>
        </figure>
    }
}
