// Embeds that fit a blog post: compact by default, the author's choice of controls, results and
// theme, "All options" for the rest, and the Embed dialog that builds the snippet with a preview.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIVE, expected, start, openPage } from '../support/fixtures.mjs';
import { payband } from '../support/page.mjs';
import { serve } from '../support/server.mjs';

let env;
const blogs = [];
before(async () => {
  env = await start();
});
after(async () => {
  for (const blog of blogs) blog.server.close();
  await env?.stop();
});

/** A blog post on another origin with one placeholder carrying `attributes`, in a 640 px column. */
async function blogWith(attributes) {
  const dir = await mkdtemp(join(tmpdir(), 'payband-embed-'));
  await writeFile(
    join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A post</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font-family:sans-serif;background:#fff;color:#111">
  <article style="max-width:640px;margin:auto;padding:0 8px">
    <h1>What backend developers earn</h1>
    <div id="calc" data-payband data-scenario="exp=5&amp;loc=aus" ${attributes}></div>
  </article>
  <script src="${env.url}embed.js" async></script>
</body></html>`,
  );
  const blog = await serve(dir);
  blogs.push(blog);
  return blog.url;
}

/**
 * Opens a blog post with the placeholder's `attributes` at `width` px (and `colorScheme`), and
 * waits until the embed has sized its frame: the frame, the embed's page object, the frame's
 * console warnings and a reader of the frame's settled height.
 */
async function openEmbed(attributes, { width = 390, colorScheme = 'light' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(await blogWith(attributes));
  const frame = page.locator('#calc iframe');
  await frame.waitFor();
  const embed = payband(await (await frame.elementHandle()).contentFrame());
  // The estimate may be behind "All options", so attached rather than visible.
  await embed.page.waitForSelector(LIVE, { state: 'attached' });
  const height = async () => {
    // Settled: the same height twice, a frame apart, after the results below have arrived.
    let last = -1;
    for (;;) {
      const now = (await frame.boundingBox()).height;
      if (now === last) return now;
      last = now;
      await page.waitForTimeout(250);
    }
  };
  return { context, page, frame, embed, warnings, height };
}

/** The ids of the controls shown at once in the embed's form, in order. */
function controlsShown(embed) {
  return embed.page.$$eval('form.controls:not(#more-options *) :is(input[type=range], select, fieldset[id])', (all) =>
    all.filter((el) => el.checkVisibility()).map((el) => el.id),
  );
}

for (const [width, limit] of [[390, 900], [1280, 600]]) {
  test(`the default embed is compact: at most ${limit} px tall at ${width} px`, async () => {
    const { context, embed, height } = await openEmbed('', { width });
    await embed.waitForBelow().catch(() => {});
    const tall = await height();
    assert.ok(tall <= limit, `${tall} px`);
    assert.deepEqual(await controlsShown(embed), ['exp', 'loc', 'lang']);
    assert.ok(await embed.headline.isVisible());
    assert.ok(await embed.payMix.isVisible());
    assert.ok(await embed.page.locator('.embed-link a').isVisible(), 'a link back to the full calculator');
    assert.ok(await embed.moreOptions.isHidden());
    assert.deepEqual(await embed.figuresShown(), expected('exp=5&loc=aus'));
    await context.close();
  });

  test(`"All options" opens the rest and the frame grows, by keyboard too, at ${width} px`, async () => {
    const { context, embed, height } = await openEmbed('', { width });
    const closed = await height();
    assert.equal(await embed.allOptions.getAttribute('aria-expanded'), 'false');
    assert.equal(await embed.allOptions.getAttribute('aria-controls'), 'more-options');
    await embed.allOptions.focus();
    await embed.press('Enter');
    assert.equal(await embed.allOptions.getAttribute('aria-expanded'), 'true');
    assert.ok(await embed.moreOptions.isVisible());
    await embed.page.waitForSelector('#more-options #breakdown');
    await embed.page.waitForSelector('#more-options .chart-svg');
    for (const id of ['pos', 'skills', 'certs', 'ind', 'co', 'cur']) assert.ok(await embed.page.locator(`#more-options #${id}`).count(), id);
    const open = await height();
    assert.ok(open > closed + 300, `the frame grew: ${closed} → ${open} px`);
    // A control behind "All options" works like the others.
    await embed.addSkill('k8s');
    await embed.waitForFigures({ total: expected('exp=5&loc=aus&skills=k8s').total });
    await context.close();
  });
}

test('data-controls picks the controls, in order; unknown names are ignored with a warning', async () => {
  const chosen = await openEmbed('data-controls="co, skills,exp"', { width: 1280 });
  assert.deepEqual(await controlsShown(chosen.embed), ['co', 'skills', 'exp']);
  assert.equal(await chosen.embed.page.locator('#more-options #loc').count(), 1, 'the rest behind All options');
  await chosen.context.close();
  const bad = await openEmbed('data-controls="zz,<b>x</b>"', { width: 390 });
  assert.deepEqual(await controlsShown(bad.embed), ['exp', 'loc', 'lang'], 'the default');
  assert.ok(bad.warnings.some((w) => /controls ignores zz/.test(w)), bad.warnings.join('\n'));
  assert.equal(await bad.embed.page.locator('b').count(), 0, 'nothing of it became markup');
  await bad.context.close();
  const all = await openEmbed('data-controls="all"', { width: 1280 });
  const every = await controlsShown(all.embed);
  for (const id of ['exp', 'pos', 'loc', 'remote', 'lang', 'skills', 'certs', 'ind', 'co', 'cur']) assert.ok(every.includes(id), `${id} in ${every}`);
  assert.equal(await all.embed.allOptions.count(), 0, 'all: the full layout, no disclosure');
  await all.context.close();
});

