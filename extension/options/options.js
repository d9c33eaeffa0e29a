const form = document.getElementById('f');
const { settings = {} } = await chrome.storage.local.get('settings');
form.repName.value = settings.repName || '';
form.repEmails.value = (settings.repEmails || []).join(', ');
form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const repEmails = form.repEmails.value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  await chrome.storage.local.set({ settings: { ...settings, repName: form.repName.value.trim(), repEmails } });
  document.getElementById('saved').textContent = 'Saved.';
});
