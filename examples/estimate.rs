//! Prints the model's estimate for links given as query strings, one JSON object per line: the
//! scenario, with any edited figures (`m.loc.sf=1.5`) applied and any pinned offer (`vs=1&vs.co=…`)
//! compared. The browser tests use it to check that the page shows exactly what the model computes.
//!
//! `cargo run --example estimate -- "exp=4" "exp=5&loc=aus&skills=k8s&m.loc.aus=1.1"`

use payband::model::{Model, OfferSummary, query_pairs, read_settings};

fn offer(summary: &OfferSummary) -> serde_json::Value {
    serde_json::json!({
        "base": summary.base,
        "bonus": summary.bonus,
        "equity-paper": summary.equity_paper,
        "equity": summary.equity,
        "benefits": summary.benefits,
        "total": summary.total,
        "vesting": summary.over_vesting,
    })
}

fn main() {
    let built_in = Model::built_in();
    for query in std::env::args().skip(1) {
        let (settings, notices) = read_settings(&built_in, query_pairs(&query));
        let model = built_in
            .with_edits(&settings.edits)
            .expect("read_settings keeps only valid edits");
        let estimate = model.estimate(&settings.profile);
        let pinned = settings.pinned.map(|a| model.estimate(&a).offer());
        let steps: Vec<serde_json::Value> = model
            .next_steps(&settings.profile)
            .iter()
            .map(|step| {
                serde_json::json!({
                    "step": step.change.id(&model),
                    "gain": step.gain,
                    "total": step.total,
                })
            })
            .collect();
        let negotiation = model.negotiation(&settings.profile);
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
            "offer_a": pinned.as_ref().map(offer),
            "offer_b": offer(&estimate.offer()),
            "steps": steps,
            "ask": negotiation.ask,
            "walk_away": negotiation.walk_away,
            "notices": notices.iter().map(|n| format!("{}: {}", n.key, n.message)).collect::<Vec<_>>(),
        });
        println!("{line}");
    }
}
