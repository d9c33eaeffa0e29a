// The rep's experience in Gmail: keyboard flow, typo-tolerant search, variables that need
// asking, ratings, dismissals, proposals to marketing, the pre-send check, hostile content
// and accessibility. Every action is checked by the event it leaves in the outbox.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, extensionWithLibrary, launch, openGmail, outboxEvents, panel, screenshotPath, useSites, waitForEvent } from './harness.mjs';

const sites = useSites(['mail.google.com', 'gmail/compose-popup.html']);


test('keyboard only: shortcut, typo search, arrows, Enter inserts, Esc returns to the compose', async () => {
  const browser = await launch(sites);
  try {
    const { page, body } = await openGmail(browser);
    await page.keyboard.press('Alt+Shift+H');
    const search = panel(page).locator('input.search');
    await assert.doesNotReject(search.waitFor());
    assert.equal(await search.evaluate((el) => el.getRootNode().activeElement === el), true, 'the shortcut focuses search');
    await page.keyboard.type('docuflw batle');
    const first = panel(page).locator('li.card').first();
    await page.waitForFunction(() => {
      const t = document.querySelector('#handoff-panel-host').shadowRoot.querySelector('li.card .title');
      return t && /DocuFlow/.test(t.textContent);
    });
    await page.waitForTimeout(400); // the last keystroke's ranking has landed
    assert.match(await first.locator('.reasons').textContent(), /≈ DocuFlow/);
    const focused = () => first.evaluate((el) => el.getRootNode().activeElement.className);
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'card', 'ArrowDown moves focus to the first card');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), 'search', 'ArrowUp from the first card returns to search');
    await page.keyboard.press('ArrowDown');
    assert.equal(await first.evaluate((el) => el.getRootNode().activeElement === el), true);
    assert.equal(await first.getAttribute('data-selected'), '');
    await page.screenshot({ path: screenshotPath('search-typo') });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('div[g_editable=true] a[href*="battlecard-docuflow"]'));
    const link = body.locator('a');
    assert.equal(await link.textContent(), 'Battlecard: Northwind vs DocuFlow', 'a link is inserted as a titled link');
    await waitForEvent(browser.worker, (e) => e.action === 'inserted' && e.item_id === 'all-docuflow-battlecard');
    await waitForEvent(browser.worker, (e) => e.action === 'searched');
    await page.keyboard.press('Alt+Shift+H');
    await page.keyboard.press('Escape');
    // The panel is docked beside the page (it was open before the shortcut): Esc hands the
    // keyboard back to the compose and leaves the panel where it was.
    assert.equal(await panel(page).isVisible(), true, 'the docked panel stays');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('g_editable')), 'true', 'focus is back in the compose');
  } finally {
    await browser.close();
  }
});

test('a snippet with a variable the page does not give asks first, and never inserts a raw {{variable}}', async () => {
  const browser = await launch(sites);
  try {
    const { page, body, cards } = await openGmail(browser, {}); // no rep name configured
    const card = cards.filter({ has: page.locator('.title', { hasText: 'Reply: security review' }) });
    await card.locator('button.insert').click();
    const gap = card.locator('form.gap');
    await gap.waitFor();
    assert.equal(await gap.locator('input').getAttribute('name'), 'rep.name');
    assert.equal((await body.innerText()).trim(), '', 'nothing inserted before the rep answers');
    await page.screenshot({ path: screenshotPath('missing-variable') });
    await gap.locator('button[type=submit]').click();
    assert.match(await panel(page).locator('.status').textContent(), /Fill in/);
    await gap.locator('input').fill('Sam');
    await gap.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('div[g_editable=true]').innerText.includes('Sam'));
    const text = await body.innerText();
    assert.ok(text.startsWith('Hi Dana,') && !text.includes('{{'), text);
  } finally {
    await browser.close();
  }
});

