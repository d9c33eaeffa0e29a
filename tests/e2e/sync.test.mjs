// The sync client against the real sync server: every event delivered exactly once through a
// server outage, a worker stopped mid-upload, a browser restart and a server killed mid-batch;
// and nothing from the page's text ever reaches the server.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { coreStatus, extensionPage, freePort, launch, outboxEvents, panel, startServer, syncNow, useSites } from './harness.mjs';

const sites = useSites(['mail.google.com', 'gmail/compose-popup.html']);

async function kill(server) {
  if (server.proc.exitCode === null) {
    server.proc.kill('SIGKILL');
    await once(server.proc, 'exit');
  }
}

async function serverCounts(server, admin) {
  const res = await fetch(`${server.url}/v1/reports/usage`, { headers: { authorization: `Bearer ${admin}` } });
  const usage = await res.json();
  const adoption = await (await fetch(`${server.url}/v1/reports/adoption`, { headers: { authorization: `Bearer ${admin}` } })).json();
  const item = usage.items.find((i) => i.item_id === 'gov-security-review-reply') || { shown: 0, inserted: 0 };
  return { events: adoption.reps.reduce((n, r) => n + r.events, 0), shown: item.shown, inserted: item.inserted };
}

async function waitUntil(fn, what, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('exactly once: outage, worker stopped mid-upload, browser restart, server killed mid-batch', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-sync-'));
  const dbFile = join(dir, 'sync.db');
  const port = await freePort();
  let server = await startServer(dbFile, port);
  const { admin, rep } = server;
  const profile = join(dir, 'profile');
  let browser = await launch(sites, { profile });
  try {
    assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
    await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { endpoint: server.url, token: rep });
    await kill(server); // the server is down while the rep works

    let page = await extensionPage(browser, 'popup/popup.html');
    const N = 300;
    await page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        const r = await chrome.runtime.sendMessage({ type: 'cs:event', event: { action: i % 3 === 0 ? 'inserted' : 'shown', item_id: 'gov-security-review-reply', context: { source: 'gmail', vertical: 'government', stage: 'proposal', text: 'PRIVATE PAGE TEXT', company: 'Acme County' } } });
        if (r.error) throw new Error(r.error);
      }
    }, N);
    assert.equal((await outboxEvents(browser.worker)).length, N, 'every event persisted before it was acknowledged');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:sync-now' }));
    assert.equal((await outboxEvents(browser.worker)).length, N, 'nothing lost while the server is down');
    const status = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:status' }));
    assert.ok(status.outbox.last_error, 'the popup can show why');

    // The server is back; the worker is stopped while it uploads.
    server = await startServer(dbFile, port);
    const cdp = await browser.context.newCDPSession(page);
    page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:sync-now' })).catch(() => {});
    await new Promise((r) => setTimeout(r, 30));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await browser.close();

    // Same profile, new browser: the worker wakes and goes on; the server dies mid-batch.
    browser = await launch(sites, { profile });
    await coreStatus(browser.worker);
    page = await extensionPage(browser, 'popup/popup.html');
    page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:sync-now' })).catch(() => {});
    await new Promise((r) => setTimeout(r, 20));
    await kill(server);
    server = await startServer(dbFile, port);
    await waitUntil(async () => {
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:sync-now' })).catch(() => {});
      return (await outboxEvents(browser.worker)).length === 0;
    }, 'the outbox to drain');

    const counts = await serverCounts(server, admin);
    assert.deepEqual(counts, { events: N, shown: (N * 2) / 3, inserted: N / 3 }, 'every event stored exactly once');
    const stored = readFileSync(dbFile).toString('latin1') + readFileSync(`${dbFile}-wal`, { flag: 'a+' }).toString('latin1');
    assert.ok(!stored.includes('PRIVATE PAGE TEXT') && !stored.includes('Acme County'), 'no page text, no prospect by default');
  } finally {
    await browser.close().catch(() => {});
    await kill(server);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a full rep session syncs no text from the page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-privacy-'));
  const dbFile = join(dir, 'privacy.db');
  const server = await startServer(dbFile, await freePort());
  const browser = await launch(sites);
  try {
    await coreStatus(browser.worker);
    await browser.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), { endpoint: server.url, token: server.rep, repName: 'Sam Rivera' });
    await syncNow(browser); // the org's secret first: this session's events carry a thread key
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbzwTfRbLsGvLwPFJnB');
    await page.locator('div[g_editable=true]').click();
    const cards = panel(page).locator('li.card');
    await cards.first().waitFor({ timeout: 15_000 });
    await cards.first().locator('button.insert').click();
    await cards.nth(1).locator('button.up').click();
    await panel(page).locator('input.search').fill('county board records modernization');
    await page.waitForTimeout(1500);
    const ext = await extensionPage(browser, 'popup/popup.html');
    await waitUntil(async () => {
      await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'ui:sync-now' }));
      return (await outboxEvents(browser.worker)).length === 0;
    }, 'the outbox to drain');
    const counts = await serverCounts(server, server.admin);
    assert.ok(counts.events >= 3, `the session's events arrived (${counts.events})`);
    const stored = readFileSync(dbFile).toString('latin1') + readFileSync(`${dbFile}-wal`, { flag: 'a+' }).toString('latin1');
    // …nor the thread's id: events name the thread (or its deal) by a key made with the org's secret.
    for (const phrase of ['Dana', 'acmecounty', 'records modernization project', 'county board in December', '014-2231', 'Re: Security review for the records project', 'FMfcgzQXJWDsKmbzwTfRbLsGvLwPFJnB']) {
      assert.ok(!stored.includes(phrase), `page text reached the server: ${phrase}`);
    }
  } finally {
    await browser.close();
    await kill(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
