// Shared set-up for the browser tests: the built app served on loopback, one Chromium, the
// model's own answers (from the native `estimate` example), and pages opened as page objects
// (page.mjs names the page's parts and actions).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { LIVE, FIGURES, PaybandPage, payband } from './page.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = process.env.PAYBAND_DIST ?? `${ROOT}dist`;
const ESTIMATE = `${ROOT}target/debug/examples/estimate`;

// The page's parts and actions are named once, in page.mjs; these are re-exported for the
// scripts and benchmarks that wait for the estimate.
export { LIVE, FIGURES };

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

/** The headline figures the model computes for a link's query, as `figuresShown` reads them. */
export function expected(query) {
  const result = computed(query);
  return Object.fromEntries([...FIGURES.map((id) => [id, result[id]]), ['level', result.level]]);
}

/** The figures on the page, as numbers (and the level id): `PaybandPage.figuresShown`, for tests not written with the page object. */
export async function shown(page) {
  return payband(page).figuresShown();
}

/** A console message that reports a Content-Security-Policy violation. */
const CSP_REPORT = /Content Security Policy/i;

/**
 * Starts the server (with any `extra` files, see `serve`) and browser once per test file. Every
 * page of every context of this browser is watched for Content-Security-Policy violations
 * (`violations`); `stop` fails the test file if there were any.
 */
export async function start(extra = {}) {
  const { server, url } = await serve(DIST, 0, extra);
  const browser = await launch();
  const violations = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('page', (page) =>
      page.on('console', (message) => {
        if (CSP_REPORT.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      }),
    );
    return context;
  };
  return {
    url,
    browser,
    violations,
    async stop() {
      await browser.close();
      server.close();
      if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
    },
  };
}

/** Records the page's console errors and uncaught exceptions, from now on, into the array returned. */
export function recordErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * A fresh page (in a new context with `options`) that records console errors and uncaught
 * exceptions, opened at `path` and waited on until the first estimate is on screen: a
 * `PaybandPage` (page.mjs), which also has the `page`, `context` and `errors` it used to return.
 */
export async function openPage(env, path = '', options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const errors = recordErrors(page);
  const app = new PaybandPage(page, { context, errors });
  await app.visit(env.url + path);
  return app;
}

/** Opens the figures panel and waits until it is there: `PaybandPage.openFiguresPanel`, for tests not written with the page object. */
export async function showSources(page) {
  await payband(page).openFiguresPanel();
}
