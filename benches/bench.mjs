// payband's benchmark: model speed, first-load size, cold load, responsiveness while dragging
// and memory, each for the app and for a minimal Leptos page built the same way, in one run.
// Prints a table and writes bench-out/benchmarks.json. Run it through scripts/bench.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { laterFiles, measure, table } from './size.mjs';
import { serve } from '../tests/support/server.mjs';
import { launch } from '../tests/support/browser.mjs';
import { LIVE } from '../tests/support/fixtures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP = `${ROOT}dist`;
const BASELINE = `${ROOT}target/baseline-dist`;
const COLD_RUNS = 7;
const EVENTS = 500;
const CHANGES = 10_000;

const BUDGET = {
  gzipKB: 125,
  coldLoadRatio: 1.3,
  eventToDomP95Ms: 2,
  paintP95MsThrottled: 16,
  paintP95MsUnthrottled: 8,
  estimateMicros: 10,
  hostileInputMs: 100,
  memoryGrowthMB: 1,
};

const percentile = (values, p) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const stats = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: percentile(values, 100), n: values.length });

// ---- 1. Model, natively (criterion) ----
function modelBench() {
  execFileSync('cargo', ['bench', '--bench', 'model', '--', '--warm-up-time', '1', '--measurement-time', '3', '--noplot'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const read = (name) =>
    JSON.parse(readFileSync(`${ROOT}target/criterion/estimate_${name}/new/estimates.json`, 'utf8')).median.point_estimate / 1000;
  const hostile = (name) =>
    JSON.parse(readFileSync(`${ROOT}target/criterion/hostile/${name}/new/estimates.json`, 'utf8')).median.point_estimate / 1e6;
  return {
    typicalMicros: read('typical'),
    allExtrasMicros: read('all_extras'),
    // The worst links and model files, read whole (ms): benches/model.rs says which.
    hostileMs: Object.fromEntries(['link_2mb', 'link_every_figure', 'file_keys', 'file_long'].map((name) => [name, hostile(name)])),
  };
}

// ---- Browser measurements ----
async function throttled(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * A cold load, three times from navigation start, in ms: the first estimate in the DOM (`#median`
 * gets its `data-value`; for the app's first visit that is the page prerendered into index.html),
 * on screen (the first frame painted after it: a `requestAnimationFrame` callback, then a message
 * posted from it), and the page working (its app has mounted: no prerendered copy left). For the
 * baseline, which has no prerendered copy, the first and last are the same moment.
 */
async function coldLoad(browser, url, rate) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const marks = (window.__coldLoad = {});
    new MutationObserver((_, observer) => {
      const median = document.getElementById('median');
      if (!median?.dataset.value) return;
      // Opening with settings, index.html hides its prerendered copy (the `reading` class).
      if (median.closest('#prerendered') && document.documentElement.classList.contains('reading')) return;
      if (marks.dom === undefined) {
        marks.dom = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (marks.painted = performance.now());
          channel.port2.postMessage(0);
        });
      }
      if (!document.getElementById('prerendered')) {
        marks.working = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await throttled(page, rate);
  await page.goto(url);
  await page.waitForFunction(() => window.__coldLoad.working !== undefined && window.__coldLoad.painted !== undefined, null, {
    timeout: 60_000,
  });
  const marks = await page.evaluate(() => window.__coldLoad);
  await context.close();
  return marks;
}

/**
 * `COLD_RUNS` cold loads of each of `urls`, taken in turn (one of each, then again), so that the
 * app and the baseline meet the same moments of a shared machine's load: measured one after the
 * other, minutes apart, their ratio followed the machine (1.24x and 1.51x in two runs of the same
 * build, 1.09x interleaved in between). The medians and runs of each moment, for each URL.
 */
async function coldLoads(browser, urls, rate) {
  const runs = urls.map(() => []);
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const [index, url] of urls.entries()) runs[index].push(await coldLoad(browser, url, rate));
  }
  return runs.map((marks) => {
    const of = (key) => {
      const times = marks.map((mark) => mark[key]);
      return { ...stats(times), median: percentile(times, 50), runs: times };
    };
    return { dom: of('dom'), painted: of('painted'), working: of('working') };
  });
}

/** Key presses that each change a figure, cycling over the sliders and selects present. */
function plan(controls) {
  const steps = [];
  for (const id of controls) {
    const [forward, back] = id === 'exp' || id === 'pos' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
    steps.push([id, forward], [id, back]);
  }
  return steps;
}

/** Presses the plan's keys, `EVENTS` times, each on its control. */
async function drive(page, controls) {
  const steps = plan(controls);
  for (let i = 0; i < EVENTS; i++) {
    const [id, key] = steps[i % steps.length];
    await page.focus(`#${id}`);
    await page.keyboard.press(key);
    if (i % 25 === 24) await page.waitForTimeout(20);
  }
  await page.waitForTimeout(300);
}

/**
 * What the page's DOM looks like after each input of the plan: every text, attribute and child
 * list the page changed, with the node's path from `body` and its new content. Properties
 * (`value`, `selected`) are not DOM mutations and are not recorded.
 */
async function recordChanges(browser, url, controls) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(LIVE);
  await page.evaluate(() => {
    const path = (node) => {
      const steps = [];
      for (; node !== document.body; node = node.parentNode) steps.unshift([...node.parentNode.childNodes].indexOf(node));
      return steps;
    };
    window.__changes = [];
    document.addEventListener(
      'input',
      () => {
        const changes = [];
        window.__changes.push(changes);
        const observer = new MutationObserver((records) => {
          for (const m of records) {
            if (m.type === 'characterData') changes.push(['text', path(m.target), m.target.data]);
            else if (m.type === 'attributes') changes.push(['attr', path(m.target), m.attributeName, m.target.getAttribute(m.attributeName)]);
            else changes.push(['html', path(m.target), m.target.innerHTML]);
          }
          observer.disconnect();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      },
      true,
    );
  });
  await drive(page, controls);
  const changes = await page.evaluate(() => window.__changes);
  await context.close();
  return changes;
}

/**
 * For each real (trusted) input event: event to DOM updated, and event to next paint. With
 * `replay` (from `recordChanges`), the app is first cut off from its page (the page is replaced
 * by a copy without its listeners) and each input applies the recorded changes with a few lines
 * of plain JS: the same DOM changes on the same page, at no cost but the browser's. That is the
 * floor for any code drawing this page; it lacks only the property changes, so it is a little low.
 */
async function responsiveness(browser, url, rate, controls, replay) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(LIVE);
  if (replay) {
    await page.evaluate((changes) => {
      const app = document.querySelector('.app');
      const copy = app.cloneNode(true);
      // A copy takes attributes, not what the controls hold: carry their state over.
      const controls = (root) => root.querySelectorAll('input, select');
      const originals = controls(app);
      controls(copy).forEach((control, index) => {
        const original = originals[index];
        if (control.type === 'checkbox' || control.type === 'radio') control.checked = original.checked;
        else if (control.tagName === 'SELECT') control.selectedIndex = original.selectedIndex;
        else control.value = original.value;
      });
      app.replaceWith(copy);
      const at = (path) => path.reduce((node, index) => node?.childNodes[index], document.body);
      let input = 0;
      document.addEventListener('input', () => {
        for (const [kind, path, ...change] of changes[input++] ?? []) {
          const node = at(path);
          if (!node) continue;
          if (kind === 'text') node.data = change[0];
          else if (kind === 'html') node.innerHTML = change[0];
          else if (change[1] === null) node.removeAttribute(change[0]);
          else node.setAttribute(change[0], change[1]);
        }
      });
    }, replay);
  }
  await page.evaluate(() => {
    window.__samples = [];
    window.__slowEvents = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__slowEvents.push({ name: entry.name, duration: entry.duration, interaction: entry.interactionId });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    const results = document.querySelector('.results') ?? document.body;
    document.addEventListener(
      'input',
      (event) => {
        const start = event.timeStamp;
        const sample = { dom: NaN, paint: NaN };
        window.__samples.push(sample);
        const observer = new MutationObserver(() => {
          sample.dom = performance.now() - start;
          observer.disconnect();
        });
        observer.observe(results, { subtree: true, childList: true, attributes: true, characterData: true });
        // The frame after the handlers: rAF runs before paint, a message right after it.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            sample.paint = performance.now() - start;
            observer.disconnect();
          };
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
  await throttled(page, rate);
  await drive(page, controls);
  const { samples, slow } = await page.evaluate(() => ({ samples: window.__samples, slow: window.__slowEvents }));
  await context.close();
  // The Event Timing API's own input-to-next-paint: per key press (its keydown and keyup share
  // an interaction id), the longest entry. The API reports only entries of 16 ms or more (its
  // lowest threshold; durations in steps of 8 ms), so a press with none counts as 0, "< 16".
  const perPress = new Map();
  for (const { duration, interaction } of slow) {
    if (interaction) perPress.set(interaction, Math.max(perPress.get(interaction) ?? 0, duration));
  }
  const pressDurations = [...perPress.values(), ...Array(Math.max(0, EVENTS - perPress.size)).fill(0)];
  return {
    events: samples.length,
    eventToDom: stats(samples.map((s) => s.dom)),
    eventToPaint: stats(samples.map((s) => s.paint)),
    eventTimingOver16ms: slow.length,
    eventTiming: stats(pressDurations),
  };
}

/** wasm linear memory and JS heap (after GC) before and after many slider changes. */
async function memory(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm)));
  await page.goto(url);
  await page.waitForSelector(LIVE);
  const cdp = await context.newCDPSession(page);
  const snapshot = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? NaN);
    return { wasmBytes: wasm, jsHeapBytes: heap.usedSize };
  };
  const before = await snapshot();
  await page.evaluate(async (changes) => {
    const slider = document.getElementById('exp');
    for (let i = 0; i < changes; i++) {
      slider.value = String((i % 80) / 2);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 250 === 249) await new Promise((done) => setTimeout(done, 0));
    }
    await new Promise((done) => setTimeout(done, 1000));
  }, CHANGES);
  const after = await snapshot();
  await context.close();
  return {
    before,
    after,
    wasmGrowthBytes: after.wasmBytes - before.wasmBytes,
    jsHeapGrowthBytes: after.jsHeapBytes - before.jsHeapBytes,
  };
}

