// Rendering work per input: a DevTools trace of 200 key presses on the experience and position
// sliders and the location select, with the summed time of each rendering phase.
// `node benches/trace.mjs [dist]` (after scripts/build).
import { serve } from '../tests/support/server.mjs';
import { launch } from '../tests/support/browser.mjs';
import { LIVE } from '../tests/support/fixtures.mjs';
const dir = process.argv[2] ?? 'dist';
const { server, url } = await serve(dir);
const browser = await launch();
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(url);
await page.waitForSelector(LIVE);
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
for (let i = 0; i < 200; i++) {
  const id = ['exp', 'pos', 'loc'][i % 3];
  await page.focus('#' + id);
  await page.keyboard.press(i % 2 ? (id === 'loc' ? 'ArrowUp' : 'ArrowLeft') : (id === 'loc' ? 'ArrowDown' : 'ArrowRight'));
}
await cdp.send('Tracing.end');
await done;
const sum = {};
for (const e of events) if (e.ph === 'X' && e.dur) sum[e.name] = (sum[e.name] ?? 0) + e.dur;
for (const name of ['EventDispatch', 'FunctionCall', 'v8.callFunction', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'RunMicrotasks', 'TimerFire', 'HitTest'])
  console.log(name.padEnd(18), ((sum[name] ?? 0) / 1000).toFixed(1), 'ms');
await browser.close(); server.close();
