// Drives Debian's firefox-esr over WebDriver BiDi (built into Firefox: no driver binary, no
// downloaded browser build): starts it headless on a fresh profile and sends BiDi commands.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { freePort } from './harness.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

/**
 * Launches Firefox with `prefs` in its profile; returns {send(method, params), close}.
 * `send` resolves with a command's result and rejects with the browser's error message.
 */
export async function launchFirefox(prefs = {}) {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found: apt-get install -y firefox-esr (scripts/setup.sh does)`);
  const profile = mkdtempSync(join(tmpdir(), 'handoff-firefox-'));
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const port = await freePort();
  const proc = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (out += d));
  const end = Date.now() + 30_000;
  while (!out.includes('WebDriver BiDi listening on')) {
    if (Date.now() > end || proc.exitCode !== null) throw new Error(`firefox did not start its WebDriver BiDi server: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
  await new Promise((ok, fail) => {
    ws.once('open', ok);
    ws.once('error', fail);
  });
  const pending = new Map();
  let next = 0;
  ws.on('message', (data) => {
    const msg = JSON.parse(data);
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.type === 'error') waiter.fail(new Error(`${msg.error}: ${msg.message}`));
    else waiter.ok(msg.result);
  });
  const send = (method, params = {}) => new Promise((ok, fail) => {
    const id = ++next;
    pending.set(id, { ok, fail });
    ws.send(JSON.stringify({ id, method, params }));
  });
  return {
    send,
    close: async () => {
      ws.close();
      if (proc.exitCode === null) {
        proc.kill();
        await new Promise((r) => proc.once('exit', r));
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Evaluates `expression` in browsing context `context`; returns its (JSON-able) value. */
export async function evaluate(send, context, expression) {
  const r = await send('script.evaluate', { expression: `JSON.stringify(${expression})`, target: { context }, awaitPromise: true, userActivation: true });
  if (r.type !== 'success') throw new Error(`evaluate failed: ${JSON.stringify(r.exceptionDetails)}`);
  return JSON.parse(r.result.value ?? 'null');
}
