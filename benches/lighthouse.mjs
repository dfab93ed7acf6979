// Lighthouse 12, mobile preset (its default: a Moto G Power's screen, 4x CPU and slow 4G,
// simulated), on the machine's Chromium with the flags this closed network needs, a fresh browser
// for each run. `lighthouseRuns(url, n)` gives the median of n runs: each category's score, LCP,
// TBT, CLS and FCP, and what Lighthouse says costs the most in the median run (`computeMedianRun`,
// Lighthouse's own pick, by FCP and TTI). benches/bench.mjs runs it on the bare page and on a link.
// On its own: `node benches/lighthouse.mjs [dist] [query]` (three runs; writes nothing).
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launch } from 'chrome-launcher';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, FLAGS } from '../tests/support/browser.mjs';

// tests/support/browser.mjs's flags, and Chromium's full headless mode (`--headless=new`, the
// browser itself rather than the separate headless shell), which Lighthouse is made for.
// chrome-launcher (Lighthouse's own launcher, a dev dependency at Lighthouse's version of it)
// gives each run a fresh profile.
export const CHROME_FLAGS = ['--headless=new', ...FLAGS];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const METRICS = {
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  fcp: 'first-contentful-paint',
  si: 'speed-index',
};

/**
 * Puts gzip in front of a server made by tests/support/server.mjs, as any host does: without it
 * Lighthouse's simulated slow 4G downloads the wasm raw (about 2.5 times its gzip size), which
 * no visitor would. Text, wasm and JSON are compressed when the request accepts gzip.
 */
export function gzipped({ server, url }) {
  const COMPRESS = /^(text\/|application\/(wasm|json|javascript|manifest\+json)|image\/svg)/;
  const handlers = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      let headers = {};
      const writeHead = response.writeHead.bind(response);
      response.writeHead = (status, head = {}) => {
        headers = { status, head };
        return response;
      };
      const end = response.end.bind(response);
      response.end = (body) => {
        const head = { ...headers.head };
        if (body && COMPRESS.test(head['content-type'] ?? '')) {
          body = gzipSync(body);
          Object.assign(head, { 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
        }
        writeHead(headers.status ?? 200, head);
        return end(body);
      };
    }
    for (const handler of handlers) handler.call(server, request, response);
  });
  return { server, url };
}

/** One Lighthouse run of `url` in a fresh Chromium: the full result (lhr). */
export async function lighthouseRun(url) {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
    if (!result?.lhr) throw new Error(`lighthouse: no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The audits that tell where a load's time goes, read from one run. */
export function diagnostics(lhr) {
  const audit = (id) => lhr.audits[id];
  const items = (id) => audit(id)?.details?.items ?? [];
  const ms = (v) => (Number.isFinite(v) ? Math.round(v) : v);
  const failing = (category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 || category !== 'performance')
      .map((ref) => audit(ref.id))
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue }));
  const lcpElement = items('largest-contentful-paint-element');
  return {
    // Every audit of a category that is not passed (for performance, the weighted metrics).
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(c)])),
    // Which element, by selector: `header.masthead > …` is index.html's own, `body > div.app > …`
    // the app's, drawn once its wasm has run.
    lcpElement: (({ selector, snippet, nodeLabel } = {}) => ({ selector, snippet, text: nodeLabel }))(lcpElement[0]?.items?.[0]?.node),
    // As it happened in this browser, unthrottled (ms from navigation start).
    observed: (({ observedFirstContentfulPaint: fcp, observedLargestContentfulPaint: lcp, observedLoad: load } = {}) => ({ fcp, lcp, load }))(
      audit('metrics')?.details?.items?.[0],
    ),
    // LCP split into its phases (TTFB, load delay, load time, render delay), in ms.
    lcpPhases: Object.fromEntries(
      (lcpElement.find((table) => table.type === 'table' && table.items?.[0]?.phase)?.items ?? []).map((p) => [p.phase, ms(p.timing)]),
    ),
    lcpLazyLoaded: audit('lcp-lazy-loaded')?.score ?? null,
    renderBlocking: items('render-blocking-resources').map((i) => ({ url: i.url, wastedMs: ms(i.wastedMs) })),
    // Main-thread time by script (bootup-time) and by kind of work, simulated 4x CPU, in ms.
    bootup: items('bootup-time').map((i) => ({ url: i.url, total: ms(i.total), scripting: ms(i.scripting), parse: ms(i.scriptParseCompile) })),
    mainThread: Object.fromEntries(items('mainthread-work-breakdown').map((i) => [i.group, ms(i.duration)])),
    longTasks: items('long-tasks').map((i) => ({ url: i.url, start: ms(i.startTime), duration: ms(i.duration) })),
    criticalChain: audit('critical-request-chains')?.displayValue ?? null,
    // Opportunities: what Lighthouse estimates each would save.
    opportunities: Object.values(lhr.audits)
      .filter((a) => a.details?.type === 'opportunity' && (a.numericValue > 0 || a.details.overallSavingsMs > 0))
      .map((a) => ({ id: a.id, title: a.title, savingsMs: ms(a.details.overallSavingsMs), savingsBytes: a.details.overallSavingsBytes, displayValue: a.displayValue })),
    networkRequests: items('network-requests').map((i) => ({ url: i.url.replace(/^https?:\/\/[^/]+\//, ''), transferSize: i.transferSize, start: ms(i.networkRequestTime), end: ms(i.networkEndTime) })),
  };
}

/**
 * `runs` Lighthouse runs of `url`, one after the other: the median of each category's score
 * (0-100) and of each metric (ms; CLS unitless), every run's figures, and the diagnostics of the
 * median run.
 */
export async function lighthouseRuns(url, runs = 3) {
  const lhrs = [];
  for (let i = 0; i < runs; i++) lhrs.push(await lighthouseRun(url));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(lhrs.map((l) => Math.round(l.categories[c].score * 100)))]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, median(lhrs.map((l) => l.audits[id].numericValue))]));
  const medianRun = computeMedianRun(lhrs);
  return {
    url,
    lighthouse: lhrs[0].lighthouseVersion,
    userAgent: lhrs[0].environment?.hostUserAgent,
    formFactor: lhrs[0].configSettings.formFactor,
    throttlingMethod: lhrs[0].configSettings.throttlingMethod,
    // Lighthouse's own measure of this machine: about 1000 on a typical desktop; under it,
    // simulated 4x CPU is slower than a real mid-range phone.
    benchmarkIndex: median(lhrs.map((l) => l.environment?.benchmarkIndex)),
    scores,
    metrics,
    runs: lhrs.map((l) => ({
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(l.categories[c].score * 100)])),
      metrics: Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, l.audits[id].numericValue])),
      benchmarkIndex: l.environment?.benchmarkIndex,
    })),
    medianRun: lhrs.indexOf(medianRun),
    diagnostics: diagnostics(medianRun),
    lhr: medianRun,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serve } = await import('../tests/support/server.mjs');
  const args = process.argv.slice(2);
  const [dist = 'dist', query = ''] = args.filter((a) => !a.startsWith('--'));
  const served = await serve(dist);
  const { server, url } = args.includes('--raw') ? served : gzipped(served);
  try {
    const { lhr, ...result } = await lighthouseRuns(`${url}${query ? `?${query.replace(/^\?/, '')}` : ''}`, 3);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    server.close();
  }
}
