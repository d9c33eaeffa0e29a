// Ranking quality on the labelled sets, Handoff (the `handoff suggest` CLI, the same core the
// extension runs) beside MiniSearch and Fuse.js indexing the same library as a JavaScript
// extension would:
//   tuning  — tests/eval/{library.json,cases.json}: written with the ranker; tuned on.
//   dev     — tests/eval/dev-set/: another vendor's library, written before the ranker ran on it; tuned on.
//   dev2    — tests/eval/dev2-set/: a third vendor's, written blind by a helper (2026-12-05); tuned on.
//   dev3    — tests/eval/dev3-set/: a fourth vendor's mail threads, written blind by a helper (2026-12-05); tuned on.
//   dev4    — tests/eval/dev4-set/: a fifth vendor's threads and CRM records, written blind by a helper (2026-12-05); tuned on.
//   dev5    — tests/eval/dev5-set/: a sixth vendor's CRM records, foreign mail and sparse pages, written blind by a helper (2026-12-05, first run 0.725); tuned on.
//   dev6    — tests/eval/dev6-set/: a seventh vendor's threads, CRM records and foreign mail, written blind by a helper (2026-12-05, first run 0.725); tuned on.
//   dev7    — tests/eval/dev7-set/: a ninth vendor's (EHS software) threads, CRM records, foreign mail and sparse pages, written blind by a helper (2026-12-06, first run 0.786); tuned on.
//   dev8    — tests/eval/dev8-set/: a tenth vendor's (cloud backup and disaster recovery) threads, CRM records, foreign mail and sparse pages, written blind by a helper (2026-12-07, first run 0.693); tuned on.
//   dev9    — tests/eval/dev9-set/: an eleventh vendor's (identity and access management) threads, CRM records, foreign mail, typed queries and sparse pages, written blind by a helper (2026-12-07, first run 0.788); tuned on.
//   dev10   — tests/eval/dev10-set/: a twelfth vendor's (corporate learning and compliance training) threads, CRM records and cases, foreign mail, typed queries and sparse pages in shapes no earlier set used, written blind by a helper (2026-12-07, first run 0.728); tuned on.
//   dev11   — tests/eval/dev11-set/: a thirteenth vendor's (building energy management and sustainability reporting) threads, CRM records, Scandinavian and other foreign mail, typed queries and sparse pages, again in shapes no earlier set used, written blind by a helper (2026-12-07, first run 0.643); tuned on.
//   dev12   — tests/eval/dev12-set/: a fourteenth vendor's (contract lifecycle management; the domain of held-out test and test2, so neither moves independently of tuning since) threads, CRM records and quotes, Finnish, Czech, Turkish and other foreign mail, transcripts and Slack, written blind by a helper (2026-12-07, first run 0.687); tuned on.
//   dev13   — tests/eval/dev13-set/: a sixteenth vendor's (restaurant and retail point of sale) threads, chats, an RFP, CRM records, Japanese, Korean, Greek, Hungarian, Swedish and Romanian mail, written blind by a helper (2026-12-07, first run 0.618); tuned on.
//   dev14   — tests/eval/dev14-set/: a seventeenth vendor's (construction project management) threads with the rep's reply or draft below the prospect's message, CRM records, long threads, Vietnamese, Hebrew, Ukrainian and five more languages, typed queries and no-fits, written blind by a helper (2026-12-07, first run 0.765); tuned on.
//   dev15   — tests/eval/dev15-set/: an eighteenth vendor's (BI and analytics) threads with the rep's reply above the prospect's message, CRM records, Turkish, Japanese, Swedish and six more languages, a chat with timed lines, typed queries and no-fits, its own vertical insurance beside financial-services, written blind by a helper (2026-12-07, first run 0.689); tuned on.
//   dev16   — tests/eval/dev16-set/: a nineteenth vendor's (payroll and HR) threads with numbered items under headings, the rep's reply above the prospect's message, CRM records, nine languages, a chat, a meeting and a LinkedIn conversation, its own vertical staffing, written blind by a helper (2026-12-08, first run 0.728); tuned on.
//   test    — tests/eval/test-set/: a contract-management vendor's, written blind before the ranker ever ran on it; never tuned on (dev12 shares its domain).
//   test2   — tests/eval/test2-set/: an eighth vendor's (contract management), written blind by a helper (2026-12-06) before the ranker ran on it; held out, never tuned on.
//   test3   — tests/eval/test3-set/: prospects writing in seven languages to the demo library, written blind by a helper (2026-12-06) before the ranker ran on it; held out, never tuned on.
//   test4   — tests/eval/test4-set/: a fifteenth vendor's (marketing messaging), 64 cases, written blind by a helper (2026-12-07) on a domain no other set uses, before the ranker ran on it; held out, never tuned on.
//   outside — tests/eval/outside/: written by others, independently of the ranker; reported only.
// One metric definition for all of them (tests/eval/outside/README.md "Scoring").
//   node tests/eval/run.mjs [--gate] [--json FILE] [--verbose SET] [--set NAME] [--strip-nulls]
// HANDOFF_BIN overrides the CLI path (default target/debug/handoff).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { NOW, TOP, isLive, loadSet, ndcg } from './sets.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