// ---- Run ----
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim(),
  date: new Date().toISOString(),
};

console.error('model benchmark (criterion)…');
const model = modelBench();
const size = { app: measure(APP), baseline: measure(BASELINE), appLater: measure(APP, laterFiles(APP)) };

const app = await serve(APP);
const baseline = await serve(BASELINE);
const browser = await launch();
// Input to next paint is measured with frames drawn as soon as they are ready, not at the next
// vsync: waiting for the display's next refresh (up to 16.7 ms, whatever the page does) is not
// the page's work, and with it no page can be under 8 ms at the 95th percentile (the baseline
// was at 23.9 ms). Everything else is measured in the browser as it ships.
const unpacedBrowser = await launch(['--disable-frame-rate-limit', '--disable-gpu-vsync']);
const APP_CONTROLS = ['exp', 'pos', 'loc', 'lang', 'ind'];
const LINK = 'exp=6&loc=sf&skills=k8s,cloud&co=startup';
const result = { machine, budget: BUDGET, model, size, coldLoad: {}, responsiveness: {}, memory: {} };
console.error('cold loads: the app, the app from a link and the baseline, in turn…');
// A shared link: its settings are read by the link reader, a chunk fetched first.
const coldUrls = { app: app.url, appLink: `${app.url}?${LINK}`, baseline: baseline.url };
const cold = await coldLoads(browser, Object.values(coldUrls), 4);
Object.keys(coldUrls).forEach((name, index) => (result.coldLoad[name] = { throttle4x: cold[index] }));
for (const [name, server, controls] of [['app', app, APP_CONTROLS], ['baseline', baseline, ['exp']]]) {
  console.error(`${name}: responsiveness…`);
  result.responsiveness[name] = {
    throttle4x: await responsiveness(unpacedBrowser, server.url, 4, controls),
    unthrottled: await responsiveness(unpacedBrowser, server.url, 1, controls),
  };
  if (name === 'app') {
    console.error("floor: the app's DOM changes replayed without the app…");
    const replay = await recordChanges(unpacedBrowser, server.url, controls);
    result.changesPerInput = replay.reduce((sum, changes) => sum + changes.length, 0) / replay.length;
    result.responsiveness.floor = {
      throttle4x: await responsiveness(unpacedBrowser, server.url, 4, controls, replay),
      unthrottled: await responsiveness(unpacedBrowser, server.url, 1, controls, replay),
    };
  }
  console.error(`${name}: memory…`);
  result.memory[name] = await memory(browser, server.url);
}
await browser.close();
await unpacedBrowser.close();
app.server.close();
baseline.server.close();

