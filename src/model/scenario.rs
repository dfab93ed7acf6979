//! A profile as short key/value pairs (`exp=5&loc=aus&skills=k8s,docker`): the form a scenario
//! takes in a shareable link, an embed snippet or a test. Reading is forgiving: every bad value
//! falls back to its default or nearest valid value and is reported, everything valid is kept.

use super::data::{Choice, Extra, Model, Named};
use super::profile::{POSITION_MAX, Profile, YEARS_MAX};
use crate::format;

/// Experience moves in half years, as the slider does.
pub const YEARS_STEP: f64 = 0.5;

/// Longest value read from a link; anything longer is a mistake or an attack.
const MAX_VALUE_LEN: usize = 400;

/// The keys of a scenario, which are also the page's control ids.
pub const KEYS: [&str; 9] = [
    "exp", "loc", "remote", "lang", "skills", "certs", "ind", "co", "pos",
];

/// Something in a scenario that was not used as given, and why. Shown to the user as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub key: &'static str,
    pub message: String,
}

/// Reads a scenario from key/value pairs (already percent-decoded). Unknown keys are left alone:
/// they belong to someone else (`embed`, tracking tags).
pub fn read_scenario<K: AsRef<str>, V: AsRef<str>>(
    model: &Model,
    pairs: impl IntoIterator<Item = (K, V)>,
) -> (Profile, Vec<Notice>) {
    let mut profile = Profile::typical(model);
    let mut notices = Vec::new();
    let mut seen = [false; KEYS.len()];
    for (key, value) in pairs {
        let Some(slot) = KEYS.iter().position(|known| *known == key.as_ref()) else {
            continue;
        };
        let key = KEYS[slot];
        let value = value.as_ref();
        let mut notice = |message: String| notices.push(Notice { key, message });
        if std::mem::replace(&mut seen[slot], true) {
            notice(format!(
                "“{key}” appears more than once; the first one is used"
            ));
            continue;
        }
        if value.len() > MAX_VALUE_LEN {
            notice(format!("the value of “{key}” is too long and was ignored"));
            continue;
        }
        match key {
            "exp" => {
                if let Some(years) = read_number(value, YEARS_MAX, &mut notice, "years") {
                    profile.years = (years / YEARS_STEP).round() * YEARS_STEP;
                }
            }
            "pos" => {
                if let Some(position) = read_number(value, POSITION_MAX, &mut notice, "") {
                    profile.position = position.round();
                }
            }
            "loc" => read_choice(value, &model.locations, &mut profile.location, &mut notice),
            "remote" => read_choice(value, &model.remote, &mut profile.remote, &mut notice),
            "lang" => read_choice(value, &model.languages, &mut profile.language, &mut notice),
            "ind" => read_choice(value, &model.industries, &mut profile.industry, &mut notice),
            "co" => read_choice(value, &model.companies, &mut profile.company, &mut notice),
            "skills" => profile.skills = read_set(value, &model.skills, &mut notice),
            _ => profile.certifications = read_set(value, &model.certifications, &mut notice),
        }
    }
    (profile, notices)
}

/// The pairs that describe a profile, leaving out every value that equals the default, so links
/// stay short. Reading them back gives the same profile.
pub fn write_scenario(model: &Model, profile: &Profile) -> Vec<(&'static str, String)> {
    let profile = profile.clamped(model);
    let typical = Profile::typical(model);
    let ids_of = |mask: u64, list: &[Extra]| {
        (mask != 0).then(|| {
            super::profile::selected(mask, list)
                .map(|i| list[i].id.as_str())
                .collect::<Vec<_>>()
                .join(",")
        })
    };
    // In the order of KEYS, so links read like the page: experience first.
    let values = [
        (profile.years != typical.years).then(|| format::years(profile.years)),
        id_unless_default(&model.locations, profile.location),
        id_unless_default(&model.remote, profile.remote),
        id_unless_default(&model.languages, profile.language),
        ids_of(profile.skills, &model.skills),
        ids_of(profile.certifications, &model.certifications),
        id_unless_default(&model.industries, profile.industry),
        id_unless_default(&model.companies, profile.company),
        (profile.position != typical.position)
            .then(|| (profile.position.round() as i64).to_string()),
    ];
    KEYS.iter()
        .zip(values)
        .filter_map(|(key, value)| Some((*key, value?)))
        .collect()
}

