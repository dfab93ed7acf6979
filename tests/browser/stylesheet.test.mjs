// The release build's stylesheet is style/main.css minified (scripts/minify-css.mjs), linked
// with its integrity hash, and the page is styled by it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyCss } from '../../scripts/minify-css.mjs';
import { DIST, start, openPage } from '../support/fixtures.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

test('the minifier keeps every space that can carry meaning', () => {
  const css = `/* a comment */
.a :focus { color: red; }
.b > .c + .d ~ .e { width: calc(1px + 2px) ; margin: 0 auto; }
@media (min-width: 40rem) {
  .f { font: 16px/1.5 system-ui, "Segoe UI", sans-serif; }
}
input[type="range"] { x: 1 }`;
  assert.equal(
    minifyCss(css),
    '.a :focus{color: red}.b > .c + .d ~ .e{width: calc(1px + 2px);margin: 0 auto}' +
      '@media (min-width: 40rem){.f{font: 16px/1.5 system-ui, "Segoe UI", sans-serif}}' +
      'input[type="range"]{x: 1}',
  );
  // What it would have to parse, it refuses.
  assert.throws(() => minifyCss('.a { background: url(x.png); }'), /url\(\)/);
  assert.throws(() => minifyCss('.a::after { content: "{  }"; }'), /cannot keep the string/);
});

test('the page loads the minified stylesheet and is styled by it', async () => {
  const [name] = readdirSync(DIST).filter((file) => /^main-[0-9a-f]{16}\.css$/.test(file));
  const served = readFileSync(join(DIST, name), 'utf8');
  assert.equal(served, minifyCss(readFileSync(new URL('../../style/main.css', import.meta.url), 'utf8')));
  const app = await openPage(env);
  const radius = await app.cards.first().evaluate((card) => getComputedStyle(card).borderTopLeftRadius);
  assert.equal(radius, '14px');
  assert.deepEqual(app.errors, []);
  await app.close();
});
