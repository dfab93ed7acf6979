use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

use super::amount_options::AmountOptions;
use super::announcer::Announcer;
use super::breakdown::Breakdown;
use super::career_chart::CareerChart;
use super::comparisons::Comparisons;
use super::controls::Controls;
use super::edits::Edits;
use super::embed_bridge::EmbedBridge;
use super::headline::Headline;
use super::lazy::{self, OffersSignals, SourcesSignals};
use super::notices::Notices;
use super::offers::Offers;
use super::page;
use super::pay_mix::PayMix;
use super::settle::on_settle;
use super::share_bar::ShareBar;
use super::sources::Sources;
use super::summary_bar::SummaryBar;
use crate::model::{Model, Money, Notice, Settings, query_string, read_settings, write_settings};

/// How long the scenario must stay still before it is written to the address bar and storage.
const REMEMBER_AFTER: Duration = Duration::from_millis(250);

/// Where the built-in model comes from, for "Model in use".
const BUILT_IN_ORIGIN: &str = "built into payband";

/// The whole calculator. The state is the loaded model and the settings (profile, pinned offer,
/// currency, period, edits); the edited model, the estimate, the money format and the link are
/// derived from them once per change, and every component reads the part it needs.
#[component]
pub fn App() -> impl IntoView {
    let start = page::start();
    let embed = start.embed;
    // Without its quotes and reasons: the parts that show them swap them in (`lazy::explain`).
    let source = RwSignal::new(Arc::new(Model::built_in_unexplained()));
    let origin = RwSignal::new(BUILT_IN_ORIGIN.to_string());
    let (settings, opening_notices) = read_settings(&source.get_untracked(), start.pairs.clone());
    let Settings {
        profile,
        pinned,
        currency,
        period,
        edits,
    } = settings;
    let profile = RwSignal::new(profile);
    let pinned = RwSignal::new(pinned);
    let currency = RwSignal::new(currency);
    let period = RwSignal::new(period);
    let edits = Edits {
        source,
        list: RwSignal::new(edits),
    };
    // With `?model=`, the link's ids refer to that model: its notices wait until it is read.
    let notices = RwSignal::new(if start.model_url.is_some() {
        Vec::new()
    } else {
        opening_notices.clone()
    });
    let ready = RwSignal::new(start.model_url.is_none());

    // Edits are validated before they are stored, so applying them cannot fail here.
    let model = Memo::new(move |_| {
        source.with(|loaded| {
            edits.list.with(|list| {
                if list.is_empty() {
                    return Arc::clone(loaded);
                }
                loaded
                    .with_edits(list)
                    .map_or_else(|_| Arc::clone(loaded), Arc::new)
            })
        })
    });
    let estimate = Memo::new(move |_| model.with(|m| m.estimate(&profile.get())));
    let money = Memo::new(move |_| model.with(|m| Money::new(m, currency.get(), period.get())));
    let current_settings = move || Settings {
        profile: profile.get(),
        pinned: pinned.get(),
        currency: currency.get(),
        period: period.get(),
        edits: edits.list.get(),
    };
    let scenario = Memo::new(move |_| {
        let settings = current_settings();
        source.with(|m| query_string(&write_settings(m, &settings)))
    });
    let opening_scenario = scenario.get_untracked();

    // A new model: the settings are carried over by id; what the new model lacks is reported.
    let apply = move |settings: Settings, found: Vec<Notice>| {
        profile.set(settings.profile);
        pinned.set(settings.pinned);
        currency.set(settings.currency);
        period.set(settings.period);
        edits.list.set(settings.edits);
        notices.set(found);
    };
    let use_model = move |loaded: Model, from: String| {
        let pairs = source.with_untracked(|m| write_settings(m, &current_settings()));
        let (settings, found) = read_settings(&loaded, pairs);
        source.set(Arc::new(loaded));
        origin.set(from);
        apply(settings, found);
    };

    if let Some(url) = start.model_url.clone() {
        let pairs = start.pairs.clone();
        leptos::task::spawn_local(async move {
            let loaded = match page::fetch_same_origin(&url).await {
                Ok(bytes) => lazy::read_model(bytes).await,
                Err(reason) => Err(vec![reason]),
            };
            match loaded {
                Ok(loaded) => {
                    let untouched = scenario.get_untracked() == opening_scenario;
                    if untouched {
                        // Read the link itself against the model it was written for.
                        let (settings, found) = read_settings(&loaded, pairs);
                        source.set(Arc::new(loaded));
                        apply(settings, found);
                    } else {
                        use_model(loaded, String::new());
                    }
                    origin.set(format!("from {url}"));
                }
                Err(reasons) => {
                    let mut reasons = reasons.into_iter();
                    let mut found = vec![Notice {
                        key: "model".into(),
                        message: format!(
                            "“{url}” could not be used, so the built-in model is: {}",
                            reasons.next().unwrap_or_default()
                        ),
                    }];
                    found.extend(reasons.map(|reason| Notice {
                        key: "model".into(),
                        message: reason,
                    }));
                    found.extend(opening_notices);
                    notices.set(found);
                }
            }
            ready.set(true);
            page::remember(&scenario.get_untracked(), embed);
        });
    } else {
        // The opening scenario is written at once: a link's fallbacks leave the address bar,
        // and a linked scenario becomes the remembered one.
        page::remember(&scenario.get_untracked(), embed);
    }
    on_settle(
        scenario,
        REMEMBER_AFTER,
        Callback::new(move |scenario: String| {
            if ready.get_untracked() {
                page::remember(&scenario, embed)
            }
        }),
    );

    let masthead = (!embed).then(|| {
        view! {
            <header class="masthead">
                <p class="brand">"payband"</p>
                <h1>"What should a backend developer earn?"</h1>
                <p class="lede">
                    "Tell payband about your experience and your job; the salary range follows as you move the sliders. "
                    "Every figure comes from a 2026 salary guide or is a stated assumption you can read and change below."
                </p>
            </header>
        }
    });
    let sharing = (!embed).then(|| {
        view! { <ShareBar source=source profile=profile scenario=scenario /> }
    });
    let back_link = embed.then(|| {
        view! {
            <p class="embed-link">
                <a href=move || page::share_link(&scenario.get()) target="_blank" rel="noopener">
                    "Open this in the full payband calculator"
                </a>
            </p>
        }
    });
    let edited_note = move || {
        let count = edits.list.with(Vec::len);
        (count > 0).then(|| {
            let figures = if count == 1 { "figure" } else { "figures" };
            view! {
                <p id="edited-note" class="edited-note">
                    {format!("These figures use {count} {figures} you changed. ")}
                    <a href="#sources">"Review your changes"</a>
                </p>
            }
        })
    };
    let after_main = (!embed).then(|| {
        let signals = SourcesSignals {
            model,
            edits,
            origin,
            on_load: Callback::new(move |(loaded, from)| use_model(loaded, from)),
        };
        view! {
            <Sources signals=signals open=start.model_url.is_some() />
            <footer class="colophon">
                <p>
                    "payband runs entirely in your browser: no tracking, and no request leaves this page. "
                    "It works offline once loaded. Estimates are a starting point for a conversation, not a promise."
                </p>
            </footer>
        }
    });
    let offers = (!embed).then(|| {
        let signals = OffersSignals {
            model,
            estimate,
            money,
            profile,
            pinned,
        };
        view! { <Offers signals=signals /> }
    });

    view! {
        <div class="app" class:embed=embed>
            {masthead}
            <div class="layout-notice"><Notices notices=notices /></div>
            <main class="layout">
                <form class="controls" aria-label="Your situation" on:submit=|ev| ev.prevent_default()>
                    {move || {
                        let loaded = source.get();
                        view! { <Controls model=loaded profile=profile /> }
                    }}
                    <AmountOptions model=model edits=edits currency=currency period=period />
                </form>
                <section class="results" aria-labelledby="results-title">
                    <h2 id="results-title" class="visually-hidden">"Your salary estimate"</h2>
                    {edited_note}
                    <Headline model=model estimate=estimate money=money />
                    {sharing}
                    <PayMix model=model estimate=estimate money=money />
                    <Breakdown model=model estimate=estimate money=money />
                    <Comparisons estimate=estimate money=money />
                    <CareerChart model=model estimate=estimate money=money />
                    {offers}
                    {back_link}
                    <Announcer model=model estimate=estimate money=money />
                </section>
            </main>
            {after_main}
            {(!embed).then(|| view! { <SummaryBar model=model estimate=estimate money=money /> })}
            {embed.then(|| view! { <EmbedBridge model=model estimate=estimate scenario=scenario /> })}
        </div>
    }
}
