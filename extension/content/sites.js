// The site table: per site, the pages it runs on (manifest match patterns: manifest.json's
// content_scripts matches are exactly their union, and the Rust readers dispatch the same
// hosts; tests/e2e/site-table.test.mjs checks both), which page regions the Rust readers need
// (only these are snapshotted and sent to the service worker) and where the rep writes. Page
// text never leaves the browser. Adding a site: a row here, its reader and its fixtures.
'use strict';

const HANDOFF_SITES = [
  {
    id: 'gmail',
    matches: ['https://mail.google.com/*'],
    regions: ['[aria-label^="Google Account"]', '[role=main]', 'div[role=dialog]', 'div.M9'],
    editors: ['div[g_editable=true]', 'div[contenteditable=true][role=textbox]'],
    sendButtons: ['[role=button][data-tooltip^="Send"]', '[role=button][aria-label^="Send"]', 'div.T-I.aoO'],
  },
  {
    id: 'outlook',
    matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
    regions: ['[role=main]', '[role=complementary]', '[role=dialog]', '#mectrl_currentAccount_secondary'],
    editors: ['div[contenteditable=true][role=textbox]', 'div[aria-label="Message body"][contenteditable=true]'],
    sendButtons: ['button[aria-label="Send"]', 'button[title^="Send"]'],
  },
  {
    id: 'salesforce',
    matches: ['https://*.lightning.force.com/*'],
    regions: ['.active.oneContent', 'one-record-home-flexipage2', 'records-lwc-highlights-panel', '[role=main]', '[role=dialog]'],
    editors: ['textarea', 'div[contenteditable=true]'],
  },
  {
    id: 'hubspot',
    // app-eu1: HubSpot's EU data centre.
    matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
    regions: ['[data-selenium-test=record-layout]', '[data-test-id=record-layout]', 'main', '[role=main]', '[role=dialog]'],
    editors: ['div[contenteditable=true]', 'textarea'],
  },
  {
    id: 'dynamics',
    // crm.dynamics.com is North America; crm4 Europe, crm11 the UK, and so on.
    matches: ['https://*.dynamics.com/*'],
    regions: ['[data-id=form-header]', '[data-id=editFormRoot]', '[role=main]'],
    editors: ['textarea', 'div[contenteditable=true]'],
  },
  {
    id: 'pipedrive',
    matches: ['https://*.pipedrive.com/*'],
    regions: ['[data-test=deal-details]', 'main', '[role=main]'],
    editors: ['div[contenteditable=true]', 'textarea'],
  },
];

/** Whether `hostname` is the host of a match pattern ("https://*.pipedrive.com/*"). */
function handoffHostMatches(pattern, hostname) {
  const host = pattern.replace(/^https:\/\//, '').replace(/\/.*$/, '');
  return host.startsWith('*.') ? hostname.endsWith(host.slice(1)) : hostname === host;
}

function handoffSiteFor(hostname) {
  return HANDOFF_SITES.find((s) => s.matches.some((m) => handoffHostMatches(m, hostname))) || null;
}
