// Coordinate search of the ranker's weights on the tuning sets only (tuning, dev, dev2, dev3, dev4, dev5, dev6: mean
// NDCG@5), as done for the tenth round (docs/performance.md). Never give it the held-out sets.
//   python3 tests/eval/weights/overrides.py && cargo build --release -p handoff-cli
//   [MAX_DROP=0.003] node tests/eval/weights/search.mjs [K_NAME=value ...]   # start point; prints each gain
//   git checkout crates/core/src/rank.rs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOW, loadSet, ndcg } from '../sets.mjs';

const EVAL = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = resolve(EVAL, '../../target/release/handoff');
const SETS = ['tuning', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6'];
// The weights' values in rank.rs today; a K_NAME=value argument starts from another.
const start = { W_VERTICAL: 0.28, W_STAGE: 0.24, W_TEXT: 0.36, ANSWERS: 0.625, W_ANSWER: 0.24, W_ANSWER_FIT: 0.28, W_ANSWER_TEXT: 0.1, W_PARTIAL: 0.15, W_LIKE: 0.1, ASK_COVERAGE: 0.4, TITLED_COVERAGE: 0.34, TEXT_K: 8, OTHER_ASK_MARGIN: 0.5, MIN_TEXT_FIT: 0.15 };
for (const a of process.argv.slice(2)) { const [k, v] = a.replace(/^K_/, '').split('='); start[k] = Number(v); }
/** A step must gain this much mean NDCG@5 to be taken (smaller moves are one case's noise). */
const MIN_GAIN = 0.0015;
/** Nor may it lower any one set by more than this (MAX_DROP=…): a gain on most sets paid for by
 * one is a fit to those sets' writers, not to pages. */
const MAX_DROP = Number(process.env.MAX_DROP ?? Infinity);

const sets = SETS.map(loadSet);
const dir = mkdtempSync(join(tmpdir(), 'weights-'));
function score(weights) {
  const env = { ...process.env, ...Object.fromEntries(Object.entries(weights).map(([k, v]) => [`K_${k}`, String(v)])) };
  const per = sets.map(({ library, cases }) => {
    const labelled = cases.filter((c) => Object.keys(c.relevant || {}).length);
    return labelled.reduce((sum, c) => {
      writeFileSync(join(dir, 'c.json'), JSON.stringify(c.context));
      const argv = ['suggest', '--library', library, '--context', join(dir, 'c.json'), '--top', '5', '--json', '--now', NOW, ...(c.query ? ['--query', c.query] : [])];
      const ranked = JSON.parse(execFileSync(BIN, argv, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] })).suggestions.map((s) => s.id);
      return sum + ndcg(ranked, c.relevant);
    }, 0) / labelled.length;
  });
  return { mean: per.reduce((a, b) => a + b) / per.length, per };
}

let cur = { ...start };
let best = score(cur);
console.log(`start ${best.mean.toFixed(4)} (${best.per.map((x) => x.toFixed(4)).join(', ')})`);
for (let sweep = 0; sweep < 2; sweep++) {
  for (const k of Object.keys(cur)) {
    for (const m of [0.6, 0.8, 0.9, 1.1, 1.25, 1.5]) {
      const next = { ...cur, [k]: +(cur[k] * m).toFixed(4) };
      const s = score(next);
      if (s.mean > best.mean + MIN_GAIN && s.per.every((x, i) => x >= best.per[i] - MAX_DROP)) {
        best = s;
        cur = next;
        console.log(`${k} = ${next[k]}: ${s.mean.toFixed(4)} (${s.per.map((x) => x.toFixed(4)).join(', ')})`);
      }
    }
  }
}
console.log(`best ${best.mean.toFixed(4)}: ${JSON.stringify(cur)}`);
