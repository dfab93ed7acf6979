//! Code most visitors never need, kept out of the first download: the parts of the page they
//! never open, and the readers of links and model files (a first visit to the bare page reads
//! neither). Built with the `split` feature (as Trunk builds the app), each is a separate wasm
//! chunk fetched the first time it is needed; without it (tests, clippy) they are plain calls.
//! A part of the page mounts itself in a [`Slot`] with its own reactive root; the signals it
//! reads and writes are the app's.

use leptos::html::Div;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;

use super::assumptions::Assumptions;
use super::career_chart::CareerChart;
use super::comparisons::Comparisons;
use super::edits::{Edits, edited_model};
use super::embed_dialog::EmbedDialog;
use super::negotiation::Negotiation;
use super::next_steps::NextSteps;
use super::offer_table::OfferTable;
use super::outlook::Outlook;
use super::page;
use super::profile_signal::ProfileSignal;
use super::rate_row::RateRow;
use super::stages::{Stages, mount_in};
use crate::model::{
    Estimate, Model, Money, Notice, Profile, Settings, is_settings_key, read_settings,
};

/// A part's chunk did not arrive (offline before it was ever fetched).
#[derive(Debug)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// How far a slot's part got.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SlotState {
    Empty,
    Loading,
    Shown,
    Failed,
}

/// Where a lazily loaded part goes, and its state, as a copyable handle.
#[derive(Clone, Copy)]
pub struct Slot {
    pub node: NodeRef<Div>,
    pub state: RwSignal<SlotState>,
}

impl Slot {
    pub fn new() -> Self {
        Self {
            node: NodeRef::new(),
            state: RwSignal::new(SlotState::Empty),
        }
    }

    pub fn shown(self) -> bool {
        self.state.get() == SlotState::Shown
    }

