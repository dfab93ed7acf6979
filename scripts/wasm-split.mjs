// Called by scripts/wasm-link after linking with relocations kept. A module without split points
// only loses the relocations (custom sections wasm-bindgen and wasm-opt would keep). A module with
// split points (the `split` feature) is cut with wasm-split-cli into the main module, which
// replaces the linker's output, and chunks with their loader module, written to
// `<profile dir>/split/` for scripts/stage-split.mjs. One fix-up: the main module exports its
// function table (the chunks add their functions to it) as `__indirect_function_table`, a name
// wasm-bindgen removes as the linker's own; it is exported under another name of the same length,
// and the loader asks for that one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readLeb, sections } from './wasm-module.mjs';

const TABLE = '__indirect_function_table';
const RENAMED = '__wasm_split_shared_table';

const [linked] = process.argv.slice(2);
const bytes = readFileSync(linked);
if (!bytes.includes('__wasm_split_load_')) {
  writeFileSync(linked, withoutSections(bytes, (name) => name === 'linking' || name.startsWith('reloc.')));
  process.exit(0);
}
const splitDir = join(dirname(dirname(linked)), 'split');
rmSync(splitDir, { recursive: true, force: true });
mkdirSync(splitDir, { recursive: true });
execFileSync('wasm-split-cli', [linked, splitDir, '--out-name', 'payband'], { stdio: 'inherit' });

const main = readFileSync(join(splitDir, 'payband.wasm'));
writeFileSync(linked, renameExport(main, TABLE, RENAMED));
rmSync(join(splitDir, 'payband.wasm'));
const loaderPath = join(splitDir, '__wasm_split.js');
const loader = readFileSync(loaderPath, 'utf8');
if (!loader.includes(TABLE)) throw new Error(`the loader does not ask for ${TABLE}`);
writeFileSync(
  loaderPath,
  loader.replace(new RegExp(`(const \\{[^}]*)\\b${TABLE}\\b`), `$1${RENAMED}: ${TABLE}`),
);

/** `module` without the custom sections whose name `drop` accepts. */
function withoutSections(module, drop) {
  const kept = [module.subarray(0, 8)]; // magic and version
  for (const { id, start, body, end } of sections(module)) {
    // Custom section names here are all under 128 bytes, so their length is one LEB byte.
    const name = id === 0 ? module.toString('utf8', body + 1, body + 1 + module[body]) : null;
    if (!(id === 0 && module[body] < 0x80 && drop(name))) kept.push(module.subarray(start, end));
  }
  return Buffer.concat(kept);
}

/** `module` with the export `from` renamed `to` (same length, so no size changes). */
function renameExport(module, from, to) {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const exports = [...sections(module)].find(({ id }) => id === 7);
  if (exports) {
    let [count, at] = readLeb(module, exports.body);
    for (let i = 0; i < count; i++) {
      const [length, nameStart] = readLeb(module, at);
      if (module.toString('utf8', nameStart, nameStart + length) === from) {
        const out = Buffer.from(module);
        out.write(to, nameStart, 'utf8');
        return out;
      }
      at = readLeb(module, nameStart + length + 1)[1]; // past the name, the kind and the index
    }
  }
  throw new Error(`no export named ${from}`);
}
