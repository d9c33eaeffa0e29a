// The host page runs beside the panel and the content script: it must not be able to act
// through them (insert, rate, propose: its synthetic events are not trusted) nor read what the
// extension keeps (the rep's token) from the content script's side.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, openGmail, outboxEvents, panel, useSites, waitForEvent } from './harness.mjs';

const sites = useSites(['mail.google.com', 'gmail/compose-popup.html']);


test('the host page\'s script cannot insert, rate or open the panel: only the rep\'s own input acts', async () => {
  const browser = await launch(sites);
  try {
    const { page, body, cards } = await openGmail(browser);
    const id = await cards.first().getAttribute('data-id');
    await waitForEvent(browser.worker, (e) => e.action === 'shown' && e.item_id === id);
    const draft = await body.innerText();
    // What a hostile page can do with the panel's elements: synthetic clicks, key presses, submits.
    await page.evaluate(() => {
      const root = document.getElementById('handoff-panel-host').shadowRoot;
      const card = root.querySelector('li.card');
      for (const sel of ['button.insert', 'button.up', 'button.down', 'button.dismiss']) card.querySelector(sel)?.click();
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      root.querySelector('button.propose')?.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', altKey: true, shiftKey: true, bubbles: true }));
    });
    await page.waitForTimeout(1500);
    assert.equal(await body.innerText(), draft, 'nothing was inserted by the page');
    const acted = (await outboxEvents(browser.worker)).filter((e) => ['inserted', 'rated', 'dismissed', 'proposed'].includes(e.action));
    assert.deepEqual(acted, [], 'no event from synthetic input');
    assert.equal(await cards.count() > 0 && (await cards.first().getAttribute('data-id')), id, 'the card is still there');

    // The rep's own click (trusted input) still acts.
    await cards.first().locator('button.up').click();
    await waitForEvent(browser.worker, (e) => e.action === 'rated' && e.item_id === id);
  } finally {
    await browser.close();
  }
});

test('the rep\'s token is not readable from the content script\'s side of the page', async () => {
  const browser = await launch(sites);
  try {
    const { page } = await openGmail(browser, { endpoint: 'http://127.0.0.1:9', token: 'hf_rep_secret_token' });
    // The content script's isolated world, found through the DevTools protocol.
    const cdp = await page.context().newCDPSession(page);
    const worlds = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    await page.waitForTimeout(300);
    const isolated = worlds.find((c) => c.auxData?.type === 'isolated' && String(c.origin || c.name).length > 0 && c.auxData.frameId && /handoff/i.test(c.name || ''));
    assert.ok(isolated, `the content script's world is found: ${JSON.stringify(worlds.map((c) => [c.name, c.auxData?.type]))}`);
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: isolated.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `chrome.storage.local.get(null).then((all) => JSON.stringify(all), (e) => 'refused: ' + e.message)`,
    });
    assert.ok(!String(result.value).includes('hf_rep_secret_token'), `content script read: ${String(result.value).slice(0, 200)}`);
    // …while the panel still works (it asks the worker for what it needs).
    assert.ok(await panel(page).locator('li.card').count() > 0);
  } finally {
    await browser.close();
  }
});
