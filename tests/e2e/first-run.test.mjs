// First run in plain words: the popup says what Handoff does on the tab and opens the panel
// there; the options page validates the server address, explains a server that is down,
// refuses an admin's token, and connects with an invitation link (one use) from the real server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreStatus, extensionPage, freePort, launch, panel, tabIdOf, useSites, withServer } from './harness.mjs';

const OPPORTUNITY = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ1AAA/view';
const sites = useSites(['acme.lightning.force.com', 'salesforce/opportunity-dynamic-forms.html']);

test('the popup says what Handoff reads on this tab, names the shortcut, and its button opens the panel', async () => {
  const browser = await launch(sites);
  try {
    assert.equal((await coreStatus(browser.worker)).wasm, 'ready');
    const page = await browser.context.newPage();
    await page.goto(OPPORTUNITY);
    await page.locator('textarea:visible').first().click();
    await panel(page).locator('li.card').first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    const tabId = await tabIdOf(browser.worker, page);

    const popup = await extensionPage(browser, `popup/popup.html?tab=${tabId}`);
    const here = popup.locator('#here');
    await popup.waitForFunction(() => document.getElementById('here').textContent !== '…');
    assert.match(await here.textContent(), /^Reading this Salesforce opportunity: Government · Proposal, [1-5] suggestions?\.$/);
    assert.equal(await popup.locator('#how').textContent(), 'On the page, press Alt+Shift+H to open Handoff, or:');

    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await popup.click('#open');
    await popup.locator('#opened', { hasText: 'Opened on the page.' }).waitFor();
    const search = panel(page).locator('input.search');
    await search.waitFor({ state: 'visible' });
    assert.equal(await search.evaluate((el) => el.getRootNode().activeElement === el), true, 'the panel opened with its search focused');

    // A tab Handoff does not work on: said so, and no button that would do nothing.
    const other = await browser.context.newPage();
    await other.goto('about:blank');
    const elsewhere = await extensionPage(browser, `popup/popup.html?tab=${await tabIdOf(browser.worker, other)}`);
    await elsewhere.waitForFunction(() => document.getElementById('here').textContent !== '…');
    assert.equal(await elsewhere.locator('#here').textContent(), 'Handoff works on Gmail, Outlook, Salesforce, HubSpot, Dynamics 365 and Pipedrive; this page is not one of them.');
    assert.equal(await elsewhere.locator('#open').isVisible(), false);
  } finally {
    await browser.close();
  }
});

async function saveWith(options, fields) {
  if (!(await options.locator('#by-hand').evaluate((d) => d.open))) await options.locator('#by-hand summary').click();
  for (const [name, value] of Object.entries(fields)) await options.fill(`#${name}`, value);
  await options.click('button[type=submit]');
  const saved = options.locator('#saved');
  await options.waitForFunction(() => !['', 'Checking the token…'].includes(document.getElementById('saved').textContent));
  return saved.textContent();
}

/** The options page, once its script has loaded the settings (its buttons are enabled then). */
async function openOptions(browser) {
  const options = await extensionPage(browser, 'options/options.html');
  await options.locator('button[type=submit]:enabled').waitFor();
  return options;
}

const stored = (browser) => browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings || {});

test('options: plain words for a bad address and a server that is down; an admin token is refused, a rep token accepted', () => withServer(sites, async ({ server, browser }) => {
  const options = await openOptions(browser);
  assert.match(await options.locator('main > p').first().textContent(), /invitation link/, 'says where the address and token come from');

  assert.equal(await saveWith(options, { endpoint: 'handoff.example.com', token: server.rep }), 'Not saved: Type the whole address, starting with https:// — for example https://handoff.example.com');
  assert.equal(await options.locator('#endpoint').evaluate((el) => el.getAttribute('aria-invalid') === 'true' && document.activeElement === el), true, 'the address field is marked and focused');
  assert.equal(await saveWith(options, { endpoint: 'http://handoff.example.com' }), 'Not saved: Use an https:// address (plain http:// only for a server on this computer).');
  const down = `http://127.0.0.1:${await freePort()}`;
  await options.fill('#endpoint', down);
  await options.click('#test');
  await options.waitForFunction(() => !['', 'Testing…'].includes(document.getElementById('tested').textContent));
  assert.equal(await options.locator('#tested').textContent(), `Not connected: Can't reach ${down} — is the server running, and is the address right?`);
  assert.equal((await stored(browser)).endpoint, undefined, 'nothing was saved so far');

  assert.equal(await saveWith(options, { endpoint: server.url, token: server.admin }), 'Not saved: This is an admin token (Marketing admin). Handoff in a rep\'s browser needs the rep\'s own token: use your invitation link.');
  assert.equal((await stored(browser)).token, undefined, 'the admin token was not stored');
  assert.equal(await saveWith(options, { endpoint: `${server.url}/`, token: server.rep }), 'Saved.');
  assert.deepEqual([(await stored(browser)).endpoint, (await stored(browser)).token], [server.url, server.rep]);
  await options.locator('#connection', { hasText: 'Connected' }).waitFor();
  assert.equal(await options.locator('#connection').textContent(), `Connected to ${server.url} as Demo rep (Demo).`);
}));

test('options: an invitation link from the server connects the rep with their own token, once', () => withServer(sites, async ({ server, browser }) => {
  // The admin makes the link on the dashboard.
  const dashboard = await browser.context.newPage();
  await dashboard.goto(`${server.url}/login`);
  await dashboard.fill('input[name=token]', server.admin);
  await dashboard.click('button[type=submit]');
  await dashboard.goto(`${server.url}/dashboard/people`);
  await dashboard.fill('#invite input[name=name]', 'Ana Ruiz');
  await dashboard.fill('#invite input[name=team]', 'west');
  await dashboard.click('#invite button');
  const link = await dashboard.locator('#invitation').textContent();
  assert.ok(link.startsWith(`${server.url}/enroll#code=hoe_`), link);
  // The rep opens it: the server's page says what to do with it.
  await dashboard.goto(link);
  assert.match(await dashboard.locator('main').textContent(), /Paste this page's address into Invitation link/);
  assert.equal(await dashboard.locator('#link').textContent(), link);

  const options = await openOptions(browser);
  const connected = options.locator('#connected');
  await options.click('#connect');
  assert.equal(await connected.textContent(), 'Paste the invitation link from your admin first.');
  await options.fill('#invitation', link);
  await options.click('#connect');
  await options.waitForFunction(() => !['', 'Connecting…', 'Paste the invitation link from your admin first.'].includes(document.getElementById('connected').textContent));
  assert.equal(await connected.textContent(), 'Done: you are connected as Ana Ruiz (Demo).');
  const s = await stored(browser);
  assert.equal(s.endpoint, server.url);
  assert.ok(s.token.startsWith('hof_') && s.token !== server.rep, 'a token of the rep\'s own');
  const me = await (await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${s.token}` } })).json();
  assert.deepEqual([me.name, me.role, me.team], ['Ana Ruiz', 'rep', 'west']);
  await options.locator('#connection', { hasText: 'Connected' }).waitFor();

  await options.fill('#invitation', link);
  await options.click('#connect');
  await options.waitForFunction(() => document.getElementById('connected').textContent.startsWith('The invitation'));
  assert.equal(await connected.textContent(), 'The invitation was refused: this invitation was already used: ask your admin for a new one.');
  assert.equal((await stored(browser)).token, s.token, 'the working token is kept');
}));
