use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::amount_options::AmountOptions;
use super::announcer::Announcer;
use super::below::Below;
use super::breakdown::Breakdown;
use super::control_list::ControlList;
use super::controls::{Controls, FormPart};
use super::disclosure::DisclosureButton;
use super::edits::Edits;
use super::embed_bridge::EmbedBridge;
use super::headline::Headline;
use super::lazy::{self, BelowSignals, NotLoaded, OffersSignals, Opening, SourcesSignals};
use super::notices::Notices;
use super::offers::Offers;
use super::page::{self, Start};
use super::pay_mix::PayMix;
use super::profile_signal::ProfileSignal;
use super::seen::seen_profile;
use super::settle::on_settle;
use super::share_bar::ShareBar;
use super::sources::Sources;
use super::stages::Stages;
use super::summary_bar::SummaryBar;
use crate::model::{
    Control, EmbedLayout, Model, Money, Notice, Settings, Shown, query_string, write_settings,
};

/// How long the scenario must stay still before it is written to the address bar and storage.
const REMEMBER_AFTER: Duration = Duration::from_millis(250);

/// Where the built-in model comes from, for "Model in use".
const BUILT_IN_ORIGIN: &str = "built into payband";

/// Opens the page: reads how it was opened (a link, else the last visit), then builds the
/// calculator, hidden, and swaps it for the loading notice (see [`Stages`]). When the opening
/// names settings, their reader (and the model's rules it checks changed figures against) is
/// fetched first: a first visit to the bare page needs neither, so they are not in the first
/// load.
pub fn open() {
    let start = page::start();
    // Without its quotes and reasons: the parts that show them swap them in (`lazy::explain`).
    let model = Arc::new(Model::built_in_unexplained());
    // Leptos's executor starts with the mount; this runs before it.
    wasm_bindgen_futures::spawn_local(async move {
        let opening = lazy::read_link(&model, start.pairs.clone()).await;
        // A task of its own, after the wasm's start-up (see `Stages`).
        set_timeout(
            move || {
                leptos::mount::mount_to_body(
                    move || view! { <App start=start model=model opening=opening /> },
                )
            },
            Duration::ZERO,
        );
    });
}

