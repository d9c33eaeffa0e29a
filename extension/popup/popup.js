import { describeTab } from './tab-summary.js';
import { tabState } from '../worker/tab-state.js';
import { send } from '../worker/messages.js';

function set(id, text, error = false) {
  const el = document.getElementById(id);
  el.textContent = text;
  el.classList.toggle('error', error);
}

function show(status) {
  const when = (ms) => (ms ? new Date(ms).toLocaleTimeString() : 'never');
  set('wasm', status.wasm === 'ready' ? 'Ready' : `${status.wasm}${status.error ? `: ${status.error}` : ''}`, status.wasm !== 'ready');
  set('library', `${status.live ?? status.items} approved items${status.version ? `, version ${status.version}` : ''} (${status.source === 'bundled' ? 'bundled demo library' : 'synced'})`);
  const o = status.outbox || {};
  const error = status.enrollment?.error || status.sync?.lastError || o.last_error;
  if (!status.configured) set('sync', 'No server configured: events stay on this computer. Connect with your invitation link in Settings.');
  else if (!status.enrolled) set('sync', status.enrollment?.error ? `Not connected yet: ${status.enrollment.error}` : 'Not connected yet: open Settings to connect.', true);
  else set('sync', error ? `Last error: ${error}` : `Last sync ${when(status.sync?.lastSync)}`, Boolean(error));
  set('waiting', `${o.waiting ?? 0}${o.dropped ? ` (${o.dropped} dropped: queue full)` : ''}`);
  const dead = o.deadLetters || [];
  document.getElementById('dead-section').hidden = dead.length === 0;
  document.getElementById('dead').replaceChildren(...dead.slice(-5).map((d) => {
    const li = document.createElement('li');
    li.textContent = `${d.event.action} ${d.event.item_id || ''}: ${d.error}`;
    return li;
  }));
}

// The popup describes the tab it opened over. Opened in a tab of its own (a pinned page, a
// test), `?tab=ID` names the tab to describe.
const asked = new URLSearchParams(location.search).get('tab');
const tab = asked ? await chrome.tabs.get(Number(asked)).catch(() => null) : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];

/** The site of the tab's address, when the browser tells it (activeTab, on the popup's click). */
function siteOf(url) {
  try {
    return (url && handoffSiteFor(new URL(url).hostname)?.id) || null;
  } catch {
    return null;
  }
}

async function describeHere() {
  const here = describeTab({ siteId: siteOf(tab?.url), ...(tab ? await tabState(tab.id) : {}) });
  set('here', here.text);
  document.getElementById('open-section').hidden = !here.supported;
  const command = (await chrome.commands.getAll()).find((c) => c.name === 'open-panel');
  set('how', command?.shortcut ? `On the page, press ${command.shortcut} to open Handoff, or:` : 'No keyboard shortcut is set for Handoff (your browser’s extension shortcuts page sets one). Open it here:');
}

document.getElementById('open').addEventListener('click', async () => {
  const reply = await send({ type: 'ui:open-panel', tabId: tab.id });
  if (reply.error) return set('opened', reply.error, true);
  if (!asked) window.close(); // the panel is on the page now; a popup left open would cover it
  set('opened', 'Opened on the page.');
});

/** The rep's proposals: waiting, approved (now in everyone's library) or declined with why. */
async function showProposals() {
  const { proposals = [], error } = await send({ type: 'ui:my-proposals' });
  const words = { waiting: 'waiting for review', approved: 'approved: in the team\'s library now', declined: 'declined' };
  const items = error ? [Object.assign(document.createElement('li'), { textContent: error, className: 'error' })] : proposals.map((p) => {
    const li = document.createElement('li');
    li.dataset.state = p.state;
    li.textContent = `${p.title} — ${words[p.state] || p.state}${p.note ? `: “${p.note}”` : ''}`;
    return li;
  });
  document.getElementById('proposals').replaceChildren(...items);
  document.getElementById('proposals-section').hidden = items.length === 0;
}

await describeHere();
showProposals();
show(await send({ type: 'ui:status' }));
document.getElementById('sync-now').addEventListener('click', async () => show(await send({ type: 'ui:sync-now' })));
