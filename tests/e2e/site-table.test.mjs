// One site table: the content scripts' table (extension/content/sites.js) decides where
// Handoff runs; the manifest must list exactly its match patterns, and the Rust readers must
// dispatch every host of it to the same site (and nothing else to a site).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';
import { ROOT } from './harness.mjs';

const table = (() => {
  const context = {};
  vm.runInNewContext(`${readFileSync(join(ROOT, 'extension/content/sites.js'), 'utf8')}\nthis.sites = HANDOFF_SITES; this.siteFor = handoffSiteFor;`, context);
  return context;
})();

/** A concrete host for a match pattern ("*.pipedrive.com" → "acme.pipedrive.com"). */
const hostOf = (pattern) => pattern.replace(/^https:\/\//, '').replace(/\/.*$/, '').replace(/^\*\./, 'acme.');

test('the manifest runs the content scripts on exactly the site table\'s pages', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const fromTable = Array.from(table.sites.flatMap((s) => s.matches)).sort(); // an array of this realm
  for (const cs of manifest.content_scripts) assert.deepEqual([...cs.matches].sort(), fromTable);
});

test('the Rust readers dispatch every host of the table to its site, and others to none', () => {
  const html = join(tmpdir(), 'handoff-site-table.html');
  writeFileSync(html, '<html><body></body></html>');
  const source = (url) => JSON.parse(execFileSync(join(ROOT, 'target/debug/handoff'), ['read-page', '--url', url, '--html', html], { encoding: 'utf8' })).source;
  for (const site of table.sites) {
    for (const pattern of site.matches) {
      const host = hostOf(pattern);
      assert.equal(table.siteFor(host)?.id, site.id, `sites.js: ${host}`);
      assert.equal(source(`https://${host}/some/page`), site.id, `readers: ${host}`);
    }
  }
  for (const host of ['example.com', 'mail.google.com.evil.example', 'hubspot.com.example']) {
    assert.equal(table.siteFor(host), null, host);
    assert.equal(source(`https://${host}/`), 'generic', host);
  }
});
