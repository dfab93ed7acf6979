// The bare page prerendered into index.html (scripts/prerender.mjs): a first visit sees the
// typical estimate before the wasm arrives, a reader without JavaScript sees it too, and a page
// opened with settings never shows it (its figures would be the wrong ones).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { expected, start, openPage } from '../support/fixtures.mjs';
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

/**
 * What the parts the prerendered copy keeps show: text, and each control's state. A survey of
 * the whole app (`root`), so its selectors are its own.
 */
function shownParts(root) {
  return root.evaluate((app) => ({
    text: [
      ...app.querySelectorAll('.headline, .pay-mix, .breakdown, .controls :is(h2, label, legend, output, .hint)'),
    ].map((part) => part.innerText),
    // In order: the copy keeps few ids (scripts/prerender.mjs).
    fields: [...app.querySelectorAll('.controls input, .controls select')].map((field) =>
      field.type === 'checkbox' || field.type === 'radio' ? `${field.type}:${field.checked}` : `${field.type}=${field.value}`,
    ),
  }));
}

test('a first visit shows the typical estimate before the app runs, exactly as the app draws it', async () => {
  const app = await withoutApp();
  assert.ok(await visible(app.prerendered));
  assert.ok(!(await visible(app.loadingNotice)), 'no loading notice beside it');
  // The copy keeps only the median's data (scripts/prerender.mjs); its other figures are checked
  // by their text, against the app's below.
  assert.equal(Number(await app.amount('median').getAttribute('data-value')), expected('').median);
  const shownFigures = await app.amountTexts();
  assert.ok(shownFigures.every((text) => /\$\d/.test(text)), shownFigures.join(', '));
  const prerendered = await shownParts(app.prerenderedApp);
  await app.close();

  const live = await openPage(env);
  assert.equal(await live.prerendered.count(), 0, 'replaced by the app');
  assert.equal(await live.amount('median').count(), 1);
  assert.equal(await live.loadingNotice.count(), 0);
  assert.deepEqual(await shownParts(live.liveApp), prerendered);
  assert.ok(prerendered.fields.length > 20, 'the controls are there');
  assert.deepEqual(live.errors, []);
  await live.close();
});