test('data-show picks the results; an unknown one is ignored with a warning', async () => {
  const chosen = await openEmbed('data-show="breakdown,chart"', { width: 1280 });
  await chosen.embed.page.waitForSelector('.results .chart-svg:not(#more-options *)');
  assert.equal(await chosen.embed.page.locator('.results #breakdown:not(#more-options *)').count(), 1);
  assert.equal(await chosen.embed.page.locator('#more-options #low').count(), 1, 'the range behind All options');
  await chosen.context.close();
  const bad = await openEmbed('data-show="everything"', { width: 390 });
  assert.ok(await bad.embed.headline.isVisible());
  assert.equal(await bad.embed.page.locator('#more-options #breakdown').count(), 1);
  assert.ok(bad.warnings.some((w) => /show ignores everything/.test(w)), bad.warnings.join('\n'));
  await bad.context.close();
});

/** The embed's page background colour, as rgb. */
const background = (embed) => embed.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(246, 247, 246)';
const DARK = 'rgb(17, 21, 25)';

test('data-theme sets the embed light or dark whatever the reader\'s system; auto follows it', async () => {
  const light = await openEmbed('data-theme="light"', { colorScheme: 'dark' });
  assert.equal(await background(light.embed), LIGHT);
  await light.context.close();
  const dark = await openEmbed('data-theme="dark"', { colorScheme: 'light' });
  assert.equal(await background(dark.embed), DARK);
  await dark.context.close();
  const auto = await openEmbed('', { colorScheme: 'dark' });
  assert.equal(await background(auto.embed), DARK);
  await auto.context.close();
  const bad = await openEmbed('data-theme="purple"', { colorScheme: 'dark' });
  assert.equal(await background(bad.embed), DARK, 'an unknown theme is auto');
  assert.ok(bad.warnings.some((w) => /theme is light, dark or auto/.test(w)), bad.warnings.join('\n'));
  await bad.context.close();
});

test('a plain iframe of ?embed=1 with its own keys works the same without the loader', async () => {
  const app = await openPage(env, '?embed=1&exp=5&controls=exp,loc&show=range', { viewport: { width: 390, height: 800 } });
  assert.deepEqual(await controlsShown(app), ['exp', 'loc']);
  assert.ok(await app.headline.isVisible());
  assert.equal(await app.page.locator('#more-options .pay-mix').count(), 1);
  assert.deepEqual(await app.figuresShown(), expected('exp=5'));
  await app.close();
});

for (const width of [390, 1280]) {
  test(`the Embed dialog's snippet reproduces its preview at ${width} px`, async () => {
    const app = await openPage(env, '?exp=7&loc=sea', { viewport: { width, height: 900 } });
    await app.openEmbedDialog();
    await app.embedChoice('control-skills').check();
    await app.embedChoice('control-lang').uncheck();
    await app.embedChoice('show-chart').check();
    await app.embedChoice('theme-dark').check();
    const snippet = await app.embedSnippet.inputValue();
    assert.match(snippet, /data-controls="exp,loc,skills" data-show="range,total,chart" data-theme="dark"/);
    // What the loader would make of the snippet is the preview's address.
    const holder = await app.page.evaluate((html) => {
      const box = document.createElement('div');
      box.innerHTML = html.split('\n')[0];
      return { ...box.firstElementChild.dataset };
    }, snippet);
    const params = new URLSearchParams(holder.scenario.replaceAll('&amp;', '&'));
    for (const key of ['controls', 'show', 'theme']) params.set(key, holder[key]);
    params.set('embed', '1');
    const loaderSrc = new URL(`?${params}`, holder.src);
    // The same page with the same keys and values, in the same order (escaping may differ).
    const same = (src) => {
      const url = new URL(src);
      return url.origin + url.pathname === loaderSrc.origin + loaderSrc.pathname &&
        JSON.stringify([...url.searchParams]) === JSON.stringify([...loaderSrc.searchParams]);
    };
    await app.page.waitForFunction(
      ([want, wantPath]) => {
        const url = new URL(document.querySelector('#embed-preview').src);
        return url.origin + url.pathname === wantPath && JSON.stringify([...url.searchParams]) === want;
      },
      [JSON.stringify([...loaderSrc.searchParams]), loaderSrc.origin + loaderSrc.pathname],
    );
    assert.ok(same(await app.embedPreview.getAttribute('src')));
    const preview = payband(await (await app.embedPreview.elementHandle()).contentFrame());
    await preview.waitForEstimate();
    assert.deepEqual(await controlsShown(preview), ['exp', 'loc', 'skills']);
    assert.deepEqual(await preview.figuresShown(), expected('exp=7&loc=sea'));
    assert.equal(await background(preview), DARK);
    // Copy copies it.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.copySnippet();
    assert.equal(await app.clipboard(), snippet);
    await app.close();
  });
}
