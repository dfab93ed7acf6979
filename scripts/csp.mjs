// Trunk post_build hook (after stage-split.mjs, before service-worker.mjs): fills in index.html's
// Content-Security-Policy. Scripts run only from this origin or by the hash of the exact inline
// script the build wrote (Trunk's module that starts the wasm, and index.html's own), never by
// 'unsafe-inline'; styles likewise, with the hash of the inline stylesheet (style/main.css). No
// style attribute is allowed: the app sets its widths as properties, which a policy does not
// restrict.
//
// It reaches into what Trunk wrote, so it fails the build on what it cannot vouch for: no policy
// placeholder, a style attribute, an inline event handler, a `javascript:` URL, or an inline
// script that loads nothing. `frame-ancestors` cannot be set by a <meta>: docs/build.md says
// which headers a host adds.
// Run by hand on any built directory: TRUNK_STAGING_DIR=dist node scripts/csp.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('TRUNK_STAGING_DIR is not set');
  process.exit(1);
}

const PLACEHOLDER = '<meta http-equiv="Content-Security-Policy" content="filled in by scripts/csp.mjs">';
const indexPath = join(staging, 'index.html');
const html = await readFile(indexPath, 'utf8');
if (html.split(PLACEHOLDER).length !== 2) throw new Error(`csp: index.html must hold ${PLACEHOLDER} once`);
if (html.indexOf(PLACEHOLDER) > html.indexOf('<script')) throw new Error('csp: the policy must come before the first script');

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const unique = (list) => [...new Set(list)];

const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter(([, attributes]) => !/\ssrc=/.test(attributes))
  .map(([, , body]) => body);
if (scripts.some((body) => body.trim() === '')) throw new Error('csp: an inline <script> without a body');
const styleElements = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => body);
// The markup, without the inline scripts' text, in which `<` and `style=` mean nothing.
const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
const styleAttribute = /<[^>]*\sstyle\s*=/i.exec(markup);
if (styleAttribute) throw new Error(`csp: a style attribute would be refused: ${styleAttribute[0].slice(0, 80)}`);
const handler = /<[^>]*\son[a-z]+\s*=/i.exec(html);
if (handler) throw new Error(`csp: an inline event handler would be refused: ${handler[0].slice(0, 80)}`);
if (/javascript:/i.test(markup)) {
  throw new Error('csp: a javascript: URL would be refused');
}

const styleHashes = unique(styleElements.map(hash));
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${unique(scripts.map(hash)).join(' ')}`,
  `style-src 'self'${styleHashes.map((h) => ` ${h}`).join('')}`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
await writeFile(indexPath, html.replace(PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${policy}">`));
console.error(`csp: ${scripts.length} inline script(s) and ${styleHashes.length} style(s) hashed`);
