// JavaScript lint (the test command runs `npx eslint`): the recommended rules for the
// extension, the tests and the benches. Content scripts are classic scripts that share one
// isolated world: what one declares at top level as `handoff…` the others use, so those names
// are read from the files themselves rather than listed here.
import js from '@eslint/js';
import globals from 'globals';
import { readdirSync, readFileSync } from 'node:fs';

const CONTENT = 'extension/content';
const shared = Object.fromEntries(
  readdirSync(CONTENT)
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...readFileSync(`${CONTENT}/${f}`, 'utf8').matchAll(/^(?:(?:async\s+)?function\*?|(const|let)|class)\s+(handoff\w+)/gim)].map((m) => [m[2], m[1] === 'let' ? 'writable' : 'readonly'])),
);
// The site table, written into content/site-table.js by `cargo xtask dist` from extension/sites.json.
shared.HANDOFF_SITES = 'readonly';

export default [
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'tests/output/**', 'fuzz/**', 'extension/wasm/**'] },
  js.configs.recommended,
  {
    files: ['extension/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, ...globals.webextensions, ...globals.serviceworker } },
  },
  {
    files: [`${CONTENT}/**/*.js`],
    languageOptions: { sourceType: 'script', globals: shared },
    rules: { 'no-unused-vars': ['error', { varsIgnorePattern: '^(handoff|Handoff|HANDOFF)' }], 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
  // The popup loads content/sites.js as a classic script before its own module.
  { files: ['extension/popup/*.js'], languageOptions: { globals: shared } },
  {
    files: ['tests/**/*.{js,mjs}', 'scripts/**/*.{js,mjs}', 'eslint.config.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
];
