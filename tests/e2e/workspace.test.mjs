// Marketing's workspace in Chromium, as a marketer: sign in, upload a 10,000-item CSV and fix
// the row it reports, edit an item, approve a rep's proposal, retire an item, invite a rep;
// the rep's extension, connected through the invitation, then shows the approved proposal and
// not the retired item; signing out refuses the old cookie. Screenshots of each page.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extensionPage, openGmail, panel, screenshotPath, syncNow, useSites, withServer } from './harness.mjs';

const sites = useSites(['mail.google.com', 'gmail/compose-popup.html']);

/** 10,000 approved items for small business (not what the Gmail fixture's government thread
 * asks for) and, on row 502, one without a title. */
function bigCsv() {
  const rows = ['id,title,kind,verticals,stages,tags,status,summary,url'];
  for (let n = 0; n < 10_000; n++) {
    const title = n === 500 ? '' : `Bulk item ${String(n).padStart(5, '0')}`;
    rows.push(`bulk-${n},${title},link,smb,discovery,bulk;upload,approved,"Generated item ${n}, for the upload test",https://example.com/bulk/${n}`);
  }
  return rows.join('\n') + '\n';
}

async function upload(page, file) {
  await page.setInputFiles('#upload input[type=file]', file);
  await page.click('#upload button[type=submit]');
  await page.locator('#upload-summary').waitFor({ timeout: 60_000 });
  return (await page.textContent('#upload-summary')).trim();
}

/** What the rep's panel shows on the Gmail thread, and for a typed search. */
async function repSees(browser, query) {
  const { page, cards } = await openGmail(browser, null);
  const ids = () => cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const suggested = await ids();
  await panel(page).locator('input.search').fill(query);
  await page.waitForTimeout(300);
  await panel(page).locator('li.card, li.empty').first().waitFor();
  const searched = await ids();
  await page.close();
  return { suggested, searched };
}

