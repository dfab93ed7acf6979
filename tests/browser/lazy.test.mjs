// The parts most visitors never open come as separate wasm chunks, fetched the first time they
// are needed: not on the first load, at once on request, and with a clear message and a retry
// when they cannot be fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DIST, expected, shown, start, openPage, LIVE } from '../support/fixtures.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

/** The chunk files the page fetched so far, by part name. */
function chunksFetched(page) {
  const fetched = [];
  page.on('request', (request) => {
    const match = /\/split_([a-z_]+)-[0-9a-f]+\.wasm$/.exec(new URL(request.url()).pathname);
    if (match) fetched.push(match[1]);
  });
  return fetched;
}

test('the build has a chunk for the sources panel, the offer table, the exchange rate, the model reader and the link reader', () => {
  const chunks = readdirSync(DIST).filter((name) => /^split_[a-z_]+-[0-9a-f]{16}\.wasm$/.test(name));
  const parts = chunks.flatMap((name) => name.split('-')[0].replace(/^split_/, '').split('_'));
  assert.deepEqual([...new Set(parts)].sort(), ['links', 'offers', 'rate', 'reader', 'sources']);
});

test('chunks are fetched when their part is first needed, not before', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const fetched = chunksFetched(page);
  // A first visit to the bare page: nothing to read, no chunk.
  await page.goto(env.url);
  await page.waitForSelector(LIVE);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(fetched, [], 'the first load fetches no chunk');
  assert.deepEqual(await shown(page), expected(''));
  // Settings in the address: the link reader comes first, then the page shows the link.
  await page.goto(`${env.url}?exp=6`);
  await page.waitForSelector(LIVE);
  assert.deepEqual(fetched, ['links']);
  assert.deepEqual(await shown(page), expected('exp=6'));
  fetched.length = 0;

  // By keyboard: the button fetches the panel and the focus moves into it.
  await page.focus('#show-sources');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sources-panel #changes');
  assert.deepEqual(fetched, ['sources']);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sources-panel');
  assert.ok(await page.locator('#show-sources').isHidden());

  await page.click('#pin-offer');
  await page.waitForSelector('#offer-table');
  assert.deepEqual(fetched, ['sources', 'offers']);
  // Pinning again, clearing and pinning: the chunk is fetched once.
  await page.click('#clear-offers');
  await page.click('#pin-offer');
  await page.waitForSelector('#offer-table');
  assert.deepEqual(fetched, ['sources', 'offers']);
  // Another currency brings its exchange rate, once.
  await page.selectOption('#cur', 'eur');
  await page.waitForSelector('#rate');
  await page.selectOption('#cur', 'usd');
  assert.equal(await page.locator('#rate').count(), 0);
  await page.selectOption('#cur', 'gbp');
  await page.waitForSelector('#rate');
  assert.deepEqual(fetched, ['sources', 'offers', 'rate']);
  assert.deepEqual(await shown(page), expected('exp=6'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the last visit is read with the link reader too', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = chunksFetched(page);
  await page.goto(`${env.url}?exp=12&loc=sf`);
  await page.waitForSelector(LIVE);
  await page.waitForFunction(() => localStorage.getItem('payband:scenario') !== null);
  await page.goto(env.url);
  await page.waitForSelector(LIVE);
  assert.deepEqual(await shown(page), expected('exp=12&loc=sf'));
  assert.deepEqual(fetched, ['links', 'links']);
  await context.close();
});

test('a link whose reader cannot be fetched opens on typical settings, says so, and keeps the link', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/\/split_links-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${env.url}?exp=12&loc=sf`);
  await page.waitForSelector(LIVE);
  assert.deepEqual(await shown(page), expected(''));
  assert.match(await page.locator('#link-notice').textContent(), /could not be loaded.*offline.*typical settings/);
  // Neither the address nor the remembered scenario is overwritten by the fallback.
  await page.waitForTimeout(600);
  assert.match(page.url(), /\?exp=12&loc=sf$/);
  assert.equal(await page.evaluate(() => localStorage.getItem('payband:scenario')), null);
  // What the user changes next is theirs, and is written as usual.
  await page.fill('#exp', '9');
  await page.waitForFunction(() => location.search === '?exp=9');
  await context.close();
});

test('a chunk that cannot be fetched gets a message, and trying again works', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/\/split_sources-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${env.url}?exp=6`);
  await page.waitForSelector(LIVE);
  await page.click('#show-sources');
  const failed = page.locator('#sources .slot-failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not be loaded.*offline/);
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.ok(await page.locator('#show-sources').isVisible(), 'the button stays, to try again');
  // The rest of the page keeps working.
  await page.fill('#exp', '9');
  await page.waitForFunction((v) => document.getElementById('median').dataset.value === String(v), expected('exp=9').median);

  await page.unroute(/\/split_sources-[0-9a-f]+\.wasm$/);
  await page.click('#show-sources');
  await page.waitForSelector('#sources-panel #changes');
  assert.equal(await failed.count(), 0);
  await context.close();
});

test('changing a figure outside the panel brings the panel, with the change marked', async () => {
  const { page, context, errors } = await openPage(env, '?exp=6&cur=eur');
  assert.ok(await page.locator('#show-sources').isVisible());
  await page.fill('#rate', '0.9');
  await page.waitForSelector('#sources-panel #changes');
  assert.ok(await page.locator('#show-sources').isHidden());
  assert.match(await page.locator('#changes').textContent(), /1 figure changed/);
  assert.match(await page.locator('#sources-panel [data-key="cur.eur"]').getAttribute('class'), /changed/);
  assert.deepEqual(errors, []);
  await context.close();
});
