// Where a cold load's time goes until the page works: DevTools traces of cold loads at 4x CPU
// (1280 × 720, as the bench's), the main thread's time by phase from navigation start to the page
// working, medians over the runs, pages taken in turn.
// `node benches/startup.mjs [app-dist] [baseline-dist] [runs]` (after scripts/bench, whose builds
// are target/bench-app and target/baseline-dist; the default runs is 5).
import { serve } from '../tests/support/server.mjs';
import { launch } from '../tests/support/browser.mjs';
import { LIVE } from '../tests/support/fixtures.mjs';

const [appDir = 'target/bench-app', baselineDir = 'target/baseline-dist'] = process.argv.slice(2);
const RUNS = Number(process.argv[4] ?? 5);
const RATE = 4;

/** The phase a trace event's own time counts to; events not listed count to their parent's. */
const PHASES = {
  ParseHTML: 'HTML parsing',
  ParseAuthorStyleSheet: 'CSS parsing',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint and commit',
  Paint: 'paint and commit',
  PaintImage: 'paint and commit',
  Layerize: 'paint and commit',
  Commit: 'paint and commit',
  'v8.compile': 'JS compile',
  'v8.compileModule': 'JS compile',
  'wasm.CompileLazy': 'wasm compiled on first call',
  'v8.wasm.compileConsume': 'wasm streaming (main thread)',
  'wasm.OnBytesReceived': 'wasm streaming (main thread)',
  'wasm.FinishStreaming': 'wasm streaming (main thread)',
  'v8.wasm.compileConsumeDone': 'wasm streaming (main thread)',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  EvaluateScript: 'script (JS and wasm)',
  'v8.evaluateModule': 'script (JS and wasm)',
  FunctionCall: 'script (JS and wasm)',
  TimerFire: 'script (JS and wasm)',
  EventDispatch: 'script (JS and wasm)',
  FireAnimationFrame: 'script (JS and wasm)',
  BlinkScheduler_PerformMicrotaskCheckpoint: 'script (JS and wasm)',
  // A task's own time: navigation, messages from the browser, and what the trace leaves unnamed.
  RunTask: 'other',
};
const ORDER = [...new Set(Object.values(PHASES))];

/** One traced cold load: ms from navigation start to the page working, and ms by phase before. */
async function tracedLoad(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // The bench's mark of the page working: the estimate in the DOM, shown (`LIVE`).
  await page.addInitScript((live) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(live)) return;
      performance.mark('payband-working');
      observer.disconnect();
      console.debug('payband-working');
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, LIVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const events = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,toplevel,v8,v8.wasm,blink.user_timing,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  // Nothing is evaluated in the page: Playwright's utility script would be main-thread time.
  const worked = page.waitForEvent('console', { predicate: (message) => message.text() === 'payband-working', timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await worked;
  await cdp.send('Tracing.end');
  await complete;
  await context.close();

  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith('http'));
  const start = parse && events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid);
  const working = events.find((e) => e.name === 'payband-working');
  if (!parse || !start || !working) throw new Error('the trace lacks the document, its navigation start or the working mark');
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur && e.ts >= start.ts && e.ts < working.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Each event's own time (its duration less its children's) counts to the phase of the nearest
  // of itself and its ancestors that has one.
  const phases = Object.fromEntries(ORDER.map((phase) => [phase, 0]));
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      const phase = [done, ...[...stack].reverse()].find((frame) => frame.phase)?.phase;
      if (phase) phases[phase] += done.self / 1000;
    }
  };
  for (const event of main) {
    close(event.ts);
    const end = event.ts + event.dur;
    if (stack.length) stack.at(-1).self -= Math.min(event.dur, stack.at(-1).end - event.ts);
    stack.push({ end, self: event.dur, phase: PHASES[event.name] });
  }
  close(Infinity);
  return { working: (working.ts - start.ts) / 1000, phases };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const pages = [
  ['app', appDir],
  ['baseline', baselineDir],
];
const servers = await Promise.all(pages.map(([, dir]) => serve(dir)));
const browser = await launch();
const loads = pages.map(() => []);
for (let run = 0; run < RUNS; run++) {
  for (const [index, { url }] of servers.entries()) loads[index].push(await tracedLoad(browser, url));
}
await browser.close();
for (const { server } of servers) server.close();

console.log(`Cold loads at ${RATE}x CPU, 1280 × 720, medians of ${RUNS}: main thread from navigation start to the page working, ms`);
console.log(`| phase | ${pages.map(([name]) => name).join(' | ')} |`);
console.log(`| --- | ${pages.map(() => '---:').join(' | ')} |`);
console.log(`| page working | ${loads.map((runs) => median(runs.map((load) => load.working)).toFixed(0)).join(' | ')} |`);
const busy = (load) => Object.values(load.phases).reduce((sum, ms) => sum + ms, 0);
console.log(`| main thread busy | ${loads.map((runs) => median(runs.map(busy)).toFixed(0)).join(' | ')} |`);
for (const phase of ORDER) {
  console.log(`| ${phase} | ${loads.map((runs) => median(runs.map((load) => load.phases[phase])).toFixed(0)).join(' | ')} |`);
}
