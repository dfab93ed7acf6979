// Gives the wasm's imports from wasm-bindgen's glue short names (`a`, `b`, …) in both the wasm
// and the glue. wasm-bindgen names each import after the JavaScript it calls plus a 16-digit
// hash (`__wbg_addEventListener_847fd86b8c33ec43`); written twice (import section and glue)
// for 120-odd imports, the names cost about 4 KB gzip of the first load, the hashes being
// incompressible. The exports through which the glue calls Rust closures get short names too
// (`_0`, `_1`, …): wasm-bindgen names each after its Rust signature, up to 190 characters
// (`wasm_bindgen_80144d3d955294fd___convert__closures_____invoke___…`), 0.1 KB gzip for four.
// Used by scripts/stage-split.mjs in release builds.
import { leb, readLeb, sections } from './wasm-module.mjs';

const utf8 = new TextEncoder();
const text = new TextDecoder();
const name = (string) => {
  const bytes = utf8.encode(string);
  return [...leb(bytes.length), ...bytes];
};

/** `a` … `Z`, `ba` …: distinct, short, valid as JavaScript property names. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out = letters[index % letters.length] + out;
    index = Math.floor(index / letters.length);
  } while (index > 0);
  return out;
}

/** The exports the glue calls Rust closures through, named after their Rust signature. */
const CLOSURE_EXPORT = /^wasm_bindgen_[0-9a-f]+___convert__closures_/;

/**
 * Renames `old` to `name` where `glue` writes it between `before` and `after` (regular
 * expressions), which must be exactly once, and with `alone`, nowhere else either: a glue whose
 * shape changed fails the build, not the page.
 */
function renameInGlue(glue, old, name, { what, before, after, alone }) {
  const key = new RegExp(`${before}${old}(?=${after})`, 'g');
  const found = glue.match(key)?.length ?? 0;
  const anywhere = glue.split(old).length - 1;
  if (found !== 1 || (alone && anywhere !== 1)) {
    throw new Error(`short-imports: the ${what} ${old} is in the glue ${anywhere} time(s), ${found} where expected`);
  }
  return glue.replace(key, (match) => match.slice(0, match.length - old.length) + name);
}

/**
 * A section's body that is a vector of entries (imports, exports), each rewritten:
 * `rewrite(at)` gives the bytes of the entry at `at` and the offset after it.
 */
function rewriteEntries(body, rewrite) {
  const [count, first] = readLeb(body, 0);
  const out = [...leb(count)];
  let at = first;
  for (let i = 0; i < count; i++) {
    const [bytes, next] = rewrite(at);
    out.push(...bytes);
    at = next;
  }
  return Uint8Array.from(out);
}

/** Skips an import's description (after module and name): the next offset. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  if (kind === 0) return readLeb(bytes, at)[1]; // function: type index
  if (kind === 1) { // table: element type, limits
    at += 1;
    const flags = bytes[at++];
    at = readLeb(bytes, at)[1];
    return flags & 1 ? readLeb(bytes, at)[1] : at;
  }
  if (kind === 2) { // memory: limits
    const flags = bytes[at++];
    at = readLeb(bytes, at)[1];
    return flags & 1 ? readLeb(bytes, at)[1] : at;
  }
  if (kind === 3) return at + 2; // global: value type, mutability
  throw new Error(`unknown import kind ${kind}`);
}

/**
 * Renames every import of `wasm` (bytes) from the glue's own module (`./<crate>_bg.js`) and its
 * key in `glue` (wasm-bindgen's JavaScript, not yet minified), and every closure export and its
 * call in the glue. Throws unless each name is found exactly once where expected (`renameInGlue`):
 * a glue whose shape changed fails the build, not the page.
 */
export function shortenImports(wasm, glue) {
  const parts = [wasm.subarray(0, 8)];
  let renamed = 0;
  let closures = 0;
  for (const section of sections(wasm)) {
    const { id } = section;
    let body = wasm.subarray(section.body, section.end);
    if (id === 2) {
      body = rewriteEntries(body, (at) => {
        const [moduleLength, moduleStart] = readLeb(body, at);
        const importModule = text.decode(body.subarray(moduleStart, moduleStart + moduleLength));
        const [nameLength, nameStart] = readLeb(body, moduleStart + moduleLength);
        let importName = text.decode(body.subarray(nameStart, nameStart + nameLength));
        const descriptionStart = nameStart + nameLength;
        const end = skipDescription(body, descriptionStart);
        if (importModule.endsWith('_bg.js')) {
          const short = shortName(renamed++);
          // An object key, and nowhere else.
          glue = renameInGlue(glue, importName, short, { what: 'import', before: '(?<![\\w$])', after: '\\s*:', alone: true });
          importName = short;
        }
        return [[...name(importModule), ...name(importName), ...body.subarray(descriptionStart, end)], end];
      });
    } else if (id === 7) {
      body = rewriteEntries(body, (at) => {
        const [nameLength, nameStart] = readLeb(body, at);
        let exportName = text.decode(body.subarray(nameStart, nameStart + nameLength));
        const descriptionStart = nameStart + nameLength;
        const end = readLeb(body, descriptionStart + 1)[1]; // kind, then index
        if (CLOSURE_EXPORT.test(exportName)) {
          const short = `_${closures++}`;
          // Called once, as `wasm.<name>(`; the JavaScript function wrapping it has the same name,
          // which terser shortens as it does every local name.
          glue = renameInGlue(glue, exportName, short, { what: 'export', before: '\\.', after: '\\(', alone: false });
          exportName = short;
        }
        return [[...name(exportName), ...body.subarray(descriptionStart, end)], end];
      });
    }
    parts.push(Uint8Array.from([id, ...leb(body.length)]), body);
  }
  if (renamed === 0) throw new Error('short-imports: the wasm imports nothing from the glue');
  if (closures === 0) throw new Error('short-imports: no closure export found (did wasm-bindgen rename them?)');
  return { wasm: Buffer.concat(parts), glue, renamed };
}