// ---- engines: each maps a case to a ranked list of ids (at most TOP)

const refused = [];
/** One scratch folder for the run's context files (each written just before it is ranked). */
let scratch = null;
function scratchDir() {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'handoff-eval-'));
    process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
  }
  return scratch;
}
function handoffEngine(libraryPath) {
  const bin = process.env.HANDOFF_BIN || join(ROOT, 'target/debug/handoff');
  if (!existsSync(bin)) {
    console.error(`run.mjs: ${bin} not found: build it with \`cargo build -p handoff-cli\` (or set HANDOFF_BIN)`);
    process.exit(2);
  }
  const dir = scratchDir();
  return (c) => {
    const ctx = join(dir, `${c.id}.json`);
    // --strip-nulls: for CLIs older than the null-means-missing fix, to compare rankers alone.
    const strip = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, strip(x)])) : v);
    writeFileSync(ctx, JSON.stringify(args.includes('--strip-nulls') ? strip(c.context) : c.context));
    const argv = ['suggest', '--library', libraryPath, '--context', ctx, '--top', String(TOP), '--json', '--now', NOW];
    if (c.query) argv.push('--query', c.query);
    try {
      return JSON.parse(execFileSync(bin, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).suggestions.map((s) => s.id);
    } catch {
      // A context the CLI refuses (exit 2) ranks nothing; counted, so it cannot hide.
      refused.push(c.id);
      return [];
    }
  };
}

/** What a JS extension would search with: the typed query, else the page's subject, text and CRM values. */
function queryOf(c) {
  if (c.query) return c.query;
  const x = c.context || {};
  const raw = x.raw || {};
  return [x.subject, x.text, x.vertical, x.stage, raw.stage, raw.industry].filter((v) => typeof v === 'string').join(' ');
}

const docs = (items) => items.map((i) => ({ ...i, tags: (i.tags || []).join(' '), verticals: (i.verticals || []).join(' '), stages: (i.stages || []).join(' ') }));

function fuseEngine(items) {
  const fuse = new Fuse(docs(items), {
    keys: [{ name: 'title', weight: 3 }, { name: 'tags', weight: 3 }, { name: 'summary', weight: 2 }, { name: 'body', weight: 1 }, { name: 'verticals', weight: 1 }, { name: 'stages', weight: 1 }],
    ignoreLocation: true, threshold: 0.4, includeScore: true,
  });
  return (c) => {
    const q = queryOf(c);
    return q ? fuse.search(q, { limit: TOP }).map((r) => r.item.id) : [];
  };
}

