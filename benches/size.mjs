// What a first visit downloads, raw, gzip and brotli: index.html, every file it references, and
// the service worker it registers. `node benches/size.mjs [dist] [--budget KB]` prints the table
// and exits 1 when the gzip total is over the budget.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The files of the first load, relative to `dist`, in a stable order. */
export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const names = new Set(['index.html']);
  const local = /(?:href|src)="(?!https?:|data:|#)([^"]+)"|['"]\.\/([^'"]+\.(?:js|wasm|css|webmanifest|svg))['"]/g;
  for (const match of html.matchAll(local)) {
    const name = (match[1] ?? match[2]).replace(/^\.\//, '');
    if (existsSync(join(dist, name))) names.add(name);
  }
  if (/serviceWorker\.register\(['"]\.\/sw\.js/.test(html) && existsSync(join(dist, 'sw.js'))) names.add('sw.js');
  return [...names].sort();
}

/** Sizes of each first-load file and the totals, in bytes. */
export function measure(dist) {
  const files = firstLoadFiles(dist).map((name) => {
    const body = readFileSync(join(dist, name));
    return {
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (key) => files.reduce((sum, file) => sum + file[key], 0);
  return { files, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

export function table(size) {
  const rows = size.files.map((f) => `  ${f.name.padEnd(40)} ${kb(f.raw).padStart(8)} ${kb(f.gzip).padStart(8)} ${kb(f.brotli).padStart(8)}`);
  return [
    `  ${'file'.padEnd(40)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`,
    ...rows,
    `  ${'total'.padEnd(40)} ${kb(size.total.raw).padStart(8)} ${kb(size.total.gzip).padStart(8)} ${kb(size.total.brotli).padStart(8)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const budgetAt = args.indexOf('--budget');
  const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
  const dist = args.find((arg, i) => !arg.startsWith('--') && (budgetAt < 0 || i !== budgetAt + 1)) ?? 'dist';
  const size = measure(dist);
  console.log(table(size));
  if (budget !== null) {
    const ok = size.total.gzip <= budget * 1024;
    console.log(`first load gzip ${kb(size.total.gzip)} KB, budget ${budget} KB: ${ok ? 'within' : 'OVER'}`);
    process.exit(ok ? 0 : 1);
  }
}
