// The service worker: owns the wasm core (worker/core.js), the event outbox and the library
// sync. It is stopped when idle, so all it must keep lives in chrome.storage; it flushes and
// pulls on every wake and on an alarm. Messages are declared in worker/messages.js, named by
// direction: cs:* from content scripts, ui:* from the popup and options pages, bg:* to content
// scripts.
import { core, fillValues, ready, status } from './worker/core.js';
import { pullLibrary, syncState } from './worker/library-sync.js';
import { enqueue, flush, flushNow, outboxStatus } from './worker/outbox.js';
import { enrollFromPolicy, enrollmentStatus } from './worker/policy-enrollment.js';
import { eventPrivacy, localSettings, settings } from './worker/settings.js';
import { forgetTab, noteReading, noteSuggestions, tabDeal } from './worker/tab-state.js';
import { dealOf, noteOutcome, shareLinks } from './worker/deals.js';
import { malformed } from './worker/messages.js';
import { myProposals } from './worker/server-api.js';
import { noteHealth, sendHealth } from './worker/site-health.js';
import { closeToContentScripts, load, save } from './worker/storage.js';

globalThis.handoffStatus = status;

// The token and the library live in extension storage: content scripts run beside the host
// page's code and get nothing from it directly (they ask the worker). Chromium 130+.
closeToContentScripts();

/** @type {HandoffHandlers} */
const handlers = {
  async 'cs:read'(msg, sender) {
    const handoff = await core();
    const s = await localSettings(); // the rep's own fields only: no wait for the policy store
    const reading = handoff.readPage(String(msg.url), String(msg.html), s.repEmails);
    const deal = await dealOf(String(msg.url), reading.context);
    if (await noteReading(sender.tab, reading, deal)) noteHealth(reading, status.readerRules);
    await noteOutcome(handoff, deal, reading.context, await eventPrivacy());
    // Regions the synced reader rules read beyond the site table's: the next snapshot holds them.
    return { context: reading.context, reader: reading.reader, health: reading.health, regions: handoff.syncedRoots(reading.reader) };
  },
  async 'cs:suggest'(msg, sender) {
    const [handoff, s] = await Promise.all([core(), localSettings()]);
    const query = typeof msg.query === 'string' && msg.query.trim() ? msg.query : undefined;
    const suggestions = await shareLinks(handoff.suggest(msg.context ?? null, query, 5, Date.now(), s.repName || undefined), sender.tab);
    status.wake.suggested ??= Math.round(performance.now()); // the wake's first answer (worker ms)
    const ctx = msg.context || {};
    const labels = { vertical: ctx.vertical ? handoff.label('vertical', ctx.vertical) : null, stage: ctx.stage ? handoff.label('stage', ctx.stage) : null };
    await noteSuggestions(sender.tab, labels, suggestions.length);
    // Why the page has none, when its prospect asked not to be contacted.
    const optedOut = !suggestions.length && !query && handoff.optedOut(msg.context ?? null, s.repName || undefined);
    return { suggestions, labels, reasons: handoff.ratingReasons(), optedOut };
  },
  async 'cs:event'(msg, sender) {
    const handoff = await core();
    const privacy = await eventPrivacy();
    // The panel's fields as sent (the core takes only what a panel may say); the deal key from
    // what the worker read on the tab, never from the page.
    const event = handoff.event(crypto.randomUUID(), String(msg.event.action), msg.event.context ?? null, privacy, Date.now(), msg.event, { deal: await tabDeal(sender.tab) });
    await enqueue(event);
    return { queued: event.id };
  },
  /** The panel as the rep left it on a site ('open' | 'collapsed'); with `state`, remembers it. */
  async 'cs:panel-state'(msg) {
    const site = String(msg.site);
    const panelBySite = await load('panelBySite');
    if (msg.state === 'open' || msg.state === 'collapsed') await save({ panelBySite: { ...panelBySite, [site]: msg.state } });
    return { state: msg.state || panelBySite[site] || null };
  },
  /** A snippet with the variables the rep typed in, filled by the core (the same `{{ }}` reading). */
  async 'cs:fill'(msg) {
    await ready;
    const values = Object.fromEntries(Object.entries(msg.values || {}).map(([k, v]) => [String(k), String(v)]));
    return fillValues(String(msg.text), values);
  },
  async 'cs:check-draft'(msg) {
    const handoff = await core();
    return { stale: handoff.noLongerLive((msg.ids || []).map(String), Date.now()) };
  },
  async 'ui:status'() {
    const s = await settings();
    return { ...status, configured: Boolean(s.endpoint), enrolled: Boolean(s.token), enrollment: await enrollmentStatus(), sync: syncState, outbox: await outboxStatus() };
  },
  async 'ui:open-panel'(msg) {
    await openPanel(Number(msg.tabId));
    return { opened: true };
  },
  async 'ui:my-proposals'() {
    const s = await settings();
    if (!s.endpoint || !s.token) return { proposals: [] };
    try {
      return { proposals: await myProposals(s.endpoint, s.token) };
    } catch (e) {
      return { error: String(e.message || e) };
    }
  },
  async 'ui:sync-now'() {
    await enrollFromPolicy();
    await pullLibrary();
    await flushNow();
    await sendHealth(await settings()).catch(() => {});
    return handlers['ui:status']({ type: 'ui:status' });
  },
};

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only our own content scripts and pages talk to the worker.
  const handler = sender.id === chrome.runtime.id && msg && Object.hasOwn(handlers, msg.type) ? handlers[msg.type] : null;
  if (!handler) return false;
  const wrong = malformed(msg); // worker/messages.js declares each message's fields
  if (wrong) {
    sendResponse({ error: wrong });
    return false;
  }
  handler(msg, sender).then(sendResponse, (e) => sendResponse({ error: String((e && e.message) || e) }));
  return true;
});

/** Asks the content script on `tabId` to open the panel (the shortcut and the popup's button). */
async function openPanel(tabId) {
  try {
    await chrome.tabs.sendMessage(tabId, { type: 'bg:open-panel' });
  } catch (e) {
    // No content script answers: an unsupported page, or one opened before Handoff was installed.
    if (/receiving end does not exist/i.test(String(e && e.message))) throw new Error('Handoff is not running on this page. If it is Gmail, Outlook or your CRM, reload the page and try again.');
    throw e;
  }
}

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-panel' && tab && tab.id !== undefined) openPanel(tab.id).catch(() => {});
});

chrome.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
chrome.tabs.onUpdated.addListener((tabId, change) => {
  // A new page load: what was read on the last page no longer describes the tab.
  if (change.status === 'loading') forgetTab(tabId);
});
/** Enrollment first (a managed browser may not have its token yet), then events and library. */
function syncAll() {
  enrollFromPolicy()
    .catch(() => {}) // its outcome is kept for the popup; syncing goes on regardless
    .then(() => {
      flush();
      pullLibrary();
      settings().then(sendHealth).catch(() => {}); // counts only; tried again next time
    });
}

// An admin's policy arriving or changing may bring a server and an invitation code.
chrome.storage.onChanged.addListener((_, area) => {
  if (area === 'managed') syncAll();
});

// Every wake and every 30 s while awake: push events, pull library changes.
chrome.alarms.create('sync', { periodInMinutes: 0.5 });
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === 'sync') syncAll();
});
syncAll();