function miniSearchEngine(items) {
  const ms = new MiniSearch({ fields: ['title', 'tags', 'summary', 'body', 'verticals', 'stages'], storeFields: ['id'], searchOptions: { boost: { title: 3, tags: 3, summary: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' } });
  ms.addAll(docs(items));
  return (c) => {
    const q = queryOf(c);
    return q ? ms.search(q).slice(0, TOP).map((r) => r.id) : [];
  };
}

// ---- metrics

function evaluate(name, engine, set, byId) {
  let n = 0, sumNdcg = 0, sumRr = 0, sumRecall = 0, traps = 0, notLive = 0, noFitAnswered = 0;
  const failures = [];
  const perCase = [];
  const kinds = {};
  for (const c of set.cases) {
    const ranked = engine(c);
    const bad = ranked.filter((id) => !isLive(byId.get(id)) || c.forbidden.includes(id));
    traps += bad.length;
    notLive += ranked.filter((id) => !isLive(byId.get(id))).length;
    if (bad.length) failures.push(`${c.id} (${bad.join(', ')})`);
    const rel = c.relevant;
    if (Object.keys(rel).length === 0) {
      if (ranked.length) noFitAnswered++;
      perCase.push({ id: c.id, kind: c.kind, ranked, ndcg: null, bad });
      continue;
    }
    n++;
    const score = ndcg(ranked, rel);
    const first = ranked.findIndex((id) => (rel[id] || 0) >= 1);
    const good = Object.keys(rel).filter((id) => rel[id] >= 2);
    const recall = good.length ? ranked.filter((id) => rel[id] >= 2).length / good.length : 1;
    sumNdcg += score;
    sumRr += first >= 0 ? 1 / (first + 1) : 0;
    sumRecall += recall;
    const k = (kinds[c.kind] ||= { n: 0, ndcg: 0 });
    k.n++;
    k.ndcg += score;
    perCase.push({ id: c.id, kind: c.kind, ranked, ndcg: score, recall, bad, relevant: rel });
  }
  return { name, cases: n, ndcg: sumNdcg / n, mrr: sumRr / n, recall: sumRecall / n, traps, notLive, failures, noFitAnswered, noFit: set.cases.length - n, perCase, kinds };
}

const only = flag('--set');
const setNames = ['tuning', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'test', 'test2', 'test3', 'test4', 'outside'].filter((s) => (!only || s === only) && (s !== 'test' || existsSync(join(HERE, `${s}-set/cases.jsonl`))));
const f = (x) => x.toFixed(3);
const results = {};
console.log(`\nRanking quality, ${new Date().toISOString().slice(0, 10)}, top ${TOP}, as of ${NOW.slice(0, 10)}`);
for (const name of setNames) {
  const set = loadSet(name);
  const library = JSON.parse(readFileSync(set.library, 'utf8'));
  const byId = new Map(library.items.map((i) => [i.id, i]));
  const live = library.items.filter(isLive);
  const rows = [
    evaluate('Handoff', handoffEngine(set.library), set, byId),
    evaluate('MiniSearch (approved, unexpired only)', miniSearchEngine(live), set, byId),
    evaluate('Fuse.js (approved, unexpired only)', fuseEngine(live), set, byId),
  ];
  results[name] = rows;
  const h = rows[0];
  console.log(`\n**${name}** set: ${set.cases.length} cases (${h.cases} labelled, ${h.noFit} where nothing fits) over ${library.items.length} items\n`);
  console.log('| engine | NDCG@5 | MRR | recall@5 | trap or forbidden items shown | failing cases | no-fit cases answered |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${f(r.ndcg)} | ${f(r.mrr)} | ${f(r.recall)} | ${r.traps} | ${r.failures.length} | ${r.noFitAnswered} of ${r.noFit} |`);
  console.log(`\nHandoff NDCG@5 by kind: ${Object.entries(h.kinds).map(([k, v]) => `${k} ${f(v.ndcg / v.n)} (${v.n})`).join(', ')}`);
  if (h.failures.length) console.log(`Handoff failing cases: ${h.failures.join('; ')}`);
  if (refused.length) console.log(`Contexts the CLI refused: ${refused.splice(0).join(', ')}`);
  if (flag('--verbose') === name) {
    for (const c of h.perCase.filter((c) => c.ndcg !== null && (c.ndcg < 0.8 || c.recall < 1))) console.log(`  ${c.id} [${c.kind}] ndcg ${f(c.ndcg)} recall ${f(c.recall)} got ${c.ranked.map((id) => `${id}(${c.relevant[id] || 0})`).join(', ')} want ${JSON.stringify(c.relevant)}`);
  }
}

const jsonOut = flag('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 1));

// The gate. Never: a draft, retired or expired item (any set). The issue's goals for the blind
// test set are NDCG@5 >= 0.85, recall@5 >= 0.80 and no forbidden item; the gate holds what is
// reached today so that it cannot slide back (docs/performance.md has both), and the outside set
// must stay ahead of MiniSearch.
// dev4 to dev16 are the newest tuning sets (first runs 0.772, 0.725, 0.725, 0.786, 0.693, 0.788, 0.728, 0.643, 0.687, 0.618, 0.765, 0.689, 0.728; 0.883, 0.837, 0.844, 0.867, 0.746, 0.796, 0.759, 0.723, 0.731, 0.684, 0.803, 0.740, 0.798 now): each held near what it reached.
const GATE = { tunedNdcg: { tuning: 0.85, dev: 0.85, dev2: 0.85, dev3: 0.85, dev4: 0.85, dev5: 0.81, dev6: 0.82, dev7: 0.83, dev8: 0.73, dev9: 0.79, dev10: 0.75, dev11: 0.70, dev12: 0.72, dev13: 0.68, dev14: 0.79, dev15: 0.72, dev16: 0.78 }, testNdcg: 0.82, testRecall: 0.80, testFailures: 2, aheadOfMiniSearch: { test2: { ndcg: 0.78, failures: 1 }, test3: { ndcg: 0.77, failures: 8 }, test4: { ndcg: 0.72, failures: 1 }, outside: { ndcg: 0.78, failures: 2 } } };
if (args.includes('--gate')) {
  const problems = [];
  for (const [name, rows] of Object.entries(results)) if (rows[0].notLive) problems.push(`${name}: ${rows[0].notLive} draft, retired or expired item(s) suggested`);
  // The sets tuned on each hold what they reached.
  for (const [name, min] of Object.entries(GATE.tunedNdcg)) {
    const [h] = results[name] || [];
    if (h && h.ndcg < min) problems.push(`${name}: NDCG@5 ${f(h.ndcg)} (min ${min})`);
  }
  const [test] = results.test || [];
  if (!test) problems.push('test: tests/eval/test-set/cases.jsonl is missing');
  else if (test.ndcg < GATE.testNdcg || test.recall < GATE.testRecall || test.failures.length > GATE.testFailures) problems.push(`test: NDCG@5 ${f(test.ndcg)} (min ${GATE.testNdcg}), recall@5 ${f(test.recall)} (min ${GATE.testRecall}), ${test.failures.length} failing case(s) (max ${GATE.testFailures})`);
  // test2 (held out like test, first run 0.802 on 2026-12-06), test3 (first run 0.721 on
  // 2026-12-06, 12 failing cases; 0.753 and 10 after the veto, 0.773 since the sixteenth round, 0.782 since the twentieth), test4 (first run 0.724 on
  // 2026-12-07, 1 failing case; written after dev12 made test and test2 share a tuning set's domain) and the outside set: each held where it is, and ahead of
  // MiniSearch on the same set.
  for (const [name, min] of Object.entries(GATE.aheadOfMiniSearch)) {
    const [h, mini] = results[name] || [];
    if (h && (h.ndcg < min.ndcg || h.failures.length > min.failures || h.ndcg <= mini.ndcg)) problems.push(`${name}: NDCG@5 ${f(h.ndcg)} (min ${min.ndcg}), ${h.failures.length} failing case(s) (max ${min.failures}) vs MiniSearch ${f(mini.ndcg)}`);
  }
  if (problems.length) {
    console.error(`run.mjs: the ranking gate failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nranking gate: passed');
}
