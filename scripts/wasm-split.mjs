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

/** Reads an unsigned LEB128 number of `module` at `at.offset`, moving past it. */
function leb(module, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = module[at.offset++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
    shift += 7;
  }
}

/** `module` without the custom sections whose name `drop` accepts. */
function withoutSections(module, drop) {
  const kept = [module.subarray(0, 8)]; // magic and version
  const at = { offset: 8 };
  while (at.offset < module.length) {
    const start = at.offset;
    const id = module[at.offset++];
    const size = leb(module, at);
    const end = at.offset + size;
    const name = id === 0 ? module.toString('utf8', at.offset + 1, at.offset + 1 + module[at.offset]) : null;
    // Custom section names here are all under 128 bytes, so their length is one LEB byte.
    if (!(id === 0 && module[at.offset] < 0x80 && drop(name))) kept.push(module.subarray(start, end));
    at.offset = end;
  }
  return Buffer.concat(kept);
}

/** `module` with the export `from` renamed `to` (same length, so no size changes). */
function renameExport(module, from, to) {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const at = { offset: 8 }; // magic and version
  while (at.offset < module.length) {
    const id = module[at.offset++];
    const size = leb(module, at);
    const end = at.offset + size;
    if (id === 7) {
      const count = leb(module, at);
      for (let i = 0; i < count; i++) {
        const length = leb(module, at);
        const name = module.toString('utf8', at.offset, at.offset + length);
        if (name === from) {
          const out = Buffer.from(module);
          out.write(to, at.offset, 'utf8');
          return out;
        }
        at.offset += length + 1; // name, kind
        leb(module, at); // index
      }
      break;
    }
    at.offset = end;
  }
  throw new Error(`no export named ${from}`);
}
