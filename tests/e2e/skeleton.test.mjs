// The walking skeleton end to end: the built extension in Debian's Chromium reads a Gmail
// compose served as https://mail.google.com, ranks the bundled library in the wasm core,
// shows suggestions beside the compose, and inserts a snippet at the caret.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, assertNoLongTasks, coreStatus, DIST, launch, overlaps, panel, screenshotPath, useSites, watchLongTasks } from './harness.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbzwTfRbLsGvLwPFJnB';
const library = JSON.parse(readFileSync(join(ROOT, 'demo/library.json'), 'utf8'));
const notLive = new Set(library.items.filter((i) => i.status !== 'approved' || (i.expires && new Date(i.expires) < new Date())).map((i) => i.title));

const sites = useSites(['mail.google.com', 'gmail/compose-popup.html']);

test('Gmail compose: suggestions appear, Insert puts the filled snippet at the caret', async () => {
  const browser = await launch(sites);
  try {
    const status = await coreStatus(browser.worker);
    assert.equal(status.wasm, 'ready', `wasm core failed to load: ${status.error}`);
    assert.ok(status.items >= 40, `bundled library loaded (${status.items} items)`);
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { repName: 'Sam Rivera' } }));

    const page = await browser.context.newPage();
    await watchLongTasks(page);
    await page.goto(GMAIL);
    const body = page.locator('div[g_editable=true]');
    await body.click();
    const cards = panel(page).locator('li.card');
    await cards.first().waitFor({ timeout: 15_000 });

    const titles = await cards.locator('.title').allTextContents();
    assert.ok(titles.length >= 3, `expected several suggestions, got ${titles.length}`);
    for (const t of titles) assert.ok(!notLive.has(t), `draft, retired or expired item shown: ${t}`);
    const reasons = await cards.first().locator('.reasons li').allTextContents();
    assert.ok(reasons.some((r) => r.startsWith('Government ✓')), `first suggestion explains the vertical: ${reasons}`);
    assert.equal(await panel(page).locator('.status.error').count(), 0, 'no error shown');

    // The panel sits beside the compose, not over the text the rep types.
    assert.ok(!overlaps(await panel(page).boundingBox(), await body.boundingBox()), 'panel does not cover the compose body');
    await page.screenshot({ path: screenshotPath('gmail-suggestions') });

    const card = cards.filter({ has: page.locator('.title', { hasText: /security review/i }) }).first();
    const id = await card.getAttribute('data-id');
    const item = library.items.find((i) => i.id === id);
    assert.ok(item && item.body, `a snippet about the security review is suggested (${titles})`);
    await card.locator('button.insert').click();
    const fill = (t) => t.replaceAll('{{contact.first_name}}', 'Dana').replaceAll('{{company}}', 'Acme County').replaceAll('{{rep.name}}', 'Sam Rivera');
    const expected = fill(item.body).split('\n')[0];
    await page.waitForFunction((t) => document.querySelector('div[g_editable=true]').innerText.includes(t), expected, { timeout: 5_000 });
    const text = await body.innerText();
    assert.ok(!text.includes('{{'), `no raw variable inserted: ${text}`);
    for (const line of fill(item.body).split('\n').filter(Boolean)) assert.ok(text.includes(line), `inserted text holds ${JSON.stringify(line)}`);
    await page.screenshot({ path: screenshotPath('gmail-inserted') });
    // The extension's own main-thread work is measured (handoff:* measures); none may be a
    // long task, and no long task on the page may overlap it.
    const ours = await assertNoLongTasks(page, assert);
    assert.ok(ours.some((m) => m.name === 'handoff:snapshot') && ours.some((m) => m.name === 'handoff:insert') && ours.some((m) => m.name === 'handoff:render'), `the extension's work is measured: ${JSON.stringify(ours)}`);
  } finally {
    await browser.close();
  }
});

test('a broken wasm module is reported, never silently replaced', async (t) => {
  const broken = mkdtempSync(join(tmpdir(), 'handoff-broken-'));
  t.after(() => rmSync(broken, { recursive: true, force: true }));
  cpSync(DIST, broken, { recursive: true });
  writeFileSync(join(broken, 'wasm/handoff_wasm_bg.wasm'), Buffer.from('not wasm at all'));
  const browser = await launch(sites, { extensionDir: broken });
  try {
    const status = await coreStatus(browser.worker);
    assert.equal(status.wasm, 'failed');
    const page = await browser.context.newPage();
    await page.goto(GMAIL);
    await page.locator('div[g_editable=true]').click();
    const error = panel(page).locator('.status.error');
    await error.waitFor({ timeout: 15_000 });
    assert.match(await error.textContent(), /could not/);
    assert.equal(await panel(page).locator('li.card').count(), 0);
  } finally {
    await browser.close();
  }
});
