//! The largest model a file may describe: the built-in model with 64 options in every list (the
//! most the rules allow), about 900 figures. Shared by the hostile-input tests and the benchmark.

use serde_json::{Value, json};

/// The largest model file, as JSON text.
pub fn largest_model() -> String {
    let mut model: Value = serde_json::from_str(payband::model::BUILT_IN_JSON).unwrap();
    let figure = |value: f64| json!({ "value": value, "assumption": "A test's own figure." });
    let options = |option: &dyn Fn(String) -> Value| -> Vec<Value> {
        (0..64).map(|i| option(format!("o{i}"))).collect()
    };
    let choice =
        |option: &dyn Fn(String) -> Value| json!({ "default": "o0", "options": options(option) });
    model["locations"] = choice(&|id| json!({ "id": id, "label": id, "factor": figure(1.0) }));
    model["remote"] = choice(
        &|id| json!({ "id": id, "label": id, "location_weight": figure(1.0), "factor": figure(1.0) }),
    );
    model["languages"] = choice(&|id| json!({ "id": id, "label": id, "premium": figure(0.0) }));
    model["skills"] = json!(options(
        &|id| json!({ "id": id, "label": id, "premium": figure(0.01) })
    ));
    model["certifications"] = model["skills"].clone();
    model["industries"] = choice(&|id| json!({ "id": id, "label": id, "factor": figure(1.0) }));
    model["companies"] = choice(&|id| {
        json!({
            "id": id, "label": id, "base_factor": figure(1.0), "bonus_share": figure(0.1),
            "equity_share": figure(0.1), "equity_risk": figure(0.5)
        })
    });
    model["tracks"] = choice(
        &|id| json!({ "id": id, "label": id, "from_years": figure(0.0), "factor": figure(1.0) }),
    );
    model["currencies"] = choice(
        &|id| json!({ "id": id, "label": id, "symbol": "$", "per_usd": figure(1.0), "as_of": "2026" }),
    );
    serde_json::to_string(&model).unwrap()
}
