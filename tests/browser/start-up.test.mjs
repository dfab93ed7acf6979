// Before and as the app starts: index.html's masthead and loading notice until the app works, the
// app shown once the top of its form and its headline are built, the rest of its first screen
// built below them, and a clear message when it cannot start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { expected, recordErrors, start, openPage } from '../support/fixtures.mjs';
import { SELECTORS, payband } from '../support/page.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

/**
 * A page at `path` whose wasm is still on its way (never answered): what index.html alone shows.
 * With `fail`, the files matching it cannot be downloaded instead, or with `broken`, they arrive
 * as something else. A page object, closed with its context.
 */
async function withoutApp(path = '', setUp = async () => {}, fail = null, broken = false) {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  await setUp(context);
  const page = await context.newPage();
  if (broken) await page.route(fail, (route) => route.fulfill({ contentType: 'application/wasm', body: 'not wasm' }));
  else if (fail) await page.route(fail, (route) => route.abort());
  else await page.route(/\.wasm$/, () => {});
  await page.goto(env.url + path, { waitUntil: 'domcontentloaded' });
  return payband(page, { context });
}

/** Whether the first element of `part` (a locator) is visible. */
const visible = (part) => part.first().isVisible();

for (const [what, path, setUp] of [
  ['a first visit', ''],
  ['a link', '?exp=6&loc=sf'],
  ['an embed', '?embed=1'],
  ['another model', '?model=models/acme.json'],
  ['the last visit', '', (context) => context.addInitScript(() => localStorage.setItem('payband:scenario', 'exp=9'))],
]) {
  test(`until the app works, ${what} shows the loading notice, and no figure`, async () => {
    const app = await withoutApp(path, setUp);
    assert.ok(await visible(app.loadingNotice));
    assert.equal(await app.loadingNotice.textContent(), 'Loading the calculator…');
    if (path !== '?embed=1') assert.ok(await visible(app.masthead)); // an embed's is for screen readers
    assert.equal(await visible(app.liveApp), false);
    assert.equal(await visible(app.amount('median')), false);
    await app.close();
  });
}

test('a first visit on a slow phone paints the masthead and the loading notice in one frame', async () => {
  // At Lighthouse's 4x CPU the parser may stop part way through index.html to let the browser
  // draw: index.html's `expect` holds the first frame until the loading notice is parsed.
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage(), { context });
  await app.noteFirstFrame(['heading', 'loadingNotice', 'liveApp']);
  await app.slowDown(4);
  await app.page.route(/\.wasm$/, () => {}); // what index.html alone draws
  await app.page.goto(env.url, { waitUntil: 'commit' });
  assert.deepEqual(await app.inFirstFrame(), ['heading', 'loadingNotice']);
  await app.close();
});

// The parts the app shows itself with, those built in the steps after (below them), and those
// below the first screen.
const WORKING = ['experience', 'location', 'headline'];
const REST_OF_FIRST_SCREEN = ['formRest', 'copyLink', 'payMix', 'breakdown', 'summaryBar', 'announcement'];
const BELOW_IT = ['pinOffer', 'showSources'];

for (const [opening, path] of [['a first visit', ''], ['a link', '?exp=6&loc=sf']]) {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 768, height: 1024 }, { width: 390, height: 844 }]) {
    test(`${opening} works once the top of the form and the headline are built; the rest follows, moving nothing in view (${viewport.width} px)`, async () => {
      const context = await env.browser.newContext({ serviceWorkers: 'block', viewport });
      const page = await context.newPage();
      const app = payband(page, { context, errors: recordErrors(page) });
      await app.noteWhenShown([...WORKING, ...REST_OF_FIRST_SCREEN, ...BELOW_IT]);
      await app.slowDown(4); // as on a phone, so the steps are far enough apart to see
      await app.visit(env.url + path);
      const shown = await app.whenShown();
      assert.deepEqual(shown.built, WORKING, 'built when the app shows itself');
      assert.equal(shown.busy, 'true', 'busy while the rest of its first screen is built');
      assert.equal(await app.loadingNotice.count(), 0, 'the loading notice is gone');
      for (const part of [...REST_OF_FIRST_SCREEN, ...BELOW_IT]) await app.page.locator(SELECTORS[part]).first().waitFor({ state: 'attached' });
      assert.equal(await app.liveApp.getAttribute('aria-busy'), null, 'no longer busy once its first screen is whole');
      // What was in view when the app showed itself is where it was.
      const inView = WORKING.filter((part) => shown.boxes[part] && Number(shown.boxes[part].split(' ')[1]) < viewport.height);
      assert.ok(inView.includes('experience'), 'the form’s top is in view');
      const now = await app.boxesOf(inView);
      assert.deepEqual(now, Object.fromEntries(inView.map((part) => [part, shown.boxes[part]])));
      const query = path.slice(1);
      assert.equal(Number(await app.amount('total').getAttribute('data-value')), expected(query).total);
      assert.deepEqual(app.errors, []);
      await app.close();
    });
  }
}

test('without JavaScript, the page says what it needs, and not that it is loading', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const app = payband(await context.newPage());
  await app.page.goto(env.url);
  assert.ok(await visible(app.masthead));
  assert.ok(await app.noscriptMessage.isVisible());
  assert.match(await app.noscriptMessage.textContent(), /needs JavaScript and WebAssembly/);
  assert.equal(await visible(app.loadingNotice), false);
  await app.close();
});

const NOT_DOWNLOADED = 'a file it needs did not download';
for (const [what, fail, broken, why] of [
  ['its wasm cannot be downloaded', /_bg\.wasm$/, false, NOT_DOWNLOADED],
  ['its JavaScript cannot be downloaded', /\/payband-[0-9a-f]+\.js$/, false, NOT_DOWNLOADED],
  ['its wasm is broken', /_bg\.wasm$/, true, 'its code failed (WebAssembly.'],
]) {
  for (const [opening, path] of [['the bare page', ''], ['a link', '?exp=6&loc=sf']]) {
    test(`when ${what}, ${opening} says the app could not start, at the top`, async () => {
      const app = await withoutApp(path, undefined, fail, broken);
      const message = app.startFailure;
      await message.waitFor();
      const text = await message.textContent();
      assert.ok(text.startsWith(`payband could not start in this browser: ${why}`), text);
      assert.ok(text.endsWith('. Reload the page to try again.'), text);
      assert.ok(await message.isVisible());
      const top = await message.evaluate((boot) => boot.getBoundingClientRect().top);
      assert.ok(top < 100, `the message is at the top of the page (${top} px)`);
      await app.close();
    });
  }
}

test('in a browser without WebAssembly, the page says so', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => delete globalThis.WebAssembly);
  const app = payband(await context.newPage());
  await app.page.goto(env.url);
  await app.startFailure.waitFor();
  assert.equal(
    await app.startFailure.textContent(),
    'payband could not start in this browser: this browser does not run WebAssembly. Reload the page to try again.',
  );
  await app.close();
});

test('a first visit ends with the app alone: no loading notice, the typical estimate', async () => {
  const app = await openPage(env);
  assert.equal(await app.loadingNotice.count(), 0);
  assert.equal(await app.liveApp.count(), 1);
  assert.equal(Number(await app.amount('median').getAttribute('data-value')), expected('').median);
  assert.equal(await app.modelNote.count(), 0, 'no model file on its way');
  assert.deepEqual(app.errors, []);
  await app.close();
});
