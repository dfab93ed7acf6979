//! From a parsed JSON tree ([`super::json::Value`]) to the model's types, field by field. Written by
//! hand rather than derived: one generic JSON parser instead of a derived visitor per type keeps
//! the wasm much smaller, and reading by hand knows each field's path, so every error names it.
//! Rules of the format: every field is required unless marked optional, unknown fields are
//! errors (they are usually typos), and all problems are reported at once.

use super::json::{Value, get};

use super::data::{
    Band, Choice, Company, Currency, Extra, Figure, Industry, Language, Location, MedianPath,
    Model, ModelError, Remote,
};

type Object = [(String, Value)];

/// Collects the errors of one read.
#[derive(Default)]
pub(super) struct Reader {
    pub errors: Vec<ModelError>,
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// What a value is, for "invalid type" messages (no number formatting needed).
fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Number(_) => "a number".into(),
        Value::String(text) => {
            let mut shown: String = text.chars().take(40).collect();
            if text.chars().count() > 40 {
                shown.push('…');
            }
            format!("string \"{shown}\"")
        }
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

impl Reader {
    fn fail(&mut self, path: &str, message: String) {
        self.errors.push(ModelError {
            path: path.to_string(),
            message,
        });
    }

    fn invalid(&mut self, path: &str, value: &Value, expected: &str) {
        self.fail(
            path,
            format!("invalid type: {}, expected {expected}", kind(value)),
        );
    }

