// A prospect who writes in another language than the library's: the built extension, on a
// Gmail thread whose latest message is in Polish, suggests the English library's answers to
// each thing the mail asks for, and each reason names it in the library's words; one who asks
// in German to be left alone gets nothing suggested, and the panel says why.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES, coreStatus, launch, panel, screenshotPath, useSites } from './harness.mjs';

const sites = useSites();

const POLISH =
  '<div dir="ltr">Dzień dobry Sam,<br><br>dziękujemy za wtorkową prezentację. Zanim skierujemy projekt do podpisania umowy, ' +
  'nasz dział bezpieczeństwa potrzebuje wypełnionego kwestionariusza bezpieczeństwa oraz informacji o szyfrowaniu danych. ' +
  'Prosimy też o cennik dla 40 użytkowników.<br><br>Pozdrawiam serdecznie,<br><br>';

/** The Gmail thread fixture with its latest message replaced, served at its URL in a new tab. */
async function openThreadWithLatest(browser, latest) {
  const url = JSON.parse(readFileSync(join(FIXTURES, 'gmail/inline-reply.expected.json'), 'utf8')).url;
  const original = readFileSync(join(FIXTURES, 'gmail/inline-reply.html'), 'utf8');
  const from = original.indexOf('<div dir="ltr">Hi Sam,');
  const to = original.indexOf('<div class="gmail_signature"', from);
  assert.ok(from > 0 && to > from, 'the fixture still has its latest message before the signature');
  const html = original.slice(0, from) + latest + original.slice(to);
  assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
  await browser.context.route(url.split('#')[0], (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

test('Gmail thread in Polish: the security questionnaire, encryption and pricing it asks for, from the English library', async () => {
  const browser = await launch(sites);
  try {
    const page = await openThreadWithLatest(browser, POLISH);
    const cards = panel(page).locator('li.card');
    await cards.first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    assert.match(await panel(page).locator('.ctx').textContent(), /^Acme County · Government/);
    const shown = await cards.evaluateAll((els) => els.map((e) => ({ id: e.dataset.id, reasons: [...e.querySelectorAll('.reasons li')].map((li) => li.textContent) })));
    const asked = (re) => shown.find((c) => c.reasons.some((r) => re.test(r)));
    const questionnaire = asked(/^asks about .*questionnaire/i);
    assert.equal(questionnaire?.id, 'gov-security-review-reply', JSON.stringify(shown));
    assert.equal(shown[0].id, 'gov-security-review-reply', 'the questionnaire, asked first, leads');
    assert.ok(asked(/^asks about .*encryption/i), `szyfrowaniu (a case of szyfrowanie) is encryption: ${JSON.stringify(shown)}`);
    assert.ok(asked(/^asks about .*pricing/i), `cennik is pricing: ${JSON.stringify(shown)}`);
    await page.screenshot({ path: screenshotPath('gmail-polish') });
  } finally {
    await browser.close();
  }
});

const OPT_OUT =
  '<div dir="ltr">Hallo Herr Rivera,<br><br>bitte nehmen Sie mich aus Ihrem Verteiler. Wir haben kein Interesse mehr.<br><br>Mit freundlichen Grüßen,<br><br>';

test('Gmail thread whose prospect asks (in German) not to be contacted: nothing suggested, the panel says why, a search still answers', async () => {
  const browser = await launch(sites);
  try {
    const page = await openThreadWithLatest(browser, OPT_OUT);
    const empty = panel(page).locator('li.empty');
    await empty.waitFor({ timeout: 15_000 });
    assert.equal(await panel(page).locator('li.card').count(), 0, 'no card for a prospect who opted out');
    assert.match(await empty.textContent(), /asked not to be contacted/);
    await page.screenshot({ path: screenshotPath('gmail-opted-out') });
    await panel(page).locator('input.search').fill('fedramp');
    await panel(page).locator('li.card').first().waitFor({ timeout: 10_000 });
    assert.equal(await panel(page).locator('li.empty').count(), 0);
  } finally {
    await browser.close();
  }
});
