// What helps win, end to end: a rep inserts a case study on a Salesforce opportunity at proposal
// stage; later the same record shows Closed Won and the extension reports that once; the
// dashboard credits the item with a won deal in Government × Proposal; an admin's CSV of closed
// opportunities adds the outcome of a deal no rep reopened. Deals travel as keys only: the
// server's database never holds a record id, an amount or a name from the pages.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openGmail, outboxEvents, panel, screenshotPath, syncNow, useSites, waitForEvent, withServer } from './harness.mjs';

const sites = useSites(['acme.lightning.force.com', 'salesforce/opportunity-dynamic-forms.html'], ['mail.google.com', 'gmail/compose-popup.html']);
const record = (id) => `https://acme.lightning.force.com/lightning/r/Opportunity/${id}/view`;
const WON = '0065g00000XyZ1AAA';
const NEVER_REOPENED = '0065g00000XyZ2AAA';
const CASE_STUDY = 'gov-county-records-case-study';

/** Opens the record, finds the case study by search and inserts it into the composer. */
async function insertCaseStudy(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('textarea:visible').first().click();
  await panel(page).locator('li.card').first().waitFor({ timeout: 15_000 });
  await panel(page).locator('input.search').fill('county records case study');
  const card = panel(page).locator(`li.card[data-id="${CASE_STUDY}"]`);
  await card.waitFor({ timeout: 10_000 });
  await card.locator('button.insert').click();
  return page;
}

/** Opens the record until the worker has read it; the tab stays open. */
async function open(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('handoff-panel-host'), null, { timeout: 15_000 });
  await panel(page).locator('li.card, li.empty').first().waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

test('a case study inserted on an opportunity is credited with the deal it helped win', () => withServer(sites, async ({ server, browser, dir }) => {
  const settings = (s) => browser.worker.evaluate((v) => chrome.storage.local.set({ settings: v }), s);
  const connected = { endpoint: server.url, token: server.rep, repName: 'Sam Rivera' };
  await settings(connected);
  await syncNow(browser);
  const secret = await browser.worker.evaluate(async () => (await chrome.storage.local.get('orgSettings')).orgSettings);
  assert.ok(secret && secret.secret.length >= 32, `the org's secret came with the sync: ${JSON.stringify(secret)}`);
  // Offline while the rep works, so the events can be read in the outbox before they are sent.
  await settings({ ...connected, endpoint: '' });

  // At proposal stage, on two opportunities: the case study goes into each one's composer.
  await insertCaseStudy(browser, record(WON));
  const inserted = await waitForEvent(browser.worker, (e) => e.action === 'inserted' && e.item_id === CASE_STUDY);
  assert.match(inserted.deal, /^[0-9a-f]{32}$/, 'the event names the deal by its key');
  assert.deepEqual([inserted.vertical, inserted.stage, inserted.source], ['government', 'proposal', 'salesforce']);
  await insertCaseStudy(browser, record(NEVER_REOPENED));
  const second = await waitForEvent(browser.worker, (e) => e.action === 'inserted' && e.item_id === CASE_STUDY && e.deal !== inserted.deal);
  assert.match(second.deal, /^[0-9a-f]{32}$/, 'another opportunity, another key');

  // Later the first record shows Closed Won: one outcome event, however often it is opened.
  sites.serve('acme.lightning.force.com', 'salesforce/opportunity-closed-won.html');
  await open(browser, record(WON));
  const outcome = await waitForEvent(browser.worker, (e) => e.action === 'outcome');
  assert.deepEqual([outcome.deal, outcome.outcome], [inserted.deal, 'won']);
  await open(browser, record(WON));
  await new Promise((r) => setTimeout(r, 500));
  assert.equal((await outboxEvents(browser.worker)).filter((e) => e.action === 'outcome').length, 1, 'sent once per deal and outcome');
  await settings(connected);
  const status = await syncNow(browser);
  assert.equal(status.outbox.waiting, 0, `every event delivered: ${JSON.stringify(status.outbox)}`);

  // The dashboard: the case study has one won deal in Government × Proposal, one still open.
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/login`);
  await page.fill('input[name=token]', server.admin);
  await page.click('button[type=submit]');
  await page.click('header a:text("Outcomes")');
  const cells = async () => page.locator('#outcome-cells tr').filter({ hasText: 'Travis County' }).first().locator('td').allTextContents();
  let row = await cells();
  assert.deepEqual(row.slice(1, 6), ['Government · Proposal', '2', '1', '0', '1'], row.join(' | '));
  assert.match(await page.locator('#won-deals').textContent(), /Travis County/);

  // The admin adds closed opportunities from a CRM export: the second deal was lost, and no rep
  // reopened it; one more deal had no Handoff content at all.
  await page.setInputFiles('#file', { name: 'closed.csv', mimeType: 'text/csv', buffer: Buffer.from(`Opportunity ID,Opportunity Name,Stage,Amount,Close Date\n${NEVER_REOPENED},Acme County - Phase 2,Closed Lost,99000,2026-12-01\n0065g00000ZZZ9AAA,Other deal,Closed Won,5000,2026-11-30\n`) });
  await page.waitForFunction(() => document.getElementById('csv').value.includes('Closed Lost'));
  await page.click('#outcomes-import button[type=submit]');
  assert.match(await page.textContent('#imported'), /^2 closed deals recorded; 0 rows still open left out; 0 problem\(s\)\./);
  row = await cells();
  assert.deepEqual(row.slice(1, 7), ['Government · Proposal', '2', '1', '1', '0', '50% few deals'], row.join(' | '));
  assert.match(await page.locator('#lost-deals').textContent(), /Travis County/);
  await page.screenshot({ path: screenshotPath('workspace-outcomes'), fullPage: true });

  // The CSV export says the same.
  const csv = await page.evaluate(() => fetch('/dashboard/export/outcomes').then((r) => r.text()));
  assert.match(csv, new RegExp(`^${CASE_STUDY},[^\\n]*,government,proposal,2,1,1,0,0\\.5,`, 'm'), csv);

  // Privacy: nothing of the pages' records reached the server's database.
  const stored = readdirSync(dir).filter((f) => f.startsWith('server.db')).map((f) => readFileSync(join(dir, f)).toString('latin1')).join('\n');
  assert.ok(stored.includes(inserted.deal), 'the database was read (it holds the deal key)');
  for (const secretText of ['XyZ1AAA', 'XyZ2AAA', 'ZZZ9AAA', '240,000', '99000', 'Dana', 'dana.lee', 'Records Modernization', 'Phase 2']) {
    assert.ok(!stored.includes(secretText), `${secretText} reached the server's database`);
  }
}));

