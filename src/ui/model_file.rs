use leptos::prelude::*;
use std::sync::Arc;

use super::edits::Edits;
use super::lazy;
use super::page;
use crate::model::Model;

/// What happened to the last file the user opened: a sentence, then any problems, one a line.
#[derive(Clone, Default)]
struct Status {
    summary: String,
    problems: Vec<String>,
}

/// The model in use, opening another one from disk, and downloading the current one (edits
/// included) in the same format. A file that fails validation changes nothing.
#[component]
pub fn ModelFile(
    model: Memo<Arc<Model>>,
    edits: Edits,
    origin: RwSignal<String>,
    #[prop(into)] on_load: Callback<(Model, String)>,
) -> impl IntoView {
    let (status, set_status) = signal(Status::default());
    let open = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            let read = match page::read_file(&file).await {
                Ok(bytes) => lazy::read_model(bytes).await,
                Err(message) => Err(vec![message]),
            };
            match read {
                Ok(loaded) => {
                    on_load.run((loaded, format!("“{name}”, opened from your device")));
                    set_status.set(Status {
                        summary: format!(
                            "Now using “{name}”. A link you copy does not carry a file from your device: to share this model, put the file on your site and add ?model=/path/to/file.json to the link."
                        ),
                        problems: Vec::new(),
                    });
                }
                Err(problems) => set_status.set(Status {
                    summary: format!(
                        "“{name}” could not be used. The page keeps the model it had; nothing you entered was changed."
                    ),
                    problems,
                }),
            }
        });
    };
    let download = move |_| {
        let text = model.with(|m| m.to_json());
        page::download("payband-model.json", &text);
    };
    let report = move || {
        let Status { summary, problems } = status.get();
        let list = problems
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        (!summary.is_empty()).then(|| view! { <p>{summary}</p><ul>{list}</ul> })
    };
    view! {
        <div class="model-file">
            <p>
                "Model in use: "
                <strong id="model-name">{move || edits.source.with(|m| m.name.clone())}</strong>
                " ("{move || origin.get()}"). "
                "It is one readable file, "
                <a href="model.json">"model.json"</a>
                ", whose format payband's docs/model-format.md describes."
            </p>
            <div class="model-actions">
                <label class="field">
                    "Open a model file"
                    <input id="model-open" type="file" accept=".json,application/json" on:change=open />
                </label>
                <button type="button" id="model-download" class="button quiet" on:click=download>
                    "Download model"
                </button>
            </div>
            <div id="model-status" class="model-status" role="status">{report}</div>
        </div>
    }
}
