// Shared set-up for the browser tests: the built app served on loopback, one Chromium, the
// model's own answers (from the native `estimate` example) and readers for the page's figures.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = process.env.PAYBAND_DIST ?? `${ROOT}dist`;
const ESTIMATE = `${ROOT}target/debug/examples/estimate`;

/**
 * The running page's estimate: index.html also holds a prerendered copy of the bare page (inert,
 * removed when the app mounts), which `#median` alone would find before the app runs. Matches
 * the benchmark's baseline page too, which has no copy.
 */
export const LIVE = '#median[data-value]:not(#prerendered *)';

/** The headline figures the page shows, by element id; each carries `data-value`. */
export const FIGURES = ['low', 'median', 'high', 'base', 'bonus', 'equity', 'total'];

/** Everything the model computes for a link's query (`exp=4&loc=sf&m.loc.sf=1.5`), from Rust. */
export function computed(query) {
  let output;
  try {
    output = execFileSync(ESTIMATE, [query], { encoding: 'utf8' });
  } catch (error) {
    // scripts/test builds it; a test file run on its own in a fresh tree finds none.
    if (error.code === 'ENOENT') throw new Error(`the model's answers come from ${ESTIMATE}: build it first (cargo build --example estimate)`);
    throw error;
  }
  return JSON.parse(output);
}

/** The headline figures the model computes for a link's query, as `shown` reads them. */
export function expected(query) {
  const result = computed(query);
  return Object.fromEntries([...FIGURES.map((id) => [id, result[id]]), ['level', result.level]]);
}

/** The figures on the page, as numbers (and the level id). */
export async function shown(page) {
  return page.evaluate((ids) => {
    const out = {};
    for (const id of ids) out[id] = Number(document.getElementById(id).dataset.value);
    out.level = document.getElementById('level').dataset.value;
    return out;
  }, FIGURES);
}

/** Starts the server (with any `extra` files, see `serve`) and browser once per test file. */
export async function start(extra = {}) {
  const { server, url } = await serve(DIST, 0, extra);
  const browser = await launch();
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * A fresh page that records console errors and uncaught exceptions, opened at `path` and
 * waited on until the first estimate is on screen.
 */
export async function openPage(env, path = '', options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(env.url + path);
  await page.waitForSelector(LIVE);
  return { page, context, errors };
}

/**
 * Shows every figure in "Sources and assumptions" (its code is a chunk fetched on the first
 * click) and waits until the panel is there.
 */
export async function showSources(page) {
  await page.click('#show-sources');
  await page.waitForSelector('#sources-panel #changes');
}
