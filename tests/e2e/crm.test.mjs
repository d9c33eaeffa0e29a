// CRM records at their real host names: the extension reads the visible Salesforce or HubSpot
// record (stage and industry through the taxonomy) and suggests content for that deal.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES, ROOT, coreStatus, extensionPage, launch, panel, screenshotPath, stopWorker, useSites } from './harness.mjs';

const sites = useSites();

/** Opens `fixture` at `url` with the extension, clicks the editor, waits for suggestions, runs `fn`. */
async function withPanel(url, fixture, editorSelector, fn) {
  sites.serve(new URL(url).hostname, fixture);
  const browser = await launch(sites);
  try {
    assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { repName: 'Sam Rivera' } }));
    const page = await browser.context.newPage();
    await page.goto(url);
    const editor = page.locator(`${editorSelector}:visible`).first();
    await editor.click();
    const cards = panel(page).locator('li.card');
    await cards.first().waitFor({ timeout: 15_000 });
    return await fn({ page, editor, cards });
  } finally {
    await browser.close();
  }
}

function suggestionsOn(url, fixture, editorSelector, shot) {
  return withPanel(url, fixture, editorSelector, async ({ page, cards }) => {
    await page.waitForTimeout(300);
    const result = {
    header: await panel(page).locator('.ctx').textContent(),
    ids: await cards.evaluateAll((els) => els.map((e) => e.dataset.id)),
    reasons: await cards.first().locator('.reasons li').allTextContents(),
    };
    await page.screenshot({ path: screenshotPath(shot) });
    return result;
  });
}

test('Salesforce opportunity (Lightning, LWC shadow roots): government proposal content', async () => {
  const r = await suggestionsOn('https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ1AAA/view', 'salesforce/opportunity-dynamic-forms.html', 'textarea', 'salesforce-opportunity');
  assert.equal(r.header, 'Acme County · Government · Proposal');
  assert.ok(r.reasons.includes('Government ✓') && r.reasons.includes('Proposal stage ✓'), r.reasons.join(' | '));
  assert.ok(r.ids.slice(0, 3).includes('gov-security-review-reply'), `the security review reply is near the top: ${r.ids.join(', ')}`);
  assert.ok(r.ids.every((id) => id.startsWith('gov-') || id.startsWith('all-')), r.ids.join(', '));
});

test('Salesforce in Italian, read by its labels alone: the Italian picklists map to government and negotiation', async () => {
  // "Fase: Negoziazione/Revisione", "Settore: Pubblica amministrazione", no data hooks.
  const r = await suggestionsOn('https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000VerAAA/view', 'salesforce/opportunity-italian.html', 'textarea', 'salesforce-italian');
  assert.equal(r.header, 'Comune di Verona · Government · Negotiation');
  assert.ok(r.reasons.includes('Government ✓'), r.reasons.join(' | '));
  assert.ok(r.ids.every((id) => id.startsWith('gov-') || id.startsWith('all-')), r.ids.join(', '));
});

test('Salesforce page holding a hidden stale record: only the visible record counts', async () => {
  const r = await suggestionsOn('https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ1AAA/view', 'salesforce/opportunity-hidden-stale.html', 'textarea', 'salesforce-hidden-stale');
  assert.equal(r.header, 'Acme County · Government · Proposal', 'not the hidden Old Harbor Bank record');
  assert.ok(!r.ids.some((id) => id.startsWith('fs-')), r.ids.join(', '));
});

test('Salesforce opportunity in an industry only the library names (Logistics): that vertical\'s content', async () => {
  // A library that tags its own vertical without a taxonomy; the record's Industry says it.
  const demo = JSON.parse(readFileSync(join(ROOT, 'demo/library.json'), 'utf8'));
  const own = { id: 'log-proposal-case', title: 'Case study: a regional freight carrier signed in six weeks', kind: 'case-study', summary: 'How a carrier with 400 trucks went from proposal to signature.', verticals: ['logistics'], stages: ['proposal'], status: 'approved', url: 'https://content.example/log-case' };
  const library = JSON.stringify({ ...demo, version: 'own-vertical', items: [...demo.items, own] });
  const url = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ1AAA/view';
  const html = readFileSync(join(FIXTURES, 'salesforce/opportunity-dynamic-forms.html'), 'utf8').replace('<lightning-formatted-text>Government</lightning-formatted-text>', '<lightning-formatted-text>Logistics</lightning-formatted-text>');
  assert.match(html, />Logistics</, 'the fixture still has its Industry field');
  const browser = await launch(sites);
  try {
    assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
    const ext = await extensionPage(browser, 'popup/popup.html');
    await ext.evaluate((json) => chrome.storage.local.set({ library: json }), library);
    await stopWorker(ext); // the next wake builds the stored library
    await browser.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('textarea:visible').first().click();
    const cards = panel(page).locator('li.card');
    await cards.first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    assert.equal(await panel(page).locator('.ctx').textContent(), 'Acme County · Logistics · Proposal');
    const shown = await cards.evaluateAll((els) => els.map((e) => ({ id: e.dataset.id, reasons: [...e.querySelectorAll('.reasons li')].map((li) => li.textContent) })));
    const own = shown.find((c) => c.id === 'log-proposal-case');
    assert.ok(own && own.reasons.includes('Logistics ✓'), JSON.stringify(shown));
    // The record's text asks about a security review that only other verticals' items answer:
    // those may show, and each says why.
    for (const c of shown.filter((c) => /^(gov|fs|hc|edu|np)-/.test(c.id))) assert.ok(c.reasons.some((r) => /^for [A-Z].*: nothing for Logistics/.test(r)), JSON.stringify(c));
    await page.screenshot({ path: screenshotPath('salesforce-own-vertical') });
  } finally {
    await browser.close();
  }
});

test('HubSpot deal: healthcare discovery content', async () => {
  const r = await suggestionsOn('https://app.hubspot.com/contacts/1234567/record/0-3/987654321', 'hubspot/deal-current.html', '[contenteditable=true]', 'hubspot-deal');
  assert.equal(r.header, 'St. Brigid Health System · Healthcare · Discovery');
  assert.ok(r.reasons.includes('Healthcare ✓'), r.reasons.join(' | '));
  assert.ok(r.ids.every((id) => id.startsWith('hc-') || id.startsWith('all-')), r.ids.join(', '));
});

test('Outlook on the web: reply suggestions, insert through the editor, and undo takes it back', async () => {
  await withPanel('https://outlook.office.com/mail/inbox/id/AAQkAGI2', 'outlook/compose.html', 'div[contenteditable=true][role=textbox]', async ({ page, editor, cards }) => {
    assert.match(await panel(page).locator('.ctx').textContent(), /Education/);
    const renewal = cards.filter({ has: page.locator('.title', { hasText: /renewal/i }) }).first();
    await renewal.locator('button.insert').click();
    // The page shows no company name: the panel asks for it rather than inserting "{{company}}".
    const gap = renewal.locator('form.gap');
    await gap.waitFor();
    assert.equal(await gap.locator('input').getAttribute('name'), 'company');
    await gap.locator('input').fill('Lakeshore College');
    await gap.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('div[contenteditable=true][role=textbox]').innerText.includes('Hi Ann'));
    assert.match(await editor.innerText(), /Lakeshore College/);
    await page.screenshot({ path: screenshotPath('outlook-inserted') });
    await editor.click();
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !document.querySelector('div[contenteditable=true][role=textbox]').innerText.includes('Hi Ann'), null, { timeout: 5_000 });
  });
});