    /// The value as an object whose keys are all among `fields`.
    fn object<'v>(&mut self, value: &'v Value, path: &str, fields: &[&str]) -> Option<&'v Object> {
        let Some(object) = value.as_object() else {
            self.invalid(path, value, "an object");
            return None;
        };
        for (key, _) in object {
            if !fields.contains(&key.as_str()) {
                self.fail(
                    &join(path, key),
                    format!(
                        "unknown field `{key}`, expected one of `{}`",
                        fields.join("`, `")
                    ),
                );
            }
        }
        Some(object)
    }

    fn field<'v>(&mut self, object: &'v Object, path: &str, name: &str) -> Option<&'v Value> {
        let found = get(object, name);
        if found.is_none() {
            self.fail(path, format!("missing field `{name}`"));
        }
        found
    }

    fn text(&mut self, object: &Object, path: &str, name: &str) -> Option<String> {
        let value = self.field(object, path, name)?;
        self.string(value, &join(path, name))
    }

    /// An optional text field: absent or null is `None`.
    fn optional_text(&mut self, object: &Object, path: &str, name: &str) -> Option<Option<String>> {
        match get(object, name) {
            None | Some(Value::Null) => Some(None),
            Some(value) => self.string(value, &join(path, name)).map(Some),
        }
    }

    fn string(&mut self, value: &Value, path: &str) -> Option<String> {
        match value {
            Value::String(text) => Some(text.clone()),
            other => {
                self.invalid(path, other, "a string");
                None
            }
        }
    }

    fn figure(&mut self, object: &Object, path: &str, name: &str) -> Option<Figure> {
        let value = self.field(object, path, name)?;
        let path = join(path, name);
        let fields = self.object(value, &path, &["value", "quote", "assumption", "cite"])?;
        let number = self.field(fields, &path, "value").and_then(|number| {
            let found = number.as_f64();
            if found.is_none() {
                self.invalid(&join(&path, "value"), number, "a number");
            }
            found
        });
        let quote = self.optional_text(fields, &path, "quote");
        let assumption = self.optional_text(fields, &path, "assumption");
        let cite = self.optional_text(fields, &path, "cite");
        Some(Figure {
            value: number?,
            quote: quote?,
            assumption: assumption?,
            cite: cite?,
        })
    }

    /// A list field, each item read by `each` at path `name[i]`.
    fn list<T>(
        &mut self,
        object: &Object,
        path: &str,
        name: &str,
        mut each: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        let value = self.field(object, path, name)?;
        let path = join(path, name);
        let Some(items) = value.as_array() else {
            self.invalid(&path, value, "a list");
            return None;
        };
        let mut all = Some(Vec::with_capacity(items.len()));
        for (index, item) in items.iter().enumerate() {
            let read = each(self, item, &format!("{path}[{index}]"));
            all = all.zip(read).map(|(mut list, item)| {
                list.push(item);
                list
            });
        }
        all
    }

    fn choice<T>(
        &mut self,
        object: &Object,
        name: &str,
        each: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Choice<T>> {
        let value = self.field(object, "", name)?;
        let fields = self.object(value, name, &["default", "options"])?;
        let default = self.text(fields, name, "default");
        let options = self.list(fields, name, "options", each);
        Some(Choice {
            default: default?,
            options: options?,
        })
    }

    /// The common option shape: an id, a label and one figure named `figure`.
    fn id_label_figure(
        &mut self,
        value: &Value,
        path: &str,
        figure: &str,
    ) -> Option<(String, String, Figure)> {
        let object = self.object(value, path, &["id", "label", figure])?;
        let id = self.text(object, path, "id");
        let label = self.text(object, path, "label");
        let figure = self.figure(object, path, figure);
        Some((id?, label?, figure?))
    }

    fn band(&mut self, value: &Value, path: &str) -> Option<Band> {
        let object = self.object(value, path, &["id", "label", "from_years", "low", "high"])?;
        let id = self.text(object, path, "id");
        let label = self.text(object, path, "label");
        let from_years = self.figure(object, path, "from_years");
        let low = self.figure(object, path, "low");
        let high = self.figure(object, path, "high");
        Some(Band {
            id: id?,
            label: label?,
            from_years: from_years?,
            low: low?,
            high: high?,
        })
    }

    fn location(&mut self, value: &Value, path: &str) -> Option<Location> {
        let (id, label, factor) = self.id_label_figure(value, path, "factor")?;
        Some(Location { id, label, factor })
    }

    fn remote(&mut self, value: &Value, path: &str) -> Option<Remote> {
        let object = self.object(value, path, &["id", "label", "location_weight", "factor"])?;
        let id = self.text(object, path, "id");
        let label = self.text(object, path, "label");
        let location_weight = self.figure(object, path, "location_weight");
        let factor = self.figure(object, path, "factor");
        Some(Remote {
            id: id?,
            label: label?,
            location_weight: location_weight?,
            factor: factor?,
        })
    }

    fn language(&mut self, value: &Value, path: &str) -> Option<Language> {
        let (id, label, premium) = self.id_label_figure(value, path, "premium")?;
        Some(Language { id, label, premium })
    }

    fn extra(&mut self, value: &Value, path: &str) -> Option<Extra> {
        let object = self.object(value, path, &["id", "label", "group", "premium"])?;
        let id = self.text(object, path, "id");
        let label = self.text(object, path, "label");
        let group = self.optional_text(object, path, "group");
        let premium = self.figure(object, path, "premium");
        Some(Extra {
            id: id?,
            label: label?,
            group: group?,
            premium: premium?,
        })
    }

    fn industry(&mut self, value: &Value, path: &str) -> Option<Industry> {
        let (id, label, factor) = self.id_label_figure(value, path, "factor")?;
        Some(Industry { id, label, factor })
    }

    fn company(&mut self, value: &Value, path: &str) -> Option<Company> {
        let fields = [
            "id",
            "label",
            "base_factor",
            "bonus_share",
            "equity_share",
            "equity_risk",
        ];
        let object = self.object(value, path, &fields)?;
        let id = self.text(object, path, "id");
        let label = self.text(object, path, "label");
        let base_factor = self.figure(object, path, "base_factor");
        let bonus_share = self.figure(object, path, "bonus_share");
        let equity_share = self.figure(object, path, "equity_share");
        let equity_risk = self.figure(object, path, "equity_risk");
        Some(Company {
            id: id?,
            label: label?,
            base_factor: base_factor?,
            bonus_share: bonus_share?,
            equity_share: equity_share?,
            equity_risk: equity_risk?,
        })
    }

    fn currency(&mut self, value: &Value, path: &str) -> Option<Currency> {
        let fields = ["id", "label", "symbol", "per_usd", "as_of"];
        let object = self.object(value, path, &fields)?;
        let id = self.text(object, path, "id");
        let label = self.text(object, path, "label");
        let symbol = self.text(object, path, "symbol");
        let per_usd = self.figure(object, path, "per_usd");
        let as_of = self.text(object, path, "as_of");
        Some(Currency {
            id: id?,
            label: label?,
            symbol: symbol?,
            per_usd: per_usd?,
            as_of: as_of?,
        })
    }

    fn median_path(&mut self, object: &Object) -> Option<MedianPath> {
        let value = self.field(object, "", "median_path")?;
        let path = "median_path";
        let fields = ["at_band_start", "at_band_end", "open_band_half_years"];
        let object = self.object(value, path, &fields)?;
        let at_band_start = self.figure(object, path, "at_band_start");
        let at_band_end = self.figure(object, path, "at_band_end");
        let open_band_half_years = self.figure(object, path, "open_band_half_years");
        Some(MedianPath {
            at_band_start: at_band_start?,
            at_band_end: at_band_end?,
            open_band_half_years: open_band_half_years?,
        })
    }

    /// The whole model, or `None` with the reasons in `self.errors`.
    pub(super) fn model(&mut self, value: &Value) -> Option<Model> {
        let fields = [
            "format",
            "name",
            "about",
            "national_average",
            "frontend_gap",
            "bands",
            "median_path",
            "premium_cap",
            "locations",
            "remote",
            "languages",
            "skills",
            "certifications",
            "industries",
            "companies",
            "currencies",
            "hours_per_year",
        ];
        let Some(object) = value.as_object() else {
            self.invalid("", value, "a model object");
            return None;
        };
        self.object(value, "", &fields);
        let format = self.text(object, "", "format");
        let name = self.text(object, "", "name");
        let about = self.text(object, "", "about");
        let national_average = self.figure(object, "", "national_average");
        let frontend_gap = self.figure(object, "", "frontend_gap");
        let bands = self.list(object, "", "bands", Self::band);
        let median_path = self.median_path(object);
        let premium_cap = self.figure(object, "", "premium_cap");
        let locations = self.choice(object, "locations", Self::location);
        let remote = self.choice(object, "remote", Self::remote);
        let languages = self.choice(object, "languages", Self::language);
        let skills = self.list(object, "", "skills", Self::extra);
        let certifications = self.list(object, "", "certifications", Self::extra);
        let industries = self.choice(object, "industries", Self::industry);
        let companies = self.choice(object, "companies", Self::company);
        // Optional, so a model written before currencies existed still reads.
        let currencies = match get(object, "currencies") {
            None => Some(Currency::dollars_only()),
            Some(_) => self.choice(object, "currencies", Self::currency),
        };
        let hours_per_year = match get(object, "hours_per_year") {
            None => Some(Figure {
                value: 2080.0,
                quote: None,
                assumption: Some("40 hours a week for 52 weeks (payband's default).".into()),
                cite: None,
            }),
            Some(_) => self.figure(object, "", "hours_per_year"),
        };
        Some(Model {
            format: format?,
            name: name?,
            about: about?,
            national_average: national_average?,
            frontend_gap: frontend_gap?,
            bands: bands?,
            median_path: median_path?,
            premium_cap: premium_cap?,
            locations: locations?,
            remote: remote?,
            languages: languages?,
            skills: skills?,
            certifications: certifications?,
            industries: industries?,
            companies: companies?,
            currencies: currencies?,
            hours_per_year: hours_per_year?,
            explained: true,
        })
    }
}
