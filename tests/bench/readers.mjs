// Page reading speed in the wasm core (V8, as in the extension's worker): a 100-message Gmail
// thread with an open reply, and a heavy Salesforce Lightning opportunity (hundreds of fields,
// a hidden stale record, shadow roots). Goal: ≤ 10 ms each. Usage: node tests/bench/readers.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

const { initSync, Handoff } = await import(join(ROOT, 'dist/extension/wasm/handoff_wasm.js'));
initSync({ module: readFileSync(join(ROOT, 'dist/extension/wasm/handoff_wasm_bg.wasm')) });
const handoff = new Handoff(readFileSync(join(ROOT, 'demo/library.json'), 'utf8'));

const para = (n) => `<div dir="ltr">Message ${n}. Following up on the security review and the records retention schedule for the county clerk. Our CISO wants the FedRAMP package, the SOC 2 report and answers on data residency before the board meeting. Procurement also asked about cooperative contracts and pricing for 400 seats.<br><br>Thanks,<br></div>`;
function gmailThread(messages) {
  const msgs = Array.from({ length: messages }, (_, n) => {
    const ext = n % 2 === 0;
    const email = ext ? 'dana.lee@acmecounty.gov' : 'sam.rivera@northwind.example';
    const name = ext ? 'Dana Lee' : 'Sam Rivera';
    return `<div class="adn ads" data-message-id="#msg-f:${1780450027182 + n}"><div class="gE iv gt"><span class="qu"><span email="${email}" name="${name}" data-hovercard-id="${email}" class="gD">${name}</span> <span class="go">&lt;${email}&gt;</span></span><span class="g3">Nov ${1 + (n % 28)}</span></div><div class="ii gt"><div class="a3s aiL">${para(n)}${ext ? '<div class="gmail_signature">Dana Lee<br>IT Security Manager<br>Acme County</div>' : ''}</div></div></div>`;
  }).join('');
  return `<html><body><a aria-label="Google Account: Sam Rivera (sam.rivera@northwind.example)"></a><div role="main"><h2 class="hP">Security review for the records project</h2>${msgs}</div>
  <div role="dialog"><div class="M9"><input name="subjectbox" value="Re: Security review"><span email="dana.lee@acmecounty.gov" name="Dana Lee" class="vN">Dana Lee</span><div g_editable="true" contenteditable="true" role="textbox" aria-label="Message Body">Hi Dana,</div></div></div></body></html>`;
}

function lightningRecord(fields) {
  const field = (api, label, value, shadow) => `<records-record-layout-item data-target-selection-name="sfdc:RecordField.Opportunity.${api}"><div class="slds-form-element"><span class="test-id__field-label">${label}</span><div class="test-id__field-value">${shadow ? `<lightning-formatted-text><template shadowrootmode="open"><span>${value}</span></template></lightning-formatted-text>` : `<lightning-formatted-text>${value}</lightning-formatted-text>`}</div></div></records-record-layout-item>`;
  const noise = Array.from({ length: fields }, (_, n) => field(`Custom_${n}__c`, `Custom field ${n}`, `Value ${n} with some longer text to parse`, n % 7 === 0)).join('');
  const record = (stage, account, hidden) => `<div class="windowViewMode-normal oneContent${hidden ? '' : ' active'}"${hidden ? ' style="display:none"' : ''}><one-record-home-flexipage2><records-highlights2><h1><lightning-formatted-text>Acme County - Records Modernization</lightning-formatted-text></h1></records-highlights2>
    ${field('StageName', 'Stage', stage, true)}${field('AccountId', 'Account Name', account)}${field('Amount', 'Amount', '$240,000.00')}${noise}</one-record-home-flexipage2></div>`;
  return `<html><body><div class="slds-global-header">${'<nav><a>Home</a><a>Opportunities</a><a>Accounts</a></nav>'.repeat(20)}</div>${record('Qualification', 'Old Corp', true)}${record('Proposal/Price Quote', 'Acme County', false)}</body></html>`;
}

function time(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  out.sort((a, b) => a - b);
  return { p50: out[Math.floor(out.length / 2)], p99: out[Math.min(out.length - 1, Math.floor(out.length * 0.99))] };
}

const cases = [
  ['Gmail thread, 100 messages + open reply', 'https://mail.google.com/mail/u/0/#inbox/x', gmailThread(100)],
  ['Salesforce opportunity, 400 fields + hidden stale record', 'https://acme.lightning.force.com/lightning/r/Opportunity/006A/view', lightningRecord(400)],
];
console.log(`\nPage reading in wasm, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
console.log('| page | snapshot KB | read p50 ms | read p99 ms | what it found |');
console.log('|---|---:|---:|---:|---|');
for (const [name, url, html] of cases) {
  const r = handoff.readPage(url, html, []);
  const t = time(() => handoff.readPage(url, html, []), 50);
  const found = [r.context.company, r.context.vertical, r.context.stage, r.context.contact?.email].filter(Boolean).join(', ');
  console.log(`| ${name} | ${(html.length / 1024).toFixed(0)} | ${t.p50.toFixed(2)} | ${t.p99.toFixed(2)} | ${found} |`);
}
