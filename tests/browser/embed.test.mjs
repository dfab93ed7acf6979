// Embedding: a blog on another origin includes the loader; the iframe sizes itself, reports its
// estimates, and stays fully usable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expected, start, recordErrors } from '../support/fixtures.mjs';
import { SELECTORS, payband } from '../support/page.mjs';
import { serve } from '../support/server.mjs';

const CUSTOM = (() => {
  const json = JSON.parse(readFileSync(new URL('../../data/model.json', import.meta.url), 'utf8'));
  json.name = 'Acme survey 2026';
  json.bands[1].low.value = 100000;
  json.bands[1].high.value = 130000;
  return JSON.stringify(json);
})();

let env;
let blog;
before(async () => {
  env = await start({ '/models/acme.json': CUSTOM });
  const dir = await mkdtemp(join(tmpdir(), 'payband-blog-'));
  await writeFile(
    join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:sans-serif">
  <article style="max-width:760px;margin:auto">
    <h1>What backend developers earn</h1>
    <p>At five years in Austin the median is <strong id="quoted" data-payband-figure="median" data-payband-for="calc">…</strong>.</p>
    <div id="calc" data-payband data-scenario="exp=5&amp;loc=aus"></div>
    <p id="after">The end.</p>
    <div id="own" data-payband data-scenario="exp=5" data-model="models/acme.json"></div>
  </article>
  <script>
    window.estimates = [];
    document.addEventListener('payband:estimate', (e) => e.target.id === 'calc' && window.estimates.push(e.detail));
    // A message from anywhere else must be ignored by the loader.
    setTimeout(() => window.postMessage({ type: 'payband:height', height: 5 }, '*'), 50);
  </script>
  <script src="${env.url}embed.js" async></script>
</body></html>`,
  );
  blog = await serve(dir);
});
after(async () => {
  blog?.server.close();
  await env?.stop();
});

test('the blog embed sizes itself, reports estimates and works', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(blog.url);
  assert.notEqual(new URL(blog.url).port, new URL(env.url).port, 'the blog is another origin');

  const frameElement = page.locator('#calc iframe');
  await frameElement.waitFor();
  const frame = await (await frameElement.elementHandle()).contentFrame();
  const embed = payband(frame);
  await embed.waitForEstimate();
  assert.equal(new URL(frame.url()).searchParams.get('embed'), '1');
  assert.deepEqual(await embed.figuresShown(), expected('exp=5&loc=aus'));
  // No page chrome on screen inside the embed (its heading stays, for screen readers, in a
  // 1 px clip), and a link back to the full calculator.
  const masthead = await embed.masthead.boundingBox();
  assert.ok(masthead.width <= 1 && masthead.height <= 1, `no masthead on screen: ${JSON.stringify(masthead)}`);
  assert.equal(await embed.heading.count(), 1);
  assert.equal(await embed.sources.count(), 0);
  const back = await embed.embedBackLink.getAttribute('href');
  assert.ok(back.endsWith('?exp=5&loc=aus') && !back.includes('embed'), back);

  // The iframe takes its content's height: no inner scrollbar, no fixed guess.
  const fits = async () => {
    const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
    const outer = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
    return { inner, outer };
  };
  await page.waitForFunction(
    async () => {
      const el = document.querySelector('#calc iframe');
      return el.getBoundingClientRect().height > 1000;
    },
  );
  let size = await fits();
  assert.ok(Math.abs(size.inner - size.outer) <= 2, `fits: ${JSON.stringify(size)}`);

  // The article quotes the live median.
  await page.waitForFunction(() => document.getElementById('quoted').textContent.startsWith('$'));
  const median = expected('exp=5&loc=aus').median;
  assert.equal(await page.locator('#quoted').textContent(), `$${median.toLocaleString('en-US')}`);

  // Sliders work inside the frame, and the parent hears each new estimate.
  await embed.experience.focus();
  await embed.press('ArrowRight', 2);
  assert.deepEqual(await embed.figuresShown(), expected('exp=6&loc=aus'));
  await page.waitForFunction(() => window.estimates.some((e) => e.level === 'senior'));
  const last = await page.evaluate(() => window.estimates.at(-1));
  const want = expected('exp=6&loc=aus');
  assert.deepEqual(last, { level: 'senior', low: want.low, median: want.median, high: want.high, base: want.base, bonus: want.bonus, equity: want.equity, total: want.total });

  // A layout change (a narrower window) resizes the frame again.
  const before = (await fits()).outer;
  await page.setViewportSize({ width: 400, height: 900 });
  await page.waitForFunction((old) => document.querySelector('#calc iframe').getBoundingClientRect().height !== old, before);
  await page.waitForTimeout(300);
  size = await fits();
  assert.ok(size.outer > before, `taller when narrow: ${before} → ${size.outer}`);
  assert.ok(Math.abs(size.inner - size.outer) <= 2, `fits again: ${JSON.stringify(size)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a narrow embed the estimate sits just above the controls, still inside the results', async () => {
  // A reader of a blog post on a phone drags "Years" and sees the range move on the same screen.
  const context = await env.browser.newContext({ viewport: { width: 360, height: 700 } });
  const app = payband(await context.newPage());
  await app.visit(`${env.url}?embed=1&exp=5`);
  const [headline, years, language, payMix] = await Promise.all([app.headline, app.experience, app.language, app.payMix].map((part) => part.boundingBox()));
  assert.ok(headline.y + headline.height <= years.y, `the estimate above the years: ${headline.y + headline.height} ≤ ${years.y}`);
  assert.ok(language.y + language.height <= 700, `the compact embed's three controls on the first screen: ${language.y + language.height}`);
  assert.ok(years.y < payMix.y, `the other results after the controls: ${years.y} < ${payMix.y}`);

  // Moved on screen only: the estimate stays in the results region for assistive technology.
  const cdp = await context.newCDPSession(app.page);
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: SELECTORS.amount('median') });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.getAXNodeAndAncestors', { backendNodeId: node.backendNodeId });
  const region = nodes.find((n) => n.role?.value === 'region');
  assert.equal(region?.name?.value, 'Your salary estimate');

  await app.experience.focus();
  await app.press('ArrowRight');
  assert.deepEqual(await app.figuresShown(), expected('exp=5.5'));
  await app.close();
});

