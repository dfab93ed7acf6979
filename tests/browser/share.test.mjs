// Shareable links: the scenario lives in the query string, survives a fresh browser, and bad
// links degrade to a notice and defaults, never a broken page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { expected, shown, start, openPage, LIVE } from '../support/fixtures.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

const FULL = 'exp=5&loc=aus&remote=adjusted&lang=go&skills=docker,k8s&certs=ckad&ind=fintech&co=startup&pos=70';

test('a link restores every control and figure in a fresh browser context', async () => {
  const { page, context, errors } = await openPage(env, `?${FULL}`);
  assert.deepEqual(await shown(page), expected(FULL));
  assert.equal(await page.locator('#exp').inputValue(), '5');
  assert.equal(await page.locator('#loc').inputValue(), 'aus');
  assert.ok(await page.locator('#remote-adjusted').isChecked());
  assert.equal(await page.locator('#lang').inputValue(), 'go');
  assert.ok(await page.locator('#skills-docker').isChecked());
  assert.ok(await page.locator('#skills-k8s').isChecked());
  assert.ok(!(await page.locator('#skills-aiml').isChecked()));
  assert.ok(await page.locator('#certs-ckad').isChecked());
  assert.equal(await page.locator('#ind').inputValue(), 'fintech');
  assert.ok(await page.locator('#co-startup').isChecked());
  assert.equal(await page.locator('#pos').inputValue(), '70');
  assert.equal(await page.locator('#link-notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the address bar follows the controls, and a copied link reproduces the figures', async () => {
  const { page, context } = await openPage(env);
  await page.locator('#exp').fill('9');
  await page.selectOption('#loc', 'sea');
  await page.check('#skills-db');
  await page.waitForFunction(() => location.search.includes('skills=db'));
  const historyLength = await page.evaluate(() => history.length);
  assert.equal(new URL(page.url()).search, '?exp=9&loc=sea&skills=db', 'defaults are left out');
  // Dragging does not add history entries.
  for (const value of ['10', '11', '12']) await page.locator('#exp').fill(value);
  await page.waitForFunction(() => location.search.includes('exp=12'));
  assert.equal(await page.evaluate(() => history.length), historyLength);
  const figures = await shown(page);
  const link = await page.locator('#share-link').inputValue();
  assert.ok(link.endsWith('?exp=12&loc=sea&skills=db'), link);

  const fresh = await env.browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await other.waitForSelector(LIVE);
  assert.deepEqual(await shown(other), figures);
  await fresh.close();
  await context.close();
});

test('the copy button puts the link on the clipboard', async () => {
  const { page, context } = await openPage(env, '?exp=3&lang=rust');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#copy-link');
  assert.equal(await page.locator('.share-status').textContent(), 'Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${env.url}?exp=3&lang=rust`);
  await context.close();
});

test('the link field follows once input settles, and Copy link is current at once', async () => {
  const { page, context } = await openPage(env, '?exp=5');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A short drag, one step per task, with every value written into the field recorded.
  await page.evaluate(async () => {
    const field = document.getElementById('share-link');
    const { get, set } = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    window.linkValues = [];
    Object.defineProperty(field, 'value', {
      get() { return get.call(this); },
      set(value) { window.linkValues.push(value); set.call(this, value); },
    });
    const slider = document.getElementById('exp');
    for (const value of ['5.5', '6']) {
      slider.value = value;
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  await page.click('#copy-link');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.url}?exp=6`);
  await page.waitForFunction((want) => document.getElementById('share-link').value === want, `${env.url}?exp=6`);
  assert.deepEqual(await page.evaluate(() => window.linkValues), [`${env.url}?exp=6`], 'written once, not once per step');
  await context.close();
});

test('where the browser has no clipboard, the page says to copy by hand', async () => {
  const { page, context } = await openPage(env, '?exp=3');
  await page.evaluate(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.click('#copy-link');
  assert.equal(await page.locator('.share-status').textContent(), 'Copy the link below.');
  await page.click('#embed-button');
  await page.click('#embed-panel button');
  assert.equal(await page.locator('.share-status').textContent(), 'Copy the snippet below.');
  await context.close();
});

test('reset returns to the baseline and the last scenario is remembered for the next visit', async () => {
  const { page, context } = await openPage(env, '?exp=8&co=enterprise');
  await page.goto(env.url);
  await page.waitForSelector(LIVE);
  assert.deepEqual(await shown(page), expected('exp=8&co=enterprise'), 'remembered without a link');
  await page.click('#reset');
  assert.deepEqual(await shown(page), expected(''));
  await page.waitForFunction(() => location.search === '');
  await page.reload();
  await page.waitForSelector(LIVE);
  assert.deepEqual(await shown(page), expected(''), 'reset is remembered too');
  await context.close();
});

test('opening the bare page, and a drag back to where it began, write neither address nor storage', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__writes = [];
    const count = (target, name) => {
      const original = target[name];
      target[name] = function (...args) {
        window.__writes.push(name);
        return original.apply(this, args);
      };
    };
    count(History.prototype, 'replaceState');
    count(Storage.prototype, 'setItem');
    count(Storage.prototype, 'removeItem');
  });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector(LIVE);
  await page.waitForTimeout(600); // longer than the wait before a scenario is remembered
  assert.deepEqual(await page.evaluate(() => window.__writes), [], 'first visit');
  await page.locator('#exp').fill('9');
  await page.locator('#exp').fill('4');
  await page.waitForTimeout(600);
  assert.deepEqual(await page.evaluate(() => window.__writes), [], 'back where it began');
  await page.locator('#exp').fill('9');
  await page.waitForFunction(() => location.search === '?exp=9');
  assert.deepEqual(await page.evaluate(() => window.__writes), ['replaceState', 'setItem']);
  await context.close();
});

const BAD_LINKS = [
  ['exp=abc', ['exp'], ''],
  ['exp=999', ['exp'], 'exp=40'],
  ['loc=mars&exp=6', ['loc'], 'exp=6'],
  ['skills=go,,<script>alert(1)</script>,k8s', ['skills'], 'skills=k8s'],
  ['exp=7&exp=9&lang=rust', ['exp'], 'exp=7&lang=rust'],
  [`loc=${'x'.repeat(5000)}`, ['loc'], ''],
  ['exp=%E2%82%AC%FF&pos=-20', ['exp', 'pos'], 'pos=0'],
  ['co=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&ind=it', ['co'], 'ind=it'],
  ['exp=1e400&remote=', ['exp', 'remote'], ''],
];

for (const [query, keys, fallback] of BAD_LINKS) {
  test(`a bad link falls back with a notice: ${query.slice(0, 60)}`, async () => {
    const { page, context, errors } = await openPage(env, `?${query}`);
    assert.deepEqual(await shown(page), expected(fallback));
    const notice = page.locator('#link-notice');
    assert.equal(await notice.count(), 1);
    const items = await notice.locator('li code').allTextContents();
    assert.deepEqual([...new Set(items)].sort(), [...keys].sort());
    // Nothing from the URL became markup.
    assert.equal(await page.locator('#link-notice script, #link-notice img').count(), 0);
    assert.equal(await page.evaluate(() => [...document.scripts].some((s) => s.textContent.includes('alert(1)'))), false);
    assert.equal(await page.locator('img').count(), 0);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await page.locator('#link-notice').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