test('nothing moves when the app replaces the prerendered page, on a wide screen and a phone', async () => {
  const parts = [
    SELECTORS.heading,
    SELECTORS.experience,
    SELECTORS.location,
    SELECTORS.amount('median'),
    SELECTORS.amount('total'),
    SELECTORS.breakdown,
    SELECTORS.summaryBar,
  ];
  const boxes = (page) =>
    page.evaluate(
      (selectors) =>
        selectors.map((selector) => {
          const box = document.querySelector(selector).getBoundingClientRect();
          return `${selector} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
        }),
      parts,
    );
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const context = await env.browser.newContext({ serviceWorkers: 'block', viewport });
    const page = await context.newPage();
    await page.route(/\.wasm$/, () => {}); // still on its way: the prerendered page is shown
    await page.goto(env.url, { waitUntil: 'domcontentloaded' });
    const before = await boxes(page);
    await context.close();
    const live = await openPage(env, '', { viewport });
    assert.deepEqual(await boxes(live.page), before, `at ${viewport.width} px`);
    await live.close();
  }
});

test('a first visit on a slow phone paints the whole prerendered page at once, not the heading first', async () => {
  // At Lighthouse's 4x CPU the parser stops part way through index.html to let the browser draw;
  // every frame drawn before the copy is whole lays the page out again (index.html's `expect`).
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage(), { context });
  await app.noteFirstFrame(['heading', 'prerendered', 'loadingNotice']);
  await app.slowDown(4);
  await app.page.route(/\.wasm$/, () => {}); // what index.html alone draws
  await app.page.goto(env.url, { waitUntil: 'commit' });
  assert.deepEqual(await app.inFirstFrame(), ['heading', 'prerendered', 'loadingNotice']);
  await app.close();
});

test('the page works once the top of its form and its headline are built; until the rest of the first screen is, the copy’s drawing of it stands in', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage(), { context });
  const working = ['experience', 'location', 'headline'];
  // The form's lower groups (what you know, who you work for, amounts) are built a step later.
  const restOfFirstScreen = ['formRest', 'copyLink', 'payMix', 'breakdown', 'summaryBar', 'announcement'];
  const belowIt = ['pinOffer', 'showSources'];
  await app.noteWhenCopyReplaced([...working, ...restOfFirstScreen, ...belowIt]);
  await app.slowDown(4); // as on a phone, so the steps are far enough apart to see
  await app.visit(env.url);
  const { built, standingIn } = await app.whenCopyReplaced();
  assert.deepEqual(built, working, 'built when the copy goes');
  // What the copy draws of them (the copy keeps no ids of buttons or of the announcer).
  assert.deepEqual(standingIn, ['formRest', 'payMix', 'breakdown', 'summaryBar'], 'standing in when the copy goes');
  await app.waitForFirstScreen();
  for (const part of [...restOfFirstScreen, ...belowIt]) await app.page.locator(SELECTORS[part]).first().waitFor({ state: 'attached' });
  // Where the copy's parts stood in, the app's are: nothing moved when they were built.
  const { boxes } = await app.whenCopyReplaced();
  const standing = Object.fromEntries(standingIn.map((part) => [part, boxes[part]]));
  assert.deepEqual(await app.boxesOf(standingIn), standing);
  assert.equal(Number(await app.amount('total').getAttribute('data-value')), expected('').total);
  await app.close();
});

test('the prerendered page cannot be used: nothing in it takes focus', async () => {
  const app = await withoutApp();
  assert.equal(await app.prerendered.getAttribute('inert'), '');
  await app.press('Tab', 2);
  assert.equal(await app.hasFocusWithin('prerendered'), false);
  await app.close();
});

test('without JavaScript, the page shows the typical estimate and says what it needs', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const app = payband(await context.newPage());
  await app.page.goto(env.url);
  assert.ok(await visible(app.amount('median')));
  assert.equal(Number(await app.amount('median').getAttribute('data-value')), expected('').median);
  assert.ok(await app.noscriptMessage.isVisible());
  assert.match(await app.noscriptMessage.textContent(), /needs JavaScript and WebAssembly/);
  assert.ok(!(await visible(app.loadingNotice)));
  await app.close();
});

for (const [what, path, setUp] of [
  ['a link', '?exp=6&loc=sf'],
  ['an embed', '?embed=1'],
  ['another model', '?model=models/acme.json'],
  ['the last visit', '', (context) => context.addInitScript(() => localStorage.setItem('payband:scenario', 'exp=9'))],
]) {
  test(`opening with ${what}, the prerendered page is never shown: the loading notice is`, async () => {
    const app = await withoutApp(path, setUp);
    assert.ok(!(await visible(app.prerendered)));
    assert.ok(await visible(app.loadingNotice));
    await app.close();
  });
}

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
      // The bare page keeps the typical figures it had prerendered (as without JavaScript).
      assert.equal(await visible(app.prerendered), path === '');
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

test('opening with a link, the app shows the link’s figures where the prerendered page was', async () => {
  const app = await openPage(env, '?exp=6&loc=sf');
  assert.equal(await app.prerendered.count(), 0);
  assert.equal(Number(await app.amount('median').getAttribute('data-value')), expected('exp=6&loc=sf').median);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('opening with a link, the app shows itself with its whole first screen: the hidden copy lends it nothing', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage(), { context });
  const firstScreen = ['experience', 'industry', 'headline', 'copyLink', 'payMix', 'breakdown', 'summaryBar', 'announcement'];
  await app.noteWhenCopyReplaced(firstScreen);
  await app.slowDown(4);
  await app.visit(`${env.url}?exp=6&loc=sf`);
  assert.deepEqual(await app.whenCopyReplaced().then(({ built, standingIn }) => ({ built, standingIn })), { built: firstScreen, standingIn: [] });
  assert.equal(Number(await app.amount('total').getAttribute('data-value')), expected('exp=6&loc=sf').total);
  await app.close();
});
