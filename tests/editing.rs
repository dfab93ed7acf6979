//! "Your numbers, not ours": edited figures, downloaded models, currencies and periods, offers,
//! and the settings a link carries, all natively against the built-in model.

use payband::model::{
    Edit, Model, Money, Period, Profile, Settings, Unit, query_pairs, query_string, read_settings,
    write_settings,
};
use proptest::prelude::*;

fn model() -> Model {
    Model::built_in()
}

fn edit(key: &str, value: f64) -> Edit {
    Edit {
        key: key.into(),
        value,
    }
}

fn index(model: &Model, key: &str) -> usize {
    model.figures().iter().position(|e| e.key == key).unwrap()
}

fn profile_in(model: &Model, location: &str) -> Profile {
    let (settings, notices) = read_settings(model, [("loc", location)]);
    assert!(notices.is_empty());
    settings.profile
}

#[test]
fn every_figure_has_a_unique_key_that_finds_it() {
    let model = model();
    let figures = model.figures();
    assert!(figures.len() > 80, "{} figures", figures.len());
    for (i, entry) in figures.iter().enumerate() {
        assert!(
            figures[..i].iter().all(|earlier| earlier.key != entry.key),
            "duplicate key {}",
            entry.key
        );
        assert!(std::ptr::eq(
            model.figure(&entry.key).unwrap(),
            entry.figure
        ));
    }
    assert!(model.figure("loc.atlantis").is_none());
    let rate = &figures[index(&model, "cur.eur")];
    assert_eq!(rate.unit, Unit::Rate);
}

#[test]
fn the_figure_count_is_the_length_of_the_list() {
    let model = model();
    assert_eq!(model.figure_count(), model.figures().len());
    // One option fewer in each list: the count follows by as many figures as the list drops.
    let shrinks: [fn(&mut Model); 9] = [
        |m| drop(m.bands.pop()),
        |m| drop(m.locations.options.pop()),
        |m| drop(m.remote.options.pop()),
        |m| drop(m.languages.options.pop()),
        |m| drop(m.skills.pop()),
        |m| drop(m.certifications.pop()),
        |m| drop(m.industries.options.pop()),
        |m| drop(m.companies.options.pop()),
        |m| drop(m.currencies.options.pop()),
    ];
    for (index, shrink) in shrinks.iter().enumerate() {
        let mut smaller = model.clone();
        shrink(&mut smaller);
        assert!(
            smaller.figures().len() < model.figures().len(),
            "list {index}"
        );
        assert_eq!(
            smaller.figure_count(),
            smaller.figures().len(),
            "list {index}"
        );
    }
}

#[test]
fn setting_a_figure_changes_that_figure_only_and_says_it_changed() {
    let model = model();
    for entry in model.figures() {
        let mut changed = model.clone();
        let value = entry.figure.value * 1.01 + 0.001;
        assert!(changed.set_figure(&entry.key, value), "{}", entry.key);
        let before: Vec<f64> = model.figures().iter().map(|e| e.figure.value).collect();
        let after: Vec<f64> = changed.figures().iter().map(|e| e.figure.value).collect();
        for (i, (b, a)) in before.iter().zip(&after).enumerate() {
            if i == index(&model, &entry.key) {
                assert_eq!(*a, value);
            } else {
                assert_eq!(a, b, "{} changed {}", entry.key, model.figures()[i].key);
            }
        }
        let figure = changed.figure(&entry.key).unwrap();
        assert!(figure.quote.is_none());
        assert!(
            figure
                .explanation()
                .starts_with("Changed by a payband user from"),
            "{}",
            figure.explanation()
        );
    }
}

#[test]
fn editing_the_sf_factor_moves_sf_pay_and_nothing_else() {
    let model = model();
    let edited = model.with_edits(&[edit("loc.sf", 1.5)]).unwrap();
    let sf = profile_in(&model, "sf");
    let chicago = profile_in(&model, "chi");
    let before = model.estimate(&sf);
    let after = edited.estimate(&sf);
    // The national median at 4 years is scaled by the factor: 1.48 → 1.5.
    let national = model.estimate(&Profile::typical(&model)).median as f64;
    assert_eq!(before.median, (national * 1.48).round() as i64);
    assert_eq!(after.median, (national * 1.5).round() as i64);
    assert_eq!(model.estimate(&chicago), edited.estimate(&chicago));
}

