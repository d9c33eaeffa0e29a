// The wasm core inside the worker: loaded once per worker start, holding the resident
// library index. The library is the last good synced one (chrome.storage.local), else the
// demo library bundled with the extension.
//
// A wake maps the index back from its snapshot (worker/snapshot-store.js) when the snapshot
// was made from the stored library: `libraryStamp`, written with every library, names it.
// Otherwise the index is rebuilt from the JSON, and a snapshot saved shortly after.
import init, { Handoff, applyDelta, fillValues } from '../wasm/handoff_wasm.js';
import { loadSnapshot, saveSnapshot } from './snapshot-store.js';
import { load, loadMany, remove, save } from './storage.js';

export { fillValues };

/** Visible to tests and the popup: whether the wasm core loaded, and what it holds. */
export const status = { wasm: 'loading', error: null, items: 0, version: null, source: null, snapshot: null, snapshotRejected: null, wake: {} };

/** After a build, the snapshot is written this much later: off the first suggestion's path. */
const SAVE_DELAY_MS = 1000;

let current = null; // { handoff, json (null until needed, after a snapshot load), stamp, readerRules }

/** Milliseconds since the worker started (its time origin) at each step of the wake. */
let waking = true;
const mark = (name) => waking && (status.wake[name] = Math.round(performance.now() * 10) / 10);

export const ready = (async () => {
  try {
    mark('start');
    // Nothing of this waits on the rest: the module compiles while storage is read.
    const [{ libraryStamp, stats }, snap] = await Promise.all([
      loadMany(['libraryStamp', 'stats']).then((v) => (mark('settings'), v)),
      loadSnapshot().then((v) => (mark('snapshot'), v)).catch(() => undefined), // no IndexedDB: the JSON build still works
      init({ module_or_path: chrome.runtime.getURL('wasm/handoff_wasm_bg.wasm') }).then(() => mark('wasm')),
    ]);
    if (snap && libraryStamp && snap.stamp === libraryStamp) {
      mark('storage');
      try {
        const handoff = Handoff.fromBytes(snap.bytes);
        mark('index');
        install(handoff, { json: null, stamp: libraryStamp, readerRules: snap.readerRules ?? null }, stats, 'synced');
        status.snapshot = 'loaded';
        mark('built');
        return current.handoff;
      } catch (e) {
        // Corrupt or of another core version: rebuild from the JSON (and save a good one).
        status.snapshotRejected = String((e && e.message) || e);
      }
    }
    const library = await load('library');
    mark('storage');
    if (library) {
      const stamp = libraryStamp || (await stampLibrary());
      replace(library, stats, 'synced', stamp);
    } else {
      const json = await (await fetch(chrome.runtime.getURL('library/demo.json'))).text();
      replace(json, stats, 'bundled', null);
    }
    mark('built');
    return current.handoff;
  } catch (e) {
    Object.assign(status, { wasm: 'failed', error: String((e && e.message) || e) });
    throw e;
  } finally {
    waking = false;
  }
})();

// A library written without a new stamp (not by this worker) makes the stamp stale: dropping
// it sends the next wake to the JSON.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.library && !changes.libraryStamp) remove('libraryStamp');
});

async function stampLibrary() {
  const libraryStamp = crypto.randomUUID();
  await save({ libraryStamp });
  return libraryStamp;
}

/** Reader rules that came with a synced library replace the built-in ones when newer. */
function applyReaderRules(handoff, rulesJson) {
  if (rulesJson) status.readerRules = handoff.setReaderRules(rulesJson);
}

/** A library's reader rules as JSON (kept with its snapshot), or null. */
function readerRulesOf(json) {
  const rules = JSON.parse(json).reader_rules;
  return rules ? JSON.stringify(rules) : null;
}

function build(json) {
  const handoff = new Handoff(json); // throws on a broken library
  mark('index');
  return handoff;
}

/** Makes `handoff` the one ranking, with the stored stats and its library's reader rules. */
function install(handoff, { json, stamp, readerRules }, stats, source) {
  if (Array.isArray(stats)) handoff.setStats(stats);
  applyReaderRules(handoff, readerRules);
  current = { handoff, json, stamp, readerRules };
  Object.assign(status, { wasm: 'ready', items: handoff.itemCount(), live: handoff.liveCount(Date.now()), version: handoff.version() ?? null, source, problems: handoff.problems().length });
}

/**
 * Makes `json` the library being ranked, synchronously (nothing can rank in between). The old
 * index is freed before the new one is built: wasm memory never shrinks, so holding both
 * would keep every update's peak for the worker's life. A library that fails to build puts
 * the old one back, rebuilt from its JSON, and throws. A synced library (`stamp`) is then
 * saved as a snapshot.
 */
function replace(json, stats, source, stamp) {
  const previous = current;
  previous?.handoff.free();
  current = null;
  let handoff;
  try {
    handoff = build(json);
  } catch (e) {
    if (previous) install(build(previous.json), previous, stats, status.source);
    throw e;
  }
  install(handoff, { json, stamp, readerRules: readerRulesOf(json) }, stats, source);
  if (stamp) scheduleSave(stamp);
}

function scheduleSave(stamp) {
  status.snapshot = 'saving';
  setTimeout(async () => {
    if (current?.stamp !== stamp) return; // replaced meanwhile: that library saves its own
    try {
      await saveSnapshot({ stamp, bytes: current.handoff.toBytes(), readerRules: current.readerRules });
      if (current?.stamp === stamp) status.snapshot = 'saved';
    } catch (e) {
      status.snapshot = `not saved: ${(e && e.message) || e}`;
    }
  }, SAVE_DELAY_MS);
}

export async function core() {
  await ready;
  return current.handoff;
}

export function libraryVersion() {
  return status.version;
}

/**
 * Applies a library delta all-or-nothing: a delta that does not apply or a library that does
 * not build leaves the old one ranking and stored; a good one is ranked, then persisted (a
 * worker stopped in between re-syncs the same delta on its next start).
 */
export async function applyLibraryDelta(deltaText) {
  await ready;
  // After a snapshot load the JSON is still in storage only; a delta applies to it.
  if (current.json === null) current.json = await load('library');
  const json = applyDelta(current.json, deltaText);
  const stats = await load('stats');
  const libraryStamp = crypto.randomUUID();
  replace(json, stats, 'synced', libraryStamp);
  await save({ library: json, libraryStamp });
  return status.version;
}
