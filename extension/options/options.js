// The options page: connect to the team's server with an invitation link (or by hand), the
// rep's name and addresses, and privacy. What the organization's policy sets is shown locked.
import { askServerPermission, hasServerPermission, saveSettings, serverOrigin, settings } from '../worker/settings.js';
import { checkRepToken, enroll, parseInvitation } from '../worker/server-api.js';
import { enrollmentStatus, policyCode } from '../worker/policy-enrollment.js';
import { send } from '../worker/messages.js';

/** The settings form and its named controls (options.html). */
const form = /** @type {HTMLFormElement & Record<'invitation' | 'endpoint' | 'token' | 'repName' | 'repEmails', HTMLInputElement> & {privacy: RadioNodeList}} */ (document.getElementById('f'));
const orgCode = await policyCode();
let current = await settings();

function say(id, text, error = false) {
  const el = document.getElementById(id);
  el.textContent = text;
  el.classList.toggle('error', error);
}

function fill(s) {
  form.repName.value = s.repName;
  form.repEmails.value = s.repEmails.join(', ');
  form.endpoint.value = s.endpoint;
  form.token.value = s.token;
  form.privacy.value = s.privacy;
  const fixed = (key) => s.managed.includes(key);
  for (const badge of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.managed-badge'))) badge.hidden = !fixed(badge.dataset.for);
  form.endpoint.disabled = fixed('endpoint');
  for (const radio of /** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll('input[name=privacy]'))) radio.disabled = fixed('privacy');
  document.getElementById('org-note').hidden = !s.managed.length;
}

/** The line under "Your team's server": connected as whom, or what is missing. */
async function showConnection() {
  const s = current;
  if (!s.endpoint) return say('connection', 'Not connected: Handoff uses its demo library. Paste your invitation link below.');
  if (!s.token) {
    const { error } = await enrollmentStatus();
    if (error) return say('connection', `Your organization set the server (${s.endpoint}), but connecting failed: ${error}`, true);
    return say('connection', `Server: ${s.endpoint}. ${orgCode ? 'Press Connect to finish setting up.' : 'Paste your invitation link below to connect.'}`);
  }
  if (!(await hasServerPermission(s.endpoint))) return say('connection', `Server: ${s.endpoint}. Press Test the connection to allow Handoff to reach it.`, true);
  say('connection', `Checking ${s.endpoint}…`);
  try {
    const me = await checkRepToken(s.endpoint, s.token);
    say('connection', `Connected to ${s.endpoint} as ${me.name} (${me.org}).`);
  } catch (e) {
    say('connection', e.message, true);
  }
}

async function refresh() {
  current = await settings();
  fill(current);
  await showConnection();
}

/** The server address in force: the organization's, else the one typed (validated). */
function endpointField() {
  if (current.managed.includes('endpoint')) return current.endpoint;
  try {
    return serverOrigin(form.endpoint.value);
  } catch (e) {
    // The message shows by the button; the field it is about is marked and focused.
    form.endpoint.setAttribute('aria-invalid', 'true');
    form.endpoint.focus();
    throw e;
  }
}
form.endpoint.addEventListener('input', () => form.endpoint.removeAttribute('aria-invalid'));

async function allow(origin) {
  if (!(await askServerPermission(origin))) throw new Error(`Handoff needs your permission to reach ${origin}: press the button again and choose Allow.`);
}

function syncNow() {
  send({ type: 'ui:sync-now' }).catch(() => {});
}

document.getElementById('connect').addEventListener('click', async () => {
  try {
    const text = form.invitation.value.trim();
    if (!text && !orgCode) throw new Error('Paste the invitation link from your admin first.');
    const invitation = text ? parseInvitation(text) : { origin: '', code: orgCode };
    const origin = current.managed.includes('endpoint') ? current.endpoint : invitation.origin || serverOrigin(form.endpoint.value);
    if (!origin) throw new Error('That is the code alone: paste the whole invitation link, or fill in the server address below.');
    await allow(origin);
    say('connected', 'Connecting…');
    const me = await enroll(origin, invitation.code, form.repName.value.trim());
    form.invitation.value = '';
    say('connected', `Done: you are connected as ${me.name} (${me.org}).`);
    syncNow();
    await refresh();
  } catch (e) {
    say('connected', e.message, true);
  }
});

document.getElementById('test').addEventListener('click', async () => {
  try {
    const origin = endpointField();
    if (!origin) throw new Error('Enter the server address first.');
    await allow(origin);
    say('tested', 'Testing…');
    const me = await checkRepToken(origin, form.token.value.trim());
    say('tested', `Connected as ${me.name} (${me.org}).`);
  } catch (e) {
    say('tested', `Not connected: ${e.message}`, true);
  }
});

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const endpoint = endpointField();
    const token = form.token.value.trim();
    if (endpoint) await allow(endpoint);
    // A changed server or token is checked first: an admin's or unknown token is refused; a
    // server that cannot be reached right now is saved with a warning (the rep may be offline).
    let warning = '';
    if (endpoint && (endpoint !== current.endpoint || token !== current.token)) {
      if (!token) throw new Error('Enter your access token too, or connect with your invitation link.');
      say('saved', 'Checking the token…');
      try {
        await checkRepToken(endpoint, token);
      } catch (err) {
        if (!err.unreachable) throw err;
        warning = err.message;
      }
    }
    const repEmails = form.repEmails.value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const tokenFor = token === current.token ? current.tokenFor : endpoint;
    await saveSettings({ repName: form.repName.value.trim(), repEmails, endpoint, token, tokenFor, privacy: form.privacy.value });
    say('saved', warning ? `Saved, but: ${warning}` : 'Saved.', Boolean(warning));
    syncNow();
    await refresh();
  } catch (err) {
    say('saved', `Not saved: ${err.message}`, true);
  }
});

// The policy can change while the page is open (an admin pushes it): show it at once.
chrome.storage.onChanged.addListener((_, area) => {
  if (area === 'managed') refresh();
});
fill(current);
for (const button of form.querySelectorAll('button')) button.disabled = false;
showConnection();
