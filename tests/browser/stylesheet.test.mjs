// The release build's stylesheet is style/main.css minified by lightningcss (scripts/stage-split.mjs),
// linked with its integrity hash, and the page is styled by it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { DIST, start, openPage } from '../support/fixtures.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

test('the page loads the minified stylesheet and is styled by it', async () => {
  const [name] = readdirSync(DIST).filter((file) => /^main-[0-9a-f]{8}\.css$/.test(file));
  const served = readFileSync(join(DIST, name), 'utf8');
  const source = readFileSync(new URL('../../style/main.css', import.meta.url));
  assert.equal(served, transform({ filename: name, code: source, minify: true }).code.toString());
  assert.ok(served.length < source.length * 0.95, `minified: ${served.length} of ${source.length} bytes`);
  const app = await openPage(env);
  const radius = await app.cards.first().evaluate((card) => getComputedStyle(card).borderTopLeftRadius);
  assert.equal(radius, '14px');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('the parts lazily loaded chunks draw are styled by style/later.css, which the page adds once it works', async () => {
  const [name] = readdirSync(DIST).filter((file) => /^later-[0-9a-f]{8}\.css$/.test(file));
  assert.ok(name, 'the build writes later-<hash>.css');
  const source = readFileSync(new URL('../../style/later.css', import.meta.url));
  assert.equal(readFileSync(join(DIST, name), 'utf8'), transform({ filename: name, code: source, minify: true }).code.toString());
  const app = await openPage(env);
  await app.waitForBelow();
  // The name the page asks for (build.rs) is the name the build wrote (scripts/stage-split.mjs).
  const linked = await app.page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href?.split('/').pop()));
  assert.ok(linked.includes(name), linked.join(', '));
  await app.page.waitForFunction(() => getComputedStyle(document.querySelector('.steps')).listStyleType === 'none');
  assert.equal(await app.nextSteps.locator('.tag').first().evaluate((tag) => getComputedStyle(tag).textTransform), 'uppercase');
  assert.deepEqual(app.errors, []);
  await app.close();
});
