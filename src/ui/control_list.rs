use leptos::prelude::*;
use std::sync::Arc;

use super::controls::control;
use crate::model::{Control, Model, Profile};

/// The controls an embed's author chose, in the order chosen, without the full form's headings.
#[component]
pub fn ControlList(
    model: Arc<Model>,
    profile: RwSignal<Profile>,
    list: Vec<Control>,
) -> impl IntoView {
    list.into_iter()
        .map(|which| control(which, &model, profile))
        .collect_view()
}
