// The wasm core inside the worker: loaded once per worker start, holding the resident
// library index. The library is the last good synced one (chrome.storage.local), else the
// demo library bundled with the extension.
import init, { Handoff, applyDelta } from '../wasm/handoff_wasm.js';

/** Visible to tests and the popup: whether the wasm core loaded, and what it holds. */
export const status = { wasm: 'loading', error: null, items: 0, version: null, source: null };

let current = null; // { handoff, json }

export const ready = (async () => {
  try {
    await init({ module_or_path: chrome.runtime.getURL('wasm/handoff_wasm_bg.wasm') });
    const { library } = await chrome.storage.local.get('library');
    let json = library;
    let source = 'synced';
    if (!json) {
      json = await (await fetch(chrome.runtime.getURL('library/demo.json'))).text();
      source = 'bundled';
    }
    install(json, source);
    const { stats } = await chrome.storage.local.get('stats');
    if (Array.isArray(stats)) current.handoff.setStats(stats);
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

function install(json, source) {
  const handoff = new Handoff(json); // throws on a broken library: the old one stays
  applyReaderRules(handoff, json);
  current?.handoff.free();
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
 * Applies a library delta all-or-nothing: the new library is built and indexed first,
 * persisted second, and only then replaces the one being ranked.
 */
export async function applyLibraryDelta(deltaText) {
  await ready;
  const json = applyDelta(current.json, deltaText);
  const handoff = new Handoff(json);
  const { stats } = await chrome.storage.local.get('stats');
  if (Array.isArray(stats)) handoff.setStats(stats);
  applyReaderRules(handoff, json);
  await chrome.storage.local.set({ library: json });
  current.handoff.free();
  current = { handoff, json };
  Object.assign(status, { items: handoff.itemCount(), live: handoff.liveCount(Date.now()), version: handoff.version() ?? null, source: 'synced', problems: handoff.problems().length });
  return status.version;
}
