// A worker wake without a rebuild: after a synced library is built once, its index snapshot is
// saved, and the next cold wake maps it back (status says so) and suggests exactly the same; a
// corrupt snapshot or a library written since falls back to the JSON build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, coreStatus, extensionPage, launch, snapshotSaved, stopWorker, useSites } from './harness.mjs';

const sites = useSites();
const demo = JSON.parse(readFileSync(join(ROOT, 'demo/library.json'), 'utf8'));
const REQUESTS = [
  { context: { source: 'gmail', vertical: 'government', stage: 'proposal', text: 'Can you send the FedRAMP security documentation before the county board meets?' } },
  { context: { source: 'gmail', vertical: 'healthcare', text: 'Legal needs your BAA and HIPAA documentation before we sign.' } },
  { context: { source: 'gmail' }, query: 'case stu' },
];

const send = (page, msg) => page.evaluate((m) => chrome.runtime.sendMessage(m), msg);
const status = (page) => send(page, { type: 'ui:status' });

/** The first request wakes the worker; all of them are answered. */
async function suggestAll(page) {
  const out = [];
  for (const r of REQUESTS) {
    const reply = await send(page, { type: 'cs:suggest', ...r });
    assert.ok(!reply.error, reply.error);
    out.push(reply.suggestions.map((s) => [s.id, s.score, s.text]));
  }
  return out;
}

test('a cold wake maps the saved snapshot back; a corrupt or stale one falls back to the JSON', async () => {
  const browser = await launch(sites);
  try {
    assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
    const page = await extensionPage(browser, 'popup/popup.html');
    // A synced library, as the sync stores it.
    await send(page, { type: 'ui:status' });
    await page.evaluate((json) => chrome.storage.local.set({ library: json }), JSON.stringify({ ...demo, version: 'wake-1' }));

    await stopWorker(page);
    const built = await suggestAll(page);
    let s = await status(page);
    assert.equal(s.source, 'synced');
    assert.equal(s.version, 'wake-1');
    assert.notEqual(s.snapshot, 'loaded', 'no snapshot yet: built from the JSON');
    assert.ok(built.every((ids) => ids.length > 0), 'every request has suggestions');
    await snapshotSaved(page);

    await stopWorker(page);
    const mapped = await suggestAll(page);
    s = await status(page);
    assert.equal(s.snapshot, 'loaded', 'the wake mapped the snapshot back');
    assert.equal(s.version, 'wake-1');
    assert.equal(s.items, demo.items.length);
    assert.deepEqual(mapped, built, 'the same suggestions, scores and texts as the JSON build');

    // Corrupt bytes on disk: refused, the JSON rebuilds, a good snapshot is saved again.
    await page.evaluate(async () => {
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open('handoff-snapshot');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => ok(req.result);
      });
      const inTx = (mode, act) => new Promise((ok, fail) => {
        const tx = db.transaction('snapshots', mode);
        const req = act(tx.objectStore('snapshots'));
        tx.oncomplete = () => ok(req.result);
        tx.onerror = () => fail(tx.error);
      });
      const rec = await inTx('readonly', (store) => store.get('core'));
      const bytes = new Uint8Array(await rec.bytes.arrayBuffer()); // stored as a Blob
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      await inTx('readwrite', (store) => store.put({ ...rec, bytes: new Blob([bytes]) }, 'core'));
      db.close();
    });
    await stopWorker(page);
    assert.deepEqual(await suggestAll(page), built, 'the JSON build answers the same');
    s = await status(page);
    assert.match(String(s.snapshotRejected), /checksum/, 'the status says why the snapshot was not used');
    assert.notEqual(s.snapshot, 'loaded');
    assert.equal(s.wasm, 'ready');
    await snapshotSaved(page);
    await stopWorker(page);
    await suggestAll(page);
    assert.equal((await status(page)).snapshot, 'loaded', 'the snapshot saved after the fallback is good');

    // A library written by someone else (no new stamp): the old snapshot must not answer for it.
    const fewer = { ...demo, version: 'wake-2', items: demo.items.slice(0, 5) };
    await page.evaluate((json) => chrome.storage.local.set({ library: json }), JSON.stringify(fewer));
    await new Promise((r) => setTimeout(r, 300)); // the worker's storage listener drops the stamp
    await stopWorker(page);
    await suggestAll(page);
    s = await status(page);
    assert.notEqual(s.snapshot, 'loaded');
    assert.equal(s.version, 'wake-2');
    assert.equal(s.items, 5);
  } finally {
    await browser.close();
  }
});
