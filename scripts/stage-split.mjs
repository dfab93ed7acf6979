// Trunk post_build hook: stages the wasm chunks that scripts/wasm-link split off (the `split`
// feature). Each chunk is optimised like the main module and named by its contents; the loader
// module is pointed at them and at Trunk's glue, and named by its contents too; the glue is
// pointed at the loader and renamed by its new contents, and index.html follows (with a new
// integrity hash). So every file keeps a content-hashed name and the service worker can cache
// them forever. In release builds both modules are minified (terser): Trunk's own JS minifier
// cannot parse wasm-bindgen's glue once it imports the loader. A build without split points
// (the benchmark's baseline) gets the same minified, renamed glue. Release builds also give the
// main module's imports from the glue, and the exports the glue calls Rust closures through,
// short names (scripts/short-imports.mjs; off with PAYBAND_SHORT_IMPORTS=0) and minify the
// stylesheets with lightningcss, the library Trunk's own minifier uses: style/main.css, which
// Trunk inlines into index.html, and style/later.css.
// docs/build.md lists each step with what it buys.
import { readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { minify } from 'terser';
import { transform as transformCss } from 'lightningcss';
import { shortenImports } from './short-imports.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const targetDir = process.env.CARGO_TARGET_DIR ?? 'target';
const splitDir = join(targetDir, 'wasm32-unknown-unknown', profile, 'split');
const LOADER = './__wasm_split.js';

/** Minified in release builds; debug builds keep readable modules. */
const shrink = async (code) =>
  profile === 'release' ? (await minify(code, { module: true, ecma: 2020 })).code : code;
// A build file's name carries the first 8 hex digits of its content's SHA-256: plenty to tell
// one build's file from another's, and each name is written again in sw.js, the chunk loader and
// index.html, where 16 digits cost 0.3 KB gzip of the first load (hex does not compress).
const short = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 8);
const files = await readdir(staging);
// Trunk's glue: `<crate>-<hash>.js` (the loader, once written, is `split-<hash>.js`). Trunk
// writes its hash without leading zeros, so it has up to 16 hex digits, not always 16.
const TRUNK_HASH = '[0-9a-f]{1,16}';
const glueName = files.find((name) => new RegExp(`^(?!split-)[\\w-]+-${TRUNK_HASH}\\.js$`).test(name));
if (!glueName) throw new Error(`no <crate>-<hash>.js in ${staging}`);
const crate = glueName.replace(new RegExp(`-${TRUNK_HASH}\\.js$`), '');
let glue = await readFile(join(staging, glueName), 'utf8');
const split = glue.includes(`from "${LOADER}"`);

/**
 * The files part `name` needs, its own last, as the loader that wasm-split wrote fetches them:
 * `export const __wasm_split_load_<name> = …"./split_<name>.wasm"…, [__chunk_6, …]));`.
 */
function partFiles(loader, name) {
  const found = new RegExp(
    `__wasm_split_load_${name} = [\\s\\S]*?"\\./(split_${name}\\.wasm)"[\\s\\S]*?, \\[([\\w, ]*)\\]\\)\\);`,
  ).exec(loader);
  if (!found) throw new Error(`the split loader has no part "${name}"`);
  const shared = found[2].split(',').map((chunk) => chunk.trim()).filter(Boolean);
  return [...shared.map((chunk) => `${chunk.replace(/^__/, '')}.wasm`), found[1]];
}

let loader = '';
let chunks = [];
/** The link reader's files, preloaded by index.html when the page opens with settings. */
let linkReader = [];
if (split) {
  loader = await readFile(join(splitDir, '__wasm_split.js'), 'utf8');
  linkReader = partFiles(loader, 'links');
  chunks = (await readdir(splitDir)).filter((name) => name.endsWith('.wasm'));
  // The same wasm-opt settings as the main module's, read from index.html.
  const source = await readFile('index.html', 'utf8');
  const level = source.match(/data-wasm-opt="([^"]*)"/)?.[1] ?? 'z';
  const params = source.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '';
  const wasmOpt = [`-O${level}`, ...params.split(' ').filter(Boolean)];
  for (const chunk of chunks) {
    const optimised = join(staging, chunk);
    execFileSync('wasm-opt', [...wasmOpt, join(splitDir, chunk), '-o', optimised]);
    const bytes = await readFile(optimised);
    const hashed = chunk.replace(/\.wasm$/, `-${short(bytes)}.wasm`);
    await writeFile(join(staging, hashed), bytes);
    await rm(optimised);
    loader = loader.replaceAll(`"./${chunk}"`, `"./${hashed}"`);
    linkReader = linkReader.map((file) => (file === chunk ? hashed : file));
  }
}
// The loader and the glue name each other. The loader's name is drawn from its text with the
// glue left out and from the glue as Trunk wrote it; the glue's new name from its text with
// the loader's name in. So a name never stays while its file's contents change.
const loaderName = `split-${short(loader + glue)}.js`;
if (split) {
  // Only the module import moves: the wasm still imports its loader functions by the old name.
  const importOf = (name) => new RegExp(`(from\\s*)"${name.replace('.', '\\.')}"`, 'g');
  glue = glue.replace(importOf(LOADER), `$1"./${loaderName}"`);
  if (importOf(LOADER).test(glue)) throw new Error('the glue still imports the loader by its old name');
}
let html = await readFile(join(staging, 'index.html'), 'utf8');
/** `html` with file `name` renamed to `renamed` and the integrity hash of its link updated. */
const relink = (html, name, renamed, contents) => {
  const integrity = `sha384-${createHash('sha384').update(contents).digest('base64')}`;
  return html.replaceAll(name, renamed).replace(
    new RegExp(`(href="\\./${renamed.replace('.', '\\.')}"[^>]*integrity=")[^"]*(")`),
    `$1${integrity}$2`,
  );
};

