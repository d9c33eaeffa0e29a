// One site table: extension/sites.json decides where Handoff runs. The built extension must
// carry it (content/site-table.js, written by `cargo xtask dist`), its manifest must list exactly
// the table's match patterns, and the Rust readers must dispatch every host of it to the same
// site (and nothing else to a site).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';
import { DIST, ROOT } from './harness.mjs';

const rows = JSON.parse(readFileSync(join(ROOT, 'extension/sites.json'), 'utf8'));

/** The content scripts' view of the table: the built site-table.js, then the lookup in sites.js. */
const table = (() => {
  const context = {};
  const scripts = ['content/site-table.js', 'content/sites.js'].map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
  vm.runInNewContext(`${scripts}\nthis.sites = HANDOFF_SITES; this.siteFor = handoffSiteFor;`, context);
  return context;
})();

/** A concrete host for a match pattern ("*.pipedrive.com" → "acme.pipedrive.com"). */
const hostOf = (pattern) => pattern.replace(/^https:\/\//, '').replace(/\/.*$/, '').replace(/^\*\./, 'acme.');

test('the built extension carries the table, and its manifest runs the content scripts on exactly its pages', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(table.sites)), rows); // the built table, as plain data of this realm
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const fromTable = rows.flatMap((s) => s.matches).sort();
  assert.equal(manifest.content_scripts.length, 1);
  assert.deepEqual([...manifest.content_scripts[0].matches].sort(), fromTable);
  assert.equal(manifest.content_scripts[0].js[0], 'content/site-table.js', 'the table loads before the scripts that use it');
});

test('the Rust readers dispatch every host of the table to its site, and others to none', () => {
  const html = join(tmpdir(), 'handoff-site-table.html');
  writeFileSync(html, '<html><body></body></html>');
  const source = (url) => JSON.parse(execFileSync(join(ROOT, 'target/debug/handoff'), ['read-page', '--url', url, '--html', html], { encoding: 'utf8' })).source;
  for (const site of rows) {
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
