// Trunk post_build hook (after stage-split.mjs, before service-worker.mjs): puts the bare page,
// as the built app draws it for a first visit, into index.html, so a first visit shows the
// typical estimate as soon as the HTML is in (with its inline stylesheet), before the wasm, and
// a reader without JavaScript (or a search engine) sees the page too.
//
// The copy is taken from the real app in headless Chromium (so it can never differ from what the
// app draws), made `inert` (nothing in it can be used, or reaches assistive technology, until the
// app replaces it; the parts the app builds after it works stand in a few tasks more, inert in
// the app's slots: see index.html), and trimmed to what a first screen shows: each select keeps
// only its chosen option, and the parts below the fold on any screen (`.below`: the advice,
// comparisons and chart, a chunk of their own fetched as the app starts; the offers, sources and
// colophon) come with the app, which adds them below what is on screen. index.html's inline
// script hides the copy when the page opens with settings (a link, the last visit), in an embed
// or with `?model=`, whose figures it would not show.
//
// PAYBAND_PRERENDER=0 skips it: the page then shows "Loading the calculator…" until the app runs.
// Run by hand on any built directory: TRUNK_STAGING_DIR=dist node scripts/prerender.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../tests/support/server.mjs';
import { launch } from '../tests/support/browser.mjs';
import { LIVE } from '../tests/support/fixtures.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
if (process.env.PAYBAND_PRERENDER === '0') process.exit(0);

const BOOT = /<p id="boot"[^>]*>[^<]*<\/p>/;
// The ids the copy keeps: those style/main.css styles by, and the figures' and two sliders', by
// which the benchmark and the tests find what the copy shows. The rest (groups, hints, buttons,
// the fields' own) only a working page reads: 0.3 KB gzip of the first load.
const KEPT_IDS = ['breakdown', 'track-closed', 'exp', 'loc', 'low', 'median', 'high', 'base', 'bonus', 'equity', 'total'];
const indexPath = join(staging, 'index.html');
const index = await readFile(indexPath, 'utf8');
if (index.includes('id="prerendered"')) throw new Error('index.html already holds a prerendered page');
if (!BOOT.test(index)) throw new Error('index.html has no <p id="boot"> to put the page before');

const { server, url } = await serve(staging);
let browser;
try {
  browser = await launch();
} catch (error) {
  server.close();
  console.error(
    `prerender: cannot start Chromium (${error.message.split('\n')[0]}).\n` +
      'Run scripts/setup --browser, set CHROMIUM_PATH, or build with PAYBAND_PRERENDER=0.',
  );
  process.exit(1);
}
let html;
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector(LIVE, { timeout: 60_000 });
  // Let the first effects settle (the announcer, the slot states).
  await page.waitForTimeout(300);
  if (errors.length) throw new Error(`the page failed while prerendering: ${errors.join('; ')}`);
  html = await page.evaluate((KEPT_IDS) => {
    const live = document.querySelector('body > .app');
    const copy = live.cloneNode(true);
    // What the app set as properties becomes attributes, so the copy shows the same state.
    const liveFields = live.querySelectorAll('input, select, textarea');
    copy.querySelectorAll('input, select, textarea').forEach((field, i) => {
      const from = liveFields[i];
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.toggleAttribute('checked', from.checked);
      } else if (field.tagName === 'SELECT') {
        for (const option of [...field.options]) {
          if (option.value === from.value) option.setAttribute('selected', '');
          else option.remove();
        }
      } else if (field.id === 'share-link') {
        field.removeAttribute('value'); // holds this build server's address
      } else if (field.tagName === 'INPUT') {
        field.setAttribute('value', from.value);
      }
    });
    for (const below of copy.querySelectorAll('.embed-panel, .below, #offers, .sources, .colophon')) below.remove();
    // What only a working page reads: labels' targets, field names and most ids (KEPT_IDS), what
    // assistive technology is told, the figures' data for tests and embedders, buttons' types.
    // The copy is inert (hidden from assistive technology too), so these would be 0.7 KB gzip of
    // the first load for nothing. #median keeps its data-value: it marks the estimate as shown,
    // for the benchmark and the tests.
    for (const element of copy.querySelectorAll('*')) {
      for (const { name } of [...element.attributes]) {
        const unused =
          /^(name|for|scope|data-factor|aria-.*)$/.test(name) ||
          (name === 'id' && !KEPT_IDS.includes(element.id)) ||
          (name === 'type' && (element.type === 'button' || element.type === 'text')) ||
          (name === 'data-value' && element.id !== 'median') ||
          (name === 'value' && (element.type === 'checkbox' || element.type === 'radio'));
        if (unused) element.removeAttribute(name);
      }
    }
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const comment of comments) comment.remove();
    return copy.outerHTML;
  }, KEPT_IDS);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
if (html.includes(url.replace(/\/$/, ''))) throw new Error('the prerendered page holds the build server address');
const prerendered = `<div id="prerendered" inert>${html}</div>`;
await writeFile(indexPath, index.replace(BOOT, (boot) => prerendered + boot));
console.error(`prerender: ${(prerendered.length / 1024).toFixed(1)} KB of HTML put into index.html`);
