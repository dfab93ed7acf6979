// Rendering work per input: a DevTools trace of 200 key presses on the experience and position
// sliders and the location select, with the summed time of each rendering phase.
// `node benches/trace.mjs [dist] [cpu-rate]` (after scripts/build; rate 4 throttles the CPU 4x).
import { serve } from '../tests/support/server.mjs';
import { launch } from '../tests/support/browser.mjs';
import { LIVE } from '../tests/support/fixtures.mjs';
const dir = process.argv[2] ?? 'dist';
const rate = Number(process.argv[3] ?? 1);
const PRESSES = 200;
const { server, url } = await serve(dir);
const browser = await launch();
const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 720 }, bypassCSP: !!process.env.TRACE_CSS });
const page = await context.newPage();
await page.goto(url);
await page.waitForSelector(LIVE);
if (process.env.TRACE_CSS) await page.addStyleTag({ content: process.env.TRACE_CSS });
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
for (let i = 0; i < PRESSES; i++) {
  const id = ['exp', 'pos', 'loc'][i % 3];
  await page.focus('#' + id);
  await page.keyboard.press(i % 2 ? (id === 'loc' ? 'ArrowUp' : 'ArrowLeft') : (id === 'loc' ? 'ArrowDown' : 'ArrowRight'));
}
await cdp.send('Tracing.end');
await done;
const sum = {};
for (const e of events) if (e.ph === 'X' && e.dur) sum[e.name] = (sum[e.name] ?? 0) + e.dur;
console.log(`${PRESSES} key presses, CPU ${rate}x: phase, total, per press`);
for (const name of ['EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'TimerFire', 'HitTest'])
  console.log(name.padEnd(18), ((sum[name] ?? 0) / 1000).toFixed(1).padStart(8), 'ms', ((sum[name] ?? 0) / 1000 / PRESSES).toFixed(2).padStart(7), 'ms');
await browser.close(); server.close();
