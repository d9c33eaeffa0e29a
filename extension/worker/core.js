// The wasm core inside the worker: loaded once per worker start, holding the resident
// library index. The library is the last good synced one (chrome.storage.local), else the
// demo library bundled with the extension.
import init, { Handoff, applyDelta, fillValues } from '../wasm/handoff_wasm.js';

export { fillValues };

/** Visible to tests and the popup: whether the wasm core loaded, and what it holds. */
export const status = { wasm: 'loading', error: null, items: 0, version: null, source: null };

let current = null; // { handoff, json }

export const ready = (async () => {
  try {
    await init({ module_or_path: chrome.runtime.getURL('wasm/handoff_wasm_bg.wasm') });
    const { library, stats } = await chrome.storage.local.get(['library', 'stats']);
    let json = library;
    let source = 'synced';
    if (!json) {
      json = await (await fetch(chrome.runtime.getURL('library/demo.json'))).text();
      source = 'bundled';
    }
    replace(json, stats, source);
    return current.handoff;
  } catch (e) {
    Object.assign(status, { wasm: 'failed', error: String((e && e.message) || e) });
    throw e;
  }
})();

/** Reader rules that came with a synced library replace the built-in ones when newer. */
function applyReaderRules(handoff, json) {
  const rules = JSON.parse(json).reader_rules;
  status.readerRules = rules ? handoff.setReaderRules(JSON.stringify(rules)) : status.readerRules;
}

function build(json, stats) {
  const handoff = new Handoff(json); // throws on a broken library
  if (Array.isArray(stats)) handoff.setStats(stats);
  applyReaderRules(handoff, json);
  return handoff;
}

/**
 * Makes `json` the library being ranked, synchronously (nothing can rank in between). The old
 * index is freed before the new one is built: wasm memory never shrinks, so holding both
 * would keep every update's peak for the worker's life. A library that fails to build puts
 * the old one back, rebuilt from its JSON, and throws.
 */
function replace(json, stats, source) {
  const previous = current;
  previous?.handoff.free();
  current = null;
  let handoff;
  try {
    handoff = build(json, stats);
  } catch (e) {
    if (previous) current = { handoff: build(previous.json, stats), json: previous.json };
    throw e;
  }
  current = { handoff, json };
  Object.assign(status, { wasm: 'ready', items: handoff.itemCount(), live: handoff.liveCount(Date.now()), version: handoff.version() ?? null, source, problems: handoff.problems().length });
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
  const json = applyDelta(current.json, deltaText);
  const { stats } = await chrome.storage.local.get('stats');
  replace(json, stats, 'synced');
  await chrome.storage.local.set({ library: json });
  return status.version;
}
