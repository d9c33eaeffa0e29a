const form = document.getElementById('f');
const { settings = {} } = await chrome.storage.local.get('settings');
form.repName.value = settings.repName || '';
form.repEmails.value = (settings.repEmails || []).join(', ');
form.endpoint.value = settings.endpoint || '';
form.token.value = settings.token || '';
form.privacy.value = settings.privacy || 'none';

function endpoint() {
  const raw = form.endpoint.value.trim().replace(/\/+$/, '');
  if (!raw) return '';
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname)) throw new Error('Use https:// (http only for localhost).');
  return url.origin;
}

/** Asks for access to the server's origin (a user gesture is in progress). */
async function allow(origin) {
  if (!origin || ['localhost', '127.0.0.1'].includes(new URL(origin).hostname)) return true;
  return chrome.permissions.request({ origins: [`${origin}/*`] });
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const saved = document.getElementById('saved');
  try {
    const url = endpoint();
    if (!(await allow(url))) throw new Error('Handoff needs permission to reach that server.');
    const repEmails = form.repEmails.value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    await chrome.storage.local.set({ settings: { ...settings, repName: form.repName.value.trim(), repEmails, endpoint: url, token: form.token.value.trim(), privacy: form.privacy.value } });
    saved.textContent = 'Saved.';
    chrome.runtime.sendMessage({ type: 'ui:sync-now' }).catch(() => {});
  } catch (err) {
    saved.textContent = err.message;
  }
});

document.getElementById('test').addEventListener('click', async () => {
  const out = document.getElementById('tested');
  out.textContent = 'Testing…';
  try {
    const url = endpoint();
    if (!url) throw new Error('Enter the server URL first.');
    if (!(await allow(url))) throw new Error('Permission to reach the server was not given.');
    const res = await fetch(new URL('/v1/library?since=0', url), { headers: { authorization: `Bearer ${form.token.value.trim()}` } });
    if (res.status === 401 || res.status === 403) throw new Error('The server refused the token.');
    if (!res.ok && res.status !== 304) throw new Error(`The server answered HTTP ${res.status}.`);
    out.textContent = 'Connected.';
  } catch (err) {
    out.textContent = `Not connected: ${err.message}`;
  }
});
