use leptos::prelude::*;
use std::sync::Arc;

use super::checkbox_group::CheckboxGroup;
use super::radio_group::RadioGroup;
use super::select::Select;
use super::slider::Slider;
use crate::format;
use crate::model::{Extra, Model, Named, POSITION_MAX, Profile, YEARS_MAX};

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

/// Every model input, grouped so the form reads top to bottom: experience, where you work, what
/// you know, who you work for. Each control writes one field of the profile.
#[component]
pub fn Controls(model: Arc<Model>, profile: RwSignal<Profile>) -> impl IntoView {
    // One memo per field, so a control re-renders only when its own value changes.
    let years = Memo::new(move |_| profile.with(|p| p.years));
    let position = Memo::new(move |_| profile.with(|p| p.position));
    let location = Memo::new(move |_| profile.with(|p| p.location));
    let remote = Memo::new(move |_| profile.with(|p| p.remote));
    let language = Memo::new(move |_| profile.with(|p| p.language));
    let skills = Memo::new(move |_| profile.with(|p| p.skills));
    let certifications = Memo::new(move |_| profile.with(|p| p.certifications));
    let industry = Memo::new(move |_| profile.with(|p| p.industry));
    let company = Memo::new(move |_| profile.with(|p| p.company));
    let track = Memo::new(move |_| profile.with(|p| p.track));
    // Tracks open at their own experience; the control is closed until the first one does.
    let default_track = model.tracks.default_index();
    let opens_at = model
        .tracks
        .options
        .iter()
        .enumerate()
        .filter(|&(index, _)| index != default_track)
        .map(|(_, option)| option.from_years.value)
        .reduce(f64::min);
    let tracks = opens_at.map(|opens_at| {
        // Before its years the choice is closed, and a line in its place says when it opens.
        // Both keep their place (`.track-choice` stacks them), so the form never changes height
        // while the experience slider moves.
        let closed = move || years.get() < opens_at;
        view! {
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
                    selected=track
                    on_change=move |index| profile.update(|p| p.track = index)
                />
            </div>
        }
    });
    let toggle = |mask: &mut u64, index: usize, on: bool| {
        if on {
            *mask |= 1 << index;
        } else {
            *mask &= !(1 << index);
        }
    };

    view! {
        <section class="control-group" aria-labelledby="group-experience">
            <h2 id="group-experience">"Experience"</h2>
            <Slider
                id="exp"
                label="Years of backend experience"
                hint="Professional experience building server-side software."
                min="0"
                max="40"
                step="0.5"
                value=years
                value_text=format::year_count
                widest="10.5 years"
                on_input=move |value| profile.update(|p| p.years = value)
            />
            <Slider
                id="pos"
                label="Your place in the range"
                hint="50 is typical pay for this profile; 0 is the low end, 100 the high end."
                min="0"
                max="100"
                step="1"
                value=position
                value_text=position_text
                widest="50th (typical)"
                on_input=move |value| profile.update(|p| p.position = value)
            />
            {tracks}
        </section>
        <section class="control-group" aria-labelledby="group-where">
            <h2 id="group-where">"Where you work"</h2>
            <Select
                id="loc"
                label="Location"
                options=choices(&model.locations.options)
                selected=location
                on_change=move |index| profile.update(|p| p.location = index)
            />
            <RadioGroup
                id="remote"
                legend="Remote arrangement"
                options=choices(&model.remote.options)
                selected=remote
                on_change=move |index| profile.update(|p| p.remote = index)
            />
        </section>
        <section class="control-group" aria-labelledby="group-know">
            <h2 id="group-know">"What you know"</h2>
            <Select
                id="lang"
                label="Primary language"
                options=choices(&model.languages.options)
                selected=language
                on_change=move |index| profile.update(|p| p.language = index)
            />
            <CheckboxGroup
                id="skills"
                legend="Skills"
                options=extras(&model.skills)
                mask=skills
                on_toggle=move |(index, on)| profile.update(|p| toggle(&mut p.skills, index, on))
            />
            <CheckboxGroup
                id="certs"
                legend="Certifications"
                options=extras(&model.certifications)
                mask=certifications
                on_toggle=move |(index, on)| {
                    profile.update(|p| toggle(&mut p.certifications, index, on))
                }
            />
        </section>
        <section class="control-group" aria-labelledby="group-who">
            <h2 id="group-who">"Who you work for"</h2>
            <Select
                id="ind"
                label="Industry"
                options=choices(&model.industries.options)
                selected=industry
                on_change=move |index| profile.update(|p| p.industry = index)
            />
            <RadioGroup
                id="co"
                legend="Company type"
                options=choices(&model.companies.options)
                selected=company
                on_change=move |index| profile.update(|p| p.company = index)
            />
        </section>
    }
}
