//! Hostile input: the hardening issue's reproducers for links and model files, each refused or
//! read with a reason and in work bounded by the input's size.

use payband::model::{
    BUILT_IN_JSON, MAX_NOTICES, MAX_PAIRS, Model, Notice, Settings, query_pairs, query_string,
    read_settings, write_settings,
};

#[path = "common/largest_model.rs"]
mod largest_model;

fn model() -> Model {
    Model::built_in()
}

fn read(query: &str) -> (Settings, Vec<Notice>) {
    read_settings(&model(), query_pairs(query))
}

#[test]
fn thousands_of_unknown_figures_give_a_short_list() {
    let query = "m.zz=1&".repeat(10_000);
    let (settings, notices) = read(&query);
    assert!(settings.edits.is_empty());
    assert_eq!(notices.len(), MAX_NOTICES + 1, "{notices:?}");
    assert_eq!(notices[0].key, "m.zz");
    assert_eq!(
        notices[0].message,
        "not used, the model's value is kept: no figure of the model has this name"
    );
    // 9,488 past the pairs read, 500 of the 512 read listed past the first twelve, and one
    // notice for the unread ones: 9,989 more.
    let last = notices.last().unwrap();
    assert_eq!(
        (last.key.as_str(), last.message.as_str()),
        ("", "and 501 more")
    );
}

#[test]
fn a_megabyte_link_is_read_to_its_cap_and_says_so() {
    let query = "m.zz=1&".repeat(1 << 20 >> 3);
    let pairs = query_pairs(&query);
    // Decoded no further than the reader reads, and one more to say there is more.
    assert_eq!(pairs.len(), MAX_PAIRS + 1);
    let (_, notices) = read_settings(&model(), pairs);
    assert_eq!(notices.len(), MAX_NOTICES + 1);
    let (_, all) = read_settings(&model(), query_pairs(&"m.zz=1&".repeat(MAX_PAIRS + 3)));
    assert!(
        all.iter()
            .all(|notice| notice.key == "m.zz" || notice.key.is_empty())
    );
    // The notice about the unread pairs is counted in "and N more" when the list is full; with
    // few notices it shows.
    let mut query = "exp=7&".to_string();
    query.push_str(&"utm_x=1&".repeat(MAX_PAIRS - 1));
    query.push_str("loc=sf");
    let (settings, notices) = read(&query);
    assert_eq!(
        settings.profile,
        read("exp=7").0.profile,
        "loc=sf is past the cap"
    );
    assert_eq!(
        notices
            .iter()
            .map(|n| n.message.as_str())
            .collect::<Vec<_>>(),
        ["the link is longer than payband reads: the settings after its first 512 were ignored"]
    );
}

#[test]
fn every_figure_changed_once_is_a_link_payband_reads_whole() {
    let model = model();
    let figures = model.figures();
    assert!(figures.len() + 30 < MAX_PAIRS, "a full link fits the cap");
    // Each figure nudged by a hundredth of its value (kept inside its range by the rules or
    // refused with a notice); the link is read whole, with at most one notice a figure.
    let query: Vec<(String, String)> = figures
        .iter()
        .map(|entry| (format!("m.{}", entry.key), "1".to_string()))
        .collect();
    let (_, notices) = read_settings(&model, query);
    assert!(notices.len() <= MAX_NOTICES + 1);
}

#[test]
fn a_link_full_of_edits_to_the_largest_model_is_read_edit_by_edit() {
    let model = Model::parse(&largest_model::largest_model()).unwrap();
    let figures = model.figures();
    assert!(figures.len() > MAX_PAIRS, "{} figures", figures.len());
    // As many edits as a link is read for, one of them breaking a rule (a band's low above its
    // high): that one is refused on its own and the other 511 are kept, in order.
    let mut query: Vec<(String, String)> = figures
        .iter()
        .map(|entry| (format!("m.{}", entry.key), entry.figure.value.to_string()))
        .collect();
    let broken = query
        .iter()
        .position(|(key, _)| key.ends_with(".low"))
        .unwrap();
    query[broken].1 = "10000000".into();
    let (settings, notices) = read_settings(&model, query.clone());
    let keys: Vec<&str> = notices.iter().map(|notice| notice.key.as_str()).collect();
    assert_eq!(keys, [query[broken].0.as_str(), ""], "{notices:?}");
    assert_eq!(settings.edits.len(), MAX_PAIRS - 1);
    assert!(
        settings
            .edits
            .iter()
            .zip(
                query
                    .iter()
                    .take(MAX_PAIRS)
                    .filter(|(key, _)| *key != query[broken].0)
            )
            .all(|(edit, (key, _))| format!("m.{}", edit.key) == *key)
    );
    assert!(model.with_edits(&settings.edits).is_ok());
}

#[test]
fn a_notice_names_a_long_key_cut_short() {
    let key = format!("m.{}", "x".repeat(10_000));
    let (_, notices) = read(&format!("{key}=1&exp=5"));
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].key, format!("{}…", &key[..48]));
}

#[test]
fn a_tiny_edit_survives_its_link() {
    let (settings, notices) = read("m.skill.docker=.000000000000001");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(settings.edits[0].value, 1e-15);
    let link = query_string(&write_settings(&model(), &settings));
    assert_eq!(link, "m.skill.docker=0.000000000000001");
    let (again, notices) = read(&link);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(again, settings);
}

#[test]
fn a_frontend_developer_never_earns_less_than_nothing() {
    let (settings, notices) = read("m.lang.python=-0.5&m.gap=74000");
    assert!(notices.is_empty(), "{notices:?}");
    let edited = model().with_checked_edits(&settings.edits);
    let estimate = edited.estimate(&settings.profile);
    assert!(
        estimate.frontend_median >= 0,
        "{}",
        estimate.frontend_median
    );
    // The national median at 4 years, $105,000, less the $74,000 gap.
    assert_eq!(estimate.frontend_median, 31_000);
}

#[test]
fn an_object_of_a_hundred_thousand_keys_stops_at_the_first() {
    let keys: String = (0..100_000).map(|i| format!("\"{i:x}\":1,")).collect();
    let file = format!("{{{keys}\"end\":1}}");
    assert!(file.len() < 1_000_000, "{}", file.len());
    let errors = Model::parse(&file).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .starts_with("0: unknown field `0`, expected one of `format`,"),
        "{errors:?}"
    );
    assert!(
        errors[0].to_string().ends_with("at line 1 column 4"),
        "{errors:?}"
    );
}

#[test]
fn a_key_repeated_a_hundred_thousand_times_stops_at_the_second() {
    let repeated = "\"value\": 1, ".repeat(100_000);
    let file = BUILT_IN_JSON.replacen("\"value\": 94000,", &repeated, 1);
    assert!(file.len() < 1_300_000);
    let errors = Model::parse(&file[..file.len().min(999_999)]).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .starts_with("national_average: duplicate field `value` at line 6"),
        "{errors:?}"
    );
}
