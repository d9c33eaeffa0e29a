// Every key Handoff keeps in chrome.storage.local, declared once with what it holds and its
// value when absent. Other modules read and write through `load` and `save` only (a test
// greps that no other file touches chrome.storage.local), so a key cannot be misspelt in
// one place or given a different default in another.
const KEYS = Object.freeze({
  settings: { holds: "the rep's own settings (worker/settings.js owns their fields)", absent: () => ({}) },
  library: { holds: 'the last good synced library, as JSON text', absent: () => null },
  libraryStamp: { holds: "a stamp of `library`, naming the snapshot built from it", absent: () => null },
  libraryEtag: { holds: "the server's ETag for `library`", absent: () => '' },
  stats: { holds: 'ratings and inserts from the server, blended into ranking', absent: () => null },
  outbox: { holds: 'usage events waiting to be sent (the Rust outbox state)', absent: () => null },
  outbox_unreadable: { holds: 'an outbox state that no longer parsed, kept rather than lost', absent: () => null },
  enrollment: { holds: "the outcome of the managed policy's enrollment", absent: () => null },
  siteHealth: { holds: 'reader field counts per day, site, rules version and field', absent: () => ({}) },
  panelBySite: { holds: 'the panel open or collapsed, per site', absent: () => ({}) },
  orgSettings: { holds: "{endpoint, org, secret, trackedLinks}: the org's key for deal keys and its link setting (worker/deals.js)", absent: () => null },
  outcomesSent: { holds: 'ids of the outcome events already queued, newest last', absent: () => [] },
});

function known(key) {
  if (!Object.hasOwn(KEYS, key)) throw new Error(`storage: no key ${key}`);
  return KEYS[key];
}

/** The value kept under `key`, or its declared value when absent. */
export async function load(key) {
  const { [key]: value } = await chrome.storage.local.get(known(key) && key);
  return value ?? KEYS[key].absent();
}

/** Several keys at once: {key: value}, each absent one at its declared value. */
export async function loadMany(keys) {
  keys.forEach(known);
  const got = await chrome.storage.local.get(keys);
  return Object.fromEntries(keys.map((k) => [k, got[k] ?? KEYS[k].absent()]));
}

/** Keeps `values` ({key: value}) in one write. */
export function save(values) {
  Object.keys(values).forEach(known);
  return chrome.storage.local.set(values);
}

export function remove(key) {
  return chrome.storage.local.remove(known(key) && key);
}

/** Only the extension's own pages and worker may read storage (not content scripts). */
export function closeToContentScripts() {
  return chrome.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
}
