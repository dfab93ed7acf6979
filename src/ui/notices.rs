use leptos::prelude::*;

use super::page;
use crate::model::Notice;

/// A small, dismissible note naming what a link (or the last visit) had that could not be used
/// and what was used instead. Values from the URL are only ever shown as text.
#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>, from_last_visit: bool) -> impl IntoView {
    let what = if from_last_visit {
        "Part of your last visit’s settings could not be used."
    } else {
        "Part of this link could not be used."
    };
    let items = move || {
        notices.with(|all| {
            all.iter()
                .map(|notice| {
                    // A notice about the whole link ("and 12 more") names no key.
                    let key = (!notice.key.is_empty())
                        .then(|| view! { <code>{notice.key.clone()}</code>": " });
                    view! { <li>{key}{notice.message.clone()}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || notices.with(|all| !all.is_empty())>
            <div id="link-notice" class="notice" role="status">
                <div>
                    <p><strong>{what}</strong>" Everything else in it was kept."</p>
                    <ul>{items}</ul>
                </div>
                <button type="button" class="button quiet" on:click=move |_| dismiss(notices)>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}

/// Clears the notices and puts the focus at the start of the form, just below where they were
/// (the button that had it is gone): the next Tab reaches its first control, whichever an
/// embed shows.
fn dismiss(notices: RwSignal<Vec<Notice>>) {
    notices.set(Vec::new());
    page::focus("situation");
}