#[test]
fn the_edit_list_keeps_one_entry_per_figure_and_drops_no_op_edits() {
    let model = model();
    let list = model.edit_list(&[], "loc.sf", 1.4).unwrap().0;
    let list = model.edit_list(&list, "loc.nyc", 1.3).unwrap().0;
    let list = model.edit_list(&list, "loc.sf", 1.45).unwrap().0;
    assert_eq!(list, vec![edit("loc.sf", 1.45), edit("loc.nyc", 1.3)]);
    // Back to the model's own value: no longer an edit.
    let list = model.edit_list(&list, "loc.sf", 1.48).unwrap().0;
    assert_eq!(list, vec![edit("loc.nyc", 1.3)]);
    let refused = model.edit_list(&list, "band.entry.high", 1.0).unwrap_err();
    assert_eq!(
        refused[0].to_string(),
        "bands.entry.high: 1 is outside the sane range 1000 to 10000000"
    );
}

#[test]
fn checked_edits_apply_exactly_as_the_checking_path_does() {
    let model = model();
    let edits = [
        edit("loc.sf", 1.4321),
        edit("band.senior.high", 171_234.0),
        edit("cur.eur", 0.9),
    ];
    assert_eq!(
        model.with_checked_edits(&edits),
        model.with_edits(&edits).unwrap()
    );
    assert_eq!(model.with_checked_edits(&[]), model);
    // Unknown keys are skipped, not fatal: the page never stores one, and must not stop if it did.
    assert_eq!(
        model.with_checked_edits(&[edit("loc.atlantis", 2.0), edit("loc.sf", 1.4321)]),
        model.with_edits(&[edit("loc.sf", 1.4321)]).unwrap()
    );
}

#[test]
fn an_edit_that_breaks_a_rule_is_refused_with_its_path() {
    let model = model();
    let errors = model
        .with_edits(&[edit("band.mid.high", 90_000.0)])
        .unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "bands.mid.high: 90000 is below low 95000"
    );
    let errors = model.with_edits(&[edit("loc.atlantis", 1.0)]).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "loc.atlantis: no figure of the model has this name"
    );
    let errors = model.with_edits(&[edit("loc.sf", 1e300)]).unwrap_err();
    assert!(errors[0].to_string().contains("outside the sane range"));
}

#[test]
fn the_downloaded_model_reads_back_identical() {
    let model = model();
    assert_eq!(Model::parse(&model.to_json()).unwrap(), model);
    let edited = model
        .with_edits(&[
            edit("loc.sf", 1.4321),
            edit("band.senior.high", 171_234.0),
            edit("lang.rust", -0.0125),
            edit("cur.eur", 0.912_345_678_9),
            edit("hours", 1_720.0),
        ])
        .unwrap();
    let text = edited.to_json();
    let read = Model::parse(&text).unwrap();
    assert_eq!(read, edited);
    assert!(text.contains("\"value\": 1.4321,"));
    assert!(text.contains("\"assumption\": \"Changed by a payband user from 1.48."));
    for years in [0.0, 3.5, 12.0] {
        let profile = Profile {
            years,
            ..profile_in(&edited, "sf")
        };
        assert_eq!(read.estimate(&profile), edited.estimate(&profile));
    }
}

proptest! {
    /// Any finite number in any figure comes back bit for bit from a downloaded file (read
    /// without the rules, which such numbers mostly break).
    #[test]
    fn any_number_survives_a_download(
        value in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO,
        which in any::<prop::sample::Index>(),
    ) {
        let mut model = model();
        let key = which.get(&model.figures()).key.clone();
        model.set_figure(&key, value);
        let text = model.to_json();
        let read: Model = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(read.figure(&key).unwrap().value.to_bits(), value.to_bits(), "{}", text);
    }

    /// A changed figure as a person types it (here an exchange rate with up to 14 significant
    /// digits) comes back exactly through a link: its writer checks with the link's reader.
    #[test]
    fn typed_figures_survive_a_link(digits in 1_000_000_000u64..100_000_000_000_000, scale in 9..15i32) {
        let model = model();
        let settings = Settings {
            edits: vec![edit("cur.eur", digits as f64 / 10f64.powi(scale))],
            ..Settings::typical(&model)
        };
        prop_assert_eq!(round_trip(&model, &settings), settings);
    }
}

/// The hardening issue's reproducers: numbers the hand-written writer lost or its reader misread.
#[test]
fn tiny_and_seventeen_digit_numbers_survive_a_download() {
    let model = model();
    for (key, value) in [
        ("band.mid.from", 1e-18),
        ("path.start", 8.97e-143),
        ("path.end", 9.132_729_755_842_528e-4),
    ] {
        let mut changed = model.clone();
        assert!(changed.set_figure(key, value));
        let read: Model = serde_json::from_str(&changed.to_json()).unwrap();
        assert_eq!(
            read.figure(key).unwrap().value.to_bits(),
            value.to_bits(),
            "{key}"
        );
    }
    // A mid band starting at 1e-18 years is valid (later than 0), and so is its download: it
    // was written as 0, which the rules refuse.
    for value in [1e-18, 2.000_000_000_000_001] {
        let edited = model.with_edits(&[edit("band.mid.from", value)]).unwrap();
        assert_eq!(Model::parse(&edited.to_json()).unwrap(), edited);
    }
}

