// Called by scripts/wasm-link after linking a module that has split points (the `split`
// feature): cuts it with wasm-split-cli into the main module, which replaces the linker's
// output, and chunks with their loader module, written to `<profile dir>/split/` for
// scripts/stage-split.mjs. One fix-up: the main module exports its function table (the chunks
// add their functions to it) as `__indirect_function_table`, a name wasm-bindgen removes as
// the linker's own; it is exported under another name of the same length, and the loader asks
// for that one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const TABLE = '__indirect_function_table';
const RENAMED = '__wasm_split_shared_table';

const [linked] = process.argv.slice(2);
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

/** `module` with the export `from` renamed `to` (same length, so no size changes). */
function renameExport(module, from, to) {
  if (from.length !== to.length) throw new Error('names must have the same length');
  let offset = 8; // magic and version
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = module[offset++];
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  while (offset < module.length) {
    const id = module[offset++];
    const size = leb();
    const end = offset + size;
    if (id === 7) {
      const count = leb();
      for (let i = 0; i < count; i++) {
        const length = leb();
        const name = module.toString('utf8', offset, offset + length);
        if (name === from) {
          const out = Buffer.from(module);
          out.write(to, offset, 'utf8');
          return out;
        }
        offset += length + 1; // name, kind
        leb(); // index
      }
      break;
    }
    offset = end;
  }
  throw new Error(`no export named ${from}`);
}
