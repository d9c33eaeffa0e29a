// A service worker's cold wake, in Debian's Chromium with the built extension: the time from a
// message that wakes the stopped worker to its first `cs:suggest` answer, with the worker's own
// marks (ms since it started; the wasm compiles while storage is read) for each step, at each library size. "JSON" wakes have no
// snapshot (the index is rebuilt from the library JSON); "snapshot" wakes map the persisted
// index back. Both come from the same run, on the same library.
// Usage: node tests/bench/wake.mjs [items...]  (default 10000 100000; RUNS=5)
// Needs `cargo xtask dist`; builds the generator itself. EXTENSION_DIR=… wakes another build;
// MARKS=1 prints each snapshot wake's marks (worker ms: settings and snapshot read, wasm ready…).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { DIST, ROOT, coreStatus, extensionPage, launch, snapshotSaved, startSites, stopWorker } from '../e2e/harness.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [10000, 100000];
const RUNS = Number(process.env.RUNS || 5);
// The generator's library has about 150 distinct words; what is built per word (the term
// table, the typo lookup) shows only on a library of tens of thousands, as real ones have.
const LIBRARIES = [
  { name: 'generator', flags: [] },
  { name: 'wide vocabulary', flags: ['--wide-vocabulary'] },
];
execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'handoff-bench', '--bin', 'gen-library'], { cwd: ROOT, stdio: 'inherit' });
const gen = (...args) => execFileSync(join(ROOT, 'target/release/gen-library'), args.map(String), { maxBuffer: 1 << 30 }).toString();
const context = JSON.parse(gen(1, 7, '--context'));

// The library reaches the worker over loopback HTTP (the extension may fetch 127.0.0.1), as a
// sync would bring it: a 50 MB string is too much for one DevTools message.
let body = '';
const http = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(body));
await new Promise((ok) => http.listen(0, '127.0.0.1', ok));
const libraryUrl = `http://127.0.0.1:${http.address().port}/library.json`;

const sites = await startSites();
// The extension asks for "unlimitedStorage": a 100k-item library (48 MB) is over the 10 MB
// chrome.storage.local holds without it.
const browser = await launch(sites, { extensionDir: process.env.EXTENSION_DIR || DIST });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Stops the worker, then wakes it with a suggestion request from `page`; returns the timings. */
async function coldWake(page) {
  await stopWorker(page);
  const { ms, reply } = await page.evaluate(async (ctx) => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'cs:suggest', context: ctx });
    return { ms: performance.now() - t0, reply };
  }, context);
  if (reply.error || !reply.suggestions.length) throw new Error(`no suggestion after the wake: ${JSON.stringify(reply).slice(0, 300)}`);
  const status = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:status' }));
  // Then the rep's first keystrokes in the woken worker: one letter, then a second, as typed a
  // little after the page's suggestions arrived.
  const keys = await page.evaluate(async (ctx) => {
    const out = [];
    for (const query of ['f', 'fe']) {
      await new Promise((ok) => setTimeout(ok, 150));
      const t0 = performance.now();
      const r = await chrome.runtime.sendMessage({ type: 'cs:suggest', context: ctx, query });
      if (r.error) throw new Error(r.error);
      out.push(performance.now() - t0);
    }
    return out;
  }, context);
  return { ms, status, ids: reply.suggestions.map((s) => s.id), keys };
}

const rows = [];
try {
  await coreStatus(browser.worker);
  const page = await extensionPage(browser, 'popup/popup.html');
  for (const [n, library] of SIZES.flatMap((n) => LIBRARIES.map((l) => [n, l]))) {
    body = gen(n, 7, ...library.flags);
    await page.evaluate(async (url) => {
      const json = await (await fetch(url)).text();
      await chrome.storage.local.set({ library: json });
    }, libraryUrl);
    const results = { json: [], snapshot: [] };
    let idsJson = null;
    for (let r = 0; r < RUNS; r++) {
      // Without a snapshot: the wake rebuilds from the JSON (and saves a snapshot after).
      await page.evaluate(() => new Promise((ok, fail) => {
        const req = indexedDB.deleteDatabase('handoff-snapshot');
        req.onsuccess = ok;
        req.onerror = () => fail(req.error);
        req.onblocked = ok; // the worker holds it open; it is stopped next
      }));
      const before = await coldWake(page);
      if (before.status.source !== 'synced' || before.status.items < n * 0.9) throw new Error(`the wake did not build the synced library: ${JSON.stringify(before.status)}`);
      results.json.push(before);
      idsJson = before.ids;
      if (before.status.snapshot === undefined) continue; // a build without snapshots: JSON only
      await snapshotSaved(page, 300_000);
      const after = await coldWake(page);
      if (after.status.snapshot !== 'loaded') throw new Error(`the wake did not load the snapshot: ${JSON.stringify(after.status)}`);
      if (after.ids.join() !== idsJson.join()) throw new Error(`the snapshot suggests otherwise: ${after.ids} vs ${idsJson}`);
      if (process.env.MARKS) console.error(library.name, Math.round(after.ms), JSON.stringify(after.status.wake));
      results.snapshot.push(after);
    }
    for (const [how, runs] of Object.entries(results)) {
      if (!runs.length) continue;
      const step = (a, b) => median(runs.map((x) => (x.status.wake[b] ?? NaN) - (x.status.wake[a] ?? NaN)).filter((v) => !Number.isNaN(v)));
      rows.push({ n, library: library.name, how, total: median(runs.map((x) => x.ms)), start: median(runs.map((x) => x.status.wake.start)), wasm: step('start', 'wasm'), load: step('wasm', 'storage'), index: step('storage', 'index'), rest: step('index', 'built'), suggested: step('built', 'suggested'), answered: median(runs.map((x) => x.status.wake.suggested)), key1: median(runs.map((x) => x.keys[0])), key2: median(runs.map((x) => x.keys[1])), runs: runs.length, all: runs.map((x) => Math.round(x.ms)) });
    }
  }
} finally {
  await browser.close();
  await sites.close();
  
  http.close();
}

const f = (v) => (v === undefined || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : Math.round(v));
console.log(`\nCold wake to first suggestion, ${new Date().toISOString().slice(0, 10)}, Chromium service worker, median of ${RUNS}\n`);
console.log('| items | library | wake | wake to first suggestion ms (page) | worker script started ms | then wasm ready +ms | then storage read +ms | then index built or mapped +ms | then stats, reader rules +ms | then first suggestion +ms | answered at ms (worker clock) | then first keystroke ms (page) | second keystroke ms | all runs ms |');
console.log('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.n} | ${r.library} | ${r.how === 'json' ? 'JSON rebuild' : 'snapshot'} | ${f(r.total)} | ${f(r.start)} | ${f(r.wasm)} | ${f(r.load)} | ${f(r.index)} | ${f(r.rest)} | ${f(r.suggested)} | ${f(r.answered)} | ${f(r.key1)} | ${f(r.key2)} | ${r.all.join(', ')} |`);
