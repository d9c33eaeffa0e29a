// The labelled sets and the metric, one definition for every script that scores rankings
// (run.mjs, weights/search.mjs): how a set's cases are read, which items are live, NDCG@5.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Every set is ranked as of this time (expiry dates are read against it). */
export const NOW = '2026-11-23T12:00:00Z';
export const TOP = 5;

/** Each set's cases in one shape: {id, kind, context, query, relevant, forbidden}. */
export function loadSet(name) {
  if (name === 'tuning') {
    const { cases } = JSON.parse(readFileSync(join(HERE, 'cases.json'), 'utf8'));
    return { library: join(HERE, 'library.json'), cases: cases.map((c) => ({ id: c.id, kind: c.kind || 'tuning', context: c.context, query: c.query, relevant: c.relevant, forbidden: c.traps || [] })) };
  }
  // dev, dev2, … and test live in `<name>-set/`; the outside set keeps the folder it came in.
  const dir = join(HERE, name === 'outside' ? 'outside' : `${name}-set`);
  const cases = readFileSync(join(dir, 'cases.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  return { library: join(dir, 'library.json'), cases: cases.map((c) => ({ id: c.case, kind: String(c.note || '').split(':')[0], context: c.context, query: c.query, relevant: c.relevant || {}, forbidden: c.forbidden || [] })) };
}

const expiry = (e) => Date.parse(e.length === 10 ? `${e}T23:59:59Z` : e);
export const isLive = (item) => item && item.status === 'approved' && !(item.expires && expiry(item.expires) < Date.parse(NOW));

const gain = (g) => 2 ** g - 1;
export function ndcg(ranked, relevant) {
  const dcg = ranked.reduce((s, id, i) => s + gain(relevant[id] || 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant).sort((a, b) => b - a).slice(0, TOP);
  const idcg = ideal.reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
  return idcg ? dcg / idcg : 0;
}
