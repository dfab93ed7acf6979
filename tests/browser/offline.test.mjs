// Offline: after one visit the page and the embed work with no network, and a new deployment
// replaces the old cache whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, expected } from '../support/fixtures.mjs';
import { payband } from '../support/page.mjs';
import { serve } from '../support/server.mjs';
import { launch } from '../support/browser.mjs';

let site; // a copy of dist/ we can "deploy" to
let server;
let browser;
before(async () => {
  site = await mkdtemp(join(tmpdir(), 'payband-site-'));
  await cp(DIST, site, { recursive: true });
  server = await serve(site);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.server.close();
});

const versionOf = async () => /\bVERSION\s*=\s*"([0-9a-f]+)"/.exec(await readFile(join(site, 'sw.js'), 'utf8'))[1];

async function cacheNames(page) {
  return page.evaluate(async () => (await caches.keys()).sort());
}

/** The mark the second "deployment" adds to the page's head. */
const DEPLOYED = 'meta[name="payband-build"]';

async function until(check, what) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('works offline after one visit, then takes a new deployment cleanly', async () => {
  const context = await browser.newContext();
  const app = payband(await context.newPage());
  const { page } = app;
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = server.url;

  await app.visit(`${url}?exp=5`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await until(() => page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker to control the page');
  const first = await versionOf();
  assert.deepEqual(await cacheNames(page), [`payband-${first}`]);

  // Offline: the page, a changed scenario and the embed all still work.
  await context.setOffline(true);
  await app.reload();
  assert.deepEqual(await app.figuresShown(), expected('exp=5'));
  await app.setExperience(10);
  assert.deepEqual(await app.figuresShown(), expected('exp=10'), 'recalculates offline');
  // The parts fetched on demand were precached too, though this visit never opened them.
  await app.openFiguresPanel();
  await app.pinOffer();
  await app.clearOffers();
  const embed = payband(await context.newPage());
  await embed.visit(`${url}?embed=1&exp=3&loc=chi`);
  assert.deepEqual(await embed.figuresShown(), expected('exp=3&loc=chi'));
  await embed.page.close();

  // Deploy a changed build: new page, new worker version from the real generator.
  const html = await readFile(join(site, 'index.html'), 'utf8');
  await writeFile(join(site, 'index.html'), html.replace('<head>', '<head><meta name="payband-build" content="2">'));
  execFileSync('node', [join(ROOT, 'scripts/service-worker.mjs')], { env: { ...process.env, TRUNK_STAGING_DIR: site } });
  const second = await versionOf();
  assert.notEqual(second, first);

  await context.setOffline(false);
  await app.reload();
  assert.equal(await page.locator(DEPLOYED).count(), 1, 'online, the new page shows at once');
  await until(async () => (await cacheNames(page)).join() === `payband-${second}`, 'the old cache to be replaced');

  // And the new version is what works offline now.
  await context.setOffline(true);
  await app.reload();
  assert.equal(await page.locator(DEPLOYED).count(), 1);
  assert.deepEqual(await app.figuresShown(), expected('exp=10'));
  assert.deepEqual(errors, []);
  await app.close();
});

test('the tab icon is a 32 px PNG in the build: Chromium draws an SVG icon as a page of its own, as the app starts', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const icons = [...html.matchAll(/<link rel="icon" href="([^"]+)"/g)].map((match) => match[1]);
  assert.equal(icons.length, 1, icons.join(', '));
  const png = await readFile(join(DIST, icons[0]));
  assert.equal(png.toString('latin1', 1, 4), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [32, 32], 'width and height (IHDR)');
});

test('the manifest makes it installable', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons) {
    await readFile(join(DIST, icon.src)); // every icon is in the build
  }
  assert.ok(manifest.icons.some((icon) => icon.sizes === '512x512'));
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  const listed = JSON.parse(/\bFILES\s*=\s*(\[[^\]]*\])/.exec(worker)[1]);
  assert.ok(listed.includes('./index.html'));
  assert.ok(listed.some((file) => /_bg\.wasm$/.test(file)), 'the hashed wasm is precached');
});
