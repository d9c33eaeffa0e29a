// One storage module owns every chrome.storage.local key (extension/worker/storage.js): no
// other file of the extension reads or writes that storage directly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { jsFiles, ROOT } from './harness.mjs';

test('only worker/storage.js touches chrome.storage.local', () => {
  const offenders = [];
  for (const file of jsFiles(join(ROOT, 'extension'))) {
    const rel = relative(join(ROOT, 'extension'), file);
    if (rel === 'worker/storage.js') continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
      const code = line.replace(/\/\/.*$/, '');
      if (code.includes('chrome.storage.local')) offenders.push(`${rel}:${n + 1}`);
    });
  }
  assert.deepEqual(offenders, []);
});
