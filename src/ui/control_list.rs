use leptos::prelude::*;
use std::sync::Arc;

use super::controls::control;
use super::profile_signal::ProfileSignal;
use crate::model::{Control, Model};

/// The controls an embed's author chose, in the order chosen, without the full form's headings.
#[component]
pub fn ControlList(model: Arc<Model>, profile: ProfileSignal, list: Vec<Control>) -> impl IntoView {
    list.into_iter()
        .map(|which| control(which, &model, profile))
        .collect_view()
}
