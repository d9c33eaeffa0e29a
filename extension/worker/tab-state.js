// What Handoff last read and suggested on each tab, for the popup ("Reading this Salesforce
// opportunity: Government · Proposal, 5 suggestions"). In chrome.storage.session: it outlives
// the worker but not the browser, and holds no page text (site, record type, labels, a count).
const readKey = (tabId) => `tab:${tabId}:read`;
const suggestKey = (tabId) => `tab:${tabId}:suggest`;

/** A digest of the context, to tell a new reading from the same page read again. */
async function digest(context) {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(context)));
  return Array.from(new Uint8Array(bytes.slice(0, 12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keeps what was read on the tab, and the key of its deal (worker/deals.js); true when it
 * is a new reading (not the same page again). */
export async function noteReading(tab, reading, deal = null) {
  if (!tab || tab.id === undefined) return false;
  const key = await digest(reading.context);
  const last = await lastRead(tab.id);
  if (last && last.key === key && last.deal === (deal && deal.key)) return false;
  const object = reading.context && reading.context.raw && reading.context.raw.object;
  // A new context makes the last suggestions stale; the content script asks for new ones next.
  await chrome.storage.session.remove(suggestKey(tab.id));
  await chrome.storage.session.set({ [readKey(tab.id)]: { key, reader: reading.reader, object: typeof object === 'string' ? object : '', deal: deal && deal.key } });
  return true;
}

/** What `noteReading` stored for the tab, if anything.
 * @returns {Promise<{key: string, reader: string, object: string, deal: string | null} | undefined>} */
async function lastRead(tabId) {
  const stored = await chrome.storage.session.get(readKey(tabId));
  return /** @type {any} */ (stored[readKey(tabId)]);
}

/** The deal key of what was last read on the tab, or undefined. */
export async function tabDeal(tab) {
  if (!tab || tab.id === undefined) return undefined;
  const last = await lastRead(tab.id);
  return (last && last.deal) || undefined;
}

export async function noteSuggestions(tab, labels, count) {
  if (!tab || tab.id === undefined) return;
  await chrome.storage.session.set({ [suggestKey(tab.id)]: { vertical: labels.vertical, stage: labels.stage, count } });
}

/** {reading, suggest} for a tab; either may be null. */
export async function tabState(tabId) {
  const got = await chrome.storage.session.get([readKey(tabId), suggestKey(tabId)]);
  return { reading: got[readKey(tabId)] || null, suggest: got[suggestKey(tabId)] || null };
}

export function forgetTab(tabId) {
  return chrome.storage.session.remove([readKey(tabId), suggestKey(tabId)]);
}
