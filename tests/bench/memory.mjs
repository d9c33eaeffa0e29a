// Wasm memory of the core at a library size, and across library updates done the way the
// extension's worker does them (extension/worker/core.js: the old index freed, then the new
// one built).
// Wasm linear memory never shrinks, so growth after the first update means a leak or
// fragmentation. The last column is a wake: a fresh module mapping the index snapshot back. Usage: node tests/bench/memory.mjs [items...]  (default 10000 100000)
// Needs `cargo xtask dist` (the wasm); builds the generator itself. EXTENSION_DIR=… measures another build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [10000, 100000];
const UPDATES = 10;
execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'handoff-bench', '--bin', 'gen-library'], { cwd: ROOT, stdio: 'inherit' });
const gen = (...args) => execFileSync(join(ROOT, 'target/release/gen-library'), args.map(String), { maxBuffer: 1 << 30 }).toString();
const DIR = process.env.EXTENSION_DIR || join(ROOT, 'dist/extension');
const mb = (b) => (b / 1048576).toFixed(1);

console.log(`\nWasm memory, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}: a fresh module per size, ${UPDATES} library updates\n`);
console.log('| items | module at start MB | after the first build MB | after 1 update MB | after 10 updates MB | a wake: snapshot mapped MB |');
console.log('|---:|---:|---:|---:|---:|---:|');
/** A fresh instance of the core (its own wasm memory), so that one figure's peak does not hide the next one's. */
async function fresh(key) {
  const core = await import(`${join(DIR, 'wasm/handoff_wasm.js')}?${key}`);
  const wasm = core.initSync({ module: readFileSync(join(DIR, 'wasm/handoff_wasm_bg.wasm')) });
  return { Handoff: core.Handoff, size: () => wasm.memory.buffer.byteLength };
}
for (const n of SIZES) {
  const { Handoff, size } = await fresh(`n=${n}`);
  const start = size();
  // Each update a different library of the same size (another seed), as a sync would bring.
  const libs = Array.from({ length: UPDATES + 1 }, (_, k) => gen(n, 7 + k));
  let current = new Handoff(libs[0]);
  const first = size();
  const after = [];
  for (let k = 1; k <= UPDATES; k++) {
    current.free();
    current = new Handoff(libs[k]);
    after.push(size());
  }
  const snapshot = current.toBytes();
  current.free();
  const woken = await fresh(`wake=${n}`);
  woken.Handoff.fromBytes(snapshot).free();
  console.log(`| ${n} | ${mb(start)} | ${mb(first)} | ${mb(after[0])} | ${mb(after[UPDATES - 1])} | ${mb(woken.size())} |`);
}
