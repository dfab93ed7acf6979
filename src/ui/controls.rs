use leptos::either::EitherOf11;
use leptos::prelude::*;
use std::sync::Arc;

use super::checkbox_group::CheckboxGroup;
use super::profile_signal::ProfileSignal;
use super::radio_group::RadioGroup;
use super::select::Select;
use super::slider::Slider;
use crate::format;
use crate::model::{Control, Extra, Model, Named, POSITION_MAX, YEARS_MAX};

// The sliders' bounds are written as text below; keep them in step with the model's domain.
const _: () = assert!(YEARS_MAX == 40.0 && POSITION_MAX == 100.0);

fn choices<T: Named>(options: &[T]) -> Vec<(String, String)> {
    options
        .iter()
        .map(|option| (option.id().to_string(), option.label().to_string()))
        .collect()
}

fn extras(options: &[Extra]) -> Vec<(String, String, Option<&'static str>)> {
    options
        .iter()
        .map(|option| {
            let group = match option.group.as_deref() {
                Some("cloud") => Some("Cloud and DevOps"),
                Some(_) => Some("Other skills"),
                None => None,
            };
            (option.id.clone(), option.label.clone(), group)
        })
        .collect()
}

fn position_text(position: f64) -> String {
    match position.round() as i64 {
        50 => "50th (typical)".to_string(),
        percentile => format::ordinal(percentile),
    }
}

/// Turns a mask bit on or off.
fn toggle(mask: &mut u64, index: usize, on: bool) {
    if on {
        *mask |= 1 << index;
    } else {
        *mask &= !(1 << index);
    }
}

/// One control of the profile, which writes its own field: what the full form and an embed's
/// chosen controls are both made of. Each reads its field through its own memo, so it re-renders
/// only when that value changes. (Currency and period are `AmountOptions`.)
pub fn control(
    which: Control,
    model: &Arc<Model>,
    profile: ProfileSignal,
) -> impl IntoView + use<> {
    // Made by the two controls that read it, not for every control.
    let years = move || Memo::new(move |_| profile.with(|p| p.years));
    match which {
        Control::Experience => EitherOf11::A(view! {
            <Slider
                id="exp"
                label="Years of backend experience"
                hint="Professional experience building server-side software."
                min="0"
                max="40"
                step="0.5"
                value=years()
                thumb=profile.shown(|p| p.years)
                value_text=format::year_count
                widest="10.5 years"
                on_input=move |value| profile.edit(|p| p.years = value)
            />
        }),
        Control::Position => EitherOf11::B(view! {
            <Slider
                id="pos"
                label="Your place in the range"
                hint="50 is typical pay for this profile; 0 is the low end, 100 the high end."
                min="0"
                max="100"
                step="1"
                value=Memo::new(move |_| profile.with(|p| p.position))
                thumb=profile.shown(|p| p.position)
                value_text=position_text
                widest="50th (typical)"
                on_input=move |value| profile.edit(|p| p.position = value)
            />
        }),
        Control::Location => EitherOf11::C(view! {
            <Select
                id="loc"
                label="Location"
                options=choices(&model.locations.options)
                selected=profile.shown(|p| p.location)
                on_change=move |index| profile.edit(|p| p.location = index)
            />
        }),
        Control::Remote => EitherOf11::D(view! {
            <RadioGroup
                id="remote"
                legend="Remote arrangement"
                options=choices(&model.remote.options)
                selected=profile.shown(|p| p.remote)
                on_change=move |index| profile.edit(|p| p.remote = index)
            />
        }),
        Control::Language => EitherOf11::E(view! {
            <Select
                id="lang"
                label="Primary language"
                options=choices(&model.languages.options)
                selected=profile.shown(|p| p.language)
                on_change=move |index| profile.edit(|p| p.language = index)
            />
        }),
        Control::Skills => EitherOf11::F(view! {
            <CheckboxGroup
                id="skills"
                legend="Skills"
                options=extras(&model.skills)
                mask=profile.shown(|p| p.skills)
                on_toggle=move |(index, on)| profile.edit(|p| toggle(&mut p.skills, index, on))
            />
        }),
        Control::Certifications => EitherOf11::G(view! {
            <CheckboxGroup
                id="certs"
                legend="Certifications"
                options=extras(&model.certifications)
                mask=profile.shown(|p| p.certifications)
                on_toggle=move |(index, on)| {
                    profile.edit(|p| toggle(&mut p.certifications, index, on))
                }
            />
        }),
        Control::Industry => EitherOf11::H(view! {
            <Select
                id="ind"
                label="Industry"
                options=choices(&model.industries.options)
                selected=profile.shown(|p| p.industry)
                on_change=move |index| profile.edit(|p| p.industry = index)
            />
        }),
        Control::Company => EitherOf11::I(view! {
            <RadioGroup
                id="co"
                legend="Company type"
                options=choices(&model.companies.options)
                selected=profile.shown(|p| p.company)
                on_change=move |index| profile.edit(|p| p.company = index)
            />
        }),
        Control::Track => EitherOf11::J(track_choice(model, profile, years())),
        Control::Amounts => EitherOf11::K(()),
    }
}