test('a marketer manages the library, a proposal and people in the browser; the rep\'s extension follows', () => withServer(sites, async ({ server, browser, dir }) => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${server.url}/login`);
  await page.fill('input[name=token]', server.admin);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/dashboard$/);

  // Upload: 9,999 good rows stored, the bad one reported with its line and field.
  await page.click('text=Library');
  await page.click('text=Upload a library export');
  const big = join(dir, 'library-export.csv');
  writeFileSync(big, bigCsv());
  const summary = await upload(page, big);
  assert.match(summary, /^9999 items stored \(library version \d+\), 1 problem\(s\)\.$/, summary);
  const problem = await page.locator('#problems tr.error td').allTextContents();
  assert.equal(problem[0], '502', `the CSV line of the bad row: ${problem}`);
  assert.equal(problem[2], 'title');
  assert.equal(await page.evaluate(() => document.getElementById('progress').value), 1, 'the progress bar reached the end');
  await page.screenshot({ path: screenshotPath('workspace-upload'), fullPage: true });
  // The marketer fixes that row and uploads it again.
  const fix = join(dir, 'fix.csv');
  writeFileSync(fix, 'id,title,kind,verticals,stages,status,url\nbulk-500,Bulk item 00500,link,smb,discovery,approved,https://example.com/bulk/500\n');
  assert.match(await upload(page, fix), /^1 items stored .*, 0 problem\(s\)\.$/);

  // The list: filters, and the fixed row found by search.
  await page.goto(`${server.url}/dashboard/library`);
  assert.match(await page.textContent('#library-count'), /^10048 of 10048 items · page 1 of 101$/);
  await page.fill('#library-filters input[name=q]', 'bulk item 00500');
  await page.click('#library-filters button[type=submit]');
  assert.match(await page.textContent('#library-count'), /^1 of 10048 items/);
  await page.selectOption('#library-filters select[name=vertical]', 'government');
  await page.fill('#library-filters input[name=q]', '');
  await page.click('#library-filters button[type=submit]');
  const govCount = Number((await page.textContent('#library-count')).split(' ')[0]);
  assert.ok(govCount > 0 && govCount < 48, `government items only: ${govCount}`);
  await page.screenshot({ path: screenshotPath('workspace-library'), fullPage: true });

  // Edit an item: a new version, and the history says what changed.
  await page.goto(`${server.url}/dashboard/library/item/gov-security-review-reply`);
  await page.fill('#edit input[name=summary]', 'Answer a public-sector security review: FedRAMP Moderate package and next steps.');
  await page.click('#edit button[type=submit]');
  await page.locator('[role=status]', { hasText: 'Saved as a new version.' }).waitFor();
  const latest = await page.locator('#history tr').nth(1).locator('td').last().textContent();
  assert.match(latest, /^summary: ….*package, questionnaire, next steps\. → ….*package and next steps\.$/, 'only the summary changed (the body kept its line breaks)');
  assert.match(await page.locator('#history tr').last().textContent(), /created/);
  await page.screenshot({ path: screenshotPath('workspace-item'), fullPage: true });

  // Invite a rep; the rep connects the extension with the link and syncs.
  await page.click('text=People');
  await page.fill('#invite input[name=name]', 'Ana Ruiz');
  await page.click('#invite button[type=submit]');
  const link = (await page.textContent('#invitation')).trim();
  const options = await extensionPage(browser, 'options/options.html');
  await options.locator('button[type=submit]:enabled').waitFor();
  await options.fill('#invitation', link);
  await options.click('#connect');
  await options.waitForFunction(() => document.getElementById('connected').textContent.startsWith('Done'));
  await browser.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, repName: 'Ana Ruiz' } });
  });
  // Ana proposes two snippets (as the extension's propose button sends them, with her own
  // token); the marketer approves one and declines the other with a note.
  const anaToken = await browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings.token);
  const proposed = (n, title) => ({ id: `prop-${n}`, at: new Date().toISOString(), action: 'proposed', proposal: { title, body: `Hi {{contact.first_name}}, ${title.toLowerCase()}.` } });
  const sent = await fetch(`${server.url}/v1/events`, { method: 'POST', headers: { authorization: `Bearer ${anaToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ batch: [proposed(1, 'Zanzibar county records retention reply'), proposed(2, 'Quokka pricing for 2026')] }) });
  assert.equal((await sent.json()).accepted, 2);
  await page.goto(`${server.url}/dashboard`);
  const row = page.locator('#proposals tr', { hasText: 'Zanzibar' });
  const proposalId = await row.getAttribute('data-id');
  assert.equal(await row.locator('td').nth(1).textContent(), 'Ana Ruiz', 'the proposer is named');
  await row.locator('button', { hasText: 'Approve' }).click();
  await page.waitForURL(/\/dashboard#proposals$/);
  assert.equal(await page.locator('#proposals tr', { hasText: 'Zanzibar' }).count(), 0, 'no longer waiting');
  const other = page.locator('#proposals tr', { hasText: 'Quokka' });
  await other.locator('input[name=note]').fill('Use the 2027 price sheet instead');
  await other.locator('button', { hasText: 'Decline' }).click();
  await page.waitForURL(/\/dashboard#proposals$/);
  // The rep's popup says what became of each.
  const popup = await extensionPage(browser, 'popup/popup.html');
  await popup.locator('#proposals li').nth(1).waitFor();
  assert.deepEqual(await popup.locator('#proposals li').allTextContents(), [
    'Quokka pricing for 2026 — declined: “Use the 2027 price sheet instead”',
    'Zanzibar county records retention reply — approved: in the team\'s library now',
  ]);
  await popup.screenshot({ path: screenshotPath('popup-proposals') });
  await popup.close();

  const first = await syncNow(browser);
  assert.equal(first.source, 'synced', JSON.stringify(first.sync));
  const before = await repSees(browser, 'Zanzibar retention');
  assert.ok(before.searched.includes(proposalId), `the approved proposal is found: ${before.searched}`);
  const retired = before.suggested[0];
  assert.ok(retired && !retired.startsWith('bulk-'), `the thread's first suggestion: ${before.suggested}`);

  // The marketer retires that item with the list's bulk action.
  await page.goto(`${server.url}/dashboard/library?q=${encodeURIComponent(retired)}`);
  await page.check(`#library tr[data-id="${retired}"] input[type=checkbox]`);
  await page.selectOption('#bulk select[name=action]', 'retire');
  await page.click('#bulk button[type=submit]');
  await page.waitForURL(/\/dashboard\/library$/);
  await page.goto(`${server.url}/dashboard/library?status=retired`);
  assert.ok((await page.locator('#library tr[data-id]').evaluateAll((els) => els.map((e) => e.dataset.id))).includes(retired));

  const next = await syncNow(browser);
  assert.notEqual(next.version, first.version, 'a new library version arrived');
  const after = await repSees(browser, 'Zanzibar retention');
  assert.ok(!after.suggested.includes(retired), `${retired} is no longer suggested: ${after.suggested}`);
  assert.ok(after.searched.includes(proposalId), 'the proposal still is');

  // The taxonomy: a vertical of the org's own, previewed on a sample CRM value, then saved; the
  // library's filters offer it.
  await page.click('header a:text("Taxonomy")');
  const blank = page.locator('#verticals tr', { has: page.locator('input[name=v_id][value=""]') }).first();
  await blank.locator('input[name=v_id]').fill('utilities');
  await blank.locator('input[name=v_label]').fill('Utilities');
  await blank.locator('input[name=v_syn]').fill('Power & Water, Public Utility District');
  await page.fill('textarea[name=samples]', 'Public utility district\nHigher Ed');
  await page.click('button[value=preview]');
  assert.deepEqual(await page.locator('#preview tr').nth(1).locator('td').allTextContents(), ['Public utility district', 'Utilities', 'not recognised']);
  assert.match(await page.textContent('[role=status]'), /Preview only/);
  await page.click('button[value=save]');
  assert.match(await page.textContent('[role=status]'), /^Saved as library version \d+/);
  await page.screenshot({ path: screenshotPath('workspace-taxonomy'), fullPage: true });
  await page.goto(`${server.url}/dashboard/library`);
  assert.ok((await page.locator('#library-filters select[name=vertical] option').allTextContents()).includes('Utilities'));

  // The people page lists Ana; then signing out ends the session for that cookie too.
  await page.goto(`${server.url}/dashboard/people`);
  assert.match(await page.locator('#people').textContent(), /Ana Ruiz/);
  // Ana's extension synced before the taxonomy was saved: one library version behind.
  const version = await browser.worker.evaluate(() => chrome.runtime.getManifest().version);
  assert.deepEqual((await page.locator('#clients tr', { hasText: 'Ana Ruiz' }).locator('td').allTextContents()).filter((_, i) => i !== 2), ['Ana Ruiz', `handoff-extension/${version}`, '1 version behind']);
  await page.screenshot({ path: screenshotPath('workspace-people'), fullPage: true });
  const cookie = (await browser.context.cookies(server.url)).find((c) => c.name === 'handoff_session');
  assert.ok(cookie, 'signed in with a session cookie');
  await page.click('header button[type=submit]');
  await page.waitForURL(/\/login$/);
  const old = await fetch(`${server.url}/dashboard/library`, { headers: { cookie: `handoff_session=${cookie.value}` }, redirect: 'manual' });
  assert.equal(old.status, 303, 'the old cookie no longer opens the dashboard');
  assert.equal(old.headers.get('location'), '/login');
}));