// ---- Report ----
const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');
const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const verdict = (ok) => (ok ? 'ok' : 'OVER');
// Event Timing durations: 0 stands for a press the API did not report (under 16 ms).
const timing = ({ p50, p95, max }) => `${[p50, p95, max].map((v) => (v > 0 ? v.toFixed(0) : '< 16')).join(' / ')} ms`;
const r = result.responsiveness;
// The latency budgets, each a test of one page's two responsiveness runs. The app is judged by
// them; the baseline (one slider, one number) and the floor (the app's DOM changes by plain JS)
// go through the same tests, which say whether a budget is within reach on this machine at all.
const latencyBudgets = {
  eventToDom: (runs) => runs.throttle4x.eventToDom.p95 < BUDGET.eventToDomP95Ms,
  paintThrottled: (runs) => runs.throttle4x.eventToPaint.p95 < BUDGET.paintP95MsThrottled,
  paintUnthrottled: (runs) => runs.unthrottled.eventToPaint.p95 < BUDGET.paintP95MsUnthrottled,
};
const latencyChecks = (runs) => Object.fromEntries(Object.entries(latencyBudgets).map(([name, met]) => [name, met(runs)]));
const checks = {
  size: size.app.total.gzip <= BUDGET.gzipKB * 1024,
  coldLoad: result.coldLoad.app.throttle4x.painted.median <= BUDGET.coldLoadRatio * result.coldLoad.baseline.throttle4x.painted.median,
  ...latencyChecks(r.app),
  model: model.allExtrasMicros < BUDGET.estimateMicros,
  hostileInput: Math.max(...Object.values(model.hostileMs)) < BUDGET.hostileInputMs,
  memory: Math.max(result.memory.app.wasmGrowthBytes, result.memory.app.jsHeapGrowthBytes) < BUDGET.memoryGrowthMB * 2 ** 20,
};
result.checks = checks;
result.latencyChecks = { baseline: latencyChecks(r.baseline), floor: latencyChecks(r.floor) };
// "OVER (baseline ok, floor OVER)": the app's verdict on a latency budget, and the others'.
const latencyVerdict = (name) =>
  `${verdict(checks[name])} (baseline ${verdict(result.latencyChecks.baseline[name])}, floor ${verdict(result.latencyChecks.floor[name])})`;

