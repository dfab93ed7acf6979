//! A profile as short key/value pairs (`exp=5&loc=aus&skills=k8s,docker`): the form a scenario
//! takes in a shareable link, an embed snippet or a test. Reading is forgiving: every bad value
//! falls back to its default or nearest valid value and is reported, everything valid is kept.

use super::data::{Choice, Edit, Extra, Model, Named};
use super::money::Period;
use super::profile::{BENEFITS_MAX, POSITION_MAX, Profile, YEARS_MAX};
use crate::format;

/// Experience moves in half years, as the slider does.
pub const YEARS_STEP: f64 = 0.5;

/// Longest value read from a link; anything longer is a mistake or an attack.
const MAX_VALUE_LEN: usize = 400;

/// Most pairs of a link that are read. A link payband writes has at most one pair per control,
/// per offer control and per figure of the model (about 140 for the built-in model); the rest of
/// a longer one is ignored, with one notice, so no link costs more than this many pairs' work.
pub const MAX_PAIRS: usize = 512;

/// Most notices listed for one link; the rest are counted in a last one ("and 12 more").
pub const MAX_NOTICES: usize = 12;

/// The keys of a scenario, which are also the page's control ids.
pub const KEYS: [&str; 11] = [
    "exp", "loc", "remote", "lang", "skills", "certs", "ind", "co", "pos", "track", "benefits",
];

/// Something in a scenario that was not used as given, and why. Shown to the user as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub key: String,
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
        let mut notice = |message: String| {
            notices.push(Notice {
                key: key.to_string(),
                message,
            })
        };
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
            "track" => read_choice(value, &model.tracks, &mut profile.track, &mut notice),
            "benefits" => {
                if let Some(dollars) = read_number(value, BENEFITS_MAX, &mut notice, "dollars") {
                    profile.benefits = dollars.round();
                }
            }
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
        id_unless_default(&model.tracks, profile.track),
        (profile.benefits != typical.benefits).then(|| (profile.benefits as i64).to_string()),
    ];
    KEYS.iter()
        .zip(values)
        .filter_map(|(key, value)| Some((*key, value?)))
        .collect()
}

/// Prefix of an edited figure's key in a link: `m.loc.sf=1.3`.
pub const EDIT_PREFIX: &str = "m.";
/// Key that marks a pinned offer; its scenario follows under `vs.` (`vs=1&vs.co=startup`).
pub const PINNED_KEY: &str = "vs";
const PINNED_PREFIX: &str = "vs.";

/// Everything a link carries: the scenario, a pinned offer to compare it with, how amounts are
/// shown, and the user's changes to the model.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub profile: Profile,
    /// Offer A of the comparison; the current profile is offer B.
    pub pinned: Option<Profile>,
    /// Index into `model.currencies.options`.
    pub currency: usize,
    pub period: Period,
    /// Changed figures, each valid against the model they were read with.
    pub edits: Vec<Edit>,
}

impl Settings {
    /// The national baseline in the model's default currency, yearly, nothing pinned or changed.
    pub fn typical(model: &Model) -> Settings {
        Settings {
            profile: Profile::typical(model),
            pinned: None,
            currency: model.currencies.default_index(),
            period: Period::Year,
            edits: Vec::new(),
        }
    }
}

/// True for every key [`read_settings`] reads: the page owns these in its address.
pub fn is_settings_key(key: &str) -> bool {
    KEYS.contains(&key)
        || key == "cur"
        || key == "per"
        || key == PINNED_KEY
        || key.starts_with(PINNED_PREFIX)
        || key.starts_with(EDIT_PREFIX)
}

