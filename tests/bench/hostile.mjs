// Hostile inputs that once took seconds (quadratic paths in the readers and the taxonomy),
// read by the release CLI: prints how long each takes now. Usage: node tests/bench/hostile.mjs
// (builds `handoff` in release itself). Each input stays within the content script's 400 KB
// region cap, or is a library an org could publish.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

execFileSync('cargo', ['build', '--quiet', '--release', '-p', 'handoff-cli'], { cwd: ROOT, stdio: 'inherit' });
const bin = join(ROOT, 'target/release/handoff');
const dir = mkdtempSync(join(tmpdir(), 'handoff-hostile-'));
const file = (name, text) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const range = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('');
const gmail = 'https://mail.google.com/mail/u/0/';
const cases = [
  ['57,000 distinct attributes on one tag', gmail, file('attrs.html', `<div ${range(57000, (i) => `a${i}="x" `)}>hi</div>`)],
  ["36,000 addresses in Gmail's from field", gmail, file('from.html', `<div role=main><input name=from value="${range(36000, (i) => `u${i}@x${i}.com `)}"><h2 class=hP>Subject</h2></div>`)],
  ['7,000 hidden editors', gmail, file('editors.html', `<div role=dialog>${range(7000, () => '<div contenteditable=true role=textbox style="display:none"></div>')}</div>`)],
  ['511 nested h1 and 6,000 Lightning fields', 'https://acme.lightning.force.com/lightning/r/Opportunity/006/view', file('sf.html', `<div class="active oneContent">${'<h1>'.repeat(511)}x${'</h1>'.repeat(511)}${range(6000, (i) => `<div data-target-selection-name="sfdc:RecordField.Opportunity.F${i}"><span class="test-id__field-label">L${i}</span><span class="test-id__field-value">v</span></div>`)}</div>`)],
  ['Outlook From: with 3,000 nested title spans', 'https://outlook.office.com/mail/', file('outlook.html', `<div role=main><div aria-label="From: x">${'<span title="From: a@b.com">'.repeat(3000)}x${'</span>'.repeat(3000)}</div></div>`)],
];

const rows = [];
for (const [what, url, html] of cases) {
  const t = performance.now();
  execFileSync(bin, ['read-page', '--url', url, '--html', html], { stdio: ['ignore', 'ignore', 'ignore'] });
  rows.push([what, performance.now() - t]);
}
const taxonomy = { verticals: Array.from({ length: 40000 }, (_, i) => ({ id: `v${i}`, label: `Vertical ${i}`, synonyms: [`Industry ${i}`] })) };
const lib = file('taxonomy.json', JSON.stringify({ taxonomy, items: Array.from({ length: 200 }, (_, k) => ({ id: `i${k}`, title: `Item ${k}`, status: 'approved', url: 'https://c.example', verticals: [`v${k}`] })) }));
const ctx = file('ctx.json', JSON.stringify({ vertical: 'v5', text: 'hello' }));
let t = performance.now();
execFileSync(bin, ['suggest', '--library', lib, '--context', ctx, '--json'], { stdio: ['ignore', 'ignore', 'ignore'] });
rows.push(['a library with a 40,000-vertical taxonomy (load + suggest)', performance.now() - t]);
rmSync(dir, { recursive: true, force: true });

console.log(`\nHostile inputs, ${new Date().toISOString().slice(0, 10)}, release CLI (whole process)\n`);
console.log('| input | ms |');
console.log('|---|---:|');
for (const [what, ms] of rows) console.log(`| ${what} | ${ms.toFixed(0)} |`);