const lines = [
  `payband benchmark, ${machine.date}`,
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.chromium}; node ${machine.node}`,
  '',
  '| measure | app | baseline | app / baseline | budget | |',
  '| --- | --- | --- | --- | --- | --- |',
  `| model: one full estimate, typical profile | ${model.typicalMicros.toFixed(2)} µs | | | | |`,
  `| model: one full estimate, every extra | ${model.allExtrasMicros.toFixed(2)} µs | | | < ${BUDGET.estimateMicros} µs | ${verdict(checks.model)} |`,
  `| worst input read whole: 2 MB link / every figure in a link / 100,000-key file / 900 KB text | ${Object.values(model.hostileMs).map((v) => v.toFixed(1)).join(' / ')} ms | | | < ${BUDGET.hostileInputMs} ms | ${verdict(checks.hostileInput)} |`,
  `| first load, raw | ${(size.app.total.raw / 1024).toFixed(1)} KB | ${(size.baseline.total.raw / 1024).toFixed(1)} KB | ${ratio(size.app.total.raw, size.baseline.total.raw)} | | |`,
  `| first load, gzip | ${(size.app.total.gzip / 1024).toFixed(1)} KB | ${(size.baseline.total.gzip / 1024).toFixed(1)} KB | ${ratio(size.app.total.gzip, size.baseline.total.gzip)} | ≤ ${BUDGET.gzipKB} KB | ${verdict(checks.size)} |`,
  `| first load, brotli | ${(size.app.total.brotli / 1024).toFixed(1)} KB | ${(size.baseline.total.brotli / 1024).toFixed(1)} KB | ${ratio(size.app.total.brotli, size.baseline.total.brotli)} | | |`,
  `| chunks fetched when first needed, gzip | ${(size.appLater.total.gzip / 1024).toFixed(1)} KB | | | | |`,
  ...[
    ['first estimate on screen (painted)', 'painted', true],
    ['first estimate in the DOM', 'dom', false],
    ['page working (the app mounted)', 'working', false],
  ].flatMap(([what, key, budgeted]) => {
    const app = result.coldLoad.app.throttle4x[key].median;
    const base = result.coldLoad.baseline.throttle4x[key].median;
    const link = result.coldLoad.appLink.throttle4x[key].median;
    return [
      `| cold load to ${what}, 4x CPU throttle, median of ${COLD_RUNS} | ${ms(app)} ms | ${ms(base)} ms | ${ratio(app, base)} | ${budgeted ? `≤ ${BUDGET.coldLoadRatio}x` : ''} | ${budgeted ? verdict(checks.coldLoad) : ''} |`,
      `| … opened from a link (\`?${LINK}\`) | ${ms(link)} ms | ${ms(base)} ms | ${ratio(link, base)} | | |`,
    ];
  }),
];
for (const [label, key] of [['4x throttle', 'throttle4x'], ['no throttle', 'unthrottled']]) {
  const a = r.app[key];
  const b = r.baseline[key];
  lines.push(
    `| event → DOM updated, ${label} (p50 / p95 / max) | ${ms(a.eventToDom.p50)} / ${ms(a.eventToDom.p95)} / ${ms(a.eventToDom.max)} ms | ${ms(b.eventToDom.p50)} / ${ms(b.eventToDom.p95)} / ${ms(b.eventToDom.max)} ms | ${ratio(a.eventToDom.p95, b.eventToDom.p95)} | ${key === 'throttle4x' ? `p95 < ${BUDGET.eventToDomP95Ms} ms` : ''} | ${key === 'throttle4x' ? latencyVerdict('eventToDom') : ''} |`,
    `| input → next paint, frames not paced to vsync, ${label} (p50 / p95 / max) | ${ms(a.eventToPaint.p50)} / ${ms(a.eventToPaint.p95)} / ${ms(a.eventToPaint.max)} ms | ${ms(b.eventToPaint.p50)} / ${ms(b.eventToPaint.p95)} / ${ms(b.eventToPaint.max)} ms | ${ratio(a.eventToPaint.p95, b.eventToPaint.p95)} | p95 < ${key === 'throttle4x' ? BUDGET.paintP95MsThrottled : BUDGET.paintP95MsUnthrottled} ms | ${latencyVerdict(key === 'throttle4x' ? 'paintThrottled' : 'paintUnthrottled')} |`,
    `| Event Timing entries over 16 ms (keydown, input, change, keyup), ${label} | ${a.eventTimingOver16ms} of ${a.events} | ${b.eventTimingOver16ms} of ${b.events} | | | |`,
    `| input → next paint by the Event Timing API, per key press, ${label} (p50 / p95 / max) | ${timing(a.eventTiming)} | ${timing(b.eventTiming)} | | | |`,
  );
  const f = r.floor[key];
  lines.push(
    `| … floor: the app's DOM changes made by plain JS, event → DOM, ${label} (p50 / p95 / max) | ${ms(f.eventToDom.p50)} / ${ms(f.eventToDom.p95)} / ${ms(f.eventToDom.max)} ms | | app / floor ${ratio(a.eventToDom.p95, f.eventToDom.p95)} | | |`,
    `| … floor: input → next paint, ${label} (p50 / p95 / max) | ${ms(f.eventToPaint.p50)} / ${ms(f.eventToPaint.p95)} / ${ms(f.eventToPaint.max)} ms | | app / floor ${ratio(a.eventToPaint.p95, f.eventToPaint.p95)} | | |`,
    `| … floor: input → next paint by the Event Timing API, ${label} (p50 / p95 / max) | ${timing(f.eventTiming)} | | | | |`,
  );
}
const m = result.memory;
const mb = (bytes) => (bytes / 2 ** 20).toFixed(2);
lines.push(
  `| wasm memory before → after ${CHANGES} changes | ${mb(m.app.before.wasmBytes)} → ${mb(m.app.after.wasmBytes)} MB | ${mb(m.baseline.before.wasmBytes)} → ${mb(m.baseline.after.wasmBytes)} MB | | growth < ${BUDGET.memoryGrowthMB} MB | ${verdict(m.app.wasmGrowthBytes < 2 ** 20)} |`,
  `| JS heap before → after ${CHANGES} changes | ${mb(m.app.before.jsHeapBytes)} → ${mb(m.app.after.jsHeapBytes)} MB | ${mb(m.baseline.before.jsHeapBytes)} → ${mb(m.baseline.after.jsHeapBytes)} MB | | growth < ${BUDGET.memoryGrowthMB} MB | ${verdict(m.app.jsHeapGrowthBytes < 2 ** 20)} |`,
  '',
  `DOM changes per input (texts, attributes, child lists), app: ${result.changesPerInput.toFixed(1)} on average.`,
  '',
  'First load, app:',
  table(size.app),
  '',
  'Fetched when first needed (precached by the service worker after the load), app:',
  table(size.appLater),
  '',
  'First load, baseline:',
  table(size.baseline),
);
console.log(lines.join('\n'));
mkdirSync(`${ROOT}bench-out`, { recursive: true });
writeFileSync(`${ROOT}bench-out/benchmarks.json`, JSON.stringify(result, null, 2));
writeFileSync(`${ROOT}bench-out/benchmarks.md`, lines.join('\n') + '\n');
console.error('wrote bench-out/benchmarks.json and bench-out/benchmarks.md');
