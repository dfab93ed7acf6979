//! The page around the app: its address, its storage and its parent frame. This is where a
//! scenario comes from on load (a link, else the last visit) and where it goes on change.
//! Everything here fails soft: a browser without storage or clipboard still gets a working page.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::{KEYS, Model, Notice, Profile, query_pairs, read_scenario};

/// Where the last scenario is remembered between visits.
const STORAGE_KEY: &str = "payband:scenario";

/// How the page was opened.
pub struct Start {
    pub profile: Profile,
    /// What the link (or the remembered state) had that could not be used.
    pub notices: Vec<Notice>,
    /// `?embed=1`: the compact layout for an iframe in someone's article.
    pub embed: bool,
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Reads the scenario from the address bar, else (outside embeds) from the last visit.
pub fn start(model: &Model) -> Start {
    let pairs = query_pairs(&search());
    let embed = pairs
        .iter()
        .any(|(key, value)| key == "embed" && value != "0");
    let has_scenario = pairs.iter().any(|(key, _)| KEYS.contains(&key.as_str()));
    let remembered = (!has_scenario && !embed)
        .then(|| storage()?.get_item(STORAGE_KEY).ok().flatten())
        .flatten();
    let (profile, notices) = match remembered {
        Some(saved) => read_scenario(model, query_pairs(&saved)),
        None => read_scenario(model, pairs),
    };
    Start {
        profile,
        notices,
        embed,
    }
}

/// Puts the scenario in the address bar (replacing the entry, never adding history) and, outside
/// embeds, remembers it for the next visit. Parameters that are not ours (`embed`, tracking tags)
/// stay as they were.
pub fn remember(scenario: &str, embed: bool) {
    let location = window().location();
    let mut query: String = search()
        .trim_start_matches('?')
        .split('&')
        .filter(|part| {
            let key = part.split('=').next().unwrap_or("");
            !part.is_empty() && !KEYS.contains(&key)
        })
        .collect::<Vec<_>>()
        .join("&");
    if !scenario.is_empty() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(scenario);
    }
    let mut url = location.pathname().unwrap_or_default();
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }
    url.push_str(&location.hash().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    if !embed && let Some(storage) = storage() {
        let _ = if scenario.is_empty() {
            storage.remove_item(STORAGE_KEY)
        } else {
            storage.set_item(STORAGE_KEY, scenario)
        };
    }
}

/// The app's own address, without query: the base of links and of the embed loader.
/// Read from the browser once: the share link is rebuilt on every slider movement, and the
/// address's origin and path do not change (only its query does).
pub fn app_url() -> String {
    thread_local! {
        static APP_URL: String = {
            let location = window().location();
            let mut url = location.origin().unwrap_or_default();
            url.push_str(&location.pathname().unwrap_or_default());
            url
        };
    }
    APP_URL.with(String::clone)
}

/// The link to the full calculator showing this scenario.
pub fn share_link(scenario: &str) -> String {
    let mut url = app_url();
    if !scenario.is_empty() {
        url.push('?');
        url.push_str(scenario);
    }
    url
}

/// Copies text to the clipboard where the browser allows it; false where it does not (the page
/// then shows the text selected, for the user to copy).
pub fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null());
    if has_clipboard {
        let _ = navigator.clipboard().write_text(text);
    }
    has_clipboard
}

/// The frame that embeds this page, if any.
pub fn parent_frame() -> Option<web_sys::Window> {
    let own = window();
    let parent = own.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &own)).then_some(parent)
}
