// Marketing's side in Chromium: events go in through both ingest formats, the dashboard shows
// the same numbers behind a login, and nobody without an admin token sees it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { ROOT, freePort, screenshotPath, startServer } from './harness.mjs';

const at = (d) => `2026-11-${d}T10:00:00Z`;
function events() {
  const out = [];
  const add = (action, item, extra = {}) => out.push({ id: `ev-${out.length}`, at: at(10 + (out.length % 10)), action, item_id: item, vertical: 'government', stage: 'proposal', source: 'gmail', ...extra });
  for (let i = 0; i < 6; i++) add('shown', 'gov-security-review-reply');
  for (let i = 0; i < 4; i++) add('inserted', 'gov-security-review-reply');
  add('rated', 'gov-security-review-reply', { rating: 1 });
  for (let i = 0; i < 3; i++) add('shown', 'gov-fedramp-one-pager');
  add('inserted', 'gov-fedramp-one-pager', { vertical: 'healthcare', stage: 'discovery' });
  out.push({ id: 'ev-miss-1', at: at(12), action: 'search_no_result', query: 'CJIS audit log' });
  out.push({ id: 'ev-miss-2', at: at(13), action: 'search_no_result', query: 'cjis audit log ' });
  return out;
}

test('the dashboard shows what reps used, what they missed, and needs a login', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-dash-'));
  const server = await startServer(join(dir, 'dash.db'), await freePort());
  try {
    const post = (path, body, auth) => fetch(server.url + path, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    const own = await post('/v1/events', { batch: events() }, `Bearer ${server.rep}`);
    assert.equal(own.accepted, 17);
    // The same kind of events from an analytics pipeline, with Segment's own client library.
    const py = execFileSync('python3', [join(ROOT, 'tests/segment/send.py'), server.url, server.rep], { encoding: 'utf8' });
    assert.match(py, /sent 3 track events twice/);

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${server.url}/dashboard`);
      assert.match(page.url(), /\/login$/, 'no dashboard without a login');
      await page.fill('input[name=token]', server.rep);
      await page.click('button[type=submit]');
      assert.match(await page.textContent('body'), /not an admin token/);
      await page.goto(`${server.url}/login`);
      await page.fill('input[name=token]', server.admin);
      await page.click('button[type=submit]');
      await page.waitForURL(/\/dashboard$/);
      const tile = async (id) => (await page.textContent(`#${id} b`)).trim();
      assert.equal(await tile('tile-inserted'), '7', '5 inserts in our format + 2 from Segment, each stored once');
      assert.equal(await tile('tile-shown'), '9');
      assert.equal(await tile('tile-searches'), '3', '2 from the extension, 1 from Segment');
      const row = page.locator('#usage tr[data-id="gov-security-review-reply"] td');
      assert.deepEqual(await row.allTextContents(), ['Reply: security review and FedRAMP package', '6', '4', '0', '67%', '1', '0', '']);
      assert.equal((await page.textContent('#searches td')).trim(), 'cjis audit log', 'searches without result are grouped');
      assert.equal(await page.locator('#heatmap td[data-vertical=government][data-stage=proposal]').textContent(), `${await countFits('government', 'proposal')} / 6`);
      assert.ok((await page.locator('#timeline rect').count()) >= 2, 'use over time is drawn');
      // Each section's CSV, with the session: the same rows, formula-looking text defused.
      const href = await page.locator('h2', { hasText: 'Content used' }).locator('a.csv').getAttribute('href');
      const csv = await page.evaluate((u) => fetch(u).then((r) => r.text()), href);
      assert.match(csv, /^item_id,title,shown,inserted,insert_rate,up,down,dismissed,opened\ngov-security-review-reply,Reply: security review and FedRAMP package,6,4,0.667,1,0,0,0\n/);
      await page.screenshot({ path: screenshotPath('dashboard'), fullPage: true });

      // The filter form with its dates left blank, then with dates: both answer.
      await page.click('form.filters button[type=submit]');
      assert.equal(await tile('tile-inserted'), '7', 'blank dates filter nothing');
      await page.fill('input[name=from]', '2020-01-01');
      await page.fill('input[name=to]', '2099-12-31');
      await page.click('form.filters button[type=submit]');
      assert.equal(await tile('tile-inserted'), '7', 'dates from the date inputs are understood');

      // An invitation made on the people page; its link's page runs its one script under the CSP.
      await page.click('header a:text("People")');
      await page.fill('#invite input[name=name]', 'Ana Ruiz');
      await page.click('#invite button[type=submit]');
      const link = (await page.textContent('#invitation')).trim();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(link);
      assert.equal((await page.textContent('#link')).trim(), link, `the enrollment page shows its own address (${errors})`);

      // Signing out ends the session: the dashboard asks for a login again.
      await page.goto(`${server.url}/dashboard`);
      await page.click('header button[type=submit]');
      await page.waitForURL(/\/login$/);
      await page.goto(`${server.url}/dashboard`);
      assert.match(page.url(), /\/login$/, 'signed out');
    } finally {
      await browser.close();
    }
  } finally {
    server.proc.kill('SIGKILL');
    await once(server.proc, 'exit');
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Approved, unexpired demo items that fit a vertical × stage cell (the heat map's first number). */
async function countFits(vertical, stage) {
  const { readFileSync } = await import('node:fs');
  const lib = JSON.parse(readFileSync(join(ROOT, 'demo/library.json'), 'utf8'));
  const now = Date.now();
  return lib.items.filter((i) => i.status === 'approved' && !(i.expires && Date.parse(i.expires) < now) && (!i.verticals?.length || i.verticals.includes(vertical)) && (!i.stages?.length || i.stages.includes(stage))).length;
}
