//! The page around the app: its address, its storage and its parent frame. This is where a
//! scenario comes from on load (a link, else the last visit) and where it goes on change.
//! Everything here fails soft: a browser without storage or clipboard still gets a working page.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::{MAX_FILE_BYTES, is_settings_key, query_pairs, query_string, too_large};

/// Where the last scenario is remembered between visits.
const STORAGE_KEY: &str = "payband:scenario";

/// How the page was opened.
pub struct Start {
    /// The settings to read: the link's, else (outside embeds) the last visit's.
    pub pairs: Vec<(String, String)>,
    /// `?embed=1`: the compact layout for an iframe in someone's article.
    pub embed: bool,
    /// `?model=`: a model file to use instead of the built-in one.
    pub model_url: Option<String>,
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Reads the address bar, and the last visit's settings when the address has none.
pub fn start() -> Start {
    let pairs = query_pairs(&search());
    let value_of = |name: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    let embed = value_of("embed").is_some_and(|value| value != "0");
    let model_url = value_of("model").filter(|url| !url.trim().is_empty());
    MODEL_URL.with(|cell| {
        let _ = cell.set(model_url.clone());
    });
    let has_settings = pairs.iter().any(|(key, _)| is_settings_key(key));
    let remembered = (!has_settings && !embed)
        .then(|| storage()?.get_item(STORAGE_KEY).ok().flatten())
        .flatten();
    Start {
        pairs: match remembered {
            Some(saved) => query_pairs(&saved),
            None => pairs,
        },
        embed,
        model_url,
    }
}

/// Puts the scenario in the address bar (replacing the entry, never adding history) and, outside
/// embeds, remembers it for the next visit. Parameters that are not ours (`embed`, tracking tags)
/// stay as they were.
pub fn remember(scenario: &str, embed: bool) {
    let location = window().location();
    let current = search();
    let mut query: String = current
        .trim_start_matches('?')
        .split('&')
        .filter(|part| {
            let key = part.split('=').next().unwrap_or("");
            !part.is_empty() && !is_settings_key(key)
        })
        .collect::<Vec<_>>()
        .join("&");
    if !scenario.is_empty() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(scenario);
    }
    // Only what changes is written: a first visit to the bare page, and a drag that ends where
    // it began, leave both alone (each write costs the browser a few milliseconds). The path and
    // the fragment stay as they are, so the query alone tells.
    if query != current.trim_start_matches('?')
        && let Ok(history) = window().history()
    {
        let mut url = location.pathname().unwrap_or_default();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query);
        }
        url.push_str(&location.hash().unwrap_or_default());
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    if !embed && let Some(storage) = storage() {
        let stored = storage.get_item(STORAGE_KEY).ok().flatten();
        let _ = match stored {
            Some(_) if scenario.is_empty() => storage.remove_item(STORAGE_KEY),
            _ if !scenario.is_empty() && stored.as_deref() != Some(scenario) => {
                storage.set_item(STORAGE_KEY, scenario)
            }
            _ => Ok(()),
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

thread_local! {
    /// The `?model=` the page was opened with: links and embed snippets carry it on.
    static MODEL_URL: std::cell::OnceCell<Option<String>> = const { std::cell::OnceCell::new() };
}

/// The model file address the page was opened with, if any.
pub fn model_url() -> Option<String> {
    MODEL_URL.with(|cell| cell.get().cloned().flatten())
}

/// The link to the full calculator showing this scenario (with its model file, if any).
pub fn share_link(scenario: &str) -> String {
    let mut url = app_url();
    let mut query = String::new();
    if let Some(model) = model_url() {
        query = query_string(&[("model", model)]);
    }
    if !scenario.is_empty() {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(scenario);
    }
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
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

/// Fetches a model file from this page's own origin: other origins are refused before any request,
/// so `?model=` can never make the page call a third party.
pub async fn fetch_same_origin(url: &str) -> Result<Vec<u8>, String> {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(url, &here)
        .map_err(|_| "it is not a valid address".to_string())?;
    if resolved.origin() != location.origin().unwrap_or_default() {
        return Err(
            "only model files on this site can be used (the address is on another site)".into(),
        );
    }
    let failed = |_| "it could not be downloaded".to_string();
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&resolved.href()))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    if bytes.length() as usize > MAX_FILE_BYTES {
        return Err(too_large(bytes.length() as usize).message);
    }
    Ok(bytes.to_vec())
}

/// Reads a file the user picked, refusing one over the size limit before reading it.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        return Err(too_large(size).to_string());
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "the file could not be read".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Offers `text` as a file download, without a server: a data URL on a temporary link.
pub fn download(file_name: &str, text: &str) {
    let Ok(link) = document().create_element("a") else {
        return;
    };
    let mut href = String::from("data:application/json;charset=utf-8,");
    href.push_str(&String::from(js_sys::encode_uri_component(text)));
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("download", file_name);
    if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
        link.click();
    }
}