#[test]
fn whole_numbers_are_written_as_integers() {
    let text = model().to_json();
    assert!(text.contains("\"value\": 94000,"), "{}", &text[..400]);
    assert!(!text.contains(".0,"));
}

#[test]
fn amounts_convert_to_the_cent() {
    let model = model();
    let eur = model.currencies.index_of("eur").unwrap();
    let monthly = Money::new(&model, eur, Period::Month);
    // 100,000 USD a year at 0.85 EUR per USD is 85,000 EUR, 7,083.333… a month.
    assert_eq!(monthly.amount(100_000), "€7,083.33");
    assert_eq!(monthly.signed(-1_200), "\u{2212}€85.00");
    let yearly = Money::new(&model, eur, Period::Year);
    assert_eq!(yearly.amount(100_000), "€85,000");
    // Sums (four years of pay) are converted but not divided by the period.
    assert_eq!(monthly.sum(400_000), "€340,000");
    assert_eq!(monthly.sum_signed(-1_000), "\u{2212}€850");
    let hourly = Money::new(&model, 0, Period::Hour);
    // 2,080 hours: 104,000 / 2,080 = 50.
    assert_eq!(hourly.amount(104_000), "$50.00");
    assert_eq!(hourly.amount(100_000), "$48.08");
    // The default is the old display: whole US dollars a year.
    assert_eq!(
        Money::new(&model, 0, Period::Year).amount(107_500),
        "$107,500"
    );
}

#[test]
fn an_edited_rate_and_hours_are_used() {
    let model = model()
        .with_edits(&[edit("cur.gbp", 0.8), edit("hours", 2_000.0)])
        .unwrap();
    let gbp = model.currencies.index_of("gbp").unwrap();
    assert_eq!(
        Money::new(&model, gbp, Period::Year).amount(100_000),
        "£80,000"
    );
    assert_eq!(
        Money::new(&model, gbp, Period::Hour).amount(100_000),
        "£40.00"
    );
}

#[test]
fn offers_compare_by_the_models_own_figures() {
    let model = model();
    let (settings, _) = read_settings(&model, [("co", "startup"), ("exp", "5")]);
    let startup = model.estimate(&settings.profile);
    let (settings, _) = read_settings(&model, [("co", "enterprise"), ("exp", "5")]);
    let enterprise = model.estimate(&settings.profile);
    let (a, b) = (startup.offer(), enterprise.offer());
    assert_eq!(a.total, startup.base + startup.bonus + startup.equity);
    assert_eq!(a.over_vesting, 4 * a.total);
    assert!(
        a.equity < a.equity_paper,
        "startup equity is discounted for risk"
    );
    assert_eq!(b.equity, b.equity_paper, "listed stock counts in full");
    let difference = b.minus(&a);
    assert_eq!(difference.total, enterprise.total - startup.total);
    assert_eq!(difference.over_vesting, 4 * difference.total);
    assert!(difference.base > 0);
}

fn round_trip(model: &Model, settings: &Settings) -> Settings {
    let query = query_string(&write_settings(model, settings));
    let (read, notices) = read_settings(model, query_pairs(&query));
    assert!(notices.is_empty(), "{query}: {notices:?}");
    read
}

#[test]
fn settings_survive_a_link() {
    let model = model();
    let typical = Settings::typical(&model);
    assert!(write_settings(&model, &typical).is_empty());
    let (pinned, _) = read_settings(&model, [("co", "startup"), ("loc", "sf")]);
    let settings = Settings {
        profile: profile_in(&model, "aus"),
        pinned: Some(pinned.profile),
        currency: model.currencies.index_of("cad").unwrap(),
        period: Period::Hour,
        edits: vec![edit("loc.sf", 1.4), edit("co.startup.risk", 0.25)],
    };
    let query = query_string(&write_settings(&model, &settings));
    assert_eq!(
        query,
        "loc=aus&vs=1&vs.loc=sf&vs.co=startup&cur=cad&per=hour&m.loc.sf=1.4&m.co.startup.risk=0.25"
    );
    assert_eq!(round_trip(&model, &settings), settings);
    let typical_pinned = Settings {
        pinned: Some(Profile::typical(&model)),
        ..typical
    };
    assert_eq!(round_trip(&model, &typical_pinned), typical_pinned);
}

