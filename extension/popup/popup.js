function show(status) {
  const set = (id, text, error = false) => {
    const el = document.getElementById(id);
    el.textContent = text;
    el.classList.toggle('error', error);
  };
  const when = (ms) => (ms ? new Date(ms).toLocaleTimeString() : 'never');
  set('wasm', status.wasm === 'ready' ? 'Ready' : `${status.wasm}${status.error ? `: ${status.error}` : ''}`, status.wasm !== 'ready');
  set('library', `${status.live ?? status.items} approved items${status.version ? `, version ${status.version}` : ''} (${status.source === 'bundled' ? 'bundled demo library' : 'synced'})`);
  const o = status.outbox || {};
  const error = status.sync?.lastError || o.last_error;
  if (!status.configured) set('sync', 'No server configured: events stay on this computer. Add one in Settings.');
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

show(await chrome.runtime.sendMessage({ type: 'ui:status' }));
document.getElementById('sync-now').addEventListener('click', async () => show(await chrome.runtime.sendMessage({ type: 'ui:sync-now' })));
