//! The page around the app: its address, its storage and its parent frame. This is where a
//! scenario comes from on load (a link, else the last visit) and where it goes on change.
//! Everything here fails soft: a browser without storage or clipboard still gets a working page.

use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::{
    EmbedLayout, MAX_FILE_BYTES, is_settings_key, query_pairs, query_string, read_embed_layout,
    too_large,
};

/// Where the last scenario is remembered between visits.
const STORAGE_KEY: &str = "payband:scenario";

/// How the page was opened.
pub struct Start {
    /// The settings to read: the link's, else (outside embeds) the last visit's.
    pub pairs: Vec<(String, String)>,
    /// `?embed=1`: the compact layout for an iframe in someone's article.
    pub embed: bool,
    /// In an embed, what shows at once (`controls=`, `show=`); the rest is behind "All options".
    pub layout: EmbedLayout,
    /// `?model=`: a model file to use instead of the built-in one.
    pub model_url: Option<String>,
    /// The settings are the last visit's: notices about them name it, not a link.
    pub from_last_visit: bool,
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
    let (layout, warnings) =
        read_embed_layout(value_of("controls").as_deref(), value_of("show").as_deref());
    if embed {
        // For the embedding page's author, in the console: nothing of it reaches the page.
        for warning in warnings {
            leptos::logging::warn!("{warning}");
        }
    }
    let model_url = value_of("model").filter(|url| !url.trim().is_empty());
    MODEL_URL.with(|cell| {
        let _ = cell.set(model_url.clone());
    });
    let has_settings = pairs.iter().any(|(key, _)| is_settings_key(key));
    // A model file's scenario is not remembered (`app`), nor read for one.
    let remembered = (!has_settings && !embed && model_url.is_none())
        .then(|| storage()?.get_item(STORAGE_KEY).ok().flatten())
        .flatten();
    Start {
        from_last_visit: remembered.is_some(),
        pairs: match remembered {
            Some(saved) => query_pairs(&saved),
            None => pairs,
        },
        embed,
        layout,
        model_url,
    }
}

/// Puts the scenario in the address bar (replacing the entry, never adding history) and, when
/// `for_next_visit` (not an embed's, nor a model file's), remembers it for the next visit.
/// Parameters that are not ours (`embed`, tracking tags) stay as they were.
pub fn remember(scenario: &str, for_next_visit: bool) {
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
    if for_next_visit && let Some(storage) = storage() {
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

/// What became of a copy to the clipboard.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Copied {
    Yes,
    /// The browser has no clipboard for pages (an insecure origin, an old browser).
    NoClipboard,
    /// The browser refused: no permission, or the page did not have the focus.
    Refused,
}

/// Copies text to the clipboard, and then tells what the browser answered: it may refuse, and
/// the page must not say the text was copied. The copy starts at once, in the click that asked
/// for it: some browsers allow it only there.
pub fn copy_text(text: &str) -> impl Future<Output = Copied> + use<> {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null());
    let written = has_clipboard.then(|| JsFuture::from(navigator.clipboard().write_text(text)));
    async move {
        match written {
            None => Copied::NoClipboard,
            Some(written) => match written.await {
                Ok(_) => Copied::Yes,
                Err(_) => Copied::Refused,
            },
        }
    }
}

/// The frame that embeds this page, if any.
pub fn parent_frame() -> Option<web_sys::Window> {
    let own = window();
    let parent = own.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &own)).then_some(parent)
}

/// Fetches a model file from this page's own site. `?model=` comes from a link anyone can write,
/// and this site vouches only for its own files: an address elsewhere is refused before any
/// request, a redirect is not followed (an open redirect here would lead anywhere), and no more
/// than [`MAX_FILE_BYTES`] are downloaded. Each refusal says why, as the page shows it.
pub async fn fetch_same_origin(url: &str) -> Result<Vec<u8>, String> {
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(url, &here)
        .map_err(|_| "it is not a valid address".to_string())?;
    off_site(
        &resolved.protocol(),
        &resolved.origin(),
        &location.origin().unwrap_or_default(),
    )?;
    let failed = |_| "it could not be downloaded".to_string();
    let init = web_sys::RequestInit::new();
    init.set_redirect(web_sys::RequestRedirect::Manual);
    let response: web_sys::Response =
        JsFuture::from(window().fetch_with_str_and_init(&resolved.href(), &init))
            .await
            .map_err(failed)?
            .unchecked_into();
    if response.type_() == web_sys::ResponseType::Opaqueredirect {
        return Err(REDIRECTED.into());
    }
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let declared = response.headers().get("content-length").ok().flatten();
    if let Some(bytes) = declared.and_then(|length| length.trim().parse::<usize>().ok())
        && bytes > MAX_FILE_BYTES
    {
        return Err(too_large(bytes).message);
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    // Read a chunk at a time: a file without a length, or longer than it said, is cut off
    // (and its download cancelled) as soon as it passes the limit.
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let read: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(failed)?
            .unchecked_into();
        if read.get_done().unwrap_or(true) {
            return Ok(bytes);
        }
        let chunk = js_sys::Uint8Array::new(&read.get_value());
        if let Err(reason) = within_limit(bytes.len(), chunk.length() as usize) {
            let _ = reader.cancel();
            return Err(reason);
        }
        bytes.extend(chunk.to_vec());
    }
}

