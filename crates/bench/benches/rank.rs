//! Native ranking speed: index build, suggest for a page context, and a typed query one
//! keystroke at a time, at 1k, 10k and 100k items. (Wasm and the JS baselines: tests/bench.)

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use handoff_core::{Engine, Library, PageContext, Request};
use std::hint::black_box;

const NOW: i64 = 1_795_400_000;

fn bench(c: &mut Criterion) {
    for n in [1_000usize, 10_000, 100_000] {
        let json = handoff_bench::library(n, 7).to_string();
        let lib = Library::from_json(&json).unwrap();
        let ctx: PageContext = serde_json::from_value(handoff_bench::context(3)).unwrap();
        let mut g = c.benchmark_group(format!("{}k items", n / 1000));
        g.sample_size(if n >= 100_000 { 10 } else { 30 });
        g.bench_function("index build", |b| b.iter_batched(|| lib.clone(), |l| Engine::new(black_box(l)), BatchSize::LargeInput));
        let engine = Engine::new(lib);
        g.bench_function("suggest (page context)", |b| {
            b.iter(|| engine.suggest(&Request { context: black_box(&ctx), query: None, top: 5, now: NOW, rep: None }))
        });
        let strokes = handoff_bench::keystrokes("fedramp secuirty revew");
        g.bench_with_input(BenchmarkId::new("typed query, per keystroke", strokes.len()), &strokes, |b, strokes| {
            b.iter(|| {
                for q in strokes {
                    black_box(engine.suggest(&Request { context: &ctx, query: Some(q), top: 5, now: NOW, rep: None }));
                }
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
