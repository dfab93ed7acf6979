//! Every assumption of the built-in model is calibrated to a named public source (issue 21,
//! "Numbers you can check"): a reason that names a number says where the number comes from, the
//! place it names is a page a reader can check rather than a site's home page, and the figures
//! keep the order the public sources give them. Each cited source says its year, so the page can
//! say how old the data is.

use payband::model::{ARTICLE_YEAR, BUILT_IN_JSON, Model, Named};
use serde_json::Value;

/// Every figure of a model file (an object with a `value`), with its field path.
fn figures(json: &Value) -> Vec<(String, &serde_json::Map<String, Value>)> {
    fn walk<'a>(
        value: &'a Value,
        path: String,
        out: &mut Vec<(String, &'a serde_json::Map<String, Value>)>,
    ) {
        match value {
            Value::Object(map) => {
                if map.contains_key("value") {
                    out.push((path.clone(), map));
                }
                for (key, child) in map {
                    // Options are named by their id, so a failure says which one.
                    let name = child
                        .get("id")
                        .and_then(Value::as_str)
                        .map_or_else(|| key.clone(), |id| format!("{key}.{id}"));
                    walk(child, format!("{path}.{name}"), out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    let name = child
                        .get("id")
                        .and_then(Value::as_str)
                        .map_or_else(|| i.to_string(), str::to_string);
                    walk(child, format!("{path}[{name}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(json, String::new(), &mut out);
    out
}

fn built_in_json() -> Value {
    serde_json::from_str(BUILT_IN_JSON).expect("data/model.json is JSON")
}

/// The figures whose assumption names a number (has a digit) but gives no `cite`.
fn uncited_numbers(json: &Value) -> Vec<String> {
    figures(json)
        .into_iter()
        .filter(|(_, figure)| {
            let names_a_number = figure
                .get("assumption")
                .and_then(Value::as_str)
                .is_some_and(|text| text.chars().any(|c| c.is_ascii_digit()));
            let cited = figure
                .get("cite")
                .and_then(Value::as_str)
                .is_some_and(|cite| !cite.trim().is_empty());
            names_a_number && !cited
        })
        .map(|(path, _)| path)
        .collect()
}

/// True when `url` is a site's home page: a host with no path, or a path of `/` or
/// `/index.html`. A query or fragment on a home page does not make it a specific page.
fn is_home_page(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let path = rest.find('/').map_or("", |slash| &rest[slash..]);
    matches!(path, "" | "/" | "/index.html")
}

/// The figures whose `cite` is a bare home page.
fn home_page_cites(json: &Value) -> Vec<String> {
    figures(json)
        .into_iter()
        .filter_map(|(path, figure)| {
            let cite = figure.get("cite")?.as_str()?;
            is_home_page(cite).then(|| format!("{path}: {cite}"))
        })
        .collect()
}

// ---- (a) A reason that names a number cites where the number comes from. ----

#[test]
fn every_assumption_that_names_a_number_cites_a_source() {
    let missing = uncited_numbers(&built_in_json());
    assert!(
        missing.is_empty(),
        "assumptions that name a number without a cite: {missing:#?}"
    );
}

#[test]
fn an_uncited_number_is_caught() {
    let mut json = built_in_json();
    let factor = &mut json["locations"]["options"][1]["factor"];
    factor.as_object_mut().unwrap().remove("cite");
    assert_eq!(
        uncited_numbers(&json),
        vec![".locations.options[sf].factor"]
    );
    // A reason without a digit needs no cite: it names no number to check.
    json["locations"]["options"][1]["factor"]["assumption"] = "No public figure found.".into();
    assert!(uncited_numbers(&json).is_empty());
}

// ---- (b) A cite is a specific page, not a site's home page. ----

#[test]
fn no_cite_is_a_bare_home_page() {
    let json = built_in_json();
    let home_pages = home_page_cites(&json);
    assert!(
        home_pages.is_empty(),
        "cites that are a home page: {home_pages:#?}"
    );
    // And the check looked at something: most assumptions now cite a page.
    let cited = figures(&json)
        .iter()
        .filter(|(_, figure)| figure.contains_key("cite"))
        .count();
    assert!(cited >= 30, "only {cited} figures cite a page");
}

#[test]
fn home_pages_are_recognised() {
    for home in [
        "https://www.bls.gov",
        "https://www.bls.gov/",
        "http://bls.gov/index.html",
        "https://www.bls.gov/?from=search",
        "https://www.bls.gov/#top",
    ] {
        assert!(is_home_page(home), "{home}");
    }
    for page in [
        "https://www.bls.gov/oes/",
        "https://www.bls.gov/oes/current/oes151252.htm",
        "https://www.aeaweb.org/articles.php?doi=10.1257/aer.100.3.1163",
        "https://example.com/index.html/table",
    ] {
        assert!(!is_home_page(page), "{page}");
    }
    let mut json = built_in_json();
    json["locations"]["options"][1]["factor"]["cite"] = "https://www.bls.gov/".into();
    assert_eq!(
        home_page_cites(&json),
        vec![".locations.options[sf].factor: https://www.bls.gov/"]
    );
}

// ---- (c) Every cited source gives its year, none later than the article's. ----

/// What is wrong with the dates of a model's sources, figures (by key) and the outlook's
/// statement alike: a cite without a year, or a year after the article's.
fn dating_problems(model: &Model) -> Vec<String> {
    let figures = model.figures();
    let mut sources: Vec<(String, Option<&str>, Option<u16>)> = figures
        .iter()
        .map(|entry| {
            let figure = entry.figure;
            (entry.key.clone(), figure.cite.as_deref(), figure.year)
        })
        .collect();
    if let Some(outlook) = &model.outlook {
        let gap = &outlook.metro_gap;
        sources.push(("outlook.metro_gap".into(), gap.cite.as_deref(), gap.year));
    }
    sources
        .into_iter()
        .filter_map(|(key, cite, year)| match (cite, year) {
            (Some(_), None) => Some(format!("{key}: cites a page but gives no year")),
            (_, Some(year)) if year > ARTICLE_YEAR => Some(format!(
                "{key}: {year} is later than the article's {ARTICLE_YEAR}"
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn every_cited_source_gives_a_year_no_later_than_the_articles() {
    let model = Model::built_in();
    let problems = dating_problems(&model);
    assert!(problems.is_empty(), "{problems:#?}");
    // And the check looked at something: the built-in model's years reach the page.
    let dated = model
        .figures()
        .iter()
        .filter(|entry| entry.figure.year.is_some())
        .count();
    assert!(dated >= 30, "only {dated} figures give a year");
}

#[test]
fn an_undated_or_future_source_is_caught() {
    let mut json = built_in_json();
    let options = &mut json["locations"]["options"];
    options[1]["factor"].as_object_mut().unwrap().remove("year");
    options[7]["factor"]["year"] = 2027.into();
    let model = Model::parse(&json.to_string()).expect("still a valid model");
    assert_eq!(
        dating_problems(&model),
        vec![
            "loc.sf: cites a page but gives no year".to_string(),
            "loc.den: 2027 is later than the article's 2026".to_string(),
        ]
    );
}

#[test]
fn a_year_without_a_cite_or_out_of_range_is_refused_by_path() {
    let refused = |edit: &dyn Fn(&mut Value)| -> Vec<String> {
        let mut json = built_in_json();
        edit(&mut json);
        match Model::parse(&json.to_string()) {
            // Accepted: the comparison below says what should have been refused.
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    };
    // The national reference's factor cites nothing, so a year has nothing to date.
    assert_eq!(
        refused(&|json| json["locations"]["options"][0]["factor"]["year"] = 2021.into()),
        vec![
            "locations.options.us.factor.year: a year needs a \"cite\": it is the year of the \
             cited public figure"
        ]
    );
    assert_eq!(
        refused(&|json| json["outlook"]["metro_gap"]["year"] = 2024.into()),
        vec![
            "outlook.metro_gap.year: a year needs a \"cite\": it is the year of the cited \
             public figure"
        ]
    );
    assert_eq!(
        refused(&|json| json["locations"]["options"][1]["factor"]["year"] = 1850.into()),
        vec!["locations.options.sf.factor.year: 1850 is outside the sane range 1900 to 2100"]
    );
    // A year is a whole number.
    let wrong_type =
        refused(&|json| json["locations"]["options"][1]["factor"]["year"] = "2021".into());
    assert!(
        wrong_type.first().is_some_and(|error| {
            error.starts_with("locations.options[1].factor.year: invalid type: string")
        }),
        "{wrong_type:?}"
    );
}

// ---- (d) The metro factors keep the order the public ratios give. ----

fn location(model: &Model, id: &str) -> f64 {
    model
        .locations
        .options
        .iter()
        .find(|option| option.id() == id)
        .unwrap_or_else(|| panic!("no location {id}"))
        .factor
        .value
}

/// The order of the metro factors, each pair (higher, lower), from the OEWS May 2025 annual
/// medians for software developers (SOC 15-1252) that each factor's assumption in
/// data/model.json gives, over the national median of $135,980. Together with [`AT_NATIONAL`]
/// the pairs order every location of the built-in model.
const ABOVE: [(&str, &str); 10] = [
    // The Bay Area (San Francisco $186,640 and San Jose $213,110, weighted by developers:
    // $201,425, 1.481) over Seattle, $167,280 (1.230).
    ("sf", "sea"),
    // Seattle $167,280 over New York $166,830 (1.227), as issue 21 expects: at two decimals
    // both would be 1.23, so New York's factor has three.
    ("sea", "nyc"),
    // New York $166,830 over Boston $166,090 (1.221).
    ("nyc", "bos"),
    // Boston $166,090 over Los Angeles $160,920 (1.183).
    ("bos", "la"),
    // Los Angeles $160,920 over Washington, DC, $154,930 (1.139).
    ("la", "dc"),
    // Washington $154,930 over Denver $137,610 (1.012).
    ("dc", "den"),
    // Denver $137,610 over the national $135,980; the article agrees: Denver is a market with
    // "strong salaries".
    ("den", "us"),
    // The national $135,980 over Dallas-Fort Worth, $133,290 (0.980).
    ("us", "dfw"),
    // Dallas-Fort Worth $133,290 over Atlanta $132,960 (0.978): at two decimals both would be
    // 0.98, so Atlanta's factor has three.
    ("dfw", "atl"),
    // Atlanta $132,960 over the lower-cost areas: the middle of five smaller Midwest metros,
    // Grand Rapids $107,520 (0.791).
    ("atl", "low"),
];

/// Below the national median in the data (Austin $134,120, 0.986; Chicago $134,380, 0.988), but
/// the article counts both among the markets where developers "earn strong salaries": the
/// article wins and keeps them at the national level.
const AT_NATIONAL: [&str; 2] = ["aus", "chi"];

/// The article: "San Francisco, New York, and Seattle consistently rank at the top of salary
/// ranges". The data agrees: the next metro, Boston, is $740 below New York.
const TOP: [&str; 3] = ["sf", "nyc", "sea"];

fn metro_order_problems(model: &Model) -> Vec<String> {
    let at = |id: &str| location(model, id);
    let mut problems = Vec::new();
    for (high, low) in ABOVE {
        if at(high) <= at(low) {
            problems.push(format!(
                "{high} ({}) must be above {low} ({})",
                at(high),
                at(low)
            ));
        }
    }
    for id in AT_NATIONAL {
        if at(id) != at("us") {
            problems.push(format!("{id} ({}) must equal us ({})", at(id), at("us")));
        }
    }
    for option in &model.locations.options {
        let id = option.id.as_str();
        let ordered =
            AT_NATIONAL.contains(&id) || ABOVE.iter().any(|&(high, low)| id == high || id == low);
        if !ordered {
            problems.push(format!("{id} is not ordered by this test"));
        }
        for top in TOP {
            if !TOP.contains(&id) && option.factor.value >= at(top) {
                problems.push(format!(
                    "{id} must be below {top}, which the article puts at the top"
                ));
            }
        }
    }
    problems
}

#[test]
fn metro_factors_keep_the_order_of_the_public_ratios() {
    let problems = metro_order_problems(&Model::built_in());
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The built-in model with these location factors changed.
fn with_locations(changes: &[(&str, f64)]) -> Model {
    let mut json = built_in_json();
    let options = json["locations"]["options"].as_array_mut().unwrap();
    for &(id, value) in changes {
        let option = options.iter_mut().find(|o| o["id"] == id).unwrap();
        option["factor"]["value"] = value.into();
    }
    Model::parse(&json.to_string()).expect("still a valid model")
}

#[test]
fn a_metro_out_of_order_is_caught() {
    // Two decimals would tie Seattle (1.230) and New York (1.227), and Dallas-Fort Worth
    // (0.980) and Atlanta (0.978).
    assert_eq!(
        metro_order_problems(&with_locations(&[("nyc", 1.23), ("atl", 0.98)])),
        vec![
            "sea (1.23) must be above nyc (1.23)".to_string(),
            "dfw (0.98) must be above atl (0.98)".to_string(),
        ]
    );
    // The data's own 0.986 for Austin: the article keeps it at the national level.
    assert_eq!(
        metro_order_problems(&with_locations(&[("aus", 0.986)])),
        vec!["aus (0.986) must equal us (1)".to_string()]
    );
    // Boston level with New York leaves the article's top three.
    assert_eq!(
        metro_order_problems(&with_locations(&[("bos", 1.227)])),
        vec![
            "nyc (1.227) must be above bos (1.227)".to_string(),
            "bos must be below nyc, which the article puts at the top".to_string(),
        ]
    );
    // Any two neighbours swapped in data/model.json are caught.
    let model = Model::built_in();
    for (high, low) in ABOVE {
        let (a, b) = (location(&model, high), location(&model, low));
        let problems = metro_order_problems(&with_locations(&[(high, b), (low, a)]));
        let expected = format!("{high} ({b}) must be above {low} ({a})");
        assert!(problems.contains(&expected), "{expected}: {problems:#?}");
    }
}

// ---- Company types that match the market. ----

#[test]
fn company_types_match_the_market() {
    let model = Model::built_in();
    let company = |id: &str| {
        model
            .companies
            .options
            .iter()
            .find(|option| option.id() == id)
            .unwrap_or_else(|| panic!("no company {id}"))
    };
    let (startup, enterprise, listed) = (
        company("startup"),
        company("enterprise"),
        company("public-tech"),
    );
    company("midsize");
    // Venture-backed startups: almost three quarters of grants pay nothing at exit.
    assert!(
        startup.equity_risk.value <= 0.25,
        "{}",
        startup.equity_risk.value
    );
    // A listed tech company pays a large share in liquid stock, counted in full; the non-tech
    // enterprise (the old `co=enterprise`) pays little stock and a predictable bonus.
    assert_eq!(listed.label, "Listed tech company");
    assert_eq!(listed.equity_risk.value, 1.0);
    assert!(listed.equity_share.value >= 4.0 * enterprise.equity_share.value);
    assert!(enterprise.base_factor.value > startup.base_factor.value);
    assert!(enterprise.bonus_share.value > startup.bonus_share.value);
}

// ---- The calibrated figures keep the model's plausibility bounds. ----

/// tests/model.rs checks on random profiles that no range passes $386,000 and no total reaches
/// $494,000 (why those figures: see `every_estimate_is_sane` there). Larger stock shares (a
/// listed tech company) and the Bay Area's factor bring the best profiles near those bounds, so
/// every combination of choices is checked here at the top of the top band.
#[test]
fn the_best_profiles_stay_within_the_plausibility_bounds() {
    use payband::model::{Profile, mask_of};
    let model = Model::built_in();
    let mut highest = (0, 0);
    for location in 0..model.locations.options.len() {
        for remote in 0..model.remote.options.len() {
            for language in 0..model.languages.options.len() {
                for industry in 0..model.industries.options.len() {
                    for company in 0..model.companies.options.len() {
                        let profile = Profile {
                            years: 40.0,
                            location,
                            remote,
                            language,
                            skills: mask_of(&model.skills),
                            certifications: mask_of(&model.certifications),
                            industry,
                            company,
                            position: 100.0,
                            track: model.tracks.default_index(),
                            benefits: 0.0,
                        };
                        let estimate = model.estimate(&profile);
                        highest.0 = highest.0.max(estimate.high);
                        highest.1 = highest.1.max(estimate.total);
                    }
                }
            }
        }
    }
    assert!(highest.0 <= 386_000, "high {}", highest.0);
    assert!(highest.1 < 494_000, "total {}", highest.1);
}
