use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

use super::lazy::BelowSignals;
use crate::format;
use crate::model::{Change, Model, Money, Profile, Step};

/// How many steps show before "Show all".
const SHOWN: usize = 5;

/// The words for a change: "Learn Kubernetes", "Move to Seattle", "3 more years of experience".
fn change_label(model: &Model, change: Change) -> String {
    match change {
        Change::Skill(i) => format!("Learn {}", model.skills[i].label),
        Change::Certification(i) => format!("Get certified: {}", model.certifications[i].label),
        Change::Language(i) => format!("Switch to {}", model.languages.options[i].label),
        Change::Location(i) => format!("Move to {}", model.locations.options[i].label),
        Change::Remote(i) => format!("Arrangement: {}", model.remote.options[i].label),
        Change::Industry(i) => format!("Industry: {}", model.industries.options[i].label),
        Change::Company(i) => format!("Company: {}", model.companies.options[i].label),
        Change::Years(more) => format!("{} more of experience", format::year_count(more)),
        Change::Track(i) => format!("Career track: {}", model.tracks.options[i].label),
    }
}

/// A step the user tried: what it changed, and the profiles before and after.
#[derive(Clone, Copy, PartialEq)]
struct Tried {
    change: Change,
    before: Profile,
    after: Profile,
}

/// "What moves your pay": every single change that raises total compensation, ranked by the
/// yearly dollars it adds, each with a button that tries it. While nothing else has changed, the
/// list stays the one the try was made from, and the same button takes it back.
#[component]
pub fn NextSteps(
    signals: BelowSignals,
    /// The profile as this part shows it (`seen_profile`); a try sets the live one.
    seen: Memo<Profile>,
) -> impl IntoView {
    let BelowSignals {
        model,
        money,
        profile,
        ..
    } = signals;
    let tried = RwSignal::new(None::<Tried>);
    // The try stands while the profile is the one it made; any other change ends it.
    let standing = Memo::new(move |_| tried.get().filter(|t| seen.with(|p| *p == t.after)));
    let from = Memo::new(move |_| standing.get().map_or_else(|| seen.get(), |t| t.before));
    let steps = Memo::new(move |_| model.with(|m| m.next_steps(&from.get())));
    let (all, set_all) = signal(false);
    let toggle = move |step: Step| {
        if standing
            .get_untracked()
            .is_some_and(|t| t.change == step.change)
        {
            let before = from.get_untracked();
            tried.set(None);
            profile.set(before);
        } else {
            let before = from.get_untracked();
            let after = step.change.applied_to(&before);
            tried.set(Some(Tried {
                change: step.change,
                before,
                after,
            }));
            profile.set(after);
        }
    };
    // A row is plain values, with no effect or listener of its own: the list is drawn again on
    // every change while it is on screen, and rebuilding a row replaces each closure in it (an
    // effect made, a listener removed and added). With two effects and a listener in each row,
    // the list was the largest part of a key press's script while in view (issue 23).
    let row = move |model: &Arc<Model>, money: &Money, step: Step, pressed: bool| {
        let effort = step.change.effort().id();
        let label = change_label(model, step.change);
        let what = label.clone();
        let gain = format!("{} {}", money.signed(step.gain), money.period.per());
        view! {
            <li
                data-step=step.change.id(model)
                data-effort=effort
                data-gain=step.gain.to_string()
                data-total=step.total.to_string()
            >
                <span class="tag">{effort}</span>
                <span class="step-what">{format!("{what}: ")}<strong>{gain}</strong></span>
                <span class="step-total muted">{format!("total {}", money.amount(step.total))}</span>
                // The label says the state ("Undo: …"): no `aria-pressed` on top of it, which
                // would announce a pressed "Undo" button.
                <button type="button" class="button quiet">
                    {if pressed { "Undo" } else { "Try it" }}
                    <span class="visually-hidden">{format!(": {label}")}</span>
                </button>
            </li>
        }
    };
    let list = move || {
        let model = model.get();
        let money = money.get();
        let pressed = standing.with(|tried| tried.map(|t| t.change));
        steps.with(|steps| {
            let shown = if all.get() { steps.len() } else { SHOWN };
            steps
                .iter()
                .take(shown)
                .map(|&step| row(&model, &money, step, pressed == Some(step.change)))
                .collect_view()
        })
    };
    // One listener for every row's button: the row says which step it is.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let row = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("button").ok().flatten())
            .and_then(|button| button.closest("li").ok().flatten())
            .and_then(|row| row.get_attribute("data-step"));
        let step = row.and_then(|id| {
            model.with_untracked(|m| {
                steps.with_untracked(|steps| steps.iter().find(|s| s.change.id(m) == id).copied())
            })
        });
        if let Some(step) = step {
            toggle(step);
        }
    };
    let count = move || steps.with(Vec::len);

    view! {
        <section id="next-steps" class="card next-steps" aria-labelledby="next-steps-title">
            <h3 id="next-steps-title">"What moves your pay"</h3>
            <Show
                when=move || { count() > 0 }
                fallback=|| view! {
                    <p class="note">"No single change to these settings raises your total compensation: you are at the best the model knows for your experience."</p>
                }
            >
                <p class="note">
                    "Each change on its own, ranked by what it adds to your total compensation. "
                    "“Try it” applies one; press it again, or Reset, to take it back."
                </p>
                <ol class="steps" on:click=on_click>{list}</ol>
                <button
                    type="button"
                    id="more-steps"
                    class="button quiet"
                    hidden=move || { count() <= SHOWN }
                    aria-expanded=move || all.get().to_string()
                    on:click=move |_| set_all.update(|all| *all = !*all)
                >
                    {move || if all.get() { "Show the top five".to_string() } else { format!("Show all {} changes", count()) }}
                </button>
            </Show>
        </section>
    }
}
