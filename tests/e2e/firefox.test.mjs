// Firefox from the same package: Debian's firefox-esr installs dist/extension as it is, runs
// its background scripts as an ES module graph (sw.js imports the worker modules and the wasm
// core; loaded as classic scripts it would fail at the first import), and the content script
// on Gmail gets suggestions from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, useSites } from './harness.mjs';
import { evaluate, launchFirefox } from './firefox.mjs';

const sites = useSites(['mail.google.com', 'gmail/compose-popup.html']);

test('firefox-esr: the same package loads, its module background answers, and Gmail shows suggestions', async () => {
  const geckoId = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  // mail.google.com resolves to this machine, where the fixture server answers.
  const firefox = await launchFirefox({ 'network.dns.localDomains': 'mail.google.com' });
  try {
    const { send } = firefox;
    const session = await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    assert.equal(session.capabilities.browserName, 'firefox');
    const installed = await send('webExtension.install', { extensionData: { type: 'path', path: DIST } });
    assert.equal(installed.extension, geckoId);
    const { contexts } = await send('browsingContext.getTree', {});
    const context = contexts[0].context;
    await send('browsingContext.navigate', { context, url: `https://mail.google.com:${sites.port}/mail/u/0/#inbox/FMfcgzQXJWDsKmbzwTfRbLsGvLwPFJnB`, wait: 'complete' });
    await evaluate(send, context, '(() => { const e = document.querySelector("div[g_editable=true]"); e.click(); e.focus(); return true; })()');
    let cards = [];
    for (let i = 0; i < 100 && !cards.length; i++) {
      await new Promise((r) => setTimeout(r, 200));
      cards = await evaluate(send, context, '[...(document.querySelector("#handoff-panel-host")?.shadowRoot?.querySelectorAll("li.card") || [])].map((c) => c.dataset.id)');
    }
    assert.ok(cards.includes('gov-security-review-reply'), `suggestions in Firefox: ${cards.join(', ') || 'none'}`);
  } finally {
    await firefox.close();
  }
});
