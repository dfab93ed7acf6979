// The release build's first stylesheet is style/main.css minified by lightningcss
// (scripts/stage-split.mjs) and inlined into index.html by Trunk, so the first paint waits for no
// second request; the page is styled by it, within its Content-Security-Policy.
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

test('the page carries its minified stylesheet inline, links no other but the later one, and is styled by it', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
  const source = readFileSync(new URL('../../style/main.css', import.meta.url));
  assert.deepEqual(inline, [transform({ filename: 'main.css', code: source, minify: true }).code.toString()]);
  assert.ok(inline[0].length < source.length * 0.95, `minified: ${inline[0].length} of ${source.length} bytes`);
  assert.deepEqual(readdirSync(DIST).filter((file) => file.endsWith('.css') && !file.startsWith('later-')), []);
  const app = await openPage(env);
  const radius = await app.cards.first().evaluate((card) => getComputedStyle(card).borderTopLeftRadius);
  assert.equal(radius, '14px');
  // The inline one first; the only other is style/later.css, which the app adds once it works.
  const sheets = await app.page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href?.split('/').pop() ?? 'inline'));
  assert.equal(sheets[0], 'inline');
  assert.ok(sheets.slice(1).every((name) => name.startsWith('later-')), sheets.join(', '));
  // A policy without the style's hash would leave the page unstyled and say so in the console.
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
