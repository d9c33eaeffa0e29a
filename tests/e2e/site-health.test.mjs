// Site health from real readings: the extension counts, per site and field, how often its
// readers found what they look for (no page text), sends the counts with its sync, and the
// dashboard calls out a drop ("Salesforce stage not found on 83% of pages since …") and lets
// the admin publish newer reader rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { panel, screenshotPath, syncNow, useSites, withServer } from './harness.mjs';

const sites = useSites(['acme.lightning.force.com', 'salesforce/opportunity-dynamic-forms.html']);
const OPPORTUNITY = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ1AAA/view';
const ACCOUNT = 'https://acme.lightning.force.com/lightning/r/Account/0015g00000AbCdEAA/view';

/** Opens `url` in a new tab until the panel has read it, then closes the tab. */
async function read(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await panel(page).locator('li.card, li.empty').first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => {});
  await page.waitForFunction(() => document.getElementById('handoff-panel-host'), null, { timeout: 15_000 });
  await page.waitForTimeout(500);
  await page.close();
}

test('readers\' field counts reach the dashboard, which calls out a drop and takes new rules', () => withServer(sites, async ({ server, browser }) => {
  await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { endpoint: server.url, token: server.rep, repName: 'Sam Rivera' });
  // Last week every Salesforce page had its stage (as this browser reported then).
  const lastWeek = new Date(Date.now() - 9 * 86_400_000).toISOString().slice(0, 10);
  const seed = { reports: ['stage', 'company'].map((field) => ({ day: lastWeek, site: 'salesforce', rules_version: 'built-in', field, found: 30, missing: 0 })) };
  assert.equal((await fetch(`${server.url}/v1/health`, { method: 'POST', headers: { authorization: `Bearer ${server.rep}`, 'content-type': 'application/json' }, body: JSON.stringify(seed) })).status, 200);

  // Today: one opportunity (stage on the page), then five account pages (no stage there).
  await read(browser, OPPORTUNITY);
  sites.serve('acme.lightning.force.com', 'salesforce/account.html');
  for (let i = 0; i < 5; i++) await read(browser, ACCOUNT);
  const kept = await browser.worker.evaluate(async () => (await chrome.storage.local.get('siteHealth')).siteHealth);
  const today = new Date().toISOString().slice(0, 10);
  const stage = Object.entries(kept).find(([k]) => k.startsWith(`${today}|salesforce|`) && k.endsWith('|stage'));
  assert.deepEqual(stage && stage[1], { found: 1, missing: 5 }, `counts kept in the browser: ${JSON.stringify(kept)}`);
  assert.ok(!JSON.stringify(kept).match(/Acme|County|@/), 'counts only, no page text');
  await syncNow(browser);

  const page = await browser.context.newPage();
  await page.goto(`${server.url}/login`);
  await page.fill('input[name=token]', server.admin);
  await page.click('button[type=submit]');
  await page.click('header a:text("Site health")');
  assert.equal((await page.textContent('#drops')).trim(), `Salesforce stage not found on 83% of pages since ${today} (was 0% the week before).`);
  const row = await page.locator('#health tr[data-site=salesforce][data-field=stage] td').allTextContents();
  assert.deepEqual(row, ['Salesforce', 'stage', '17%', '6', '100%', '30']);
  await page.screenshot({ path: screenshotPath('workspace-health'), fullPage: true });

  // Newer rules: a bad document is refused with the reason, a good one published.
  await page.fill('#rules textarea', '{"sites": {}}');
  await page.click('#rules button');
  assert.match(await page.textContent('[role=alert]'), /^Not published: reader rules: missing field `version`/);
  await page.fill('#rules textarea', '{"version": "2026-12-05", "sites": {}}');
  await page.click('#rules button');
  assert.match(await page.textContent('[role=status]'), /^Rules 2026-12-05 published as library version \d+/);
}));
