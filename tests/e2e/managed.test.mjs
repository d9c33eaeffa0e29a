// Enterprise rollout in Chromium: the manifest's key fixes the extension id wherever it is
// unpacked, and an admin's policy file (server address, team invitation code, privacy level)
// configures the extension with no step from the rep: the worker exchanges the code for the
// rep's own token, the policy wins over local settings, and the options page shows those
// fields as set by the organization.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { coreStatus, DIST, extensionPage, extensionWithJson, freePort, launch, outboxEvents, startServer, useSites } from './harness.mjs';

// Where Debian's Chromium reads mandatory policies (one JSON file each).
const POLICY_DIR = '/etc/chromium/policies/managed';

/** Chromium's id for an extension with this public key: SHA-256, first 32 hex digits as a–p. */
function extensionId(keyBase64) {
  const hex = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Writes a policy file for extension `id`; returns a function that removes it. */
function writePolicy(id, policy) {
  const file = join(POLICY_DIR, `handoff-e2e-${id}.json`);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  } catch (e) {
    throw new Error(`cannot write the test policy to ${POLICY_DIR} (${e.code}): this test needs root (CI runs scripts/test.sh as root); run it as root or with sudo`);
  }
  return () => rmSync(file, { force: true });
}

const sites = useSites();

test('the manifest key gives the same extension id wherever the extension is unpacked', async () => {
  const { key } = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  assert.ok(key, 'manifest.json carries a key');
  const copy = extensionWithJson('manifest.json', () => {});
  const browser = await launch(sites, { extensionDir: copy.dir });
  try {
    assert.equal(new URL(browser.worker.url()).host, extensionId(key));
  } finally {
    await browser.close();
    copy.cleanup();
  }
});

test('a managed policy enrolls the rep, wins over local settings, and is shown as set by the organization', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-managed-'));
  const server = await startServer(join(dir, 'managed.db'), await freePort());
  // A key of this test's own, so the policy reaches only this copy of the extension and never
  // another test's browser running on the same machine.
  const spki = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const copy = extensionWithJson('manifest.json', (m) => {
    m.key = spki;
  });
  const res = await fetch(`${server.url}/v1/admin/enrollments`, { method: 'POST', headers: { authorization: `Bearer ${server.admin}` }, body: JSON.stringify({ team: 'east', uses: 5 }) });
  const { code } = await res.json();
  const removePolicy = writePolicy(extensionId(spki), { serverUrl: server.url, enrollmentCode: code, privacy: 'domain' });
  let browser;
  try {
    browser = await launch(sites, { extensionDir: copy.dir });
    assert.equal(new URL(browser.worker.url()).host, extensionId(spki));
    assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
    const policy = await browser.worker.evaluate(() => chrome.storage.managed.get(null));
    assert.deepEqual(policy, { serverUrl: server.url, enrollmentCode: code, privacy: 'domain' }, 'Chromium hands the policy to the extension');

    // The worker exchanged the code by itself: a token of the rep's own.
    const token = await browser.worker.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const { settings } = await chrome.storage.local.get('settings');
        if (settings && settings.token) return settings.token;
        await new Promise((r) => setTimeout(r, 100));
      }
      return JSON.stringify(await chrome.storage.local.get(null));
    });
    assert.match(token, /^hof_/, `enrolled from the policy: ${token}`);
    const me = await (await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json();
    assert.deepEqual([me.role, me.team, me.org], ['rep', 'east', 'Demo']);

    // The rep's own values for the same fields do not count while the policy sets them.
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, endpoint: 'https://local.example', privacy: 'none' } });
    });
    const options = await extensionPage(browser, 'options/options.html');
    await options.locator('button[type=submit]:enabled').waitFor();
    assert.equal(await options.locator('#org-note').isVisible(), true);
    assert.equal(await options.locator('#endpoint').inputValue(), server.url);
    assert.equal(await options.locator('#endpoint').isDisabled(), true);
    assert.equal(await options.locator('.managed-badge[data-for=endpoint]').textContent(), 'set by your organization');
    assert.equal(await options.locator('.managed-badge[data-for=privacy]').isVisible(), true);
    assert.deepEqual(await options.locator('input[name=privacy]').evaluateAll((els) => els.map((e) => [e.value, e.checked, e.disabled])), [['none', false, true], ['domain', true, true], ['company', false, true]]);
    await options.locator('#connection', { hasText: 'Connected' }).waitFor();
    assert.equal(await options.locator('#connection').textContent(), `Connected to ${server.url} as Rep (Demo).`);

    // Saving the rep's own fields leaves the policy's alone.
    await options.fill('#repName', 'Sam Rivera');
    await options.click('button[type=submit]');
    await options.locator('#saved', { hasText: 'Saved.' }).waitFor();
    const local = await browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    assert.deepEqual([local.repName, local.endpoint, local.privacy], ['Sam Rivera', 'https://local.example', 'none']);

    // Events follow the policy's privacy level (the prospect's domain), not the local one.
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'cs:event', event: { action: 'shown', item_id: 'gov-security-review-reply', context: { source: 'gmail', domain: 'acmecounty.gov', company: 'Acme County' } } }));
    const events = await outboxEvents(browser.worker);
    assert.equal(events.at(-1).prospect, 'acmecounty.gov', JSON.stringify(events.at(-1)));
  } finally {
    removePolicy();
    await browser?.close();
    server.proc.kill();
    copy.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});
