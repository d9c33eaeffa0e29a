// Reader rules published from the server can widen what the content script snapshots: when a
// CRM ships a page shell none of the site table's regions match, rules naming the new container
// make the page readable again without an extension release.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { panel, ROOT, syncNow, useSites, withServer } from './harness.mjs';

const sites = useSites(['acme.lightning.force.com', 'salesforce/opportunity-new-shell.html']);
const RECORD = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ1AAA/view';

async function header(browser) {
  const page = await browser.context.newPage();
  await page.goto(RECORD);
  await page.locator('textarea:visible').first().click();
  await panel(page).locator('li.card, li.empty').first().waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(500);
  const text = await panel(page).locator('.ctx').textContent();
  await page.close();
  return text;
}

test('rules naming a new page shell make the snapshot hold it', () => withServer(sites, async ({ server, browser }) => {
  await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { endpoint: server.url, token: server.rep, repName: 'Sam Rivera' });
  await syncNow(browser);
  assert.doesNotMatch(await header(browser), /Acme County/, 'the new shell is outside every region the site table snapshots');

  // Marketing publishes rules whose Salesforce record roots include the new container.
  const rules = JSON.parse(readFileSync(join(ROOT, 'crates/readers/src/rules.json'), 'utf8'));
  const published = { version: '9999-01-01', sites: { salesforce: { ...rules.sites.salesforce, record_roots: ['.acme-shell-v2', ...rules.sites.salesforce.record_roots] } } };
  const res = await fetch(`${server.url}/v1/admin/reader-rules`, { method: 'PUT', headers: { authorization: `Bearer ${server.admin}`, 'content-type': 'application/json' }, body: JSON.stringify(published) });
  assert.equal(res.status, 200, await res.text());
  await syncNow(browser);
  assert.equal(await header(browser), 'Acme County · Government · Proposal');
}));
