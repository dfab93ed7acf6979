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
  const [name] = readdirSync(DIST).filter((file) => /^main-[0-9a-f]{16}\.css$/.test(file));
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