/// Reads all settings from key/value pairs. `model` is the model before edits: ids are checked
/// against it, and the edits are kept only while the model they make stays valid.
pub fn read_settings<K: AsRef<str>, V: AsRef<str>>(
    model: &Model,
    pairs: impl IntoIterator<Item = (K, V)>,
) -> (Settings, Vec<Notice>) {
    let mut pairs: Vec<(K, V)> = pairs.into_iter().collect();
    let unread = pairs.len().saturating_sub(MAX_PAIRS);
    pairs.truncate(MAX_PAIRS);
    let (profile, mut notices) =
        read_scenario(model, pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())));
    let mut settings = Settings {
        profile,
        ..Settings::typical(model)
    };
    let mut pinned_pairs = Vec::new();
    // Each edit with where its notice goes, in the link's order, if it is refused.
    let mut edits: Vec<(Edit, usize)> = Vec::new();
    // The figures' keys, listed once: an unknown key is refused without building a model.
    let figure_keys: Vec<String> = model.figures().into_iter().map(|entry| entry.key).collect();
    for (key, value) in &pairs {
        let (key, value) = (key.as_ref(), value.as_ref());
        let mut notice = |message: String| {
            notices.push(Notice {
                key: shown_key(key),
                message,
            })
        };
        if value.len() > MAX_VALUE_LEN {
            if is_settings_key(key) && !KEYS.contains(&key) {
                notice("the value is too long and was ignored".into());
            }
            continue;
        }
        if key == PINNED_KEY {
            // `vs=0` pins nothing, as a reader of the link would expect.
            if value != "0" {
                settings.pinned = Some(Profile::typical(model));
            }
        } else if let Some(inner) = key.strip_prefix(PINNED_PREFIX) {
            pinned_pairs.push((inner, value));
        } else if key == "cur" {
            read_choice(
                value,
                &model.currencies,
                &mut settings.currency,
                &mut notice,
            );
        } else if key == "per" {
            match Period::from_id(value) {
                Some(period) => settings.period = period,
                None => notice(format!(
                    "“{}” is not year, month or hour; yearly amounts are shown",
                    quoted(value)
                )),
            }
        } else if let Some(figure) = key.strip_prefix(EDIT_PREFIX) {
            let Some(number) = parse_decimal(value.trim()) else {
                notice(format!(
                    "“{}” is not a number; the model's value is used",
                    quoted(value)
                ));
                continue;
            };
            if !figure_keys.iter().any(|known| known == figure) {
                notice(
                    "not used, the model's value is kept: no figure of the model has this name"
                        .into(),
                );
                continue;
            }
            if edits.iter().any(|(edit, _)| edit.key == figure) {
                notice("appears more than once; the first one is used".into());
                continue;
            }
            let edit = Edit {
                key: figure.to_string(),
                value: number,
            };
            edits.push((edit, notices.len()));
        }
    }
    let edits = usable_edits(model, edits, &mut notices);
    if settings.pinned.is_none()
        && let Some((key, _)) = pinned_pairs.first()
    {
        notices.push(Notice {
            key: shown_key(&format!("{PINNED_PREFIX}{key}")),
            message: format!(
                "not used, nor the other “{PINNED_PREFIX}” settings: they describe a pinned offer, and the link pins none ({PINNED_KEY}=1)"
            ),
        });
    }
    if let Some(pinned) = &mut settings.pinned {
        let (profile, pinned_notices) = read_scenario(model, pinned_pairs);
        *pinned = profile;
        notices.extend(pinned_notices.into_iter().map(|notice| Notice {
            key: format!("{PINNED_PREFIX}{}", notice.key),
            message: notice.message,
        }));
    }
    settings.edits = edits;
    if unread > 0 {
        notices.push(Notice {
            key: String::new(),
            message: format!(
                "the link is longer than payband reads: the settings after its first {MAX_PAIRS} were ignored"
            ),
        });
    }
    (settings, capped(notices))
}

/// The edits of a link that the model can take: all of them when the model they make together
/// is valid (as in every link payband writes, whose edits were checked together, in whatever
/// order they were made); otherwise each in turn, kept when the model stays valid, refused with
/// a notice when not. Each check is one of the model, so a link's edits cost at most one check
/// each (512 edits of a model with 64 options in every list, checked each with all the edits
/// before it again, took 8 s natively).
fn usable_edits(model: &Model, edits: Vec<(Edit, usize)>, notices: &mut Vec<Notice>) -> Vec<Edit> {
    let (edits, places): (Vec<Edit>, Vec<usize>) = edits.into_iter().unzip();
    if edits.is_empty() || model.with_edits(&edits).is_ok() {
        return edits;
    }
    let mut edited = model.clone();
    let mut kept = Vec::with_capacity(edits.len());
    // Refusals go where the link had the edit: after the notices of the pairs before it, and
    // after the refusals already placed.
    let mut placed = 0;
    for (edit, place) in edits.into_iter().zip(places) {
        let Err(errors) = edited.try_set_figure(&edit.key, edit.value) else {
            kept.push(edit);
            continue;
        };
        let reason = errors
            .first()
            .map_or(String::new(), |error| error.message.clone());
        notices.insert(
            place + placed,
            Notice {
                key: format!("{EDIT_PREFIX}{}", edit.key),
                message: format!("not used, the model's value is kept: {reason}"),
            },
        );
        placed += 1;
    }
    kept
}

