// Deals without their ids (docs/outcomes.md). The record a tab shows (a CRM opportunity or
// deal, a mail thread), in the core's canonical form, is keyed here with the org's secret
// (GET /v1/org): HMAC-SHA256 in WebCrypto, the first 16 bytes in hex, as core's `deal::key`
// keys an admin's export on the server. Events carry the key only. A thread takes the key of the CRM deal the rep had open in this browser session
// for the same prospect (its domain or company), else a key of its own. A deal page showing
// Closed Won or Closed Lost sends one outcome event per deal and outcome. When the org tracks
// links, a card's link is shared as the server's /l/CODE for that item and deal.
import { recordOf } from '../wasm/handoff_wasm.js';
import { enqueue } from './outbox.js';
import { load, save } from './storage.js';
import { tabDeal } from './tab-state.js';

/** Outcome event ids already queued, kept so a reopened record does not queue them again. */
const SENT_KEPT = 2000;
const linkKey = (v) => `deal-link:${String(v).trim().toLowerCase()}`;
/** Mail domains shared by millions: a prospect writing from one says nothing about which deal
 * a thread belongs to, so they never link a thread to a deal. */
const SHARED_MAIL = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it', 'yandex.ru', 'mail.ru', 'qq.com', '163.com']);

/** The org's settings as last synced, read from storage once per worker life (every
 * suggestion asks for them): the read starts with the worker, beside the core's load, so a
 * wake's first suggestion does not wait for it. */
let kept = load('orgSettings').catch(() => null);
const orgSettings = () => kept;

/** The org's id, secret and link setting, with every sync; kept for offline use. */
export async function pullOrg(s) {
  const res = await fetch(new URL('/v1/org', s.endpoint), { headers: { authorization: `Bearer ${s.token}` } });
  if (!res.ok) return;
  const { org, deal_secret: secret, tracked_links: trackedLinks } = await res.json();
  if (typeof secret !== 'string') return;
  const settings = { endpoint: s.endpoint, org: String(org), secret, trackedLinks: trackedLinks === true };
  kept = Promise.resolve(settings);
  await save({ orgSettings: settings });
}

const hmacKey = (secret) => crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

/** The first `bytes` bytes of HMAC-SHA256 of `text` under `key` (the org's secret), in hex. */
async function macHex(key, text, bytes) {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text)));
  return Array.from(mac.slice(0, bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

function base64url(text) {
  const binary = Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** With tracked links on, gives each suggestion with a link its shared form (`share`): the
 * server's /l/<org>.<item>.<deal>.<mac> for the deal on `tab`, as core's `deal::link_code`
 * makes and reads it. */
export async function shareLinks(suggestions, tab) {
  const kept = await orgSettings();
  if (!kept || !kept.trackedLinks || !kept.endpoint) return suggestions;
  const deal = (await tabDeal(tab)) || '_';
  const key = await hmacKey(kept.secret); // once for all the cards
  for (const s of suggestions) {
    if (!s.url) continue;
    const mac = await macHex(key, `link\n${kept.org}\n${s.id}\n${deal}`, 8);
    s.share = new URL(`/l/${kept.org}.${base64url(s.id)}.${deal}.${mac}`, kept.endpoint).href;
  }
  return suggestions;
}

/** {kind: 'deal' | 'thread', key} for the page at `url` read as `context`; null without a
 * secret or a record. Needs the core loaded. */
export async function dealOf(url, context) {
  const kept = await orgSettings();
  const canonical = kept && kept.secret && kept.secret.length >= 16 ? recordOf(url) : undefined;
  if (!canonical) return null;
  const kind = canonical.startsWith('deal:') ? 'deal' : 'thread';
  const key = await macHex(await hmacKey(kept.secret), canonical, 16);
  const domain = context && context.domain && !SHARED_MAIL.has(String(context.domain).toLowerCase()) ? context.domain : null;
  const links = [domain, context && context.company].filter(Boolean).map(linkKey);
  if (kind === 'deal') {
    if (links.length) await chrome.storage.session.set(Object.fromEntries(links.map((k) => [k, key])));
    return { kind, key };
  }
  const got = links.length ? await chrome.storage.session.get(links) : {};
  const linked = links.map((k) => got[k]).find(Boolean);
  return linked ? { kind: 'deal', key: linked } : { kind, key };
}

/** Queues the outcome of a closed deal once: its id is the same every time, so the server
 * stores it once even if this browser's memory of it is lost. */
export async function noteOutcome(handoff, deal, context, privacy) {
  const outcome = { 'closed-won': 'won', 'closed-lost': 'lost' }[context && context.stage];
  if (!outcome || !deal || deal.kind !== 'deal') return null;
  const id = `outcome-${deal.key}-${outcome}`;
  const sent = await load('outcomesSent');
  if (sent.includes(id)) return null;
  const event = handoff.event(id, 'outcome', context, privacy, Date.now(), null, { deal: deal.key, outcome });
  await enqueue(event);
  await save({ outcomesSent: [...sent, id].slice(-SENT_KEPT) });
  return event;
}
