// Live pages change under the extension: a DOM change that does not change the prospect
// leaves the suggestions alone; a Gmail route change to another thread re-reads and re-ranks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreStatus, gmailOpenAnotherThread, launch, outboxEvents, panel, useSites } from './harness.mjs';

const sites = useSites(['mail.google.com', 'gmail/compose-popup.html']);

test('re-reads on SPA navigation, and only re-ranks when the context really changed', async () => {
  const browser = await launch(sites);
  try {
    assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { repName: 'Sam Rivera' } }));
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbzwTfRbLsGvLwPFJnB');
    await page.locator('div[g_editable=true]').click();
    const header = panel(page).locator('.ctx');
    await panel(page).locator('li.card').first().waitFor({ timeout: 15_000 });
    assert.match(await header.textContent(), /Government/);
    await page.waitForTimeout(800);
    const shown = async () => (await outboxEvents(browser.worker)).filter((e) => e.action === 'shown').length;
    const before = await shown();

    // Unrelated page churn (Gmail updates counters and timestamps all the time).
    await page.evaluate(() => {
      for (let i = 0; i < 20; i++) document.querySelector('.bsU').textContent = String(12 + i);
      document.body.append(Object.assign(document.createElement('div'), { textContent: 'New mail notification' }));
    });
    await page.waitForTimeout(1200);
    assert.equal(await shown(), before, 'same context: no re-rank, no new impressions');

    // The rep opens another thread: Gmail changes the route and swaps the thread in place.
    await gmailOpenAnotherThread(page);
    await page.waitForFunction(() => /Healthcare/.test(document.querySelector('#handoff-panel-host').shadowRoot.querySelector('.ctx').textContent), null, { timeout: 10_000 });
    assert.match(await header.textContent(), /St\. Brigid Health System · Healthcare/);
    const ids = await panel(page).locator('li.card').evaluateAll((els) => els.map((e) => e.dataset.id));
    assert.ok(ids.includes('hc-hipaa-baa-snippet'), ids.join(', '));
    assert.ok(!ids.some((id) => id.startsWith('gov-')), `nothing for the previous prospect: ${ids.join(', ')}`);
  } finally {
    await browser.close();
  }
});
