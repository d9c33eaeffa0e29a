// Per host site: which page regions the Rust readers need (only these are snapshotted
// and sent to the service worker) and where the rep writes. Page text never leaves the browser.
'use strict';

const HANDOFF_SITES = [
  {
    id: 'gmail',
    host: (h) => h === 'mail.google.com',
    regions: ['[aria-label^="Google Account"]', '[role=main]', 'div[role=dialog]', 'div.M9'],
    editors: ['div[g_editable=true]', 'div[contenteditable=true][role=textbox]'],
    sendButtons: ['[role=button][data-tooltip^="Send"]', '[role=button][aria-label^="Send"]', 'div.T-I.aoO'],
  },
  {
    id: 'outlook',
    host: (h) => /^outlook\.(office|office365|live)\.com$/.test(h),
    regions: ['[role=main]', '[role=complementary]', '[role=dialog]', '#mectrl_currentAccount_secondary'],
    editors: ['div[contenteditable=true][role=textbox]', 'div[aria-label="Message body"][contenteditable=true]'],
    sendButtons: ['button[aria-label="Send"]', 'button[title^="Send"]'],
  },
  {
    id: 'salesforce',
    host: (h) => h.endsWith('.lightning.force.com'),
    regions: ['.active.oneContent', 'one-record-home-flexipage2', 'records-lwc-highlights-panel', '[role=main]', '[role=dialog]'],
    editors: ['textarea', 'div[contenteditable=true]'],
  },
  {
    id: 'hubspot',
    host: (h) => h === 'app.hubspot.com',
    regions: ['[data-selenium-test=record-layout]', '[data-test-id=record-layout]', 'main', '[role=main]', '[role=dialog]'],
    editors: ['div[contenteditable=true]', 'textarea'],
  },
  {
    id: 'dynamics',
    host: (h) => h.endsWith('.crm.dynamics.com'),
    regions: ['[data-id=form-header]', '[data-id=editFormRoot]', '[role=main]'],
    editors: ['textarea', 'div[contenteditable=true]'],
  },
  {
    id: 'pipedrive',
    host: (h) => h.endsWith('.pipedrive.com'),
    regions: ['[data-test=deal-details]', 'main', '[role=main]'],
    editors: ['div[contenteditable=true]', 'textarea'],
  },
];

function handoffSiteFor(hostname) {
  return HANDOFF_SITES.find((s) => s.host(hostname)) || null;
}
