// An admin's policy may carry an invitation code with the server address: the worker exchanges
// it once for the rep's own token, so a managed rollout asks nothing of the rep. A code the
// server refused (used, expired) is not tried again until the policy carries another.
import { enroll } from './server-api.js';
import { hasServerPermission, managedPolicy, settings } from './settings.js';
import { load, save } from './storage.js';

let running = null;

/** The policy's code, trimmed ('' when none). */
export async function policyCode() {
  const code = (await managedPolicy()).enrollmentCode;
  return typeof code === 'string' ? code.trim() : '';
}

/** {error} of the last attempt with the current policy code, kept across worker restarts. */
export async function enrollmentStatus() {
  const enrollment = await load('enrollment');
  return enrollment && enrollment.code === (await policyCode()) ? { error: enrollment.error } : { error: null };
}

export function enrollFromPolicy() {
  running ??= (async () => {
    const code = await policyCode();
    const s = await settings();
    if (!code || !s.managed.includes('endpoint')) return;
    if (s.token && (!s.tokenFor || s.tokenFor === s.endpoint)) return;
    const enrollment = await load('enrollment');
    if (enrollment && enrollment.code === code && enrollment.refused) return;
    let outcome = { code, error: null };
    try {
      if (!(await hasServerPermission(s.endpoint))) throw new Error('Open Handoff’s settings and press Connect to finish setting up.');
      await enroll(s.endpoint, code, s.repName);
    } catch (e) {
      outcome = { code, error: e.message, refused: Boolean(e.refused) };
    }
    await save({ enrollment: outcome });
  })().finally(() => {
    running = null;
  });
  return running;
}
