//! Prints the model's estimate for scenarios given as query strings, one JSON object per line.
//! The browser tests use it to check that the page shows exactly what the model computes.
//!
//! `cargo run --example estimate -- "exp=4" "exp=5&loc=aus&skills=k8s"`

use payband::model::{Model, query_pairs, read_scenario};

fn main() {
    let model = Model::built_in();
    for query in std::env::args().skip(1) {
        let (profile, notices) = read_scenario(&model, query_pairs(&query));
        let estimate = model.estimate(&profile);
        let line = serde_json::json!({
            "query": query,
            "level": model.bands[estimate.level].id,
            "low": estimate.low,
            "median": estimate.median,
            "high": estimate.high,
            "base": estimate.base,
            "bonus": estimate.bonus,
            "equity": estimate.equity,
            "total": estimate.total,
            "notices": notices.iter().map(|n| format!("{}: {}", n.key, n.message)).collect::<Vec<_>>(),
        });
        println!("{line}");
    }
}
