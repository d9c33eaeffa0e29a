// Ranking quality on the labelled evaluation set: Handoff (the `handoff suggest` CLI, the
// same core the extension runs) beside Fuse.js and MiniSearch indexing the same library, as a
// JavaScript extension would. Prints a markdown table.
//   node tests/eval/run.mjs [--json FILE] [--min-ndcg 0.85] [--baselines-only]
// HANDOFF_BIN overrides the CLI path (default target/debug/handoff).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const LIBRARY = join(HERE, 'library.json');
const NOW = '2026-11-23T12:00:00Z';
const TOP = 5;
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const library = JSON.parse(readFileSync(LIBRARY, 'utf8'));
const { cases } = JSON.parse(readFileSync(join(HERE, 'cases.json'), 'utf8'));
const byId = new Map(library.items.map((i) => [i.id, i]));
const isLive = (item) => item && item.status === 'approved' && !(item.expires && Date.parse(item.expires.length === 10 ? `${item.expires}T23:59:59Z` : item.expires) < Date.parse(NOW));

// ---- engines: each maps a case to a ranked list of ids (at most TOP)

function handoffEngine() {
  const bin = process.env.HANDOFF_BIN || join(ROOT, 'target/debug/handoff');
  if (!existsSync(bin)) {
    console.error(`run.mjs: ${bin} not found: build it with \`cargo build -p handoff-cli\` (or set HANDOFF_BIN)`);
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'handoff-eval-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (c) => {
    const ctx = join(dir, `${c.id}.json`);
    writeFileSync(ctx, JSON.stringify(c.context));
    const argv = ['suggest', '--library', LIBRARY, '--context', ctx, '--top', String(TOP), '--json', '--now', NOW];
    if (c.query) argv.push('--query', c.query);
    return JSON.parse(execFileSync(bin, argv, { encoding: 'utf8' })).suggestions.map((s) => s.id);
  };
}

/** What a JS extension would search with: the typed query, else the page's subject, text and CRM values. */
function queryOf(c) {
  if (c.query) return c.query;
  const x = c.context;
  return [x.subject, x.text, x.vertical, x.stage, x.raw && x.raw.stage, x.raw && x.raw.industry].filter(Boolean).join(' ');
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

function ndcg(ranked, relevant) {
  const gains = ranked.map((id) => relevant[id] || 0);
  const dcg = gains.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant).sort((a, b) => b - a).slice(0, TOP);
  const idcg = ideal.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  return idcg ? dcg / idcg : 0;
}

function evaluate(name, engine) {
  let n = 0, sumNdcg = 0, sumRr = 0, sumRecall = 0, traps = 0, noFitFalse = 0;
  const perCase = [];
  for (const c of cases) {
    const ranked = engine(c);
    const bad = ranked.filter((id) => !isLive(byId.get(id)) || c.traps.includes(id));
    traps += bad.length;
    const rel = c.relevant;
    if (Object.keys(rel).length === 0) {
      if (ranked.length) noFitFalse++;
      perCase.push({ id: c.id, ranked, ndcg: null, traps: bad });
      continue;
    }
    n++;
    const score = ndcg(ranked, rel);
    sumNdcg += score;
    const first = ranked.findIndex((id) => (rel[id] || 0) >= 2);
    sumRr += first >= 0 ? 1 / (first + 1) : 0;
    const wanted = Object.keys(rel);
    sumRecall += ranked.filter((id) => rel[id]).length / Math.min(wanted.length, TOP);
    perCase.push({ id: c.id, ranked, ndcg: score, traps: bad });
  }
  return { name, cases: n, ndcg: sumNdcg / n, mrr: sumRr / n, recall: sumRecall / n, traps, noFitFalse, noFit: cases.length - n, perCase };
}

const approvedOnly = library.items.filter(isLive);
const rows = [];
if (!args.includes('--baselines-only')) rows.push(evaluate('Handoff', handoffEngine()));
rows.push(evaluate('Fuse.js (whole library)', fuseEngine(library.items)));
rows.push(evaluate('Fuse.js (approved, unexpired only)', fuseEngine(approvedOnly)));
rows.push(evaluate('MiniSearch (whole library)', miniSearchEngine(library.items)));
rows.push(evaluate('MiniSearch (approved, unexpired only)', miniSearchEngine(approvedOnly)));

const f = (x) => x.toFixed(3);
console.log(`\nRanking quality, ${new Date().toISOString().slice(0, 10)}: ${cases.length} cases (${rows[0].cases} with relevant items, ${rows[0].noFit} where nothing fits) over ${library.items.length} items, top ${TOP}\n`);
console.log('| engine | NDCG@5 | MRR | recall@5 | trap violations | no-fit cases answered |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${f(r.ndcg)} | ${f(r.mrr)} | ${f(r.recall)} | ${r.traps} | ${r.noFitFalse} of ${r.noFit} |`);

if (args.includes('--verbose')) {
  const h = rows[0];
  for (const c of h.perCase.filter((c) => c.ndcg !== null && c.ndcg < 0.8)) console.log(`  ${c.id}: ndcg ${f(c.ndcg)} got ${c.ranked.join(', ')}`);
}
const jsonOut = flag('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
const min = flag('--min-ndcg');
if (min !== undefined && rows[0].name === 'Handoff') {
  const h = rows[0];
  if (h.ndcg < Number(min) || h.traps > 0) {
    console.error(`run.mjs: Handoff NDCG@5 ${f(h.ndcg)} (min ${min}), trap violations ${h.traps}`);
    process.exit(1);
  }
}