/// The career track, when the model has tracks beyond the default. Before the years the first
/// one opens at, a line in its place says when (both keep one place, `.track-choice`, so the
/// form never changes height while the experience slider moves).
fn track_choice(
    model: &Arc<Model>,
    profile: ProfileSignal,
    years: Memo<f64>,
) -> Option<impl IntoView + use<>> {
    let default_track = model.tracks.default_index();
    let opens_at = model
        .tracks
        .options
        .iter()
        .enumerate()
        .filter(|&(index, _)| index != default_track)
        .map(|(_, option)| option.from_years.value)
        .reduce(f64::min)?;
    let closed = move || years.get() < opens_at;
    Some(view! {
        <div class="track-choice" class:closed=closed>
            <p class="hint" id="track-closed">
                {format!(
                    "Career tracks (team lead and others) open from {} of experience.",
                    format::year_count(opens_at)
                )}
            </p>
            <Select
                id="track"
                label="Career track"
                options=choices(&model.tracks.options)
                selected=profile.shown(|p| p.track)
                on_change=move |index| profile.edit(|p| p.track = index)
            />
        </div>
    })
}

/// A part of the full form: its first two groups, which the page works with, or the rest (built
/// a step later: below the fold on most screens, see `app::MORE_CONTROLS`).
#[derive(Clone, Copy)]
pub enum FormPart {
    Top,
    Rest,
}

/// The full form's groups, top to bottom: each one's heading id, title and controls. The first
/// two are its top (`FormPart::Top`).
const GROUPS: [(&str, &str, &[Control]); 4] = {
    use Control::*;
    [
        (
            "group-experience",
            "Experience",
            &[Experience, Position, Track],
        ),
        ("group-where", "Where you work", &[Location, Remote]),
        (
            "group-know",
            "What you know",
            &[Language, Skills, Certifications],
        ),
        ("group-who", "Who you work for", &[Industry, Company]),
    ]
};

/// Every model input of `part`, grouped so the form reads top to bottom: experience, where you
/// work, what you know, who you work for.
#[component]
pub fn Controls(model: Arc<Model>, profile: ProfileSignal, part: FormPart) -> impl IntoView {
    let (top, rest) = GROUPS.split_at(2);
    let groups = match part {
        FormPart::Top => top,
        FormPart::Rest => rest,
    };
    groups
        .iter()
        .map(|&(id, title, list)| {
            let controls = list
                .iter()
                .map(|&which| control(which, &model, profile))
                .collect_view();
            view! {
                <section class="control-group" aria-labelledby=id>
                    <h2 id=id>{title}</h2>
                    {controls}
                </section>
            }
        })
        .collect_view()
}
