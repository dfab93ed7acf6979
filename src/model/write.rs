//! The model back to its file format, for "Download model": the same fields in the same order as
//! `data/model.json`, each number written so that reading the file gives exactly the same value,
//! so a downloaded model loads back to identical figures.

use super::data::{Band, Choice, Figure, Model, Named};

/// A JSON value borrowed from the model, written with `write`.
enum Json<'a> {
    Text(&'a str),
    /// Written on one line, as in the built-in file: `{ "value": 1.35, "assumption": "…" }`.
    Figure(&'a Figure),
    Object(Vec<(&'static str, Json<'a>)>),
    List(Vec<Json<'a>>),
}

impl Model {
    /// The model as a model file, edits included; [`Model::parse`] reads it back unchanged.
    pub fn to_json(&self) -> String {
        let path = &self.median_path;
        let mut fields = vec![
            ("format", Json::Text(&self.format)),
            ("name", Json::Text(&self.name)),
            ("about", Json::Text(&self.about)),
            ("national_average", Json::Figure(&self.national_average)),
            ("frontend_gap", Json::Figure(&self.frontend_gap)),
            ("bands", Json::List(self.bands.iter().map(band).collect())),
            (
                "median_path",
                Json::Object(vec![
                    ("at_band_start", Json::Figure(&path.at_band_start)),
                    ("at_band_end", Json::Figure(&path.at_band_end)),
                    (
                        "open_band_half_years",
                        Json::Figure(&path.open_band_half_years),
                    ),
                ]),
            ),
            ("premium_cap", Json::Figure(&self.premium_cap)),
        ];
        fields.push((
            "locations",
            choice(&self.locations, |o| {
                vec![("factor", Json::Figure(&o.factor))]
            }),
        ));
        fields.push((
            "remote",
            choice(&self.remote, |o| {
                vec![
                    ("location_weight", Json::Figure(&o.location_weight)),
                    ("factor", Json::Figure(&o.factor)),
                ]
            }),
        ));
        fields.push((
            "languages",
            choice(&self.languages, |o| {
                vec![("premium", Json::Figure(&o.premium))]
            }),
        ));
        for (name, list) in [
            ("skills", &self.skills),
            ("certifications", &self.certifications),
        ] {
            let items = list.iter().map(|extra| {
                let mut fields = vec![("premium", Json::Figure(&extra.premium))];
                if let Some(group) = &extra.group {
                    fields.insert(0, ("group", Json::Text(group)));
                }
                option(extra, fields)
            });
            fields.push((name, Json::List(items.collect())));
        }
        fields.push((
            "industries",
            choice(&self.industries, |o| {
                vec![("factor", Json::Figure(&o.factor))]
            }),
        ));
        fields.push((
            "companies",
            choice(&self.companies, |o| {
                vec![
                    ("base_factor", Json::Figure(&o.base_factor)),
                    ("bonus_share", Json::Figure(&o.bonus_share)),
                    ("equity_share", Json::Figure(&o.equity_share)),
                    ("equity_risk", Json::Figure(&o.equity_risk)),
                ]
            }),
        ));
        fields.push((
            "currencies",
            choice(&self.currencies, |o| {
                vec![
                    ("symbol", Json::Text(&o.symbol)),
                    ("per_usd", Json::Figure(&o.per_usd)),
                    ("as_of", Json::Text(&o.as_of)),
                ]
            }),
        ));
        fields.push(("hours_per_year", Json::Figure(&self.hours_per_year)));
        let mut out = String::with_capacity(24_000);
        write(&mut out, &Json::Object(fields), 0);
        out.push('\n');
        out
    }
}

fn band(band: &Band) -> Json<'_> {
    option(
        band,
        vec![
            ("from_years", Json::Figure(&band.from_years)),
            ("low", Json::Figure(&band.low)),
            ("high", Json::Figure(&band.high)),
        ],
    )
}

/// An option's id and label, then its own fields.
fn option<'a>(item: &'a impl Named, mut rest: Vec<(&'static str, Json<'a>)>) -> Json<'a> {
    rest.splice(
        0..0,
        [
            ("id", Json::Text(item.id())),
            ("label", Json::Text(item.label())),
        ],
    );
    Json::Object(rest)
}

fn choice<'a, T: Named>(
    choice: &'a Choice<T>,
    fields: impl Fn(&'a T) -> Vec<(&'static str, Json<'a>)>,
) -> Json<'a> {
    let options = choice.options.iter().map(|o| option(o, fields(o)));
    Json::Object(vec![
        ("default", Json::Text(&choice.default)),
        ("options", Json::List(options.collect())),
    ])
}

fn write(out: &mut String, value: &Json, indent: usize) {
    let newline = |out: &mut String, indent: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', indent));
    };
    match value {
        Json::Text(text) => string(out, text),
        Json::Figure(figure) => {
            out.push_str("{ \"value\": ");
            out.push_str(&number(figure.value));
            for (name, text) in [
                ("quote", &figure.quote),
                ("assumption", &figure.assumption),
                ("cite", &figure.cite),
            ] {
                if let Some(text) = text {
                    out.push_str(", ");
                    string(out, name);
                    out.push_str(": ");
                    string(out, text);
                }
            }
            out.push_str(" }");
        }
        Json::Object(fields) => {
            out.push('{');
            for (index, (name, value)) in fields.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, indent + 2);
                string(out, name);
                out.push_str(": ");
                write(out, value, indent + 2);
            }
            newline(out, indent);
            out.push('}');
        }
        Json::List(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                newline(out, indent + 2);
                write(out, item, indent + 2);
            }
            if !items.is_empty() {
                newline(out, indent);
            }
            out.push(']');
        }
    }
}

/// A JSON string literal.
fn string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The shortest plain decimal that the model file reader turns back into exactly `value`,
/// checked by parsing it back with the same JSON parser that reads model files.
pub fn number(value: f64) -> String {
    shortest_decimal(value, |text| {
        super::json::parse(text).ok().and_then(|read| read.as_f64())
    })
}

/// The shortest plain decimal that `read_back` turns into exactly `value`: each writer checks
/// with the reader its text will meet (a model file's JSON parser, a link's decimal reader).
/// Written with integer arithmetic: the float formatter would cost kilobytes of wasm.
pub(super) fn shortest_decimal(value: f64, read_back: impl Fn(&str) -> Option<f64>) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return (value as i64).to_string();
    }
    let mut candidate = String::new();
    for places in 1..=17 {
        candidate = fixed(value, places);
        if read_back(&candidate) == Some(value) {
            break;
        }
    }
    candidate
}

/// `value` rounded to `places` decimals, trailing zeros dropped.
fn fixed(value: f64, places: u32) -> String {
    let unit = 10u64.pow(places);
    let magnitude = value.abs();
    let mut whole = magnitude.trunc() as u64;
    let mut fraction = (magnitude.fract() * unit as f64).round() as u64;
    if fraction >= unit {
        whole += 1;
        fraction -= unit;
    }
    let mut out = String::new();
    if value < 0.0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    crate::format::push_fraction(&mut out, fraction, places);
    out
}