    /// Fetches and mounts the part unless it is there or on its way; `focus` moves the
    /// keyboard focus into it once shown (the button that asked for it is gone by then).
    pub fn fill<F>(self, show: impl FnOnce(NodeRef<Div>) -> F + 'static, focus: bool)
    where
        F: Future<Output = Result<(), NotLoaded>> + 'static,
    {
        if matches!(
            self.state.get_untracked(),
            SlotState::Loading | SlotState::Shown
        ) {
            return;
        }
        self.state.set(SlotState::Loading);
        leptos::task::spawn_local(async move {
            let shown = show(self.node).await;
            self.state.set(if shown.is_ok() {
                SlotState::Shown
            } else {
                SlotState::Failed
            });
            if shown.is_ok()
                && focus
                && let Some(node) = self.node.get_untracked()
            {
                let _ = node.focus();
            }
        });
    }
}

/// Swaps in the built-in model's quotes and reasons, which the page starts without (see
/// [`Model::built_in_unexplained`]), for the parts that show them. Only texts differ, so the
/// components that read the loaded model (the controls) are not told; the edited model is
/// derived again, for the "Before:" text of changed figures. Its numbers, and with them every
/// figure on the page, stay the same.
fn explain(edits: Edits) {
    if edits.source.with_untracked(|model| !model.explained) {
        edits.explain_source(Arc::new(Model::built_in()));
    }
}

/// Declares a part fetched when first needed: `$split` runs in the wasm chunk `split_$chunk`
/// (with the `split` feature; a plain function without), `$entry` is how the page calls it,
/// fetching the chunk first.
macro_rules! split_point {
    (
        $(#[$doc:meta])*
        $chunk:ident: pub async fn $entry:ident,
        fn $split:ident($($arg:ident: $type:ty),*) -> $out:ty $body:block
    ) => {
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
        )]
        fn $split($($arg: $type),*) -> Result<$out, NotLoaded> $body

        $(#[$doc])*
        pub async fn $entry($($arg: $type),*) -> Result<$out, NotLoaded> {
            #[cfg(feature = "split")]
            return $split($($arg),*).await;
            #[cfg(not(feature = "split"))]
            return $split($($arg),*);
        }
    };
}

/// What the sources panel reads and changes: the props of `Sources` and `Assumptions`, and what
/// crosses into the panel's chunk.
#[derive(Clone, Copy)]
pub struct SourcesSignals {
    pub model: Memo<Arc<Model>>,
    pub edits: Edits,
    /// Where the loaded model came from, for "Model in use".
    pub origin: RwSignal<String>,
    /// Uses a model read from a file (the app converts the scenario to it).
    pub on_load: Callback<(Model, String)>,
}

split_point! {
    /// Shows every figure with its source and an input to change it (the model file box too).
    sources: pub async fn show_sources,
    fn mount_sources(node: NodeRef<Div>, signals: SourcesSignals) -> () {
        explain(signals.edits);
        mount_in(node, move || view! { <Assumptions signals=signals /> });
        Ok(())
    }
}

/// What the offer comparison reads and changes: the props of `Offers` and `OfferTable`, and what
/// crosses into the table's chunk.
#[derive(Clone, Copy)]
pub struct OffersSignals {
    pub model: Memo<Arc<Model>>,
    pub estimate: Memo<Estimate>,
    pub money: Memo<Money>,
    pub profile: ProfileSignal,
    pub pinned: RwSignal<Option<Profile>>,
}

split_point! {
    /// Shows the pinned offer and the current settings side by side.
    offers: pub async fn show_offers,
    fn mount_offers(node: NodeRef<Div>, signals: OffersSignals) -> () {
        mount_in(node, move || view! { <OfferTable signals=signals /> });
        Ok(())
    }
}

/// What the results below the first screen read and change: the comparisons, the career chart,
/// and the advice (next steps, negotiation, outlook); what crosses into their chunk.
#[derive(Clone, Copy)]
pub struct BelowSignals {
    pub model: Memo<Arc<Model>>,
    pub money: Memo<Money>,
    pub profile: ProfileSignal,
    /// Notified a frame after each change of the profile (`seen_profile`), and the estimate as
    /// of then: this part shows the page's own a frame later.
    pub seen: Trigger,
    pub seen_estimate: Memo<Estimate>,
    /// Next steps, negotiation and outlook too (not in an embed).
    pub advice: bool,
    pub comparisons: bool,
    pub chart: bool,
}

split_point! {
    /// Shows the results below the first screen on any device: fetched as soon as the page
    /// runs and computed on every change like the figures above them (a frame after them:
    /// `seen_profile`), but not part of the first load, nor of the work before the
    /// first frame.
    below: pub async fn show_below,
    fn mount_below(node: NodeRef<Div>, signals: BelowSignals) -> () {
        let BelowSignals { model, money, profile, seen, seen_estimate: estimate, advice, comparisons, chart } = signals;
        let seen = Memo::new(move |_| {
            seen.track();
            profile.get_untracked()
        });
        mount_in(node, move || {
            // A task for each part, as the page's own start-up (see `Stages`), and none in the
            // chunk's arrival, which with the next steps in it was the start-up's longest task.
            let stages = Stages::default();
            let next = advice.then(|| stages.later(1, move || view! { <NextSteps signals=signals seen=seen /> }));
            let negotiation = advice.then(|| stages.later(2, move || view! { <Negotiation signals=signals seen=seen /> }));
            let comparisons = comparisons.then(|| stages.later(2, move || view! { <Comparisons estimate=estimate money=money /> }));
            let chart = chart.then(|| stages.later(3, move || view! { <CareerChart model=model estimate=estimate money=money /> }));
            let outlook = advice.then(|| stages.later(3, move || view! { <Outlook signals=signals /> }));
            stages.run();
            view! { {next} {negotiation} {comparisons} {chart} {outlook} }
        });
        Ok(())
    }
}

/// What the embed dialog reads and does: its props, and what crosses into its chunk.
#[derive(Clone, Copy)]
pub struct EmbedSignals {
    /// The live scenario, for the snippet (copied at once, even mid-drag).
    pub scenario: Memo<String>,
    /// The scenario once input settles, for the preview (which reloads when it changes).
    pub settled_scenario: ReadSignal<String>,
    /// Copies a snippet and says what happened.
    pub copy: Callback<String>,
}

split_point! {
    /// Shows the embed dialog: the author's choices, the snippet and a live preview.
    embedder: pub async fn show_embed_dialog,
    fn mount_embed_dialog(node: NodeRef<Div>, signals: EmbedSignals) -> () {
        mount_in(node, move || view! { <EmbedDialog signals=signals /> });
        Ok(())
    }
}

/// What the exchange rate row reads and changes: its props, and what crosses into its chunk.
#[derive(Clone, Copy)]
pub struct RateSignals {
    pub model: Memo<Arc<Model>>,
    pub edits: Edits,
    pub currency: RwSignal<usize>,
}

split_point! {
    /// Shows the chosen currency's exchange rate, editable.
    rate: pub async fn show_rate,
    fn mount_rate(node: NodeRef<Div>, signals: RateSignals) -> () {
        explain(signals.edits);
        mount_in(node, move || view! { <RateRow signals=signals /> });
        Ok(())
    }
}

split_point! {
    /// Reads and checks a model file's bytes: the JSON reader is only needed for models other
    /// than the built-in one. Errors as the page shows them, one per problem.
    reader: pub async fn parse_model,
    fn parse_in_chunk(bytes: Vec<u8>) -> Result<Model, Vec<String>> {
        let read = Model::parse_bytes(&bytes);
        Ok(read.map_err(|errors| errors.iter().map(ToString::to_string).collect()))
    }
}

split_point! {
    /// Reads settings from key/value pairs, checking changed figures against the model's rules:
    /// the link reader and the rules are only needed when the page opens with settings (a link,
    /// the last visit) or is given another model.
    links: pub async fn read_in_links_chunk,
    fn read_settings_in_chunk(model: Arc<Model>, pairs: Vec<(String, String)>) -> Opening {
        let (settings, notices) = read_settings(&model, pairs);
        let edited = edited_model(&model, &settings.edits);
        Ok(Opening { settings, notices, edited })
    }
}

split_point! {
    /// Nothing but the link reader's chunk: using another model reads the settings again.
    links: pub async fn links_loaded,
    fn links_loaded_in_chunk() -> () {
        Ok(())
    }
}

/// Settings as read from a link, with what was wrong with them and the model their edits make
/// (applied in the link reader's chunk, see `Edits`).
pub struct Opening {
    pub settings: Settings,
    pub notices: Vec<Notice>,
    pub edited: Arc<Model>,
}

impl Opening {
    /// The typical settings: no edits, so the model as it is.
    pub fn typical(model: &Arc<Model>, notices: Vec<Notice>) -> Self {
        Self {
            settings: Settings::typical(model),
            notices,
            edited: Arc::clone(model),
        }
    }
}

/// The settings `pairs` describe for `model`; at once, with nothing fetched, when they name no
/// settings.
pub async fn read_link(
    model: &Arc<Model>,
    pairs: Vec<(String, String)>,
) -> Result<Opening, NotLoaded> {
    if pairs.iter().any(|(key, _)| is_settings_key(key)) {
        read_in_links_chunk(Arc::clone(model), pairs).await
    } else {
        Ok(Opening::typical(model, Vec::new()))
    }
}

/// A model file's bytes as fetched, or why they could not be.
type Fetched = Pin<Box<dyn Future<Output = Result<Vec<u8>, String>>>>;

split_point! {
    /// Fetches a model file from this site: only `?model=` needs it, so it comes with the reader.
    reader: pub async fn fetch_in_reader_chunk,
    fn fetch_in_chunk(url: String) -> Fetched {
        Ok(Box::pin(async move { within_time(page::fetch_same_origin(&url)).await }))
    }
}

/// How long a model file may take to download: a megabyte, the most a file may be, over a slow
/// mobile connection. A server that never answers, or stops half way, gets a notice then, and
/// the page goes on with the model it has.
const MODEL_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// `fetch`, unless it takes longer than [`MODEL_TIMEOUT`].
async fn within_time(
    fetch: impl Future<Output = Result<Vec<u8>, String>>,
) -> Result<Vec<u8>, String> {
    let (ring, rung) = futures_channel::oneshot::channel::<()>();
    set_timeout(
        move || {
            let _ = ring.send(());
        },
        MODEL_TIMEOUT,
    );
    let mut rung = std::pin::pin!(rung);
    let mut fetch = std::pin::pin!(fetch);
    std::future::poll_fn(|context| {
        if let Poll::Ready(fetched) = fetch.as_mut().poll(context) {
            return Poll::Ready(fetched);
        }
        rung.as_mut().poll(context).map(|_| {
            Err(format!(
                "it did not arrive within {} seconds",
                MODEL_TIMEOUT.as_secs()
            ))
        })
    })
    .await
}

/// The model file at `url` (`?model=`, same site only), read as [`read_model`] reads any file.
pub async fn fetch_model(url: String) -> Result<Model, Vec<String>> {
    let fetched = match fetch_in_reader_chunk(url).await {
        Ok(fetching) => fetching.await,
        Err(NotLoaded) => Err(READER_OFFLINE.to_string()),
    };
    match fetched {
        Ok(bytes) => read_model(bytes).await,
        Err(reason) => Err(vec![reason]),
    }
}

/// Why a model file could not be read when the reader's chunk cannot be fetched.
const READER_OFFLINE: &str =
    "the code that reads model files could not be loaded (this browser seems to be offline)";

/// How many problems of a broken model file are listed; the rest are counted.
const LISTED_PROBLEMS: usize = 12;

/// A model file's bytes as a model, or what is wrong with them as the page lists them, wherever
/// the file came from (`?model=`, or opened from disk): the first twelve problems, then how many
/// more. The reader's code is fetched first when it is split off.
pub async fn read_model(bytes: Vec<u8>) -> Result<Model, Vec<String>> {
    let read = parse_model(bytes)
        .await
        .unwrap_or_else(|NotLoaded| Err(vec![READER_OFFLINE.to_string()]));
    let model = read.map_err(|mut problems| {
        if problems.len() > LISTED_PROBLEMS {
            let more = problems.len() - LISTED_PROBLEMS;
            problems.truncate(LISTED_PROBLEMS);
            problems.push(format!("and {more} more"));
        }
        problems
    })?;
    // Using the model reads the settings again, with the link reader: fetched now, so that a
    // model the page could not switch to is refused here, before anything changes.
    links_loaded()
        .await
        .map_err(|NotLoaded| vec![READER_OFFLINE.to_string()])?;
    Ok(model)
}
