// Talking to the team's Handoff server about who the rep is: checking a token (GET /v1/me)
// and exchanging an invitation for the rep's own token (POST /v1/enroll). Every failure
// becomes a sentence a rep can act on; used by the options page and the worker alike.
import { saveSettings, serverOrigin } from './settings.js';

/** `fetch`, with "Failed to fetch" turned into what it means. */
async function request(origin, path, init = {}) {
  let res;
  try {
    res = await fetch(new URL(path, origin), { ...init, cache: 'no-store' });
  } catch {
    throw Object.assign(new Error(`Can't reach ${origin} — is the server running, and is the address right?`), { unreachable: true });
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON: a proxy's or another server's page; the status says enough.
  }
  return { status: res.status, ok: res.ok, body: body || {} };
}

function notHandoff(origin) {
  return new Error(`${origin} answered, but not as a Handoff server: check the address in your invitation.`);
}

/** Whose token this is: {name, org, role, team}. Throws a plain sentence when it cannot tell. */
async function whoAmI(origin, token) {
  if (!token) throw new Error('Enter your access token, or use the invitation link your admin sent.');
  const res = await request(origin, '/v1/me', { headers: { authorization: `Bearer ${token}` } });
  if (res.status === 401) throw new Error('The server does not know this token. Use the invitation link your admin sent, or ask for a new one.');
  if (res.status === 404) throw notHandoff(origin);
  if (!res.ok) throw new Error(`The server could not check the token (HTTP ${res.status}${res.body.error ? `: ${res.body.error}` : ''}). Try again in a minute.`);
  if (!res.body.role) throw notHandoff(origin);
  return res.body;
}

/** Like whoAmI, but refuses an admin's token: a rep's usage must be counted as the rep's. */
export async function checkRepToken(origin, token) {
  const me = await whoAmI(origin, token);
  if (me.role !== 'rep') throw new Error(`This is an admin token (${me.name}). Handoff in a rep's browser needs the rep's own token: use your invitation link.`);
  return me;
}

/**
 * An invitation as pasted: the link `https://server/enroll#code=hoe_…`, or the code alone.
 * Returns {origin, code} (origin '' for a bare code) or throws a plain sentence.
 */
export function parseInvitation(text) {
  const raw = String(text || '').trim();
  const bare = /^hoe_[0-9a-f]{32}$/i;
  if (bare.test(raw)) return { origin: '', code: raw };
  const origin = serverOrigin(raw);
  const code = new URLSearchParams(new URL(raw).hash.slice(1)).get('code') || '';
  if (!bare.test(code)) throw new Error('This link has no invitation code in it. Copy the whole link from your invitation (it ends with #code=hoe_…).');
  return { origin, code };
}

/** Exchanges an invitation code for the rep's own token and stores it. Returns {name, org}. */
export async function enroll(origin, code, repName = '') {
  const res = await request(origin, '/v1/enroll', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: repName }) });
  if (res.status === 404 && !res.body.error) throw notHandoff(origin);
  // A refusal (unknown, used, expired) is final for that code; anything else may pass.
  if (res.status === 404 || res.status === 410) throw Object.assign(new Error(`The invitation was refused: ${res.body.error}.`), { refused: true });
  if (!res.ok || !res.body.token) throw new Error(`The server could not take the invitation (HTTP ${res.status}${res.body.error ? `: ${res.body.error}` : ''}). Try again in a minute.`);
  await saveSettings({ endpoint: origin, token: res.body.token, tokenFor: origin });
  return res.body;
}

/** The rep's own proposals to marketing and what became of them: [{id, title, state, note?}]. */
export async function myProposals(origin, token) {
  const res = await request(origin, '/v1/proposals', { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(res.status === 401 ? 'The server no longer knows this browser\'s token: use a new invitation link.' : `The server could not list your proposals (HTTP ${res.status}).`);
  return res.body.proposals || [];
}