let renamedImports = 0;
if (profile === 'release' && process.env.PAYBAND_SHORT_IMPORTS !== '0') {
  // Short names for imports and closure exports, in the main module and the glue.
  const wasmName = files.find((name) => name.startsWith(`${crate}-`) && name.endsWith('_bg.wasm'));
  if (!wasmName) throw new Error(`no ${crate}-<hash>_bg.wasm in ${staging}`);
  const shortened = shortenImports(await readFile(join(staging, wasmName)), glue);
  glue = shortened.glue;
  renamedImports = shortened.renamed;
  const newWasmName = `${crate}-${short(shortened.wasm)}_bg.wasm`;
  await rm(join(staging, wasmName));
  await writeFile(join(staging, newWasmName), shortened.wasm);
  html = relink(html, wasmName, newWasmName, shortened.wasm);
}

// style/later.css, the stylesheet of the parts lazily loaded chunks draw: named by its source's
// hash, as build.rs names it for the page, which adds it once it works (ui::page). Payband's
// own: the benchmark's baseline page shares this script.
if (crate === 'payband') {
  const source = await readFile(new URL('../style/later.css', import.meta.url));
  const css = profile === 'release' ? transformCss({ filename: 'later.css', code: source, minify: true }).code : source;
  await writeFile(join(staging, `later-${short(source)}.css`), css);
}

// style/main.css, inlined by Trunk (`rel="inline"` in index.html) as a bare `<style>` element.
const STYLE = /<style>([\s\S]*?)<\/style>/g;
if (crate === 'payband' && [...html.matchAll(STYLE)].length !== 1) {
  throw new Error('index.html should have exactly one <style>, Trunk\'s inlined style/main.css');
}
if (profile === 'release') {
  for (const [whole, source] of [...html.matchAll(STYLE)]) {
    const css = transformCss({ filename: 'main.css', code: Buffer.from(source), minify: true }).code.toString();
    html = html.replace(whole, () => `<style>${css}</style>`);
  }
}

glue = await shrink(glue);
const newGlueName = `${crate}-${short(glue)}.js`;
if (split) {
  loader = await shrink(loader.replace(`"./${crate}.js"`, `"./${newGlueName}"`));
  await writeFile(join(staging, loaderName), loader);
}
await rm(join(staging, glueName));
await writeFile(join(staging, newGlueName), glue);
html = relink(html, glueName, newGlueName, glue);
// The inline script that preloads the link reader gets its files; every inline script
// (`<script>` without attributes: not Trunk's module) is minified.
const LINK_READER = '[/* link reader files */]';
if (split && !html.includes(LINK_READER)) throw new Error(`index.html has no ${LINK_READER} to fill in`);
html = html.replace(LINK_READER, JSON.stringify(linkReader.map((file) => `./${file}`)));
for (const [whole, script] of [...html.matchAll(/<script>([^<]*)<\/script>/g)]) {
  const minified = `<script>${(await shrink(script)).trim()}</script>`;
  html = html.replace(whole, () => minified);
}
// index.html's comments are for whoever edits it: release builds drop them (0.15 KB gzip).
if (profile === 'release') html = html.replace(/<!--[\s\S]*?-->/g, '');
await writeFile(join(staging, 'index.html'), html);
console.log(
  `stage-split: ${chunks.length} chunk(s)${split ? `, loader ${loaderName}` : ''}, glue ${newGlueName}` +
    `, ${renamedImports} import(s) renamed`,
);
