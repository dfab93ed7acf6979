//! Fuzz targets: hostile model files into the reader, hostile query strings into the link
//! reader, and valid models through Download model and back. Each runs a bounded number of cases
//! in `scripts/test` (proptest's default, 256, in seconds); `scripts/fuzz` runs them for longer
//! (`PROPTEST_CASES`, minutes). Each checks that nothing panics, that every accepted model gives
//! finite, ordered figures, and that what payband writes (a file, a link) reads back the same.

use payband::model::{
    BUILT_IN_JSON, Estimate, MAX_NOTICES, Model, Profile, Settings, mask_of, query_pairs,
    query_string, read_settings, write_settings,
};
use proptest::prelude::*;
use proptest::sample::Index;

fn built_in() -> Model {
    Model::built_in()
}

/// Every figure an estimate shows is a plain number in order: the range holds the median and
/// the personal base, the parts add up to the total, and so does every year of the path.
fn assert_sane(estimate: &Estimate) {
    const PLAIN: i64 = 1 << 53;
    let figures = [
        estimate.low,
        estimate.median,
        estimate.high,
        estimate.base,
        estimate.bonus,
        estimate.equity,
        estimate.total,
        estimate.frontend_median,
    ];
    assert!(
        figures.iter().all(|f| (0..PLAIN).contains(f)),
        "{figures:?}"
    );
    assert!(estimate.low <= estimate.median && estimate.median <= estimate.high);
    assert!(estimate.low <= estimate.base && estimate.base <= estimate.high);
    assert_eq!(
        estimate.total,
        estimate.base + estimate.bonus + estimate.equity
    );
    let parts: i64 = estimate.breakdown.iter().map(|row| row.dollars).sum();
    assert_eq!(parts, estimate.total);
    for year in &estimate.trajectory {
        assert!(
            year.low <= year.median && year.median <= year.high,
            "{year:?}"
        );
    }
}

/// A profile anywhere in `model`'s domain, from raw numbers.
fn profile_in(model: &Model, raw: &(f64, [Index; 6], u64, u64, f64)) -> Profile {
    let (years, choices, skills, certifications, position) = raw;
    let pick = |index: &Index, len: usize| index.index(len);
    Profile {
        years: *years,
        location: pick(&choices[0], model.locations.options.len()),
        remote: pick(&choices[1], model.remote.options.len()),
        language: pick(&choices[2], model.languages.options.len()),
        skills: skills & mask_of(&model.skills),
        certifications: certifications & mask_of(&model.certifications),
        industry: pick(&choices[3], model.industries.options.len()),
        company: pick(&choices[4], model.companies.options.len()),
        position: *position,
        track: pick(&choices[5], model.tracks.options.len()),
        benefits: 0.0,
    }
}

fn any_raw_profile() -> impl Strategy<Value = (f64, [Index; 6], u64, u64, f64)> {
    (
        0.0..=40.0f64,
        any::<[Index; 6]>(),
        any::<u64>(),
        any::<u64>(),
        0.0..=100.0f64,
    )
}

/// One change to a model file's bytes.
#[derive(Clone, Debug)]
enum Mutation {
    /// Overwrite a byte (invalid UTF-8 included).
    Byte(Index, u8),
    /// Cut a span out.
    Cut(Index, usize),
    /// Copy a span of the file to another place (fields twice, objects in lists, …).
    Splice(Index, usize, Index),
    /// Put a number's digits in place of another's: huge, tiny, negative, exponents.
    Number(Index, String),
    /// Nest a value deeply.
    Deep(Index, usize),
    /// A long string.
    Long(Index, usize),
}

fn any_mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Byte(at, byte)),
        (any::<Index>(), 1..200usize).prop_map(|(at, len)| Mutation::Cut(at, len)),
        (any::<Index>(), 1..400usize, any::<Index>())
            .prop_map(|(from, len, to)| Mutation::Splice(from, len, to)),
        (
            any::<Index>(),
            "-?[0-9]{1,40}(\\.[0-9]{0,30})?([eE][-+]?[0-9]{1,4})?"
        )
            .prop_map(|(at, number)| Mutation::Number(at, number)),
        (any::<Index>(), 1..5_000usize).prop_map(|(at, depth)| Mutation::Deep(at, depth)),
        (any::<Index>(), 1..200_000usize).prop_map(|(at, len)| Mutation::Long(at, len)),
    ]
}

/// The nearest char boundary at or before `at`.
fn boundary(text: &[u8], at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|&i| i == text.len() || (text[i] as i8) >= -0x40)
        .unwrap_or(0)
}

