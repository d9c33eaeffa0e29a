// Two or more builds of the core's wasm side by side: page-context suggest and per-keystroke
// suggest at 10,000 generated items, the builds' rounds interleaved in one process so that they
// share the machine's load (on a shared 2-core machine search.mjs moves by a third between runs).
//
//   node tests/bench/ab.mjs OLD/dist/extension/wasm dist/extension/wasm
//   LIBRARY=--wide-vocabulary node tests/bench/ab.mjs …   (another of gen-library's libraries)
//
// Needs `target/release/gen-library` (`cargo build --release -p handoff-bench`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

const dirs = process.argv.slice(2).map((d) => resolve(d));
if (dirs.length < 2) {
  console.error('usage: node tests/bench/ab.mjs WASM_DIR_A WASM_DIR_B [...]');
  process.exit(2);
}
const NOW = Date.parse('2026-11-23T12:00:00Z');
const gen = (...args) => execFileSync(join(ROOT, 'target/release/gen-library'), args.map(String), { maxBuffer: 1 << 30 }).toString();
const flags = process.env.LIBRARY ? [process.env.LIBRARY] : [];
const json = gen(10000, 7, ...flags);
const ctx = JSON.parse(gen(0, 3, '--context', ...flags));
const QUERY = 'fedramp secuirty revew';
const keys = [...QUERY].map((_, i) => QUERY.slice(0, i + 1));

const builds = [];
for (const dir of dirs) {
  const m = await import(`${join(dir, 'handoff_wasm.js')}?${builds.length}`);
  m.initSync({ module: readFileSync(join(dir, 'handoff_wasm_bg.wasm')) });
  builds.push({ dir, engine: new m.Handoff(json), page: [], keystroke: [] });
}
const quantile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
for (let round = 0; round < 10; round++) {
  for (const b of builds) {
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      b.engine.suggest(ctx, undefined, 5, NOW, undefined);
      b.page.push(performance.now() - t);
    }
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      b.engine.suggest(ctx, keys[i % keys.length], 5, NOW, undefined);
      b.keystroke.push(performance.now() - t);
    }
  }
}
console.log('| build | page context p50 / p99 ms | per keystroke p50 / p99 ms |\n|---|---:|---:|');
for (const b of builds) {
  const f = (xs) => `${quantile(xs, 0.5).toFixed(3)} / ${quantile(xs, 0.99).toFixed(3)}`;
  console.log(`| ${b.dir} | ${f(b.page)} | ${f(b.keystroke)} |`);
}
