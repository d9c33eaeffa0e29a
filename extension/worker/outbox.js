// Usage events on their way to the server. The queue's policy (batching, backoff, dead
// letters, bound) is the Rust Outbox; this file persists it and does the HTTP.
import { Outbox } from '../wasm/handoff_wasm.js';
import { ready } from './core.js';
import { settings } from './settings.js';
import { load as loadKey, save } from './storage.js';

let outbox = null;
let loading = null;
let flushing = null;

/** The one queue. Concurrent first callers share one load: two would each build a queue, and
 * the events pushed to the one dropped would be lost. */
function load() {
  loading ??= (async () => {
    await ready;
    const state = await loadKey('outbox');
    try {
      outbox = new Outbox(typeof state === 'string' ? state : undefined);
    } catch {
      // A state we cannot read is kept aside, not overwritten, so nothing is silently lost.
      await save({ outbox_unreadable: state });
      outbox = new Outbox(undefined);
    }
    return outbox;
  })().catch((e) => {
    loading = null; // a failed load (the core did not start) is tried again next time
    throw e;
  });
  return loading;
}

async function persist() {
  await save({ outbox: outbox.toJSON() });
}

/** Queues an event and persists the queue before returning (before the UI is told). */
export async function enqueue(event) {
  const o = await load();
  o.push(event, Date.now());
  await persist();
  setTimeout(() => flush(), 1500);
}

export async function outboxStatus() {
  const o = await load();
  return { ...o.status(), deadLetters: o.deadLetters() };
}

function retryAfterMs(header) {
  if (!header) return undefined;
  const secs = Number(header);
  if (Number.isFinite(secs)) return secs * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

/** "Sync now": skip the backoff, then flush. */
export async function flushNow() {
  const o = await load();
  o.retryNow();
  await persist();
  if (flushing) await flushing;
  return flush();
}

/** Uploads due batches until one fails or none is due. One flush at a time. */
export function flush() {
  flushing ??= (async () => {
    try {
      const o = await load();
      const s = await settings();
      if (!s.endpoint) return; // no server configured: events stay in the local queue
      for (let round = 0; round < 50; round++) {
        const batch = o.nextBatch(Date.now());
        if (!batch) break;
        await persist(); // the in-flight mark survives a worker that dies mid-upload
        let status = 0;
        let retry;
        let rejected;
        let error = '';
        try {
          const res = await fetch(new URL('/v1/events', s.endpoint), {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
            body: batch.body,
          });
          status = res.status;
          retry = retryAfterMs(res.headers.get('retry-after'));
          const body = await res.json().catch(() => ({}));
          if (res.ok) rejected = (body.rejected || []).map((r) => [String(r.id), String(r.error)]);
          else error = String(body.error || res.statusText || status);
        } catch (e) {
          error = String((e && e.message) || e);
        }
        o.acknowledge(batch.ids, status, retry, rejected, error, Date.now(), Math.random());
        await persist();
        if (status < 200 || status > 299) break;
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}
