// How often the page readers find each field, per day, site and reader-rules version: counts
// only, never page text. Sent to the server for marketing's site health page, so a CRM page
// that changed ("Salesforce stage not found on 30% of pages") shows before reps complain.
// Each day's counts are sent as totals, so a resend replaces and never double-counts.
import { load, save } from './storage.js';

const FIELDS = {
  company: (c) => Boolean(c.company || c.domain),
  contact: (c) => Boolean(c.contact && (c.contact.name || c.contact.email)),
  vertical: (c) => Boolean(c.vertical || (c.raw && c.raw.industry)),
  stage: (c) => Boolean(c.stage || (c.raw && c.raw.stage)),
  text: (c) => Boolean(c.text && c.text.trim()),
};
/** Days kept on this computer until sent (a browser offline for weeks keeps the last ones). */
const KEEP_DAYS = 14;
let queue = Promise.resolve(); // one storage read-modify-write at a time

const today = () => new Date().toISOString().slice(0, 10);

/** Counts one new reading of a page: each field found or missing. */
export function noteHealth(reading, rulesVersion) {
  queue = queue.then(async () => {
    const context = reading.context || {};
    const siteHealth = await load('siteHealth');
    for (const [field, found] of Object.entries(FIELDS)) {
      const key = [today(), reading.reader, rulesVersion || 'built-in', field].join('|');
      const row = (siteHealth[key] ??= { found: 0, missing: 0 });
      row[found(context) ? 'found' : 'missing'] += 1;
    }
    const oldest = new Date(Date.now() - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
    for (const key of Object.keys(siteHealth)) if (key.split('|')[0] < oldest) delete siteHealth[key];
    await save({ siteHealth });
  }).catch(() => {});
  return queue;
}

/** Sends the kept counts; days before today are dropped once the server has them. */
export async function sendHealth(s) {
  await queue;
  const siteHealth = await load('siteHealth');
  const reports = Object.entries(siteHealth).map(([key, n]) => {
    const [day, site, rules_version, field] = key.split('|');
    return { day, site, rules_version, field, found: n.found, missing: n.missing };
  });
  if (!reports.length || !s.endpoint || !s.token) return;
  const res = await fetch(new URL('/v1/health', s.endpoint), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` }, body: JSON.stringify({ reports }) });
  if (!res.ok) return;
  queue = queue.then(async () => {
    const now = await load('siteHealth');
    for (const key of Object.keys(now)) if (key.split('|')[0] < today()) delete now[key];
    await save({ siteHealth: now });
  });
  await queue;
}
