// The library a rep's extension ranks follows the server: an item marketing retires leaves the
// rep's suggestions at the next sync (delta by version), an unchanged library answers 304, and
// the worker's index is replaced in place (the old one freed first, see worker/core.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreStatus, launch, openGmail, syncNow, useSites, withServer } from './harness.mjs';

const sites = useSites(['mail.google.com', 'gmail/compose-popup.html']);

async function suggestedTitles(browser) {
  const { page, cards } = await openGmail(browser, null);
  const got = await cards.evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id'), title: e.querySelector('.title').textContent })));
  await page.close();
  return got;
}

test('an item retired on the server leaves the rep\'s suggestions at the next sync', () => withServer(sites, async ({ server, browser }) => {
  assert.equal((await coreStatus(browser.worker)).source, 'bundled');
  await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { endpoint: server.url, token: server.rep, repName: 'Sam Rivera' });

  const first = await syncNow(browser);
  assert.equal(first.source, 'synced', `the server's library replaced the bundled one: ${JSON.stringify(first.sync)}`);
  assert.equal(first.sync.lastError, null);
  const live = first.live;
  const before = await suggestedTitles(browser);
  assert.ok(before.length >= 3, `suggestions from the synced library: ${before.map((c) => c.title)}`);

  // Nothing changed: the next sync is a 304 and the library stays as it was.
  const same = await syncNow(browser);
  assert.equal(same.version, first.version);
  assert.equal(same.live, live);

  // Marketing retires the first suggestion.
  const gone = before[0];
  const res = await fetch(`${server.url}/v1/admin/items/${encodeURIComponent(gone.id)}/status`, { method: 'POST', headers: { authorization: `Bearer ${server.admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ status: 'retired' }) });
  assert.equal(res.status, 200, await res.text());

  const next = await syncNow(browser);
  assert.notEqual(next.version, first.version, 'a new library version arrived');
  assert.equal(next.live, live - 1, 'one live item fewer');
  const after = await suggestedTitles(browser);
  assert.ok(!after.some((c) => c.id === gone.id), `${gone.title} is no longer suggested: ${after.map((c) => c.title)}`);
  assert.ok(after.length >= 3, 'the rest still is');
}));

test('a library over chrome.storage\'s 10 MB default is kept (unlimitedStorage)', async () => {
  const browser = await launch(sites);
  try {
    const stored = await browser.worker.evaluate(async () => {
      const big = 'x'.repeat(12 * 1024 * 1024);
      await chrome.storage.local.set({ bigLibraryProbe: big });
      const { bigLibraryProbe } = await chrome.storage.local.get('bigLibraryProbe');
      await chrome.storage.local.remove('bigLibraryProbe');
      return bigLibraryProbe.length;
    });
    assert.equal(stored, 12 * 1024 * 1024);
  } finally {
    await browser.close();
  }
});
