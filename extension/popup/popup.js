const status = await chrome.runtime.sendMessage({ type: 'ui:status' });
const set = (id, text, error = false) => {
  const el = document.getElementById(id);
  el.textContent = text;
  el.classList.toggle('error', error);
};
set('wasm', status.wasm === 'ready' ? 'Ready' : `${status.wasm}${status.error ? `: ${status.error}` : ''}`, status.wasm !== 'ready');
set('library', `${status.items} items${status.version ? `, version ${status.version}` : ''}`);
set('waiting', String(status.waiting ?? 0));
