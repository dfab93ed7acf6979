// The parts most visitors never open come as separate wasm chunks, fetched the first time they
// are needed: not on the first load, at once on request, and with a clear message and a retry
// when they cannot be fetched. The results below the first screen (advice, comparisons, chart)
// are a chunk too, fetched as soon as the app runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DIST, expected, start, openPage } from '../support/fixtures.mjs';
import { payband } from '../support/page.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

/**
 * The chunk files the page fetched so far, by part name, leaving out the results below the first
 * screen, which every page fetches once the app runs: the parts fetched on demand.
 */
function chunksFetched(page, { below = false } = {}) {
  const fetched = [];
  page.on('request', (request) => {
    const match = /\/split_([a-z_]+)-[0-9a-f]+\.wasm$/.exec(new URL(request.url()).pathname);
    if (match && (below || match[1] !== 'below')) fetched.push(match[1]);
  });
  return fetched;
}

test('the build has a chunk for the sources panel, the offer table, the exchange rate, the model reader, the link reader, the embed dialog and the results below the first screen', () => {
  const chunks = readdirSync(DIST).filter((name) => /^split_[a-z_]+-[0-9a-f]{8}\.wasm$/.test(name));
  const parts = chunks.flatMap((name) => name.split('-')[0].replace(/^split_/, '').split('_'));
  assert.deepEqual([...new Set(parts)].sort(), ['below', 'embedder', 'links', 'offers', 'rate', 'reader', 'sources']);
});

test('chunks are fetched when their part is first needed, not before', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage());
  const errors = [];
  app.page.on('pageerror', (error) => errors.push(error.message));
  const fetched = chunksFetched(app.page);
  const everything = chunksFetched(app.page, { below: true });
  // A first visit to the bare page: nothing to read, no chunk but the results below the first
  // screen, once the app runs.
  await app.visit(env.url);
  await app.page.waitForLoadState('networkidle');
  assert.deepEqual(everything, ['below'], 'the first load fetches only the part below the first screen');
  await app.waitForBelow();
  assert.deepEqual(await app.figuresShown(), expected(''));
  // Settings in the address: the link reader comes first, then the page shows the link.
  await app.visit(`${env.url}?exp=6`);
  assert.deepEqual(fetched, ['links']);
  assert.deepEqual(await app.figuresShown(), expected('exp=6'));
  fetched.length = 0;

  // By keyboard: the button fetches the panel and the focus moves into it.
  await app.showSourcesButton.focus();
  await app.press('Enter');
  await app.waitForFiguresPanel();
  assert.deepEqual(fetched, ['sources']);
  assert.equal(await app.focusedId(), 'sources-panel');
  assert.ok(await app.showSourcesButton.isHidden());

  await app.pinOffer();
  assert.deepEqual(fetched, ['sources', 'offers']);
  // Pinning again, clearing and pinning: the chunk is fetched once.
  await app.clearOffers();
  await app.pinOffer();
  assert.deepEqual(fetched, ['sources', 'offers']);
  // Another currency brings its exchange rate, once.
  await app.chooseCurrency('eur');
  await app.waitForRate();
  await app.chooseCurrency('usd');
  assert.equal(await app.rate.count(), 0);
  await app.chooseCurrency('gbp');
  await app.waitForRate();
  assert.deepEqual(fetched, ['sources', 'offers', 'rate']);
  assert.deepEqual(await app.figuresShown(), expected('exp=6'));
  assert.deepEqual(errors, []);
  await app.close();
});

test('the last visit is read with the link reader too', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage());
  const fetched = chunksFetched(app.page);
  await app.visit(`${env.url}?exp=12&loc=sf`);
  await app.page.waitForFunction(() => localStorage.getItem('payband:scenario') !== null);
  await app.visit(env.url);
  assert.deepEqual(await app.figuresShown(), expected('exp=12&loc=sf'));
  assert.deepEqual(fetched, ['links', 'links']);
  await app.close();
});

test('a link whose reader cannot be fetched opens on typical settings, says so, and keeps the link', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage());
  await app.page.route(/\/split_links-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await app.visit(`${env.url}?exp=12&loc=sf`);
  assert.deepEqual(await app.figuresShown(), expected(''));
  assert.match(await app.linkNotice.textContent(), /could not be loaded.*offline.*typical settings/);
  // Neither the address nor the remembered scenario is overwritten by the fallback.
  await app.page.waitForTimeout(600);
  assert.match(app.page.url(), /\?exp=12&loc=sf$/);
  assert.equal(await app.page.evaluate(() => localStorage.getItem('payband:scenario')), null);
  // What the user changes next is theirs, and is written as usual.
  await app.setExperience(9);
  await app.waitForAddress({ is: '?exp=9' });
  await app.close();
});

test('a chunk that cannot be fetched gets a message, and trying again works', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage());
  await app.page.route(/\/split_sources-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await app.visit(`${env.url}?exp=6`);
  await app.showSourcesButton.click();
  const failed = app.sourcesFailure;
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not be loaded.*offline/);
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.ok(await app.showSourcesButton.isVisible(), 'the button stays, to try again');
  // The rest of the page keeps working.
  await app.setExperience(9);
  await app.waitForFigures({ median: expected('exp=9').median });

  await app.page.unroute(/\/split_sources-[0-9a-f]+\.wasm$/);
  await app.openFiguresPanel();
  assert.equal(await failed.count(), 0);
  await app.close();
});

test('changing a figure outside the panel brings the panel, with the change marked', async () => {
  const app = await openPage(env, '?exp=6&cur=eur');
  assert.ok(await app.showSourcesButton.isVisible());
  await app.setRate('0.9');
  await app.waitForFiguresPanel();
  assert.ok(await app.showSourcesButton.isHidden());
  assert.match(await app.changes.textContent(), /1 figure changed/);
  assert.match(await app.modelFigure('cur.eur', app.sourcesPanel).row.getAttribute('class'), /changed/);
  assert.deepEqual(app.errors, []);
  await app.close();
});
