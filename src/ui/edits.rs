//! The user's changes to the model as the page holds them: a list of edits over the loaded model.
//! The rules (one entry per figure, no-op edits dropped, a broken model refused) are the model's;
//! this only connects them to signals.

use leptos::prelude::*;
use std::sync::Arc;

use crate::model::{Edit, Model, parse_decimal};

/// Copy handle on the edit list, so any component can change a figure.
#[derive(Clone, Copy)]
pub struct Edits {
    /// The model the edits apply to (built-in or loaded from a file).
    pub source: RwSignal<Arc<Model>>,
    pub list: RwSignal<Vec<Edit>>,
}

impl Edits {
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
                self.list.update(|list| list.retain(|edit| edit.key != key));
                Ok(())
            }
        }
    }

    /// Sets figure `key` to `value` through the model's rules; the model's own value removes the
    /// edit. On refusal, the reasons as one line.
    fn set_value(self, key: &str, value: f64) -> Result<(), String> {
        let list = self
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
            self.list.set(list);
        }
        Ok(())
    }

    pub fn is_changed(self, key: &str) -> bool {
        self.list
            .with(|list| list.iter().any(|edit| edit.key == key))
    }
}
