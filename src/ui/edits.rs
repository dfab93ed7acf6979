//! The user's changes to the model as the page holds them: a list of edits over the loaded model,
//! and the model they make. The rules (one entry per figure, no-op edits dropped, a broken model
//! refused) are the model's; this only connects them to signals.
//!
//! The edited model is stored, not derived in the first load: only code fetched when needed (the
//! link reader, the sources panel, the rate row) makes edits, and it applies them where it makes
//! them, so the first load carries no code to copy a model or change its figures. The three
//! signals change together, only through these methods and `lazy::read_link`'s result.

use leptos::prelude::*;
use std::sync::Arc;

use crate::model::{Edit, Model, parse_decimal};

/// Copy handle on the edit list, so any component can change a figure.
#[derive(Clone, Copy)]
pub struct Edits {
    /// The model the edits apply to (built-in or loaded from a file).
    pub source: RwSignal<Arc<Model>>,
    pub list: RwSignal<Vec<Edit>>,
    /// `source` with `list` applied: what the page computes with.
    pub edited: RwSignal<Arc<Model>>,
}

impl Edits {
    /// Handles on a model, its edits and the model they make (as `lazy::read_link` returns them).
    pub fn new(source: Arc<Model>, list: Vec<Edit>, edited: Arc<Model>) -> Self {
        Self {
            source: RwSignal::new(source),
            list: RwSignal::new(list),
            edited: RwSignal::new(edited),
        }
    }

    /// Another model with its edits and the model they make, read together from a link.
    pub fn replace(self, source: Arc<Model>, list: Vec<Edit>, edited: Arc<Model>) {
        self.source.set(source);
        self.put(list, edited);
    }

    /// Stores `list`, checked against the model's rules by the caller, and the model it makes.
    pub fn store(self, list: Vec<Edit>) {
        let edited = self
            .source
            .with_untracked(|model| edited_model(model, &list));
        self.put(list, edited);
    }

    /// The list and the model it makes, together.
    fn put(self, list: Vec<Edit>, edited: Arc<Model>) {
        self.list.set(list);
        self.edited.set(edited);
    }

    /// The loaded model again, now with its quotes and reasons (the numbers are the same).
    pub fn explain_source(self, explained: Arc<Model>) {
        let edited = self
            .list
            .with_untracked(|list| edited_model(&explained, list));
        self.source.update_untracked(|model| *model = explained);
        self.edited.set(edited);
    }

    /// Uses `text` as the new value of figure `key`, or says why not (the model is unchanged).
    pub fn set_text(self, key: &str, text: &str) -> Result<(), String> {
        let value = parse_decimal(text.trim()).ok_or_else(|| {
            "Not a number: write digits with an optional point, like 1.35.".to_string()
        })?;
        self.set_value(key, value)
    }

    /// Back to the loaded model's value for one figure, unless the other changes need this one
    /// (a band's low raised above its old high, say): then says why, and nothing changes.
    pub fn reset(self, key: &str) -> Result<(), String> {
        let original = self
            .source
            .with_untracked(|model| model.figure(key).map(|figure| figure.value));
        match original {
            Some(value) => self
                .set_value(key, value)
                .map_err(|why| format!("Not reset, as that would break a rule: {why}")),
            None => {
                let mut list = self.list.get_untracked();
                list.retain(|edit| edit.key != key);
                self.store(list);
                Ok(())
            }
        }
    }

    /// Sets figure `key` to `value` through the model's rules; the model's own value removes the
    /// edit. On refusal, the reasons as one line.
    fn set_value(self, key: &str, value: f64) -> Result<(), String> {
        let (list, edited) = self
            .source
            .with_untracked(|model| {
                self.list
                    .with_untracked(|list| model.edit_list(list, key, value))
            })
            .map_err(|errors| {
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            })?;
        if self.list.with_untracked(|current| *current != list) {
            self.put(list, Arc::new(edited));
        }
        Ok(())
    }

    pub fn is_changed(self, key: &str) -> bool {
        self.list
            .with(|list| list.iter().any(|edit| edit.key == key))
    }
}

/// `model` with `edits` applied (each already checked); the same model while nothing is edited.
pub fn edited_model(model: &Arc<Model>, edits: &[Edit]) -> Arc<Model> {
    if edits.is_empty() {
        Arc::clone(model)
    } else {
        Arc::new(model.with_checked_edits(edits))
    }
}
