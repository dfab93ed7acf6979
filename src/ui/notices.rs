use leptos::prelude::*;

use crate::model::Notice;

/// A small, dismissible note naming what a link had that could not be used and what was used
/// instead. Values from the URL are only ever shown as text.
#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
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
                    <p><strong>"Part of this link could not be used."</strong>" Everything else in it was kept."</p>
                    <ul>{items}</ul>
                </div>
                <button type="button" class="button quiet" on:click=move |_| notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
