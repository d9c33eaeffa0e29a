// The persisted index snapshot (Handoff.toBytes) in IndexedDB: chrome.storage would hold it as
// JSON text, while IndexedDB keeps the bytes as they are. One record, replaced on every save.
const DB = 'handoff-snapshot';
const STORE = 'snapshots';
const KEY = 'core';

function open() {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close(); // a test or a reset deleting it must not wait on us
      ok(db);
    };
    req.onerror = () => fail(req.error);
  });
}

function run(mode, act) {
  return open().then(
    (db) =>
      new Promise((ok, fail) => {
        const tx = db.transaction(STORE, mode);
        const req = act(tx.objectStore(STORE));
        tx.oncomplete = () => (db.close(), ok(req.result));
        tx.onerror = tx.onabort = () => (db.close(), fail(tx.error));
      }),
  );
}

/** `{stamp, bytes, readerRules}` or undefined. */
export function loadSnapshot() {
  return run('readonly', (s) => s.get(KEY));
}

export function saveSnapshot(record) {
  return run('readwrite', (s) => s.put(record, KEY));
}
