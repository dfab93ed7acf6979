use leptos::prelude::*;

use super::lazy::EmbedSignals;
use super::page;
use crate::model::{Control, DEFAULT_CONTROLS, DEFAULT_SHOW, Shown, query_pairs, query_string};

/// The embed's themes: `auto` follows the reader's system.
const THEMES: [(&str, &str); 3] = [
    ("auto", "The reader's system"),
    ("light", "Light"),
    ("dark", "Dark"),
];

/// Words for a control's checkbox.
fn control_label(control: Control) -> &'static str {
    match control {
        Control::Experience => "Experience",
        Control::Position => "Place in the range",
        Control::Location => "Location",
        Control::Remote => "Remote arrangement",
        Control::Language => "Primary language",
        Control::Skills => "Skills",
        Control::Certifications => "Certifications",
        Control::Industry => "Industry",
        Control::Company => "Company type",
        Control::Track => "Career track",
        Control::Amounts => "Currency and period",
    }
}

/// Words for a result's checkbox.
fn shown_label(shown: Shown) -> &'static str {
    match shown {
        Shown::Range => "The range and your base",
        Shown::Total => "Total compensation",
        Shown::Breakdown => "Why this number",
        Shown::Comparisons => "Comparisons",
        Shown::Chart => "Career chart",
    }
}

/// What an author chose: the embed's own query keys, defaults left out (`controls`, `show`,
/// `theme`), in the loader's attribute order.
fn choices(controls: &[Control], shown: &[Shown], theme: &str) -> Vec<(&'static str, String)> {
    let names = |keys: Vec<&str>| keys.join(",");
    let mut out = Vec::new();
    if controls != DEFAULT_CONTROLS {
        out.push((
            "controls",
            names(controls.iter().map(|c| c.key()).collect()),
        ));
    }
    if shown != DEFAULT_SHOW {
        out.push(("show", names(shown.iter().map(|s| s.key()).collect())));
    }
    if theme != "auto" {
        out.push(("theme", theme.to_string()));
    }
    out
}

/// Escapes a value for an HTML attribute in double quotes.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// "Embed in your article": the author picks the controls, the results and the theme; the
/// snippet follows, and a preview shows the real embed as the loader will draw it.
#[component]
pub fn EmbedDialog(signals: EmbedSignals) -> impl IntoView {
    let EmbedSignals {
        scenario,
        settled_scenario,
        copy,
    } = signals;
    let controls = RwSignal::new(DEFAULT_CONTROLS.to_vec());
    let shown = RwSignal::new(DEFAULT_SHOW.to_vec());
    let theme = RwSignal::new("auto");
    let base = move || {
        let url = page::app_url();
        url.rsplit_once('/')
            .map_or(url.clone(), |(folder, _)| folder.to_string())
    };
    let chosen = Memo::new(move |_| controls.with(|c| shown.with(|s| choices(c, s, theme.get()))));
    let snippet = move || {
        let model = page::model_url().map_or(String::new(), |url| {
            format!(" data-model=\"{}\"", attribute(&url))
        });
        let extra: String = chosen.with(|chosen| {
            chosen
                .iter()
                .map(|(key, value)| format!(" data-{key}=\"{}\"", attribute(value)))
                .collect()
        });
        format!(
            "<div data-payband data-src=\"{base}/\" data-scenario=\"{}\"{model}{extra}></div>\n<script src=\"{base}/embed.js\" async></script>",
            attribute(&scenario.get()),
            base = base(),
        )
    };
    // What the loader makes of the snippet: the scenario, the model, the choices, then embed=1.
    // The settled scenario, so the preview does not reload at every step of a slider.
    let preview = move || {
        let mut pairs: Vec<(String, String)> = query_pairs(&settled_scenario.get());
        if let Some(model) = page::model_url() {
            pairs.push(("model".into(), model));
        }
        chosen.with(|chosen| {
            pairs.extend(
                chosen
                    .iter()
                    .map(|(key, value)| (key.to_string(), value.clone())),
            )
        });
        pairs.push(("embed".into(), "1".into()));
        format!("{}/?{}", base(), query_string(&pairs))
    };
    // The preview sizes itself as the loader's iframes do: from the embed's height messages.
    let (height, set_height) = signal(480);
    let listener = window_event_listener(leptos::ev::message, move |event| {
        let same_site = event.origin() == window().location().origin().unwrap_or_default();
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        let tall = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|v| v.as_f64());
        if let (true, Some("payband:height"), Some(tall)) = (same_site, kind.as_deref(), tall) {
            set_height.set(tall.clamp(100.0, 4000.0).ceil() as i32);
        }
    });
    on_cleanup(move || listener.remove());
    let toggle_control = move |control: Control, on: bool| {
        controls.update(|list| {
            list.retain(|c| *c != control);
            if on {
                list.push(control);
                // In the page's order: the checkboxes' own.
                list.sort_by_key(|c| Control::ALL.iter().position(|a| a == c));
            }
        })
    };
    let toggle_shown = move |part: Shown, on: bool| {
        shown.update(|list| {
            list.retain(|s| *s != part);
            if on {
                list.push(part);
                list.sort_by_key(|s| Shown::ALL.iter().position(|a| a == s));
            }
        })
    };
    // One labelled checkbox for a choice of the author's.
    let checkbox =
        move |id: String, label: &'static str, checked: Signal<bool>, set: Callback<bool>| {
            view! {
                <label class="choice">
                    <input
                        type="checkbox"
                        id=id
                        prop:checked=checked
                        on:change=move |ev| set.run(event_target_checked(&ev))
                    />
                    {label}
                </label>
            }
        };
    let control_boxes = Control::ALL
        .into_iter()
        .map(|control| {
            checkbox(
                format!("embed-control-{}", control.key()),
                control_label(control),
                Signal::derive(move || controls.with(|list| list.contains(&control))),
                Callback::new(move |on| toggle_control(control, on)),
            )
        })
        .collect_view();
    let shown_boxes = Shown::ALL
        .into_iter()
        .map(|part| {
            checkbox(
                format!("embed-show-{}", part.key()),
                shown_label(part),
                Signal::derive(move || shown.with(|list| list.contains(&part))),
                Callback::new(move |on| toggle_shown(part, on)),
            )
        })
        .collect_view();
    let theme_radios = THEMES
        .into_iter()
        .map(|(value, label)| {
            let id = format!("embed-theme-{value}");
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="embed-theme"
                        id=id
                        value=value
                        prop:checked=move || theme.get() == value
                        on:change=move |_| theme.set(value)
                    />
                    {label}
                </label>
            }
        })
        .collect_view();

    view! {
        <div class="embed-dialog">
            <fieldset class="embed-choices">
                <legend>"Controls the reader sees at once"</legend>
                {control_boxes}
            </fieldset>
            <fieldset class="embed-choices">
                <legend>"Results shown at once"</legend>
                {shown_boxes}
            </fieldset>
            <fieldset class="embed-choices">
                <legend>"Colours"</legend>
                {theme_radios}
            </fieldset>
            <p class="hint">"Everything else waits behind the embed's “All options” button."</p>
            <label for="embed-snippet">"Paste this where the calculator should appear in your article:"</label>
            <textarea id="embed-snippet" readonly rows="4" prop:value=snippet></textarea>
            <button type="button" id="copy-snippet" class="button" on:click=move |_| copy.run(snippet())>"Copy snippet"</button>
            <p class="hint">"Preview: the embed as your readers will see it."</p>
            <iframe
                id="embed-preview"
                title="Preview of the embed"
                src=preview
                style:height=move || format!("{}px", height.get())
            ></iframe>
        </div>
    }
}