test('an embed can use the author\'s own model file', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.goto(blog.url);
  const frameElement = page.locator('#own iframe');
  await frameElement.waitFor();
  const src = new URL(await frameElement.getAttribute('src'));
  assert.equal(src.searchParams.get('model'), 'models/acme.json');
  const embed = payband(await (await frameElement.elementHandle()).contentFrame());
  // Mid level from the author's file: 100,000 to 130,000 at the national baseline.
  await embed.waitForFigures({ low: 100000 });
  assert.equal(await embed.amount('high').getAttribute('data-value'), '130000');
  await context.close();
});

test('dismissing an embed\'s notice leaves the focus where Tab reaches the controls it shows', async () => {
  // The experience slider is behind "All options" here: the focus cannot go to it.
  const context = await env.browser.newContext();
  const app = payband(await context.newPage(), { context });
  await app.visit(`${env.url}?embed=1&controls=loc&loc=mars`);
  await app.dismissNotice();
  assert.equal(await app.focusedId(), 'situation');
  await app.press('Tab');
  assert.equal(await app.focusedId(), 'loc');
  await app.close();
});

test('the full page offers a ready-to-paste embed snippet for the current scenario', async () => {
  const context = await env.browser.newContext();
  const app = payband(await context.newPage());
  await app.visit(`${env.url}?exp=5&loc=aus`);
  await app.openEmbedDialog();
  assert.equal(await app.embedButton.getAttribute('aria-expanded'), 'true');
  // The panel comes next in the tab order, right after its button.
  await app.embedButton.focus();
  await app.press('Tab');
  assert.ok(await app.hasFocusWithin('embedPanel'), `Tab went to #${await app.focusedId()}`);
  const snippet = await app.embedSnippet.inputValue();
  assert.equal(
    snippet,
    `<div data-payband data-src="${env.url}" data-scenario="exp=5&amp;loc=aus"></div>\n<script src="${env.url}embed.js" async></script>`,
  );
  // With an author's model, the snippet and the link keep it.
  await app.page.goto(`${env.url}?model=models/acme.json&exp=5`);
  await app.waitForModelName({ is: 'Acme survey 2026' });
  await app.openEmbedDialog();
  assert.match(await app.embedSnippet.inputValue(), /data-scenario="exp=5" data-model="models\/acme\.json"/);
  assert.equal(await app.linkField.inputValue(), `${env.url}?model=models%2Facme.json&exp=5`);
  await app.close();
});

test('payband works hosted under a sub-path, embed included', async () => {
  const root = await mkdtemp(join(tmpdir(), 'payband-host-'));
  const { cp } = await import('node:fs/promises');
  const { DIST } = await import('../support/fixtures.mjs');
  await cp(DIST, join(root, 'tools', 'payband'), { recursive: true });
  const host = await serve(root);
  const context = await env.browser.newContext();
  const app = payband(await context.newPage());
  const failed = [];
  app.page.on('requestfailed', (request) => failed.push(request.url()));
  app.page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
  await app.visit(`${host.url}tools/payband/?exp=5&loc=aus`);
  assert.deepEqual(await app.figuresShown(), expected('exp=5&loc=aus'));
  await app.openEmbedDialog();
  assert.match(await app.embedSnippet.inputValue(), /src="http:\/\/127\.0\.0\.1:\d+\/tools\/payband\/embed\.js"/);
  assert.deepEqual(failed, []);
  await app.close();
  host.server.close();
});
