//! A snapshot load natively: `cargo run --release -p handoff-bench --example profile_snapshot -- LIBRARY.json`
//! (best of 10 loads, and what dropping the loaded engine costs).
use handoff_core::{snapshot, Engine, Library};
fn main() {
    let json = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let e = Engine::new(Library::from_json(&json).unwrap());
    let b = snapshot::to_bytes(&e, &Default::default());
    let (mut load, mut drop) = (f64::MAX, f64::MAX);
    for _ in 0..10 {
        let t = std::time::Instant::now();
        let x = snapshot::from_bytes(&b).unwrap();
        load = load.min(t.elapsed().as_secs_f64() * 1e3);
        let t = std::time::Instant::now();
        std::mem::drop(x);
        drop = drop.min(t.elapsed().as_secs_f64() * 1e3);
    }
    eprintln!("load {load:.1} ms, drop {drop:.1} ms, {} bytes", b.len());
}
