//! One full estimate (breakdown and 31-year trajectory included): the work done on every slider
//! movement. Budget: under 10 µs natively.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use payband::model::{Model, Profile, mask_of};

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

criterion_group!(benches, full_estimate);
criterion_main!(benches);
