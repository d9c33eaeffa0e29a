// Every message between Handoff's parts, declared once: its name (by direction: cs:* from
// content scripts to the worker, ui:* from the popup and options pages to the worker, bg:* from
// the worker to content scripts) and the fields it carries; what it answers is typed beside it in
// extension/messages.d.ts, which derives the messages' types from this. The worker checks each
// arriving message against this before its handler runs, so a malformed one gets a plain error
// instead of reaching the core; tsc checks every send and handler; tests/e2e/messages.test.mjs
// checks that every message sent anywhere in the extension is declared here and every
// `cs:`/`ui:` one is handled.
//
// A field is 'string', 'number', 'object', 'array', 'boolean', with '?' when it may be absent.

// `as const` keeps each field's type a literal: extension/messages.d.ts derives the message types from it.
export const MESSAGES = Object.freeze(/** @type {const} */ ({
  'cs:read': { fields: { url: 'string', html: 'string' } },
  'cs:suggest': { fields: { context: 'object?', query: 'string?' } },
  'cs:event': { fields: { event: 'object' } },
  'cs:panel-state': { fields: { site: 'string', state: 'string?' } },
  'cs:fill': { fields: { text: 'string', values: 'object?' } },
  'cs:check-draft': { fields: { ids: 'array' } },
  'ui:status': { fields: {} },
  'ui:open-panel': { fields: { tabId: 'number' } },
  'ui:my-proposals': { fields: {} },
  'ui:sync-now': { fields: {} },
  'bg:open-panel': { fields: {} },
}));

/**
 * Sends a declared message to the worker, from the popup or the options page.
 * @template {MessageName} K
 * @param {MessageOf<K>} msg
 * @returns {Promise<Received<K>>}
 */
export function send(msg) {
  return chrome.runtime.sendMessage(msg);
}

function typeOf(v) {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}

/** Why `msg` does not match its declaration, or null when it does. */
export function malformed(msg) {
  const declared = msg && typeof msg.type === 'string' && Object.hasOwn(MESSAGES, msg.type) ? MESSAGES[msg.type] : null;
  if (!declared) return `unknown message ${JSON.stringify(msg && msg.type)}`;
  for (const [field, want] of Object.entries(declared.fields)) {
    const optional = want.endsWith('?');
    const type = optional ? want.slice(0, -1) : want;
    const value = msg[field];
    if ((value === undefined || value === null) && optional) continue;
    if (typeOf(value) !== type) return `${msg.type}: \`${field}\` must be ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}, not ${typeOf(value)}`;
  }
  return null;
}
