// The persisted index snapshot (Handoff.toBytes) in IndexedDB: chrome.storage would hold it as
// JSON text, while IndexedDB keeps the bytes as they are. One record, replaced on every save.
// The bytes are stored as a Blob: a Blob's bytes are read off the worker's thread
// (`arrayBuffer()`), while a stored Uint8Array of megabytes was copied out on the thread, in
// the middle of a wake, when its record was read.
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

/** `{stamp, bytes: Uint8Array, readerRules}` or undefined. */
export async function loadSnapshot() {
  const record = await run('readonly', (s) => s.get(KEY));
  if (!record || !(record.bytes instanceof Blob)) return undefined;
  return { ...record, bytes: new Uint8Array(await record.bytes.arrayBuffer()) };
}

/** `{stamp, bytes: Uint8Array, readerRules}`. */
export function saveSnapshot({ bytes, ...record }) {
  return run('readwrite', (s) => s.put({ ...record, bytes: new Blob([bytes]) }, KEY));
}
