// The rep's settings: this module alone owns their keys and defaults. The rep's own values
// live in chrome.storage.local; an admin's policy (chrome.storage.managed, described by
// managed-schema.json) wins over them field by field. Read fresh each time: the worker is
// short-lived and the policy can change while the browser runs.
import { load, save } from './storage.js';

const DEFAULTS = Object.freeze({ endpoint: '', token: '', tokenFor: '', privacy: 'none', repName: '', repEmails: [] });
const PRIVACY_LEVELS = ['none', 'domain', 'company'];

/** The policy's fields (managed-schema.json) and the setting each one sets. */
const POLICY_FIELDS = { serverUrl: 'endpoint', privacy: 'privacy' };

/** The policy as last read in this context; null until the policy store first answers. */
let lastPolicy = null;

/**
 * The admin's policy, or {} where there is none (Firefox rejects when no policy exists).
 * Chromium answers the first read only once its policy store has loaded (seconds after the
 * browser starts), so paths the rep waits on read localSettings() where the policy has no say.
 */
export async function managedPolicy() {
  try {
    lastPolicy = (await chrome.storage.managed.get(null)) || {};
  } catch {
    lastPolicy = {};
  }
  return lastPolicy;
}

/**
 * The privacy level for a usage event created now. An event is not held up while the policy
 * store loads at browser start: until it answers, the strictest level applies, since the
 * policy may forbid what the rep's own setting allows.
 */
export async function eventPrivacy() {
  const policy = lastPolicy ?? (await Promise.race([managedPolicy(), new Promise((r) => setTimeout(() => r(null), 100))]));
  if (policy === null) return 'none';
  return policySettings(policy).privacy || (await localSettings()).privacy;
}

/** Settings the organization's policy fixes, as {setting: value}. */
function policySettings(policy) {
  const out = {};
  for (const [field, key] of Object.entries(POLICY_FIELDS)) {
    const value = typeof policy[field] === 'string' ? policy[field].trim() : '';
    if (!value) continue;
    if (key === 'endpoint') out.endpoint = serverOrigin(value, { quiet: true });
    else if (key === 'privacy' && PRIVACY_LEVELS.includes(value)) out.privacy = value;
  }
  if (out.endpoint === '') delete out.endpoint;
  return out;
}

/** The rep's own values (name, addresses): never set by the policy. */
export async function localSettings() {
  const s = await load('settings');
  return { ...DEFAULTS, ...s };
}

/** The settings in force, with `managed`: the keys the organization set (shown locked). */
export async function settings() {
  const fixed = policySettings(await managedPolicy());
  return { ...(await localSettings()), ...fixed, managed: Object.keys(fixed) };
}

/** Stores the rep's changes; keys the organization sets are never written locally. */
export async function saveSettings(changes) {
  const fixed = policySettings(await managedPolicy());
  const mine = Object.fromEntries(Object.entries(changes).filter(([k]) => k in DEFAULTS && !(k in fixed)));
  await save({ settings: { ...(await localSettings()), ...mine } });
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const isLoopback = (origin) => LOOPBACK.includes(new URL(origin).hostname);

/** Whether the worker may reach `origin` (loopback is in the manifest; others are asked for). */
export async function hasServerPermission(origin) {
  return isLoopback(origin) || chrome.permissions.contains({ origins: [`${origin}/*`] });
}

/** Asks for access to the server's origin; call it first thing in a click handler. */
export async function askServerPermission(origin) {
  return isLoopback(origin) || chrome.permissions.request({ origins: [`${origin}/*`] });
}

/**
 * The server's origin from what a person typed or pasted ('' for nothing). Throws an error
 * that says what to type instead; with `quiet`, answers '' for anything unusable.
 */
export function serverOrigin(raw, { quiet = false } = {}) {
  const fail = (message) => {
    if (quiet) return '';
    throw new Error(message);
  };
  const text = String(raw || '').trim();
  if (!text) return '';
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return fail(`Type the whole address, starting with https:// — for example https://${text.replace(/^\/+/, '') || 'handoff.example.com'}`);
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    return fail(`“${text}” is not a web address. It looks like https://handoff.example.com`);
  }
  if (url.protocol === 'http:' && !LOOPBACK.includes(url.hostname)) return fail('Use an https:// address (plain http:// only for a server on this computer).');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('The server address starts with https://');
  return url.origin;
}
