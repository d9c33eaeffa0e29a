// The service worker owns the wasm core: the resident library index, page reading and
// ranking. It is killed when idle, so everything it must keep lives in chrome.storage.
import init, { Handoff } from './wasm/handoff_wasm.js';

/** Visible to tests and the popup: whether the wasm core loaded, and what it holds. */
globalThis.handoffStatus = { wasm: 'loading', error: null, items: 0, version: null };

const core = (async () => {
  try {
    await init({ module_or_path: chrome.runtime.getURL('wasm/handoff_wasm_bg.wasm') });
    const library = await (await fetch(chrome.runtime.getURL('library/demo.json'))).text();
    const handoff = new Handoff(library);
    Object.assign(globalThis.handoffStatus, { wasm: 'ready', items: handoff.itemCount(), version: handoff.version() ?? null });
    return handoff;
  } catch (e) {
    Object.assign(globalThis.handoffStatus, { wasm: 'failed', error: String(e && e.message || e) });
    throw e;
  }
})();

const LABELS = {
  government: 'Government', enterprise: 'Enterprise', 'mid-market': 'Mid-market', smb: 'SMB', nonprofit: 'Nonprofit',
  education: 'Education', healthcare: 'Healthcare', 'financial-services': 'Financial services',
  prospecting: 'Prospecting', discovery: 'Discovery', evaluation: 'Evaluation', proposal: 'Proposal',
  negotiation: 'Negotiation', 'closed-won': 'Closed won', 'closed-lost': 'Closed lost', customer: 'Customer',
};

async function settings() {
  const { settings: s } = await chrome.storage.local.get('settings');
  return { repEmails: [], repName: '', ...s };
}

const handlers = {
  async 'cs:read'(msg) {
    const handoff = await core;
    const s = await settings();
    const reading = handoff.readPage(String(msg.url), String(msg.html), s.repEmails);
    return { context: reading.context, reader: reading.reader, health: reading.health };
  },
  async 'cs:suggest'(msg) {
    const handoff = await core;
    const s = await settings();
    const query = typeof msg.query === 'string' && msg.query.trim() ? msg.query : undefined;
    const suggestions = handoff.suggest(msg.context ?? null, query, 5, Date.now(), s.repName || undefined);
    const ctx = msg.context || {};
    return { suggestions, labels: { vertical: LABELS[ctx.vertical] || null, stage: LABELS[ctx.stage] || null } };
  },
  async 'cs:event'(msg) {
    const event = { id: crypto.randomUUID(), at: new Date().toISOString(), ...msg.event };
    const { outbox = [] } = await chrome.storage.local.get('outbox');
    outbox.push(event);
    await chrome.storage.local.set({ outbox });
    return { queued: event.id };
  },
  async 'ui:status'() {
    const { outbox = [] } = await chrome.storage.local.get('outbox');
    return { ...globalThis.handoffStatus, waiting: outbox.length };
  },
};

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Only our own content scripts and pages talk to the worker.
  const handler = sender.id === chrome.runtime.id && msg && Object.hasOwn(handlers, msg.type) ? handlers[msg.type] : null;
  if (!handler) return false;
  handler(msg, sender).then(sendResponse, (e) => sendResponse({ error: String(e && e.message || e) }));
  return true;
});

chrome.commands.onCommand.addListener(async (command, tab) => {
  if (command === 'open-panel' && tab && tab.id !== undefined) chrome.tabs.sendMessage(tab.id, { type: 'bg:open-panel' }).catch(() => {});
});
