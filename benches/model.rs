//! One full estimate (breakdown and 31-year trajectory included): the work done on every slider
//! movement. Budget: under 10 µs natively. And the worst links and model files the hardening
//! issue found, read whole: under 100 ms natively.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use payband::model::{BUILT_IN_JSON, Model, Profile, mask_of, query_pairs, read_settings};

#[path = "../tests/common/largest_model.rs"]
mod largest_model;

fn full_estimate(c: &mut Criterion) {
    let model = Model::built_in();
    let typical = Profile::typical(&model);
    let loaded = Profile {
        years: 7.5,
        skills: mask_of(&model.skills),
        certifications: mask_of(&model.certifications),
        ..typical
    };
    c.bench_function("estimate/typical", |b| {
        b.iter(|| model.estimate(black_box(&typical)))
    });
    c.bench_function("estimate/all_extras", |b| {
        b.iter(|| model.estimate(black_box(&loaded)))
    });
    c.bench_function("parse/built_in", |b| {
        b.iter(|| Model::parse(black_box(payband::model::BUILT_IN_JSON)))
    });
}

/// Links up to Chromium's 2 MB address limit and model files up to the 1 MB cap, in the shapes
/// that cost most: many pairs, every figure changed (of the built-in model, and as many as a link
/// is read for of the largest model a file may describe), one object of many keys, one long text.
fn hostile_input(c: &mut Criterion) {
    let model = Model::built_in();
    let link_2mb = "m.zz=1&".repeat((2 << 20) / 7);
    let every_figure: String = model
        .figures()
        .iter()
        .map(|entry| format!("m.{}={}&", entry.key, entry.figure.value))
        .collect::<String>()
        + "vs=1&vs.exp=9&vs.co=startup";
    let largest = Model::parse(&largest_model::largest_model()).unwrap();
    // One edit out of its range first: the rest are then checked one by one, the slow way.
    let largest_edits: String = "m.avg=1&".to_string()
        + &largest
            .figures()
            .iter()
            .map(|entry| format!("m.{}={}&", entry.key, entry.figure.value))
            .collect::<String>();
    let keys: String = (0..100_000).map(|i| format!("\"{i:x}\":1,")).collect();
    let file_keys = format!("{{{keys}\"end\":1}}");
    let long = "x".repeat(900_000);
    let file_long = BUILT_IN_JSON.replacen("Replace any number you disagree with", &long, 1);
    assert!(Model::parse(&file_long).is_ok());
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    group.bench_function("link_2mb", |b| {
        b.iter(|| read_settings(&model, query_pairs(black_box(&link_2mb))))
    });
    group.bench_function("link_every_figure", |b| {
        b.iter(|| read_settings(&model, query_pairs(black_box(&every_figure))))
    });
    group.bench_function("link_largest_model", |b| {
        b.iter(|| read_settings(&largest, query_pairs(black_box(&largest_edits))))
    });
    group.bench_function("file_keys", |b| {
        b.iter(|| Model::parse(black_box(&file_keys)))
    });
    group.bench_function("file_long", |b| {
        b.iter(|| Model::parse(black_box(&file_long)))
    });
    group.finish();
}

criterion_group!(benches, full_estimate, hostile_input);
criterion_main!(benches);
