// Pulls library changes from the sync server (delta by version, ETag/304) and applies them
// all-or-nothing. Offline or failing, the last good library keeps serving.
import { applyLibraryDelta, core, libraryVersion, ready } from './core.js';
import { pullOrg } from './deals.js';
import { settings } from './settings.js';
import { load, save } from './storage.js';

export const syncState = { lastSync: null, lastError: null };
let pulling = null;

export function pullLibrary() {
  pulling ??= (async () => {
    try {
      await ready;
      const s = await settings();
      if (!s.endpoint) return;
      const url = new URL('/v1/library', s.endpoint);
      const version = libraryVersion();
      if (version && /^\d+$/.test(version)) url.searchParams.set('since', version);
      // The server's own tag, sent back as it was given: it also changes when an item expires.
      const libraryEtag = await load('libraryEtag');
      // Which extension synced (its version), for marketing's people page; nothing about the rep's pages.
      const client = `handoff-extension/${chrome.runtime.getManifest().version}`;
      const res = await fetch(url, { headers: { authorization: `Bearer ${s.token}`, 'x-handoff-client': client, ...(version && libraryEtag ? { 'if-none-match': libraryEtag } : {}) } });
      await pullOrg(s).catch(() => {}); // tried again next sync; events go without deal keys meanwhile
      if (res.status === 304) {
        syncState.lastSync = Date.now();
        await pullStats(s);
        return;
      }
      if (!res.ok) throw new Error(`library sync: HTTP ${res.status}`);
      await applyLibraryDelta(await res.text());
      await save({ libraryEtag: res.headers.get('etag') || '' });
      Object.assign(syncState, { lastSync: Date.now(), lastError: null });
      await pullStats(s);
    } catch (e) {
      syncState.lastError = String((e && e.message) || e);
    } finally {
      pulling = null;
    }
  })();
  return pulling;
}

/** Ratings and usage from the server, blended into ranking; kept for offline use. */
async function pullStats(s) {
  const res = await fetch(new URL('/v1/stats', s.endpoint), { headers: { authorization: `Bearer ${s.token}` } });
  if (!res.ok) return;
  const stats = await res.json();
  (await core()).setStats(stats);
  await save({ stats });
}
