// Regenerates the README screenshots from the release build: node scripts/screenshots.mjs
import { serve } from '../tests/support/server.mjs';
import { launch } from '../tests/support/browser.mjs';
import { LIVE } from '../tests/support/fixtures.mjs';

const scenario = '?exp=7&loc=sea&lang=go&skills=docker,k8s,cloud&certs=ckad&ind=it&co=enterprise';
const { server, url } = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await launch();
for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 360, 780]]) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url + scenario);
  await page.waitForSelector(LIVE);
  await page.screenshot({ path: new URL(`../docs/screenshot-${name}.png`, import.meta.url).pathname });
  await context.close();
}
// Two offers compared, in euros a month; and the assumptions panel with one figure changed.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
const page = await context.newPage();
await page.goto(url + '?exp=5&loc=sf&co=enterprise&vs=1&vs.exp=5&vs.loc=sf&vs.co=startup&cur=eur&per=month');
await page.waitForSelector('#offer-table');
await page.locator('#offers').screenshot({ path: new URL('../docs/screenshot-offers.png', import.meta.url).pathname });
await page.goto(url + '?loc=sf&m.loc.sf=1.5');
await page.waitForSelector('#sources-panel #changes'); // a changed figure shows them all
const box = await page.locator('#sources').evaluate((el) => {
  const rect = el.getBoundingClientRect();
  return { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width };
});
await page.screenshot({
  path: new URL('../docs/screenshot-assumptions.png', import.meta.url).pathname,
  fullPage: true,
  clip: { x: box.x, y: box.y, width: box.width, height: 620 },
});
await context.close();
await browser.close();
server.close();