fn mutate(mut file: Vec<u8>, mutation: &Mutation) -> Vec<u8> {
    let len = file.len().max(1);
    match mutation {
        Mutation::Byte(at, byte) => {
            let at = at.index(len).min(file.len().saturating_sub(1));
            if let Some(slot) = file.get_mut(at) {
                *slot = *byte;
            }
        }
        Mutation::Cut(at, cut) => {
            let start = at.index(len).min(file.len());
            let end = (start + cut).min(file.len());
            file.drain(start..end);
        }
        Mutation::Splice(from, span, to) => {
            let start = from.index(len).min(file.len());
            let end = (start + span).min(file.len());
            let piece = file[start..end].to_vec();
            let to = to.index(len).min(file.len());
            file.splice(to..to, piece);
        }
        Mutation::Number(at, number) => {
            // Replace the first number at or after `at`.
            let start = at.index(len);
            if let Some(offset) = file[start.min(file.len())..]
                .iter()
                .position(u8::is_ascii_digit)
            {
                let begin = start + offset;
                let end = file[begin..]
                    .iter()
                    .position(|b| !b.is_ascii_digit() && *b != b'.')
                    .map_or(file.len(), |n| begin + n);
                file.splice(begin..end, number.bytes());
            }
        }
        Mutation::Deep(at, depth) => {
            let at = boundary(&file, at.index(len));
            let nested = format!("{}1{}", "[".repeat(*depth), "]".repeat(*depth));
            file.splice(at..at, nested.bytes());
        }
        Mutation::Long(at, long) => {
            let at = boundary(&file, at.index(len));
            let text = format!("\"{}\"", "x".repeat(*long));
            file.splice(at..at, text.bytes());
        }
    }
    file
}

/// A piece of a query string: the keys and values payband reads, its separators and escapes,
/// and noise.
fn any_query_piece() -> impl Strategy<Value = String> {
    let keys = prop::sample::select(vec![
        "exp",
        "loc",
        "remote",
        "lang",
        "skills",
        "certs",
        "ind",
        "co",
        "pos",
        "cur",
        "per",
        "vs",
        "vs.exp",
        "vs.co",
        "vs.loc",
        "m.loc.sf",
        "m.band.mid.high",
        "m.cur.eur",
        "m.gap",
        "m.lang.python",
        "m.skill.docker",
        "m.zz",
        "embed",
        "model",
        "utm_source",
    ]);
    let values = prop::sample::select(vec![
        "",
        "0",
        "4.5",
        "-3",
        "1e3",
        "NaN",
        "inf",
        ".000000000000001",
        "99999999999999999",
        "sf",
        "aus",
        "go",
        "k8s,docker",
        "ckad",
        "startup",
        "enterprise",
        "eur",
        "inr",
        "month",
        "hour",
        "%",
        "%zz",
        "%E2%82%AC",
        "%FF",
        "1,2,,3",
        "\u{202e}",
        "<b>x</b>",
    ]);
    prop_oneof![
        4 => (keys, values).prop_map(|(k, v)| format!("{k}={v}&")),
        1 => "[?&=%a-z0-9.,+\\-]{0,40}",
        1 => any::<String>().prop_map(|s| s.chars().take(60).collect()),
    ]
}

proptest! {
    /// Any mutation of the built-in file: the reader answers, never panics, and what it accepts
    /// is a model whose every estimate is sane.
    #[test]
    fn model_files_into_the_reader(
        mutations in prop::collection::vec(any_mutation(), 1..6),
        raw in any_raw_profile(),
    ) {
        let mut file = BUILT_IN_JSON.as_bytes().to_vec();
        for mutation in &mutations {
            file = mutate(file, mutation);
        }
        match Model::parse_bytes(&file) {
            Ok(model) => {
                assert_sane(&model.estimate(&Profile::typical(&model)));
                assert_sane(&model.estimate(&profile_in(&model, &raw)));
            }
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    /// Any query string: the link reader answers with settings in the model's domain, a short
    /// list of notices, sane figures, and a link of its own that reads back the same settings.
    #[test]
    fn query_strings_into_the_link_reader(pieces in prop::collection::vec(any_query_piece(), 0..40)) {
        let model = built_in();
        let query: String = pieces.concat();
        let (settings, notices) = read_settings(&model, query_pairs(&query));
        prop_assert!(notices.len() <= MAX_NOTICES + 1);
        let edited = model.with_edits(&settings.edits).expect("edits a link keeps are valid");
        assert_sane(&edited.estimate(&settings.profile));
        if let Some(pinned) = &settings.pinned {
            assert_sane(&edited.estimate(pinned));
        }
        let written = query_string(&write_settings(&model, &settings));
        let (again, notices) = read_settings(&model, query_pairs(&written));
        prop_assert!(notices.is_empty(), "{} gave {:?}", written, notices);
        prop_assert_eq!(again, settings);
    }

    /// Valid models (the built-in one with figures changed within their rules) survive Download
    /// model: the file reads back to the same model and the same figures.
    #[test]
    fn valid_models_through_download(
        changes in prop::collection::vec((any::<Index>(), -1.0..3.0f64), 1..12),
        raw in any_raw_profile(),
    ) {
        let model = built_in();
        let keys: Vec<String> = model.figures().into_iter().map(|entry| entry.key).collect();
        let mut settings = Settings::typical(&model);
        for (which, scale) in changes {
            let key = which.get(&keys);
            let value = model.figure(key).unwrap().value * scale;
            if let Ok((list, _)) = model.edit_list(&settings.edits, key, value) {
                settings.edits = list;
            }
        }
        let edited = model.with_edits(&settings.edits).unwrap();
        let read = Model::parse(&edited.to_json()).expect("a downloaded model reads back");
        prop_assert_eq!(&read, &edited);
        let profile = profile_in(&edited, &raw);
        assert_sane(&read.estimate(&profile));
        prop_assert_eq!(read.estimate(&profile), edited.estimate(&profile));
    }
}
