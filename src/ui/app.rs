use leptos::prelude::*;

use super::announcer::Announcer;
use super::breakdown::Breakdown;
use super::career_chart::CareerChart;
use super::comparisons::Comparisons;
use super::controls::Controls;
use super::headline::Headline;
use super::pay_mix::PayMix;
use super::sources::Sources;
use crate::model::{Model, Profile};

/// The whole calculator. The profile is the only state; the estimate is derived from it once per
/// change and every result component reads the part it needs.
#[component]
pub fn App() -> impl IntoView {
    // The built-in model lives as long as the page; leaking it lets components share `&'static`.
    let model: &'static Model = Box::leak(Box::new(Model::built_in()));
    let profile = RwSignal::new(Profile::typical(model));
    let estimate = Memo::new(move |_| model.estimate(&profile.get()));

    view! {
        <header class="masthead">
            <p class="brand">"payband"</p>
            <h1>"What should a backend developer earn?"</h1>
            <p class="lede">
                "Tell payband about your experience and your job; the salary range follows as you move the sliders. "
                "Every figure comes from a 2026 salary guide or is a stated assumption you can read below."
            </p>
        </header>
        <main class="layout">
            <form class="controls" aria-label="Your situation" on:submit=|ev| ev.prevent_default()>
                <Controls model=model profile=profile />
            </form>
            <section class="results" aria-labelledby="results-title">
                <h2 id="results-title" class="visually-hidden">"Your salary estimate"</h2>
                <Headline model=model estimate=estimate />
                <PayMix model=model estimate=estimate />
                <Breakdown model=model estimate=estimate />
                <Comparisons estimate=estimate />
                <CareerChart model=model estimate=estimate />
                <Announcer model=model estimate=estimate />
            </section>
        </main>
        <Sources model=model />
        <footer class="colophon">
            <p>
                "payband runs entirely in your browser: no tracking, and no request leaves this page. "
                "Estimates are a starting point for a conversation, not a promise."
            </p>
        </footer>
    }
}
