// The service worker: owns the wasm core (worker/core.js), the event outbox and the library
// sync. It is stopped when idle, so all it must keep lives in chrome.storage; it flushes and
// pulls on every wake and on an alarm. Messages are named by direction: cs:* from content
// scripts, ui:* from the popup and options pages, bg:* to content scripts.
import { core, status } from './worker/core.js';
import { pullLibrary, syncState } from './worker/library-sync.js';
import { enqueue, flush, flushNow, outboxStatus } from './worker/outbox.js';
import { settings } from './worker/settings.js';

globalThis.handoffStatus = status;

const LABELS = {
  government: 'Government', enterprise: 'Enterprise', 'mid-market': 'Mid-market', smb: 'SMB', nonprofit: 'Nonprofit',
  education: 'Education', healthcare: 'Healthcare', 'financial-services': 'Financial services',
  prospecting: 'Prospecting', discovery: 'Discovery', evaluation: 'Evaluation', proposal: 'Proposal',
  negotiation: 'Negotiation', 'closed-won': 'Closed won', 'closed-lost': 'Closed lost', customer: 'Customer',
};
const EVENT_FIELDS = ['item_id', 'rating', 'reason', 'query', 'proposal'];

const handlers = {
  async 'cs:read'(msg) {
    const handoff = await core();
    const s = await settings();
    const reading = handoff.readPage(String(msg.url), String(msg.html), s.repEmails);
    return { context: reading.context, reader: reading.reader, health: reading.health };
  },
  async 'cs:suggest'(msg) {
    const handoff = await core();
    const s = await settings();
    const query = typeof msg.query === 'string' && msg.query.trim() ? msg.query : undefined;
    const suggestions = handoff.suggest(msg.context ?? null, query, 5, Date.now(), s.repName || undefined);
    const ctx = msg.context || {};
    return { suggestions, labels: { vertical: LABELS[ctx.vertical] || null, stage: LABELS[ctx.stage] || null } };
  },
  async 'cs:event'(msg) {
    const handoff = await core();
    const s = await settings();
    const fields = Object.fromEntries(EVENT_FIELDS.filter((k) => msg.event[k] !== undefined).map((k) => [k, msg.event[k]]));
    const event = handoff.event(crypto.randomUUID(), String(msg.event.action), msg.event.context ?? null, s.privacy, Date.now(), fields);
    await enqueue(event);
    return { queued: event.id };
  },
  async 'cs:check-draft'(msg) {
    const handoff = await core();
    return { stale: handoff.noLongerLive((msg.ids || []).map(String), Date.now()) };
  },
  async 'ui:status'() {
    return { ...status, configured: Boolean((await settings()).endpoint), sync: syncState, outbox: await outboxStatus() };
  },
  async 'ui:sync-now'() {
    await pullLibrary();
    await flushNow();
    return handlers['ui:status']();
  },
};

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only our own content scripts and pages talk to the worker.
  const handler = sender.id === chrome.runtime.id && msg && Object.hasOwn(handlers, msg.type) ? handlers[msg.type] : null;
  if (!handler) return false;
  handler(msg, sender).then(sendResponse, (e) => sendResponse({ error: String((e && e.message) || e) }));
  return true;
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-panel' && tab && tab.id !== undefined) chrome.tabs.sendMessage(tab.id, { type: 'bg:open-panel' }).catch(() => {});
});

// Every wake and every 30 s while awake: push events, pull library changes.
chrome.alarms.create('sync', { periodInMinutes: 0.5 });
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === 'sync') {
    flush();
    pullLibrary();
  }
});
flush();
pullLibrary();
