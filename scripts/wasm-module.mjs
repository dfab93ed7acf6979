// Reading and writing the binary wasm format, as far as the build's fix-ups need it (for
// scripts/wasm-split.mjs and scripts/short-imports.mjs): LEB128 numbers and the section list.

/** Reads an unsigned LEB128 number at `at`: [value, offset after it]. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128 bytes. */
export function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** The sections of `module` in order: id, where the section starts, its body's start and end. */
export function* sections(module) {
  let at = 8; // magic and version
  while (at < module.length) {
    const start = at;
    const id = module[at];
    const [size, body] = readLeb(module, at + 1);
    at = body + size;
    yield { id, start, body, end: at };
  }
}