test('rating, a rating reason and a dismissal each leave the right event', async () => {
  const browser = await launch(sites);
  try {
    const { page, cards } = await openGmail(browser);
    const ids = await cards.evaluateAll((els) => els.map((e) => e.dataset.id));
    await waitForEvent(browser.worker, (e) => e.action === 'shown' && e.item_id === ids[0]);
    await cards.nth(0).locator('button.up').click();
    const up = await waitForEvent(browser.worker, (e) => e.action === 'rated' && e.item_id === ids[0]);
    assert.equal(up.rating, 1);
    assert.equal(up.vertical, 'government');
    await cards.nth(1).locator('button.down').click();
    await cards.nth(1).locator('button.reason-outdated').click();
    const down = await waitForEvent(browser.worker, (e) => e.action === 'rated' && e.item_id === ids[1]);
    assert.deepEqual([down.rating, down.reason], [-1, 'outdated']);
    await page.screenshot({ path: screenshotPath('rated') });
    await cards.nth(2).locator('button.dismiss').click();
    await waitForEvent(browser.worker, (e) => e.action === 'dismissed' && e.item_id === ids[2]);
    assert.ok(!(await cards.evaluateAll((els) => els.map((e) => e.dataset.id))).includes(ids[2]), 'the dismissed card is gone');
    for (const e of await outboxEvents(browser.worker)) {
      assert.equal(e.prospect, undefined, 'default privacy: nothing about the prospect');
      assert.ok(!JSON.stringify(e).includes('Dana'), 'no page text in events');
    }
  } finally {
    await browser.close();
  }
});

test('a search with no result is reported with its text; propose-to-marketing sends the selection as a draft', async () => {
  const browser = await launch(sites);
  try {
    const { page, body } = await openGmail(browser);
    await panel(page).locator('input.search').fill('wombat grooming checklist');
    // Nothing matches the search: the panel says so, and shows what fits the page under it.
    await panel(page).locator('p.status', { hasText: 'Nothing approved matches “wombat grooming checklist”' }).waitFor();
    await panel(page).locator('li.card:first-child .for-page', { hasText: 'No match for your search · for this page' }).waitFor();
    await page.screenshot({ path: screenshotPath('search-no-match') });
    const miss = await waitForEvent(browser.worker, (e) => e.action === 'search_no_result');
    assert.equal(miss.query, 'wombat grooming checklist');
    // One match: it leads, and the page's best follow it, marked.
    await panel(page).locator('input.search').fill('docuflow');
    await panel(page).locator('li.card:nth-child(2) .for-page', { hasText: 'Also for this page' }).waitFor();
    assert.equal(await panel(page).locator('li.card:first-child').getAttribute('data-id'), 'all-docuflow-battlecard');
    assert.equal(await panel(page).locator('p.status').textContent(), '');
    await panel(page).locator('input.search').fill('');

    await body.click();
    const mine = 'Our county customers usually start with the clerk records workflow, then expand to permits.';
    await page.keyboard.type(mine);
    await page.evaluate(() => {
      const ed = document.querySelector('div[g_editable=true]');
      const r = document.createRange();
      r.selectNodeContents(ed);
      const sel = document.getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
    });
    await panel(page).locator('button.propose').click();
    const form = panel(page).locator('form.proposal');
    await form.locator('input[name=title]').fill('County expansion path');
    await page.screenshot({ path: screenshotPath('propose') });
    await form.locator('button[type=submit]').click();
    const proposed = await waitForEvent(browser.worker, (e) => e.action === 'proposed');
    assert.deepEqual(proposed.proposal, { title: 'County expansion path', body: mine });
    assert.equal(proposed.vertical, 'government', 'with the context it was written for');
  } finally {
    await browser.close();
  }
});

