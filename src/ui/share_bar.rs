use leptos::prelude::*;

use super::disclosure::DisclosureButton;
use super::effect::effect;
use super::lazy::{EmbedSignals, Slot, show_embed_dialog};
use super::page::{self, Copied};
use super::profile_signal::ProfileSignal;
use super::slot_status::SlotStatus;
use crate::model::{Model, Profile};
use std::sync::Arc;

/// Copy link, Reset and Embed: the scenario leaves the page as a link or as a snippet.
#[component]
pub fn ShareBar(
    /// The loaded model, whose defaults Reset goes back to.
    source: RwSignal<Arc<Model>>,
    profile: ProfileSignal,
    scenario: Memo<String>,
    /// The scenario once input has settled: what the link field shows.
    settled_scenario: ReadSignal<String>,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let show_embed = RwSignal::new(false);
    // What to say once the browser has answered: copied, no clipboard, or refused.
    let copy = move |text: String, says: [&'static str; 3]| {
        let copying = page::copy_text(&text);
        leptos::task::spawn_local(async move {
            let [copied, no_clipboard, refused] = says;
            set_status.set(
                match copying.await {
                    Copied::Yes => copied,
                    Copied::NoClipboard => no_clipboard,
                    Copied::Refused => refused,
                }
                .to_string(),
            );
        });
    };
    const LINK: [&str; 3] = [
        "Link copied.",
        "Copy the link below.",
        "Could not copy: select the link below and copy it yourself.",
    ];
    const SNIPPET: [&str; 3] = [
        "Snippet copied.",
        "Copy the snippet below.",
        "Could not copy: select the snippet below and copy it yourself.",
    ];
    // The dialog's code comes with the first opening.
    let dialog = Slot::new();
    let signals = EmbedSignals {
        scenario,
        settled_scenario,
        copy: Callback::new(move |snippet: String| copy(snippet, SNIPPET)),
    };
    effect(Box::new(move || {
        if show_embed.get() {
            dialog.fill(move |node| show_embed_dialog(node, signals), false);
        }
    }));

    view! {
        <div class="share">
            <div class="share-buttons">
                <button type="button" id="copy-link" class="button" on:click=move |_| copy(page::share_link(&scenario.get()), LINK)>
                    "Copy link"
                </button>
                <button
                    type="button"
                    id="reset"
                    class="button quiet"
                    on:click=move |_| {
                        profile.set(source.with_untracked(|m| Profile::typical(m)));
                        set_status.set("Back to the national baseline.".into());
                    }
                >
                    "Reset"
                </button>
                // Last, right before its panel: Tab goes from the button into the snippet.
                <DisclosureButton id="embed-button" controls="embed-panel" label="Embed" open=show_embed />
            </div>
            <div id="embed-panel" class="embed-panel" hidden=move || !show_embed.get()>
                <div node_ref=dialog.node></div>
                <SlotStatus of=dialog />
            </div>
            <label for="share-link" class="hint">"Link to this scenario"</label>
            <input
                id="share-link"
                class="share-link"
                type="text"
                readonly
                prop:value=move || page::share_link(&settled_scenario.get())
                on:focus=move |ev| {
                    event_target::<web_sys::HtmlInputElement>(&ev).select();
                }
            />
            <p class="share-status" role="status">{status}</p>
        </div>
    }
}
