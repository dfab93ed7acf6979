use leptos::prelude::*;
use std::time::Duration;

use super::announcer::Announcer;
use super::breakdown::Breakdown;
use super::career_chart::CareerChart;
use super::comparisons::Comparisons;
use super::controls::Controls;
use super::embed_bridge::EmbedBridge;
use super::headline::Headline;
use super::notices::Notices;
use super::page;
use super::pay_mix::PayMix;
use super::settle::on_settle;
use super::share_bar::ShareBar;
use super::sources::Sources;
use super::summary_bar::SummaryBar;
use crate::model::{Model, query_string, write_scenario};

/// How long the scenario must stay still before it is written to the address bar and storage.
const REMEMBER_AFTER: Duration = Duration::from_millis(250);

/// The whole calculator. The profile is the only state; the estimate and the scenario string
/// are derived from it once per change and every component reads the part it needs.
#[component]
pub fn App() -> impl IntoView {
    // The built-in model lives as long as the page; leaking it lets components share `&'static`.
    let model: &'static Model = Box::leak(Box::new(Model::built_in()));
    let start = page::start(model);
    let embed = start.embed;
    let profile = RwSignal::new(start.profile);
    let notices = RwSignal::new(start.notices);
    let estimate = Memo::new(move |_| model.estimate(&profile.get()));
    let scenario = Memo::new(move |_| query_string(&write_scenario(model, &profile.get())));
    // The opening scenario is written at once: a link's fallbacks leave the address bar, and a
    // linked scenario becomes the remembered one.
    page::remember(&scenario.get_untracked(), embed);
    on_settle(scenario, REMEMBER_AFTER, move |scenario| {
        page::remember(&scenario, embed)
    });

    let masthead = (!embed).then(|| {
        view! {
            <header class="masthead">
                <p class="brand">"payband"</p>
                <h1>"What should a backend developer earn?"</h1>
                <p class="lede">
                    "Tell payband about your experience and your job; the salary range follows as you move the sliders. "
                    "Every figure comes from a 2026 salary guide or is a stated assumption you can read below."
                </p>
            </header>
        }
    });
    let sharing =
        (!embed).then(|| view! { <ShareBar model=model profile=profile scenario=scenario /> });
    let back_link = embed.then(|| {
        view! {
            <p class="embed-link">
                <a href=move || page::share_link(&scenario.get()) target="_blank" rel="noopener">
                    "Open this in the full payband calculator"
                </a>
            </p>
        }
    });
    let after_main = (!embed).then(|| {
        view! {
            <Sources model=model />
            <footer class="colophon">
                <p>
                    "payband runs entirely in your browser: no tracking, and no request leaves this page. "
                    "It works offline once loaded. Estimates are a starting point for a conversation, not a promise."
                </p>
            </footer>
        }
    });

    view! {
        <div class="app" class:embed=embed>
            {masthead}
            <div class="layout-notice"><Notices notices=notices /></div>
            <main class="layout">
                <form class="controls" aria-label="Your situation" on:submit=|ev| ev.prevent_default()>
                    <Controls model=model profile=profile />
                </form>
                <section class="results" aria-labelledby="results-title">
                    <h2 id="results-title" class="visually-hidden">"Your salary estimate"</h2>
                    <Headline model=model estimate=estimate />
                    {sharing}
                    <PayMix model=model estimate=estimate />
                    <Breakdown model=model estimate=estimate />
                    <Comparisons estimate=estimate />
                    <CareerChart model=model estimate=estimate />
                    {back_link}
                    <Announcer model=model estimate=estimate />
                </section>
            </main>
            {after_main}
            {(!embed).then(|| view! { <SummaryBar model=model estimate=estimate /> })}
            {embed.then(|| view! { <EmbedBridge model=model estimate=estimate scenario=scenario /> })}
        </div>
    }
}