#[test]
fn a_link_keeps_edits_that_are_valid_only_together() {
    // The senior band's low raised, its high raised, then its low raised past the old high: each
    // change valid when made, and the list keeps the low first, where it was first changed.
    let model = model();
    let mut edits = Vec::new();
    for (key, value) in [
        ("band.senior.low", 150_000.0),
        ("band.senior.high", 300_000.0),
        ("band.senior.low", 200_000.0),
    ] {
        edits = model.edit_list(&edits, key, value).unwrap().0;
    }
    assert_eq!(edits[0], edit("band.senior.low", 200_000.0));
    // Read one at a time in that order, the low would be above the high and refused.
    assert!(model.with_edits(&edits[..1]).is_err());
    let settings = Settings {
        edits: edits.clone(),
        ..Settings::typical(&model)
    };
    let (read, notices) = read_settings(
        &model,
        query_pairs(&query_string(&write_settings(&model, &settings))),
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(read.edits, edits);
}

#[test]
fn an_offer_is_pinned_by_vs_1_and_its_settings_without_it_are_reported() {
    let model = model();
    let (settings, notices) = read_settings(&model, query_pairs("vs=0&vs.exp=7&exp=5"));
    assert_eq!(settings.pinned, None);
    let messages: Vec<String> = notices
        .iter()
        .map(|n| format!("{}: {}", n.key, n.message))
        .collect();
    assert_eq!(
        messages,
        [
            "vs.exp: not used, nor the other “vs.” settings: they describe a pinned offer, and the link pins none (vs=1)"
        ]
    );
    let (settings, notices) = read_settings(&model, query_pairs("vs=1&vs.exp=7"));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(settings.pinned.map(|pinned| pinned.years), Some(7.0));
}

#[test]
fn bad_settings_in_a_link_fall_back_one_by_one() {
    let model = model();
    let (settings, notices) = read_settings(
        &model,
        [
            ("cur", "doubloon"),
            ("per", "fortnight"),
            ("m.loc.sf", "lots"),
            ("m.band.mid.high", "90000"),
            ("m.loc.atlantis", "2"),
            ("m.loc.nyc", "1.3"),
            ("m.loc.nyc", "1.4"),
            ("vs.co", "megacorp"),
            ("vs", "1"),
        ],
    );
    let messages: Vec<String> = notices
        .iter()
        .map(|n| format!("{}: {}", n.key, n.message))
        .collect();
    assert_eq!(settings.currency, model.currencies.default_index());
    assert_eq!(settings.period, Period::Year);
    assert_eq!(settings.edits, vec![edit("loc.nyc", 1.3)]);
    assert_eq!(settings.pinned, Some(Profile::typical(&model)));
    let expected = [
        "cur: “doubloon” is not a known option; US dollar is used",
        "per: “fortnight” is not year, month or hour; yearly amounts are shown",
        "m.loc.sf: “lots” is not a number; the model's value is used",
        "m.band.mid.high: not used, the model's value is kept: 90000 is below low 95000",
        "m.loc.atlantis: not used, the model's value is kept: no figure of the model has this name",
        "m.loc.nyc: appears more than once; the first one is used",
        "vs.co: “megacorp” is not a known option; Mid-size company is used",
    ];
    assert_eq!(messages, expected);
}

#[test]
fn a_model_without_currencies_shows_dollars() {
    let mut json: serde_json::Value = serde_json::from_str(&model().to_json()).unwrap();
    let object = json.as_object_mut().unwrap();
    object.remove("currencies");
    object.remove("hours_per_year");
    let model = Model::parse(&json.to_string()).unwrap();
    assert_eq!(model.currencies.options.len(), 1);
    assert_eq!(model.hours_per_year.value, 2080.0);
    assert_eq!(
        Money::new(&model, 5, Period::Month).amount(120_000),
        "$10,000.00"
    );
}

#[test]
fn the_format_guides_example_model_loads() {
    let readme = include_str!("../docs/model-format.md");
    let start = readme
        .find("```json\n")
        .expect("a json block in docs/model-format.md")
        + 8;
    let end = start + readme[start..].find("```").unwrap();
    let model = Model::parse(&readme[start..end]).unwrap_or_else(|errors| {
        panic!("{errors:?}");
    });
    assert_eq!(model.name, "Acme salary survey 2027 (Europe)");
    assert_eq!(model.bands.len(), 2);
    let eur = model.currencies.index_of("eur").unwrap();
    assert_eq!(
        Money::new(&model, eur, Period::Hour).amount(172_000),
        "€92.00"
    );
}
