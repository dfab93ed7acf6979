//! Parts of the page most visitors never open, kept out of the first download: built with the
//! `split` feature (as Trunk builds the app), each is a separate wasm chunk fetched the first
//! time it is needed; without it (tests, clippy) they are plain calls. A part mounts itself in
//! a [`Slot`] with its own reactive root; the signals it reads and writes are the app's.

use leptos::html::Div;
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;

use super::assumptions::Assumptions;
use super::edits::Edits;
use super::offer_table::OfferTable;
use super::rate_row::RateRow;
use crate::model::{Estimate, Model, Money, Profile};

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

/// Mounts `view` in the slot's element, for good.
fn mount_in<V: IntoView + 'static>(node: NodeRef<Div>, view: impl FnOnce() -> V + 'static) {
    if let Some(parent) = node.get_untracked() {
        let parent: web_sys::HtmlElement = parent.into();
        leptos::mount::mount_to(parent, view).forget();
    }
}

/// What the sources panel reads and changes.
#[derive(Clone, Copy)]
pub struct SourcesSignals {
    pub model: Memo<Arc<Model>>,
    pub edits: Edits,
    pub origin: RwSignal<String>,
    pub on_load: Callback<(Model, String)>,
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(sources, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn mount_sources(node: NodeRef<Div>, signals: SourcesSignals) -> Result<(), NotLoaded> {
    let SourcesSignals {
        model,
        edits,
        origin,
        on_load,
    } = signals;
    mount_in(node, move || {
        view! { <Assumptions model=model edits=edits origin=origin on_load=on_load /> }
    });
    Ok(())
}

/// Shows every figure with its source and an input to change it (the model file box too).
pub async fn show_sources(node: NodeRef<Div>, signals: SourcesSignals) -> Result<(), NotLoaded> {
    #[cfg(feature = "split")]
    return mount_sources(node, signals).await;
    #[cfg(not(feature = "split"))]
    return mount_sources(node, signals);
}

/// What the offer table reads.
#[derive(Clone, Copy)]
pub struct OffersSignals {
    pub model: Memo<Arc<Model>>,
    pub estimate: Memo<Estimate>,
    pub money: Memo<Money>,
    pub profile: RwSignal<Profile>,
    pub pinned: RwSignal<Option<Profile>>,
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(offers, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn mount_offers(node: NodeRef<Div>, signals: OffersSignals) -> Result<(), NotLoaded> {
    let OffersSignals {
        model,
        estimate,
        money,
        profile,
        pinned,
    } = signals;
    mount_in(node, move || {
        view! { <OfferTable model=model estimate=estimate money=money profile=profile pinned=pinned /> }
    });
    Ok(())
}

/// Shows the pinned offer and the current settings side by side.
pub async fn show_offers(node: NodeRef<Div>, signals: OffersSignals) -> Result<(), NotLoaded> {
    #[cfg(feature = "split")]
    return mount_offers(node, signals).await;
    #[cfg(not(feature = "split"))]
    return mount_offers(node, signals);
}

/// What the exchange rate row reads and changes.
#[derive(Clone, Copy)]
pub struct RateSignals {
    pub model: Memo<Arc<Model>>,
    pub edits: Edits,
    pub currency: RwSignal<usize>,
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(rate, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn mount_rate(node: NodeRef<Div>, signals: RateSignals) -> Result<(), NotLoaded> {
    let RateSignals {
        model,
        edits,
        currency,
    } = signals;
    mount_in(node, move || {
        view! { <RateRow model=model edits=edits currency=currency /> }
    });
    Ok(())
}

/// Shows the chosen currency's exchange rate, editable.
pub async fn show_rate(node: NodeRef<Div>, signals: RateSignals) -> Result<(), NotLoaded> {
    #[cfg(feature = "split")]
    return mount_rate(node, signals).await;
    #[cfg(not(feature = "split"))]
    return mount_rate(node, signals);
}

/// Reads and checks a model file's bytes: the JSON reader is only needed for models other than
/// the built-in one. Errors as the page shows them, one per problem.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(reader, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn parse_model(bytes: Vec<u8>) -> Result<Result<Model, Vec<String>>, NotLoaded> {
    Ok(Model::parse_bytes(&bytes)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect()))
}

/// A model file's bytes as a model, or what is wrong with them (the reader's code is fetched
/// first when it is split off).
pub async fn read_model(bytes: Vec<u8>) -> Result<Model, Vec<String>> {
    #[cfg(feature = "split")]
    let read = parse_model(bytes).await;
    #[cfg(not(feature = "split"))]
    let read = parse_model(bytes);
    read.unwrap_or_else(|NotLoaded| {
        Err(vec![
            "the code that reads model files could not be loaded (this browser seems to be offline)"
                .to_string(),
        ])
    })
}
