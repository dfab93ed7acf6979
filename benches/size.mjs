// What a first visit downloads, raw, gzip and brotli: index.html, every file it references (and
// the modules those import), and the service worker it registers. The wasm chunks split off for
// later (`split_*.wasm`, and `chunk_*.wasm` for code several of them share; fetched when their
// part is first needed, and precached by the service worker once the page has loaded) are listed
// apart. `node benches/size.mjs [dist] [--budget KB]` prints the tables and exits 1 when the
// first load's gzip total is over the budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * Fetched when first needed: chunk files, `split_<part>-<hash>.wasm` and `chunk_<n>-<hash>.wasm`
 * shared by parts, and `later-<hash>.css`, the stylesheet of the parts they draw.
 */
const LATER = /^((split_|chunk_\d).*\.wasm|later-[0-9a-f]{8}\.css)$/;

/** The files of the first load, relative to `dist`, in a stable order. */
export function firstLoadFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const names = new Set(['index.html']);
  const local = /(?:href|src)="(?!https?:|data:|#)([^"]+)"|['"]\.\/([^'"]+\.(?:js|wasm|css|webmanifest|svg))['"]/g;
  for (const match of html.matchAll(local)) {
    const name = (match[1] ?? match[2]).replace(/^\.\//, '');
    // Chunks named in the page are preloaded only when it opens with settings (index.html).
    if (existsSync(join(dist, name)) && !LATER.test(name)) names.add(name);
  }
  if (/serviceWorker\.register\(['"]\.\/sw\.js/.test(html) && existsSync(join(dist, 'sw.js'))) names.add('sw.js');
  // Static imports of the page's modules (the glue imports the chunk loader).
  for (const name of names) {
    if (!name.endsWith('.js') || name === 'sw.js') continue;
    const source = readFileSync(join(dist, name), 'utf8');
    for (const match of source.matchAll(/^import\b[^'"]*['"]\.\/([^'"]+)['"]/gm)) {
      if (existsSync(join(dist, match[1]))) names.add(match[1]);
    }
  }
  return [...names].sort();
}

/** The wasm chunks fetched only when their part of the page is first needed. */
export function laterFiles(dist) {
  return readdirSync(dist).filter((name) => LATER.test(name)).sort();
}

/** Sizes of each first-load file and the totals, in bytes. */
export function measure(dist, names = firstLoadFiles(dist)) {
  const files = names.map((name) => {
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
  const later = laterFiles(dist);
  if (later.length > 0) {
    console.log('\nfetched when first needed (and precached by the service worker after the load):');
    console.log(table(measure(dist, later)));
  }
  if (budget !== null) {
    const ok = size.total.gzip <= budget * 1024;
    console.log(`first load gzip ${kb(size.total.gzip)} KB, budget ${budget} KB: ${ok ? 'within' : 'OVER'}`);
    process.exit(ok ? 0 : 1);
  }
}
