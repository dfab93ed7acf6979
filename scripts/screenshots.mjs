// Regenerates the README screenshots from the release build: node scripts/screenshots.mjs
import { serve } from '../tests/support/server.mjs';
import { launch } from '../tests/support/browser.mjs';

const scenario = '?exp=7&loc=sea&lang=go&skills=docker,k8s,cloud&certs=ckad&ind=it&co=enterprise';
const { server, url } = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await launch();
for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 360, 780]]) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url + scenario);
  await page.waitForSelector('#median[data-value]');
  await page.screenshot({ path: new URL(`../docs/screenshot-${name}.png`, import.meta.url).pathname });
  await context.close();
}
await browser.close();
server.close();