/// Why the page does not fetch a redirected model file.
const REDIRECTED: &str = "the server sent it on to another address, and model files are not \
                          fetched through redirects";

/// Why a page with no site of its own does not fetch model files.
const NO_SITE: &str = "this page was not opened from a web site, so it has no site to fetch \
                       model files from";

/// Why a model file at an address with `protocol` and `origin` is not this site's, for a page
/// whose address has the origin `own`. A page not opened from a web server (`file:` in some
/// browsers, `data:`, `about:srcdoc`) has the origin "null", as `data:` addresses do: they
/// would match.
fn off_site(protocol: &str, origin: &str, own: &str) -> Result<(), String> {
    if own == "null" {
        return Err(NO_SITE.into());
    }
    if protocol != "http:" && protocol != "https:" {
        return Err(format!(
            "only model files on this site can be used (a “{protocol}” address is not on a site)"
        ));
    }
    if origin != own {
        return Err(
            "only model files on this site can be used (the address is on another site)".into(),
        );
    }
    Ok(())
}

/// Whether `more` bytes after `read` keep a download within [`MAX_FILE_BYTES`], and if not why.
fn within_limit(read: usize, more: usize) -> Result<(), String> {
    if read + more > MAX_FILE_BYTES {
        return Err(format!(
            "the file is larger than {} KB, the most a model file may be",
            MAX_FILE_BYTES / 1000
        ));
    }
    Ok(())
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

#[wasm_bindgen]
extern "C" {
    /// Replaces the loading notice with the app (`root`, hidden until now) or, once its first
    /// screen is `whole`, marks it no longer busy: index.html's `paybandTakeOver`, beside the
    /// start-up's failure handler, which also writes the loading notice.
    #[wasm_bindgen(js_name = paybandTakeOver)]
    pub fn take_over(root: &web_sys::HtmlElement, whole: bool);
}

/// Moves the keyboard focus to the element `id`, if the page has it: for a button that hides
/// itself when pressed, whose focus would otherwise fall back to the page's start.
pub fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Adds style/later.css, the stylesheet of the parts lazily loaded chunks draw (build.rs names
/// it). Added by script, it blocks nothing: the first screen needs only style/main.css.
pub fn add_later_stylesheet() {
    let Ok(link) = document().create_element("link") else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", env!("PAYBAND_LATER_CSS"));
    if let Some(body) = document().body() {
        let _ = body.append_child(&link);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    const HERE: &str = "https://example.com";

    #[test]
    fn only_this_sites_web_addresses_are_fetched() {
        assert_eq!(off_site("https:", HERE, HERE), Ok(()));
        let elsewhere = off_site("https:", "https://example.org", HERE).unwrap_err();
        assert!(elsewhere.contains("on another site"), "{elsewhere}");
        // `data:` has the origin "null": refused by its protocol, and on a page whose address
        // has the origin "null" too, refused before anything else.
        let data = off_site("data:", "null", HERE).unwrap_err();
        assert!(
            data.contains("a “data:” address is not on a site"),
            "{data}"
        );
        let no_site = off_site("data:", "null", "null").unwrap_err();
        assert!(no_site.contains("not opened from a web site"), "{no_site}");
        assert!(off_site("http:", "null", "null").is_err());
    }

    #[test]
    fn a_download_stops_past_the_limit() {
        assert_eq!(within_limit(0, MAX_FILE_BYTES), Ok(()));
        assert_eq!(within_limit(MAX_FILE_BYTES - 10, 10), Ok(()));
        let over = within_limit(MAX_FILE_BYTES - 10, 11).unwrap_err();
        assert!(over.contains("larger than 1000 KB"), "{over}");
    }
}
