// Ranking speed in the browser's engine (V8, as in Chromium's service worker): Handoff's
// wasm core beside Fuse.js and MiniSearch on the same synthetic libraries, in one process.
// Prints a markdown table. Usage: node tests/bench/search.mjs [sizes...]  (default 1000 10000 100000)
// Needs `cargo xtask dist` (the wasm) and builds the generator itself.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { ROOT } from '../e2e/harness.mjs';

const { initSync, Handoff } = await import(join(ROOT, 'dist/extension/wasm/handoff_wasm.js'));
const wasm = initSync({ module: readFileSync(join(ROOT, 'dist/extension/wasm/handoff_wasm_bg.wasm')) });

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 10000, 100000];
const QUERY = 'fedramp secuirty revew';
const NOW = Date.parse('2026-11-23T12:00:00Z');

execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'handoff-bench', '--bin', 'gen-library'], { cwd: ROOT, stdio: 'inherit' });
const gen = (...args) => execFileSync(join(ROOT, 'target/release/gen-library'), args.map(String), { maxBuffer: 1 << 30 }).toString();

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: q(0.5), p99: q(0.99) };
}

// Every timed call runs once untimed first: the first call of a function compiles it (V8's
// baseline tier), which is the wake's cost (tests/bench/wake.mjs times it in the worker), not a
// keystroke's. A p99 is read from at least 400 samples, so it is not simply the slowest one.
function time(fn, runs, warm = true) {
  if (warm) fn(0);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return stats(out);
}

const ms = (x) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
const mb = (b) => (b / 1048576).toFixed(1);
const rows = [];
// Three libraries per size: the project's generator (about 150 distinct words), the
// adversarial one whose titles and text all come from 100 words, so every word stands in
// thousands of items, and the generator's with tens of thousands of distinct words, where what
// is done per word of the vocabulary (typo lookups) shows.
const LIBRARIES = [
  { name: 'generator', flags: [], query: QUERY },
  { name: '100-word vocabulary', flags: ['--small-vocabulary'], query: 'security complaince audit' },
  { name: 'wide vocabulary', flags: ['--wide-vocabulary'], query: QUERY },
];
// The spikes: one letter (matches nearly everything) and a word nothing resembles.
const SPIKES = ['f', 's', 'xqzvwj', 'zzkkqq pplm'];

for (const n of SIZES) for (const L of LIBRARIES) {
  const json = gen(n, 7, ...L.flags);
  const ctx = JSON.parse(gen(0, 3, '--context', ...L.flags));
  const lib = JSON.parse(json);
  const runs = n >= 100000 ? 40 : 400;
  const contextQuery = `${ctx.subject} ${ctx.vertical} ${ctx.stage}`;
  const keystrokes = [...L.query].map((_, i) => L.query.slice(0, i + 1));

  // Handoff (wasm): the library crosses into wasm once; each query passes only the context.
  const memBefore = wasm.memory.buffer.byteLength;
  let handoff;
  const build = time(() => {
    handoff?.free();
    handoff = new Handoff(json);
  }, n >= 100000 ? 3 : 10, false);
  const wasmMem = wasm.memory.buffer.byteLength - memBefore;
  // The first calls after the build, cold, each once.
  const cold = [() => handoff.suggest(ctx, undefined, 5, NOW, undefined), () => handoff.suggest(ctx, keystrokes[0], 5, NOW, undefined), () => handoff.suggest(ctx, SPIKES[2], 5, NOW, undefined)].map((f) => time(f, 1, false).p50);
  const suggest = time(() => handoff.suggest(ctx, undefined, 5, NOW, undefined), runs);
  const typed = time((i) => handoff.suggest(ctx, keystrokes[i % keystrokes.length], 5, NOW, undefined), runs * 2);
  const spike = time((i) => handoff.suggest(ctx, SPIKES[i % SPIKES.length], 5, NOW, undefined), runs);
  rows.push({ n, lib: L.name, engine: 'Handoff (wasm)', build: build.p50, cold, ctx: suggest, key: typed, spike, mem: `${mb(wasmMem)} (wasm memory growth)` });

  const docs = lib.items.map((it) => ({ ...it, tags: (it.tags || []).join(' ') }));
  for (const [name, make, search] of [
    ['Fuse.js', () => new Fuse(docs, { keys: [{ name: 'title', weight: 3 }, { name: 'tags', weight: 3 }, { name: 'summary', weight: 2 }, { name: 'body', weight: 1 }], ignoreLocation: true, threshold: 0.4 }), (ix, q) => ix.search(q, { limit: 5 })],
    ['MiniSearch', () => {
      const ms = new MiniSearch({ fields: ['title', 'tags', 'summary', 'body'], storeFields: ['id'], searchOptions: { boost: { title: 3, tags: 3, summary: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' } });
      ms.addAll(docs);
      return ms;
    }, (ix, q) => ix.search(q).slice(0, 5)],
  ]) {
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let ix;
    const b = time(() => { ix = make(); }, n >= 100000 ? 2 : 5, false);
    const cold = [() => search(ix, contextQuery), () => search(ix, keystrokes[0]), () => search(ix, SPIKES[2])].map((f) => time(f, 1, false).p50);
    const heap = process.memoryUsage().heapUsed - heap0;
    const jsRuns = n >= 100000 ? 5 : n >= 10000 ? 20 : runs;
    const c = time(() => search(ix, contextQuery), jsRuns);
    const k = time((i) => search(ix, keystrokes[i % keystrokes.length]), jsRuns * 2);
    const sp = time((i) => search(ix, SPIKES[i % SPIKES.length]), jsRuns);
    rows.push({ n, lib: L.name, engine: name, build: b.p50, cold, ctx: c, key: k, spike: sp, mem: `${mb(Math.max(0, heap))} (JS heap)` });
    ix = null;
  }
  handoff.free();
}

const wasmFile = join(ROOT, 'dist/extension/wasm/handoff_wasm_bg.wasm');
const size = readFileSync(wasmFile);
console.log(`\nRanking speed, ${new Date().toISOString().slice(0, 10)}, Node ${process.version} (V8), ${SIZES.join(' / ')} items, top 5; wasm ${(size.length / 1024).toFixed(0)} KB, ${(gzipSync(size, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`);
console.log('\n| items | library | engine | index build ms | first page context, keystroke, hopeless typo after the build ms | page context p50 / p99 ms | per keystroke p50 / p99 ms | first letter, hopeless typo p50 / p99 ms | memory MB |');
console.log('|---:|---|---|---:|---:|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.n} | ${r.lib} | ${r.engine} | ${ms(r.build)} | ${r.cold.map(ms).join(', ')} | ${ms(r.ctx.p50)} / ${ms(r.ctx.p99)} | ${ms(r.key.p50)} / ${ms(r.key.p99)} | ${ms(r.spike.p50)} / ${ms(r.spike.p99)} | ${r.mem} |`);
for (const n of SIZES) for (const L of LIBRARIES) {
  const h = rows.find((r) => r.n === n && r.lib === L.name && r.engine.startsWith('Handoff'));
  const m = rows.find((r) => r.n === n && r.lib === L.name && r.engine === 'MiniSearch');
  console.log(`${n} items, ${L.name}: Handoff page-context suggest ${(m.ctx.p50 / h.ctx.p50).toFixed(1)}× MiniSearch's speed (p50), per keystroke ${(m.key.p50 / h.key.p50).toFixed(1)}×.`);
}