/// The option's id, or nothing when it is the default (defaults stay out of links).
fn id_unless_default<T: Named>(choice: &Choice<T>, index: usize) -> Option<String> {
    (index != choice.default_index()).then(|| choice.options[index].id().to_string())
}

/// Splits a query string (`?a=1&b=x%20y`) into decoded pairs, as `URLSearchParams` does.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// Joins pairs into a query string (without the `?`), escaping what a URL cannot carry.
pub fn query_string(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        for byte in value.bytes() {
            match byte {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b',' => {
                    out.push(byte as char)
                }
                _ => {
                    const HEX: &[u8; 16] = b"0123456789ABCDEF";
                    out.push('%');
                    out.push(HEX[(byte >> 4) as usize] as char);
                    out.push(HEX[(byte & 15) as usize] as char);
                }
            }
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[at] {
            b'+' => out.push(b' '),
            b'%' if at + 2 < bytes.len() => match (hex(bytes[at + 1]), hex(bytes[at + 2])) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    at += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        at += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Shows a value from a link in a message: trimmed to a readable length.
fn quoted(value: &str) -> String {
    let mut text: String = value.chars().take(24).collect();
    if value.chars().count() > 24 {
        text.push('…');
    }
    text
}

fn read_number(value: &str, max: f64, notice: &mut impl FnMut(String), unit: &str) -> Option<f64> {
    let number = match parse_decimal(value.trim()) {
        Some(number) => number,
        None => {
            notice(format!(
                "“{}” is not a number; the default is used",
                quoted(value)
            ));
            return None;
        }
    };
    if !(0.0..=max).contains(&number) {
        let nearest = number.max(0.0).min(max);
        let unit = if unit.is_empty() {
            String::new()
        } else {
            format!(" {unit}")
        };
        notice(format!(
            "“{}” is outside 0 to {}; {}{unit} is used",
            quoted(value),
            format::years(max),
            format::years(nearest)
        ));
        return Some(nearest);
    }
    Some(number)
}

/// A plain decimal (`4`, `4.5`, `-3`, `.5`) with at most 15 digits; anything else (exponents,
/// `inf`, `NaN`, hex) is not a number here. Smaller in the wasm than the full float parser.
fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0
        || whole.len() + fraction.len() > 15
        || !all_digits(whole)
        || !all_digits(fraction)
    {
        return None;
    }
    let mut scaled: u64 = 0;
    for byte in whole.bytes().chain(fraction.bytes()) {
        scaled = scaled * 10 + u64::from(byte - b'0');
    }
    let value = scaled as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
}

fn read_choice<T: Named>(
    value: &str,
    choice: &Choice<T>,
    index: &mut usize,
    notice: &mut impl FnMut(String),
) {
    match choice.index_of(value) {
        Some(found) => *index = found,
        None => notice(format!(
            "“{}” is not a known option; {} is used",
            quoted(value),
            choice.options[choice.default_index()].label()
        )),
    }
}

fn read_set(value: &str, list: &[Extra], notice: &mut impl FnMut(String)) -> u64 {
    let mut mask = 0u64;
    let mut unknown = Vec::new();
    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match list.iter().position(|extra| extra.id == id) {
            Some(index) => mask |= 1 << index,
            None => unknown.push(quoted(id)),
        }
    }
    if !unknown.is_empty() {
        notice(format!("unknown {} ignored", unknown.join(", ")));
    }
    mask
}