/// The whole calculator. The state is the loaded model and the settings (profile, pinned offer,
/// currency, period, edits); the edited model, the estimate, the money format and the link are
/// derived from them once per change, and every component reads the part it needs.
#[component]
fn App(
    /// How the page was opened.
    start: Start,
    /// The model the opening settings were read against.
    model: Arc<Model>,
    /// The opening settings and what was wrong with them, or `NotLoaded` when their reader could
    /// not be fetched: then the page starts on the typical settings and leaves the address and
    /// the remembered scenario alone until the user changes something.
    opening: Result<Opening, NotLoaded>,
) -> impl IntoView {
    let embed = start.embed;
    let link_unread = opening.is_err();
    let Opening {
        settings,
        notices: opening_notices,
        edited,
    } = opening.unwrap_or_else(|NotLoaded| {
        let notice = settings_unread("typical settings are shown and the link is left as it was");
        Opening::typical(&model, vec![notice])
    });
    let origin = RwSignal::new(BUILT_IN_ORIGIN.to_string());
    let Settings {
        profile,
        pinned,
        currency,
        period,
        edits,
    } = settings;
    let profile = ProfileSignal::new(profile);
    let pinned = RwSignal::new(pinned);
    let currency = RwSignal::new(currency);
    let period = RwSignal::new(period);
    let edits = Edits::new(model, edits, edited);
    let source = edits.source;
    // With `?model=`, the link's ids refer to that model: its notices wait until it is read.
    let notices = RwSignal::new(if start.model_url.is_some() {
        Vec::new()
    } else {
        opening_notices.clone()
    });
    let ready = RwSignal::new(start.model_url.is_none());
    // The next visit reads the remembered scenario against the built-in model: an embed's and a
    // model file's are not remembered.
    let for_next_visit = !embed && start.model_url.is_none();

    // Edits are checked against the model's rules, and applied, where they are made.
    let model = Memo::new(move |_| edits.edited.get());
    let estimate = Memo::new(move |_| model.with(|m| m.estimate(&profile.get())));
    // The profile and its estimate a frame late, for what a key press need not show before its
    // next frame: the pay mix, the breakdown and the part below the first screen (`seen_profile`).
    let seen = seen_profile(profile);
    let seen_estimate = Memo::new(move |_| {
        seen.track();
        model.with(|m| profile.with_untracked(|p| m.estimate(p)))
    });
    let money = Memo::new(move |_| model.with(|m| Money::new(m, currency.get(), period.get())));
    let current_settings = move || Settings {
        profile: profile.get(),
        pinned: pinned.get(),
        currency: currency.get(),
        period: period.get(),
        edits: edits.list.get(),
    };
    // The same signals, subscribed to without being read: a key press copies no settings (the
    // edits are a list). Keep the two lists alike.
    let track_settings = move || {
        profile.track();
        pinned.track();
        currency.track();
        period.track();
        edits.list.track();
    };
    let scenario = Memo::new(move |_| {
        let settings = current_settings();
        source.with(|m| query_string(&write_settings(m, &settings)))
    });
    let opening_scenario = scenario.get_untracked();

    // A new model: the settings are carried over by id; what the new model lacks is reported.
    let apply = move |loaded: Arc<Model>, opening: Opening| {
        let Opening {
            settings,
            notices: found,
            edited,
        } = opening;
        profile.set(settings.profile);
        pinned.set(settings.pinned);
        currency.set(settings.currency);
        period.set(settings.period);
        edits.replace(loaded, settings.edits, edited);
        notices.set(found);
    };
    // The current settings as link pairs, to carry them over to another model by id.
    let current_pairs = move || source.with_untracked(|m| write_settings(m, &current_settings()));
    // Switches to a model that was read (`lazy::read_model` has fetched the link reader too),
    // with `pairs` read against it. Should the reader still be missing, nothing changes but a
    // notice.
    let switch_to = move |loaded: Model, from: String, pairs: Vec<(String, String)>| async move {
        let loaded = Arc::new(loaded);
        match lazy::read_link(&loaded, pairs).await {
            Ok(opening) => {
                origin.set(from);
                apply(loaded, opening);
            }
            Err(NotLoaded) => add_notice(notices, settings_unread(KEPT)),
        }
    };
    let use_model = move |loaded: Model, from: String| {
        OWN_FILE_OPENED.store(true, Ordering::Relaxed);
        leptos::task::spawn_local(switch_to(loaded, from, current_pairs()));
    };

    if let Some(url) = start.model_url.clone() {
        let pairs = start.pairs.clone();
        leptos::task::spawn_local(async move {
            let loaded = lazy::fetch_model(url.clone()).await;
            let read = loaded.is_ok();
            match loaded {
                // The user opened a file of their own while this one was fetched: theirs stays,
                // whether this one could be used or not.
                _ if OWN_FILE_OPENED.load(Ordering::Relaxed) => add_notice(
                    notices,
                    model_notice(format!(
                        "“{url}” was not used: you opened your own file while it was fetched"
                    )),
                ),
                Ok(loaded) => {
                    let untouched = scenario.get_untracked() == opening_scenario;
                    // Untouched, the link itself is read against the model it was written for.
                    let pairs = if untouched { pairs } else { current_pairs() };
                    switch_to(loaded, format!("from {url}"), pairs).await;
                }
                Err(reasons) => {
                    let mut reasons = reasons.into_iter();
                    let mut found = vec![model_notice(format!(
                        "“{url}” could not be used, so the built-in model is used instead: {}",
                        reasons.next().unwrap_or_default()
                    ))];
                    found.extend(reasons.map(model_notice));
                    found.extend(opening_notices);
                    notices.set(found);
                }
            }
            ready.set(true);
            // Without its model, the link's settings for it were read against the built-in one:
            // the address keeps them until the user changes something.
            if !link_unread && (read || scenario.get_untracked() != opening_scenario) {
                page::remember(&scenario.get_untracked(), for_next_visit);
            }
        });
    } else if !link_unread {
        // The opening scenario is written at once: a link's fallbacks leave the address bar,
        // and a linked scenario becomes the remembered one.
        page::remember(&scenario.get_untracked(), for_next_visit);
    }
    // The link field and the embed's way back show the scenario once it settles, as the address
    // bar does: the link is made once input settles, not at every slider step (writing it into
    // the page at every step was a fifth of the effects' work per input in a profile). Copy link
    // reads the live scenario.
    let (settled_scenario, set_settled_scenario) = signal(scenario.get_untracked());
    on_settle(
        // The scenario's inputs, which a change only subscribes to.
        Box::new(move || {
            track_settings();
            source.track();
        }),
        REMEMBER_AFTER,
        Callback::new(move |()| {
            let scenario = scenario.get_untracked();
            // Input that came back to where it was changes nothing (the embed preview reloads
            // when this changes).
            if settled_scenario.with_untracked(|settled| *settled == scenario) {
                return;
            }
            if ready.get_untracked() {
                page::remember(&scenario, for_next_visit)
            }
            set_settled_scenario.set(scenario);
        }),
    );

    // The mount builds the frame, the headline and the slot of the part below the first screen
    // (a chunk of its own, whose download starts in a task of its own), step 1 the top of the
    // form. Then, in step 1's task, the app replaces the loading notice: the page works. Steps 2
    // to 5 build the rest of the first screen below what is shown, the app `aria-busy` until they
    // are done; step 6 the offers and the sources, below the first screen.
    let root = NodeRef::<leptos::html::Div>::new();
    let stages = Stages::default();
    let sharing = move || {
        (!embed).then(|| {
            view! { <ShareBar source=source profile=profile scenario=scenario settled_scenario=settled_scenario /> }
        })
    };
    let back_link = embed.then(|| {
        view! {
            <p class="embed-link">
                <a href=move || page::share_link(&settled_scenario.get()) target="_blank" rel="noopener">
                    "Open the full calculator"
                </a>
            </p>
        }
    });
    // While a `?model=` file is on its way, the figures are the built-in model's: the page says
    // so until it is read (then the notices say what became of it, and "Model in use" which
    // model the figures use). Hidden rather than removed: as a view shown or not, with the model
    // in use named once read, it was 1.2 KB gzip of the first load; this is 0.4 KB.
    let model_note = start.model_url.clone().map(|url| {
        view! {
            <p id="model-note" class="edited-note" role="status" hidden=move || ready.get()>
                {format!("Loading the model from {url}: until it arrives, these figures are the built-in model’s.")}
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
        let open = start.model_url.is_some();
        stages.later(OFFERS_AND_SOURCES, move || view! {
            <Sources signals=signals open=open />
            <footer class="colophon">
                <p>
                    "payband runs entirely in your browser: no tracking, and no request leaves this page. "
                    "It works offline once loaded. Estimates are a starting point for a conversation, not a promise."
                </p>
            </footer>
        })
    });
    // What shows at once and what waits behind "All options": the whole page outside embeds.
    let layout = if embed {
        start.layout.clone()
    } else {
        EmbedLayout {
            controls: None,
            show: Shown::ALL.to_vec(),
        }
    };
    let other_controls = layout.other_controls();
    let other_results = layout.other_results();
    let amounts =
        move || view! { <AmountOptions model=model edits=edits currency=currency period=period /> };
    // The full form (`None`), in two steps: its first two groups with the headline, the page
    // working once they are built; the rest, below the fold on most screens, in the next step.
    // Built in one step, the whole form took about 120 ms at 4x CPU (a median of 7 traced loads),
    // the page's longest step before it worked.
    let rest_of_form = layout.controls.is_none().then(|| {
        stages.later(MORE_CONTROLS, move || {
            let controls = move || view! { <Controls model=source.get() profile=profile part=FormPart::Rest /> };
            view! { {controls} {amounts()} }
        })
    });
    // The model inputs of `list` (an embed's), with the currency and period when it has them.
    let chosen = move |list: Vec<Control>| {
        let amounts = list.contains(&Control::Amounts).then(amounts);
        let controls =
            move || view! { <ControlList model=source.get() profile=profile list=list.clone() /> };
        view! { {controls} {amounts} }
    };
    let form = move || match layout.controls {
        None => Either::Left(view! {
            {move || view! { <Controls model=source.get() profile=profile part=FormPart::Top /> }}
            {rest_of_form}
        }),
        Some(list) => Either::Right(chosen(list)),
    };
    // The results of `shown`, in the page's order.
    let results = {
        let stages = stages.clone();
        move |shown: Vec<Shown>| {
            let has = |part: Shown| shown.contains(&part);
            let below = BelowSignals {
                model,
                money,
                profile,
                seen,
                seen_estimate,
                advice: !embed,
                comparisons: has(Shown::Comparisons),
                chart: has(Shown::Chart),
            };
            let (total, breakdown) = (has(Shown::Total), has(Shown::Breakdown));
            let rest = stages.later(FIRST_SCREEN, move || {
                view! {
                    {sharing()}
                    {total.then(|| view! { <PayMix model=model estimate=seen_estimate money=money /> })}
                }
            });
            let breakdown = breakdown.then(|| {
                stages.later(
                    BREAKDOWN,
                    move || view! { <Breakdown model=model estimate=seen_estimate money=money /> },
                )
            });
            view! {
                {has(Shown::Range).then(|| view! { <Headline model=model estimate=estimate money=money /> })}
                {rest}
                {breakdown}
                {(below.advice || below.comparisons || below.chart).then(|| view! { <Below signals=below /> })}
            }
        }
    };
    let options_open = RwSignal::new(false);
    let all_options = (!other_controls.is_empty() || !other_results.is_empty()).then(|| {
        let controls = (!other_controls.is_empty()).then(|| {
            view! {
                <form class="controls" aria-label="More of your situation" on:submit=|ev| ev.prevent_default()>
                    {chosen(other_controls)}
                </form>
            }
        });
        view! {
            <div class="all-options">
                <DisclosureButton id="all-options" controls="more-options" label="All options" open=options_open />
                <div id="more-options" class="more-options" hidden=move || !options_open.get()>
                    {controls}
                    {results(other_results)}
                </div>
            </div>
        }
    });
    let offers = move || {
        let signals = OffersSignals {
            model,
            estimate,
            money,
            profile,
            pinned,
        };
        (!embed).then(|| view! { <Offers signals=signals /> })
    };

    let page = view! {
        <div class="app" class:embed=embed node_ref=root hidden aria-busy="true">
            <div class="layout-notice"><Notices notices=notices from_last_visit=start.from_last_visit /></div>
            <main class="layout">
                <form id="situation" class="controls" tabindex="-1" aria-label="Your situation" on:submit=|ev| ev.prevent_default()>
                    {stages.later(CONTROLS, form)}
                </form>
                <section class="results" aria-labelledby="results-title">
                    <h2 id="results-title" class="visually-hidden">"Your salary estimate"</h2>
                    {model_note}
                    {edited_note}
                    {results(layout.show)}
                    {stages.later(ANNOUNCER, move || view! { <Announcer model=model estimate=estimate money=money /> })}
                    {stages.later(OFFERS_AND_SOURCES, offers)}
                </section>
            </main>
            {embed.then(|| view! { <footer class="embed-foot">{all_options}{back_link}</footer> })}
            {after_main}
            {stages.later(ANNOUNCER, move || view! {
                {(!embed).then(|| view! { <SummaryBar model=model estimate=estimate money=money /> })}
                {embed.then(|| view! { <EmbedBridge model=model estimate=estimate scenario=scenario /> })}
            })}
        </div>
    };
    let take_over = move |whole| {
        if let Some(root) = root.get_untracked() {
            page::take_over(&root, whole);
        }
    };
    stages.then(WORKING, move || {
        take_over(false);
        page::add_later_stylesheet();
    });
    stages.then(FIRST_SCREEN_WHOLE, move || take_over(true));
    stages.run();
    page
}

/// The start-up's steps (see [`Stages`]): the top of the form (experience, where you work), after
/// which the page works; the rest of the first screen in four (the form's lower groups, the share
/// bar and pay mix, the breakdown, the announcer); then the offers and the sources. The form's
/// lower groups have a step of their own: in the controls' step, they kept the page from working
/// for about 30 ms more at 4x CPU (that step's median 124 against 92 ms, 7 traced cold loads of
/// each build; the page working 1,091 against 1,051 ms, medians of 11 cold loads of each, taken in
/// turn), and no bytes of the first load (the form's groups became one table, `controls::GROUPS`,
/// split after the top's two). Each step is a task of its own so that none is much over 50 ms on
/// a phone (Lighthouse's 4x CPU), which Total Blocking Time counts. The breakdown has a step of
/// its own: with the share bar and the pay mix, its step was the start-up's longest task, and the
/// bare page's TBT in Lighthouse fell from a median of 90 to 40 ms once it was split (8 runs of
/// each build, taken in turn; a link's did not move), for 69 bytes of the first load.
///
/// The page works at the end of the controls' step (`page::take_over`): a user can move a slider
/// and read the headline while the next steps add the form's lower groups, the pay mix and the
/// breakdown below what is shown (a few tens of milliseconds; every key press already redraws the
/// results a frame late, `seen_profile`). Nothing shown moves: in one column, where the results
/// follow the whole form, they wait for it (main.css). Shown only once its first screen was
/// whole, the page worked about 90 ms later at 4x CPU (1,048 against 962 ms, medians of 9 cold
/// loads of each build, taken in turn).
///
/// Before it works, index.html shows its masthead and loading notice, and nothing of the app: a
/// copy of the first screen prerendered into index.html showed the figures sooner on a slow
/// network, but drawing it first made the page work later, 658 against 566 ms at 4x CPU (medians
/// of 11 traced cold loads of each build, taken in turn; the baseline 289), and Lighthouse's
/// largest paint is the masthead's either way.
///
/// The part below the first screen is not one of them: its chunk's download starts in a task of
/// its own, queued as the app mounts (`Below`), so it runs just after the controls' step. Started
/// once the first screen was whole instead, that was 20 to 40 ms sooner at 4x CPU, but
/// Lighthouse's simulated TBT rose by about 35 ms (medians of three sets of 5 and 6 runs taken
/// in turn): a score of 99 in about half the runs, not 100.
const CONTROLS: usize = 1;
const WORKING: usize = CONTROLS;
const MORE_CONTROLS: usize = 2;
const FIRST_SCREEN: usize = 3;
const BREAKDOWN: usize = 4;
const ANNOUNCER: usize = 5;
const FIRST_SCREEN_WHOLE: usize = ANNOUNCER;
const OFFERS_AND_SOURCES: usize = 6;

/// Set once the user opens a model file of their own: a `?model=` file fetched meanwhile leaves
/// it in place. A flag, not a signal: nothing on the page shows it, and a page has one app. As a
/// signal it cost 57 bytes gzip more of the first load; read from `origin`, 156.
static OWN_FILE_OPENED: AtomicBool = AtomicBool::new(false);

/// What happens to a model whose settings cannot be read: nothing.
const KEPT: &str = "the page keeps its model and settings";

/// Adds a notice to those shown.
fn add_notice(notices: RwSignal<Vec<Notice>>, notice: Notice) {
    notices.update(|all| all.push(notice));
}

/// A notice about the `?model=` file.
fn model_notice(message: String) -> Notice {
    Notice {
        key: "model".into(),
        message,
    }
}

/// The code that reads settings did not arrive, and what the page did instead.
fn settings_unread(outcome: &str) -> Notice {
    Notice {
        key: "link".into(),
        message: format!(
            "the code that reads settings could not be loaded (this browser seems to be \
             offline), so {outcome}"
        ),
    }
}