test('before send: an inserted asset that expired since is flagged, and the rep can still send', async () => {
  const soon = new Date(Date.now() + 12_000).toISOString();
  const ext = extensionWithLibrary((lib) => {
    const item = lib.items.find((i) => i.id === 'gov-security-review-reply');
    item.expires = soon;
  });
  const browser = await launch(sites, { extensionDir: ext.dir });
  try {
    const { page, body, cards } = await openGmail(browser);
    await cards.filter({ has: page.locator('.title', { hasText: 'Reply: security review' }) }).locator('button.insert').click();
    await page.waitForFunction(() => document.querySelector('div[g_editable=true]').innerText.includes('Hi Dana'));
    await page.waitForTimeout(Math.max(0, Date.parse(soon) - Date.now() + 500));
    let sent = 0;
    await page.exposeFunction('handoffTestSent', () => sent++);
    await page.evaluate(() => document.querySelector('.T-I.aoO').addEventListener('click', () => window.handoffTestSent()));
    await page.locator('.T-I.aoO').click();
    const warning = panel(page).locator('.stale');
    await warning.waitFor();
    assert.match(await warning.textContent(), /Reply: security review and FedRAMP package/);
    assert.equal(sent, 0, 'the send was held');
    await page.screenshot({ path: screenshotPath('pre-send-warning') });
    await warning.locator('button.send-anyway').click();
    await page.waitForFunction(() => true);
    assert.equal(sent, 1, 'send anyway goes through');
    assert.ok((await body.innerText()).includes('Hi Dana'));
  } finally {
    await browser.close();
    ext.cleanup();
  }
});

test('a variable with any name is asked for and filled by the core: {{deal-size}} never reaches the customer raw', async () => {
  const ext = extensionWithLibrary((lib) => {
    lib.items.unshift({
      id: 'seats-quote', status: 'approved', kind: 'snippet', verticals: ['government'], stages: [], tags: ['security-review', 'fedramp', 'questionnaire'],
      title: 'Security review quote for FedRAMP seats', summary: 'A quote line.',
      body: 'Hi {{contact.first_name}}, the security review covers {{ deal-size }} seats.',
    });
  });
  const browser = await launch(sites, { extensionDir: ext.dir });
  try {
    const { page, body, cards } = await openGmail(browser);
    const card = cards.filter({ has: page.locator('.title', { hasText: 'Security review quote' }) });
    await card.locator('button.insert').click();
    const gap = card.locator('form.gap');
    await gap.waitFor();
    assert.equal(await gap.locator('input').getAttribute('name'), 'deal-size');
    await gap.locator('input').fill('400');
    await gap.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('div[g_editable=true]').innerText.includes('400 seats'));
    const text = await body.innerText();
    assert.ok(text.includes('Hi Dana, the security review covers 400 seats.') && !text.includes('{{'), text);
  } finally {
    await browser.close();
    ext.cleanup();
  }
});

test('hostile library content is shown and inserted as text: no markup, no script', async () => {
  const ext = extensionWithLibrary((lib) => {
    lib.items.unshift({
      id: 'hostile', status: 'approved', kind: 'snippet', verticals: ['government'], stages: [], tags: ['security-review', 'fedramp', 'questionnaire'],
      title: 'Security review <img src=x onerror="window.__handoffPwned=1"> FedRAMP',
      summary: '<b>bold</b><script>window.__handoffPwned=2</script>',
      body: 'Hi {{contact.first_name}}, <img src=x onerror="window.__handoffPwned=3"><script>window.__handoffPwned=4</script> security questionnaire',
    });
  });
  const browser = await launch(sites, { extensionDir: ext.dir });
  try {
    const { page, body, cards } = await openGmail(browser);
    const card = cards.filter({ has: page.locator('.title', { hasText: '<img' }) });
    await card.waitFor();
    assert.equal(await card.locator('img, script, b').count(), 0, 'no element made from library text');
    assert.match(await card.locator('.summary').textContent(), /<b>bold<\/b><script>/);
    await card.locator('button.insert').click();
    await page.waitForFunction(() => document.querySelector('div[g_editable=true]').innerText.includes('<script>'));
    assert.equal(await body.locator('img, script').count(), 0, 'inserted as text');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__handoffPwned), undefined, 'no script ran');
  } finally {
    await browser.close();
    ext.cleanup();
  }
});

test('the panel has no serious accessibility violations (axe-core)', async () => {
  const browser = await launch(sites);
  try {
    const { page } = await openGmail(browser);
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const result = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run({ include: [['#handoff-panel-host']] }, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
    });
    const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], JSON.stringify(result, null, 1));
  } finally {
    await browser.close();
  }
});
