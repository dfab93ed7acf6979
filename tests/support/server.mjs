// A static file server for the built app, on loopback only. Used by the browser tests and the
// serve script; it needs nothing but Node's standard library.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Whether `file` is `base` or inside it: `startsWith` alone let `/..%2Fdist-secret/x` out. */
export function inside(base, file) {
  const path = relative(base, file);
  return path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port), plus `extra` files given as
 * { '/path': string or Buffer } (tests use it for model files), or as a function that answers
 * the request itself: (request, response) => void. Resolves to { server, url }.
 */
export function serve(root, port = 0, extra = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      if (Object.hasOwn(extra, path)) {
        if (typeof extra[path] === 'function') {
          extra[path](request, response);
          return;
        }
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        response.end(extra[path]);
        return;
      }
      let file = join(base, path);
      if (!inside(base, file)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ready) => {
    server.listen(port, '127.0.0.1', () => {
      ready({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

// `node tests/support/server.mjs dist 8080` serves from the command line.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port));
  console.log(`payband is served at ${url} (Ctrl-C to stop)`);
}
