// Which row of the site table a page is on. The table is extension/sites.json, the one place a
// site is declared: per site, the pages it runs on (manifest match patterns), which page regions
// the Rust readers need (only these are snapshotted and sent to the service worker) and where
// the rep writes. `cargo xtask dist` writes it as `HANDOFF_SITES` into content/site-table.js,
// loaded before this file, and fills the manifest's content-script matches from it; the Rust
// readers dispatch on the same rows (tests/e2e/site-table.test.mjs checks all three).
// Page text never leaves the browser.
'use strict';

/** Whether `hostname` is the host of a match pattern ("https://*.pipedrive.com/*"). */
function handoffHostMatches(pattern, hostname) {
  const host = pattern.replace(/^https:\/\//, '').replace(/\/.*$/, '');
  return host.startsWith('*.') ? hostname.endsWith(host.slice(1)) : hostname === host;
}

function handoffSiteFor(hostname) {
  return HANDOFF_SITES.find((s) => s.matches.some((m) => handoffHostMatches(m, hostname))) || null;
}
