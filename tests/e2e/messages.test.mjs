// Messages are declared once (extension/worker/messages.js): every message any part of the
// extension sends is declared, every declared cs:/ui: message has the worker's handler and no
// handler is undeclared, and the worker answers a malformed message with a plain error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { MESSAGES, malformed } from '../../extension/worker/messages.js';
import { coreStatus, extensionPage, jsFiles, launch, ROOT, useSites, waitForEvent } from './harness.mjs';

const sites = useSites();

test('every message sent is declared, and every declared one is handled', () => {
  const sent = new Map();
  for (const file of jsFiles(join(ROOT, 'extension'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/type(?::|\s*===)\s*'([a-z]+:[a-z-]+)'/g)) sent.set(m[1], relative(ROOT, file));
  }
  assert.ok(sent.size >= 10, `messages found: ${[...sent.keys()]}`);
  for (const [type, file] of sent) assert.ok(Object.hasOwn(MESSAGES, type), `${file} uses ${type}, not declared in worker/messages.js`);
  const handled = [...readFileSync(join(ROOT, 'extension/sw.js'), 'utf8').matchAll(/^ {2}async '([a-z]+:[a-z-]+)'\(/gm)].map((m) => m[1]).sort();
  const toWorker = Object.keys(MESSAGES).filter((t) => !t.startsWith('bg:')).sort();
  assert.deepEqual(handled, toWorker, 'the worker handles exactly the cs: and ui: messages declared');
});

test('a message is checked against its declaration', () => {
  assert.equal(malformed({ type: 'cs:read', url: 'https://x', html: '<p>' }), null);
  assert.equal(malformed({ type: 'cs:suggest', context: null }), null, 'an optional field may be null');
  assert.equal(malformed({ type: 'cs:read', url: 5, html: '' }), 'cs:read: `url` must be a string, not number');
  assert.equal(malformed({ type: 'cs:check-draft', ids: 'a,b' }), 'cs:check-draft: `ids` must be an array, not string');
  assert.equal(malformed({ type: 'cs:event' }), 'cs:event: `event` must be an object, not undefined');
  assert.match(malformed({ type: 'cs:nope' }), /^unknown message "cs:nope"/);
});

test('tsc checks each message sent, each reply read and each handler against their types (extension/messages.d.ts)', () => {
  // The project's own tsconfig.json with one more file: well-formed messages, a reply read and
  // a handler, then a field of the wrong type, an undeclared message, a reply field that does
  // not exist and a handler answering the wrong type, each of which must be an error on its line.
  const dir = join(ROOT, 'tests/output/tsc-messages');
  mkdirSync(dir, { recursive: true });
  const sends = [
    '/** @type {HandoffMessage[]} */',
    "export const good = [{ type: 'cs:read', url: 'https://x', html: '' }, { type: 'cs:suggest', context: null }];",
    '/** @type {HandoffMessage} */',
    "export const wrongField = { type: 'cs:read', url: 5, html: '' };",
    '/** @type {HandoffMessage} */',
    "export const undeclared = { type: 'cs:nope' };",
    "/** @type {Received<'cs:suggest'>} */",
    'export const reply = { suggestions: [], labels: { vertical: null, stage: null }, reasons: [] };',
    'export const misread = reply.sugestions;',
    "/** @type {HandoffHandlers['cs:fill']} */",
    "export const wrongAnswer = async (msg) => ({ text: msg.text.length, missing: [] });",
    "/** @type {HandoffHandlers['cs:check-draft']} */",
    "export const handler = async (msg) => ({ stale: msg.ids.map(String) });",
  ];
  writeFileSync(join(dir, 'sends.js'), `${sends.join('\n')}\n`);
  const base = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  const include = [...base.include.map((p) => join(ROOT, p)), join(dir, 'sends.js')];
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: join(ROOT, 'tsconfig.json'), include }));
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
  const errors = run.stdout.split('\n').filter((l) => l.includes('error TS'));
  assert.deepEqual(errors.map((l) => l.match(/sends\.js\((\d+),/)?.[1]), ['4', '6', '9', '11'], run.stdout);
});

test('the worker answers a malformed message with the reason, and takes from a good one only what the page may say', async () => {
  const browser = await launch(sites);
  try {
    assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
    const page = await extensionPage(browser, 'popup/popup.html');
    const bad = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'cs:check-draft', ids: 'gov-1' }));
    assert.deepEqual(bad, { error: 'cs:check-draft: `ids` must be an array, not string' });
    const good = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'cs:event', event: { action: 'rated', item_id: 'gov-1', rating: -1, reason: 'off-brand', deal: 'f'.repeat(32), outcome: 'won', context: { source: 'gmail' } } }));
    assert.ok(good.queued, JSON.stringify(good));
    // The core takes from the page only what a panel may say: no deal key, no outcome.
    const event = await waitForEvent(browser.worker, (e) => e.id === good.queued);
    assert.deepEqual([event.action, event.item_id, event.rating, event.reason, event.deal, event.outcome], ['rated', 'gov-1', -1, 'off-brand', undefined, undefined]);
  } finally {
    await browser.close();
  }
});
