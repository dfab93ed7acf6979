use leptos::prelude::*;

/// A button that shows and hides another element ("Embed", "All options"): it says whether that
/// element is open (`aria-expanded`) and names it (`aria-controls`); the element reads `open` for
/// its `hidden`.
#[component]
pub fn DisclosureButton(
    id: &'static str,
    /// The id of the element it shows and hides.
    controls: &'static str,
    label: &'static str,
    open: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            class="button quiet"
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            on:click=move |_| open.update(|open| *open = !*open)
        >
            {label}
        </button>
    }
}