/// The first [`MAX_NOTICES`] notices, and how many more there were, so a link of thousands of
/// bad pairs gives a short list.
fn capped(mut notices: Vec<Notice>) -> Vec<Notice> {
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - MAX_NOTICES;
        notices.truncate(MAX_NOTICES);
        notices.push(Notice {
            key: String::new(),
            message: format!("and {more} more"),
        });
    }
    notices
}

/// The pairs that describe all settings, defaults left out; [`read_settings`] reads them back.
pub fn write_settings(model: &Model, settings: &Settings) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = write_scenario(model, &settings.profile)
        .into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .collect();
    if let Some(pinned) = &settings.pinned {
        pairs.push((PINNED_KEY.to_string(), "1".to_string()));
        for (key, value) in write_scenario(model, pinned) {
            pairs.push((format!("{PINNED_PREFIX}{key}"), value));
        }
    }
    if let Some(id) = id_unless_default(&model.currencies, settings.currency) {
        pairs.push(("cur".to_string(), id));
    }
    if settings.period != Period::Year {
        pairs.push(("per".to_string(), settings.period.id().to_string()));
    }
    for edit in &settings.edits {
        pairs.push((
            format!("{EDIT_PREFIX}{}", edit.key),
            link_number(edit.value),
        ));
    }
    pairs
}

/// The shortest plain decimal that [`parse_decimal`], the link's reader, turns back into exactly
/// `value`. Written with integer arithmetic: this runs on every change in the first load, where
/// the float formatter would cost kilobytes of wasm.
fn link_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return (value as i64).to_string();
    }
    let mut candidate = String::new();
    for places in 1..=15 {
        candidate = fixed(value, places);
        if parse_decimal(&candidate) == Some(value) {
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
    format::push_fraction(&mut out, fraction, places);
    out
}

/// The option's id, or nothing when it is the default (defaults stay out of links).
fn id_unless_default<T: Named>(choice: &Choice<T>, index: usize) -> Option<String> {
    (index != choice.default_index() && index < choice.options.len())
        .then(|| choice.options[index].id().to_string())
}

/// Splits a query string (`?a=1&b=x%20y`) into decoded pairs, as `URLSearchParams` does:
/// at most [`MAX_PAIRS`] and one more: what [`read_settings`] reads and the sign that there was
/// more, so a link of hundreds of thousands of pairs costs no more than that.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .take(MAX_PAIRS + 1)
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// Joins pairs into a query string (without the `?`), escaping what a URL cannot carry.
pub fn query_string<K: AsRef<str>>(pairs: &[(K, String)]) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(key.as_ref());
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

/// A link's key as a notice names it: cut short like a value (a figure's key is at most 40
/// characters), so a hand-made key of thousands of characters does not fill the page.
fn shown_key(key: &str) -> String {
    cut(key, 48)
}

/// Shows a value from a link in a message: trimmed to a readable length.
fn quoted(value: &str) -> String {
    cut(value, 24)
}

/// The first `max` characters of `text`, and an ellipsis if there were more.
fn cut(text: &str, max: usize) -> String {
    let mut shown: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        shown.push('…');
    }
    shown
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

/// A plain decimal (`4`, `4.5`, `-3`, `.5`, `.000000000000001`) with at most 15 significant
/// digits and 15 decimal places; anything else (exponents, `inf`, `NaN`, hex) is not a number
/// here. Exact: the digits make an integer below 2^53 and 10^places is exact, so the one
/// division rounds correctly. Smaller in the wasm than the full float parser.
pub fn parse_decimal(text: &str) -> Option<f64> {
    const MOST_DIGITS: usize = 15;
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0
        || fraction.len() > MOST_DIGITS
        || !all_digits(whole)
        || !all_digits(fraction)
    {
        return None;
    }
    let significant = whole
        .bytes()
        .chain(fraction.bytes())
        .skip_while(|&b| b == b'0');
    let mut scaled: u64 = 0;
    for (count, byte) in significant.enumerate() {
        if count == MOST_DIGITS {
            return None;
        }
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
