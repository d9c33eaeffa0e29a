// The rep's settings, in chrome.storage.local: read fresh each time (the worker is short-lived).
export const DEFAULTS = { endpoint: '', token: '', privacy: 'none', repName: '', repEmails: [] };

export async function settings() {
  const { settings: s } = await chrome.storage.local.get('settings');
  return { ...DEFAULTS, ...s };
}
