//! The model file format on serde: [`read`] turns a file's text into a [`Model`] (its types
//! derive `Deserialize`), and [`Model::to_json`] writes one back. Only the parts of the page that
//! open, fetch or download a model file call these, so serde_json is in their lazily fetched
//! chunks and never in the first load.

use super::data::{Model, ModelError};

/// Reads a model file's text, form only: the rules are [`Model::parse`]'s. The one error names
/// the field path (`bands[1].high.value`) and, from serde_json, the line and column.
pub(super) fn read(text: &str) -> Result<Model, ModelError> {
    let mut json = serde_json::Deserializer::from_str(text);
    let model: Model = serde_path_to_error::deserialize(&mut json).map_err(|error| {
        let path = path_of(error.path());
        model_error(path, error.into_inner())
    })?;
    json.end()
        .map_err(|error| model_error(String::new(), error))?;
    Ok(model)
}

/// A serde error where the field path is known, its message cut to a readable length (an
/// invalid value is quoted in it, and a file may hold a string of most of a megabyte).
fn model_error(path: String, error: serde_json::Error) -> ModelError {
    let mut message = error.to_string();
    const LONGEST: usize = 300;
    if let Some((cut, _)) = message.char_indices().nth(LONGEST) {
        message.truncate(cut);
        message.push('…');
    }
    ModelError { path, message }
}

/// `bands[1].high.value`: the path as the page's other messages write it (serde_path_to_error
/// writes `.` for the root).
fn path_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

impl Model {
    /// The model as a model file, edits included; [`Model::parse`] reads it back to the same
    /// figures, every number being written as the shortest decimal that reads back exactly.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// How a figure's `value` is read and written.
pub(super) mod number {
    use serde::de::{self, Deserializer, Visitor};
    use serde::ser::Serializer;
    use std::fmt;

    /// Any JSON number, as `f64`; the error says "expected a number", not "expected f64".
    pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<f64, D::Error> {
        struct Number;
        impl Visitor<'_> for Number {
            type Value = f64;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_f64<E: de::Error>(self, value: f64) -> Result<f64, E> {
                Ok(value)
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<f64, E> {
                Ok(value as f64)
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<f64, E> {
                Ok(value as f64)
            }
        }
        input.deserialize_f64(Number)
    }

    /// Whole numbers as integers (`94000`, as in `data/model.json`, not serde_json's `94000.0`);
    /// every other value as serde_json writes an `f64`: the shortest decimal that reads back
    /// exactly (with serde_json's `float_roundtrip` reader).
    pub fn serialize<S: Serializer>(value: &f64, output: S) -> Result<S::Ok, S::Error> {
        /// 2^53: below it every whole `f64` is an exact `i64`.
        const EXACT: f64 = 9_007_199_254_740_992.0;
        let negative_zero = *value == 0.0 && value.is_sign_negative();
        if value.fract() == 0.0 && value.abs() < EXACT && !negative_zero {
            output.serialize_i64(*value as i64)
        } else {
            output.serialize_f64(*value)
        }
    }
}
