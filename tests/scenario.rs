//! Scenarios as key/value pairs: what links, embeds and tests use to describe a profile.

use payband::model::{
    Model, Profile, mask_of, query_pairs, query_string, read_scenario, write_scenario,
};
use proptest::prelude::*;

fn read(query: &str) -> (Profile, Vec<String>) {
    let model = Model::built_in();
    let (profile, notices) = read_scenario(&model, query_pairs(query));
    (
        profile,
        notices
            .iter()
            .map(|n| format!("{}: {}", n.key, n.message))
            .collect(),
    )
}

fn id_of<T: payband::model::Named>(options: &[T], index: usize) -> &str {
    options[index].id()
}

#[test]
fn a_full_scenario_is_read() {
    let model = Model::built_in();
    let (profile, notices) = read(
        "exp=5&loc=aus&remote=uniform&lang=go&skills=k8s,docker&certs=ckad&ind=fintech&co=startup&pos=70",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(profile.years, 5.0);
    assert_eq!(id_of(&model.locations.options, profile.location), "aus");
    assert_eq!(id_of(&model.remote.options, profile.remote), "uniform");
    assert_eq!(id_of(&model.languages.options, profile.language), "go");
    assert_eq!(profile.skills.count_ones(), 2);
    assert_eq!(profile.certifications.count_ones(), 1);
    assert_eq!(
        id_of(&model.industries.options, profile.industry),
        "fintech"
    );
    assert_eq!(id_of(&model.companies.options, profile.company), "startup");
    assert_eq!(profile.position, 70.0);
}

#[test]
fn defaults_are_left_out_of_links() {
    let model = Model::built_in();
    assert!(write_scenario(&model, &Profile::typical(&model)).is_empty());
    let (profile, _) = read("exp=5&loc=aus");
    assert_eq!(
        query_string(&write_scenario(&model, &profile)),
        "exp=5&loc=aus"
    );
}

#[test]
fn bad_values_fall_back_and_are_reported() {
    let typical = Profile::typical(&Model::built_in());
    let (profile, notices) = read("exp=abc");
    assert_eq!(profile.years, typical.years);
    assert!(
        notices[0].starts_with("exp: “abc” is not a number"),
        "{notices:?}"
    );

    let (profile, notices) = read("exp=999");
    assert_eq!(profile.years, 40.0);
    assert!(
        notices[0].contains("outside 0 to 40; 40 years is used"),
        "{notices:?}"
    );

    let (profile, notices) = read("exp=-3&pos=101");
    assert_eq!((profile.years, profile.position), (0.0, 100.0));
    assert_eq!(notices.len(), 2);

    let (profile, notices) = read("loc=mars&exp=6");
    assert_eq!(profile.location, typical.location);
    assert_eq!(profile.years, 6.0, "valid values are kept");
    assert_eq!(
        notices,
        ["loc: “mars” is not a known option; US national average is used"]
    );

    let (profile, notices) = read("skills=go,,%3Cscript%3E,k8s");
    assert_eq!(profile.skills.count_ones(), 1, "k8s is kept");
    assert_eq!(notices, ["skills: unknown go, <script> ignored"]);

    let (profile, notices) = read("exp=7&exp=9");
    assert_eq!(profile.years, 7.0);
    assert!(notices[0].contains("more than once"));

    let (_, notices) = read(&format!("loc={}", "x".repeat(5000)));
    assert!(notices[0].contains("too long"));

    for odd in [
        "exp=1e3",
        "exp=inf",
        "exp=NaN",
        "exp=0x10",
        "exp=",
        "exp=%FF%FE",
        "exp=4%",
    ] {
        let (profile, notices) = read(odd);
        assert_eq!(profile.years, typical.years, "{odd}");
        assert_eq!(notices.len(), 1, "{odd}: {notices:?}");
    }
}

#[test]
fn experience_snaps_to_half_years_like_the_slider() {
    assert_eq!(read("exp=4.3").0.years, 4.5);
    assert_eq!(read("exp=4.2").0.years, 4.0);
    assert_eq!(read("pos=33.6").0.position, 34.0);
}

#[test]
fn unknown_keys_belong_to_others_and_are_ignored() {
    let (profile, notices) = read("embed=1&utm_source=blog&exp=3");
    assert!(notices.is_empty());
    assert_eq!(profile.years, 3.0);
}

#[test]
fn query_strings_escape_and_decode() {
    assert_eq!(
        query_pairs("?a=x%20y+z&b&=c"),
        [
            ("a".into(), "x y z".into()),
            ("b".into(), String::new()),
            (String::new(), "c".into())
        ]
    );
    assert_eq!(
        query_string(&[("skills", "k8s,docker".into()), ("x", "<a b>".into())]),
        "skills=k8s,docker&x=%3Ca%20b%3E"
    );
    assert_eq!(query_pairs("a=%zz%4"), [("a".into(), "%zz%4".into())]);
}

proptest! {
    /// Writing a profile and reading it back gives the same profile, with no notice.
    #[test]
    fn scenarios_round_trip(half_years in 0..=80u32, position in 0..=100u32, location in 0..13usize, skills in 0..=255u64, certifications in 0..=63u64, company in 0..3usize) {
        let model = Model::built_in();
        let profile = Profile {
            years: f64::from(half_years) / 2.0,
            position: f64::from(position),
            location,
            skills: skills & mask_of(&model.skills),
            certifications: certifications & mask_of(&model.certifications),
            company,
            ..Profile::typical(&model)
        };
        let query = query_string(&write_scenario(&model, &profile));
        let (read_back, notices) = read_scenario(&model, query_pairs(&query));
        prop_assert!(notices.is_empty());
        prop_assert_eq!(read_back, profile);
    }

    /// No link can break the reader.
    #[test]
    fn any_query_is_read_without_panic(query in ".{0,300}") {
        let model = Model::built_in();
        let (profile, _) = read_scenario(&model, query_pairs(&query));
        prop_assert!(model.estimate(&profile).low > 0);
    }
}