test('with tracked links on, the inserted link counts the prospect\'s open and leads to the asset', () => withServer(sites, async ({ server, browser }) => {
  sites.serve('acme.lightning.force.com', 'salesforce/opportunity-dynamic-forms.html');
  const admin = await browser.context.newPage();
  await admin.goto(`${server.url}/login`);
  await admin.fill('input[name=token]', server.admin);
  await admin.click('button[type=submit]');
  await admin.click('header a:text("Outcomes")');
  assert.match(await admin.textContent('#tracked-links'), /Off\./, 'off by default');
  await admin.click('#tracked-links button');
  assert.match(await admin.textContent('#tracked-links'), /On\./);

  await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { endpoint: server.url, token: server.rep, repName: 'Sam Rivera' });
  await syncNow(browser);
  const page = await insertCaseStudy(browser, record(WON));
  await page.waitForFunction(() => document.querySelector('textarea').value.includes('/l/'));
  const link = (await page.locator('textarea:visible').first().inputValue()).match(/https?:\/\/\S+\/l\/\S+/)[0];
  assert.ok(link.startsWith(`${server.url}/l/`), link);
  assert.ok(!link.includes('XyZ1AAA'), 'the link holds a deal key, not the record id');

  // The prospect opens it: counted, then sent on to the asset.
  const res = await fetch(link, { redirect: 'manual' });
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), 'https://content.northwind.example/case-travis-county');
  await syncNow(browser); // the insert's event too
  await admin.goto(`${server.url}/dashboard`);
  const row = await admin.locator(`#usage tr[data-id="${CASE_STUDY}"] td`).allTextContents();
  assert.equal(row[3], '1', `opened once, beside its inserts: ${row.join(' | ')}`);
}));

test('a mail thread takes the key of the prospect\'s deal open in the same session, else its own', () => withServer(sites, async ({ server, browser }) => {
  sites.serve('acme.lightning.force.com', 'salesforce/opportunity-dynamic-forms.html');
  const connected = { endpoint: server.url, token: server.rep, repName: 'Sam Rivera' };
  await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), connected);
  await syncNow(browser);
  await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...connected, endpoint: '' }); // read the outbox
  const insertInGmail = async (n) => {
    const { cards } = await openGmail(browser, null);
    await cards.first().locator('button.insert').click();
    return waitForEvent(browser.worker, (e) => e.action === 'inserted' && (n === 1 || e.deal !== first.deal));
  };
  // No deal open yet: the thread's own key.
  const first = await insertInGmail(1);
  assert.match(first.deal, /^[0-9a-f]{32}$/);
  // The rep opens Acme County's opportunity; back in the thread with Acme County's contact,
  // the insert is credited to that deal.
  await open(browser, record(WON));
  const second = await insertInGmail(2);
  await insertCaseStudy(browser, record(WON));
  const onRecord = await waitForEvent(browser.worker, (e) => e.action === 'inserted' && e.item_id === CASE_STUDY);
  assert.equal(second.deal, onRecord.deal, 'the thread took the opportunity\'s key');
  assert.notEqual(first.deal, onRecord.deal);
}));
