// Hardening: what a hostile link, embed, model file or server can do to the page, and what the
// page tells the user when the browser says no. Each test here failed on the build before its fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { DIST, LIVE, expected, shown, start, openPage } from '../support/fixtures.mjs';
import { serve } from '../support/server.mjs';

/** The built-in model renamed (so the page shows which model it uses), as text. */
const FOREIGN = (() => {
  const json = JSON.parse(readFileSync(new URL('../../data/model.json', import.meta.url), 'utf8'));
  json.name = 'A third party’s model';
  return JSON.stringify(json);
})();
const BUILT_IN_NAME = 'payband built-in model (US, 2026)';

/** Responses the tests leave open (a download that never ends), closed after the file. */
const hanging = new Set();
/** Requests that reached the third-party site, by path. */
const thirdPartyHits = [];
/** Whether the browser gave up the endless download of a model file without a length. */
let endlessClosed = false;

let env;
let thirdParty;
before(async () => {
  // Another site, which serves a model to anyone (CORS allows every origin).
  thirdParty = await serve(await mkdtemp(join(tmpdir(), 'payband-third-party-')), 0, {
    '/model.json': (request, response) => {
      thirdPartyHits.push(request.url);
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(FOREIGN);
    },
  });
  env = await start({
    '/models/empty.json': '  \n',
    // An open redirect on payband's own site.
    '/models/moved.json': (request, response) => {
      response.writeHead(302, { location: `${thirdParty.url}model.json` }).end();
    },
    // A file that starts and never finishes.
    '/models/stalled.json': (request, response) => {
      hanging.add(response);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{');
    },
    // A file that says it is 3 MB, sends a little and never finishes.
    '/models/huge.json': (request, response) => {
      hanging.add(response);
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': 3_000_000 });
      response.write('{"name": "');
    },
    // A file without a length that sends 1.2 MB and never finishes.
    '/models/endless.json': (request, response) => {
      hanging.add(response);
      response.on('close', () => (endlessClosed = true));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"name": "');
      for (let i = 0; i < 12; i++) response.write('x'.repeat(100_000));
    },
    '/blog.html': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A blog</title><link rel="icon" href="data:,"></head><body>
      <div id="script-src" data-payband data-src="javascript:top.hijacked=1//">Calculator (script)</div>
      <div id="bad-address" data-payband data-src="http://[">Calculator (bad address)</div>
      <div id="relative" data-payband data-src="./" data-scenario="exp=5"></div>
      <script src="embed.js"></script>
    </body></html>`,
  });
});
after(async () => {
  for (const response of hanging) response.destroy();
  await env?.stop();
  thirdParty?.server.close();
});

/** The first notice's text once the page has said why `?model=` was not used (or has used it). */
async function modelOutcome(page) {
  await page.waitForFunction(
    () => document.querySelector('#link-notice li') || (document.getElementById('model-name')?.textContent ?? 'payband').indexOf('payband') !== 0,
    null,
    { timeout: 10_000 },
  );
  return {
    notice: (await page.locator('#link-notice li').first().textContent({ timeout: 1000 }).catch(() => '')) ?? '',
    model: await page.locator('#model-name').textContent(),
  };
}

// 1. A link freezes the page before the app starts.

/** The inline script of the built index.html that reads the query before the app starts. */
const READING = (() => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1]).find((script) => script.includes('payband:scenario'));
})();

/** Runs that script for `search` (and a remembered scenario): is the page an embed, and how many files it preloads. */
function reading(search, remembered = null) {
  const classes = new Set();
  const preloads = [];
  vm.runInNewContext(READING, {
    URLSearchParams,
    location: { search },
    localStorage: { getItem: () => remembered },
    console: { warn: () => {} },
    document: {
      documentElement: { classList: { add: (name) => classes.add(name) }, dataset: {} },
      head: { append: (link) => preloads.push(link) },
      createElement: () => ({}),
    },
  });
  return { embedded: classes.has('embedded'), preloads: preloads.length };
}

test('the query is read in linear time, with the same meaning (inline script)', () => {
  assert.ok(READING, 'index.html has the script that reads the query');
  const settings = reading('?exp=5').preloads;
  assert.ok(settings > 0, 'a link with settings preloads the link reader');
  for (const [search, want, remembered = null] of [
    ['', { embedded: false, preloads: 0 }],
    ['?exp=5', { embedded: false, preloads: settings }],
    ['??exp=5&', { embedded: false, preloads: settings }],
    ['?m.loc.sf=1.5', { embedded: false, preloads: settings }],
    ['?embed=1', { embedded: true, preloads: 0 }],
    ['?embed=0', { embedded: false, preloads: 0 }],
    ['?embed=0&exp=5', { embedded: false, preloads: settings }],
    ['?embed=1&exp=5', { embedded: true, preloads: settings }],
    ['?model=models/acme.json', { embedded: false, preloads: 0 }],
    ['?utm_source=news&utm_medium=mail', { embedded: false, preloads: 0 }],
    ['', { embedded: false, preloads: settings }, 'exp=5'],
    ['?embed=1', { embedded: true, preloads: 0 }, 'exp=5'],
  ]) {
    assert.deepEqual(reading(search, remembered), want, `${search} (remembered: ${remembered})`);
  }
  // `?` then 80,000 `?`: the regular expression took seconds on it.
  const began = performance.now();
  assert.deepEqual(reading(`?${'?'.repeat(80_000)}`), { embedded: false, preloads: 0 });
  const took = performance.now() - began;
  assert.ok(took < 1000, `read in ${Math.round(took)} ms`);
});

test('a link of a million `?` opens the page at once', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Chromium's regular expressions are faster than Node's: 80,000 `?` cost it 0.15 s, a million
  // (a 1 MB address; it takes 2 MB) 15 s. The server would refuse so long a request line
  // (Node's 16 KB header limit): the browser gets the page without asking it, and its other
  // files from the server as usual.
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  await page.route((url) => url.search.length > 1000, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${env.url}?${'?'.repeat(1_000_000)}`);
  await page.waitForSelector(LIVE);
  // Parsed in about a second now (so long an address slows Chromium down elsewhere too), in
  // 15 s before.
  const parsed = await page.evaluate(() => performance.getEntriesByType('navigation')[0].domInteractive);
  assert.ok(parsed < 5000, `the page was parsed after ${Math.round(parsed)} ms`);
  assert.deepEqual(await shown(page), expected(''));
  assert.deepEqual(errors, []);
  await context.close();
});

// 3. The embed loader only makes web addresses into iframes.

test('the embed loader refuses a data-src that is not http(s), and says so', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await page.goto(`${env.url}blog.html`);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.hijacked), undefined, 'no script ran in the blog');
  // A relative data-src is resolved against the page, and one bad placeholder stops no other.
  const frame = await (await page.locator('#relative iframe').elementHandle({ timeout: 5000 })).contentFrame();
  await frame.waitForSelector(LIVE);
  assert.deepEqual(await shown(frame), expected('exp=5'));
  assert.equal(new URL(frame.url()).origin, new URL(env.url).origin);
  for (const [id, src] of [['script-src', 'javascript:top.hijacked=1//'], ['bad-address', 'http://[']]) {
    assert.equal(await page.locator(`#${id} iframe`).count(), 0, `${id} gets no iframe`);
    assert.match(await page.locator(`#${id}`).textContent(), /^Calculator/, `${id} keeps its content`);
    const said = consoleErrors.find((text) => text.includes(`data-src=${JSON.stringify(src)}`));
    assert.ok(said, `the console names ${src}: ${consoleErrors.join(' | ')}`);
    assert.match(said, /is not an http: or https: address/);
  }
  await context.close();
});

// 9. `?model=` fetches only this site's files, and no more than 1 MB.

test('?model= does not follow a redirect to another site', async () => {
  const { page, context } = await openPage(env, '?model=models/moved.json&exp=5', { serviceWorkers: 'block' });
  const { notice, model } = await modelOutcome(page);
  assert.equal(model, BUILT_IN_NAME);
  assert.match(notice, /“models\/moved\.json” could not be used, .*: the server sent it on to another address, and model files are not fetched through redirects/);
  assert.deepEqual(thirdPartyHits, [], 'the third party was never asked');
  assert.deepEqual(await shown(page), expected('exp=5'));
  await context.close();
});

test('a ?model= that could not be used leaves the link\'s settings for it in the address, and remembers nothing', async () => {
  // `loc=o5` names an option of the model the link was written for, unknown to the built-in one.
  const { page, context } = await openPage(env, '?model=models/moved.json&exp=5&loc=o5', { serviceWorkers: 'block' });
  await modelOutcome(page);
  await page.waitForTimeout(600); // past the moment a settled scenario is written
  assert.match(page.url(), /\?model=models\/moved\.json&exp=5&loc=o5$/);
  assert.equal(await page.evaluate(() => localStorage.getItem('payband:scenario')), null);
  await context.close();
});

test('a ?model= that never finishes arriving is given up after 30 seconds, with a notice', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.clock.install();
  const requested = page.waitForRequest(/models\/stalled\.json$/);
  await page.goto(`${env.url}?model=models/stalled.json&exp=5`);
  await requested;
  await page.clock.fastForward(31_000);
  const { notice, model } = await modelOutcome(page);
  assert.equal(model, BUILT_IN_NAME);
  assert.match(notice, /“models\/stalled\.json” could not be used, .*: it did not arrive within 30 seconds$/);
  assert.deepEqual(await shown(page), expected('exp=5'));
  await context.close();
});

test('?model= refuses a file that says it is over 1 MB, without waiting for it', async () => {
  const { page, context } = await openPage(env, '?model=models/huge.json', { serviceWorkers: 'block' });
  const { notice, model } = await modelOutcome(page);
  assert.equal(model, BUILT_IN_NAME);
  assert.match(notice, /: the file is 3000 KB; a model file may be at most 1000 KB$/);
  await context.close();
});

test('?model= stops reading a file without a length once it passes 1 MB', async () => {
  const { page, context } = await openPage(env, '?model=models/endless.json', { serviceWorkers: 'block' });
  const { notice, model } = await modelOutcome(page);
  assert.equal(model, BUILT_IN_NAME);
  assert.match(notice, /: the file is larger than 1000 KB, the most a model file may be$/);
  for (let i = 0; i < 50 && !endlessClosed; i++) await new Promise((done) => setTimeout(done, 100));
  assert.ok(endlessClosed, 'the download was cancelled');
  await context.close();
});

test('?model= refuses a data: address, and says it is not on a site', async () => {
  // (On a page whose address has the origin "null", a data: address would have matched it: see
  // `off_site` in src/ui/page.rs, whose unit test covers that case.)
  const model = `data:application/json,${encodeURIComponent('{}')}`;
  const { page, context } = await openPage(env, `?model=${encodeURIComponent(model)}&exp=5`, { serviceWorkers: 'block' });
  const { notice } = await modelOutcome(page);
  assert.match(notice, /could not be used, .*: only model files on this site can be used \(a “data:” address is not on a site\)$/);
  assert.deepEqual(await shown(page), expected('exp=5'));
  await context.close();
});

// 11. The server serves nothing outside its folder.

/** GETs `path` from `url` as written (no normalising), resolving to { status, body }. */
function rawGet(url, path) {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(url);
    get({ hostname, port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode, body }));
    }).on('error', fail);
  });
}

test('the server answers nothing outside its folder, however the path is spelled', async () => {
  const root = await mkdtemp(join(tmpdir(), 'payband-serve-'));
  await mkdir(join(root, 'dist'));
  await mkdir(join(root, 'dist-secret'));
  await writeFile(join(root, 'dist', 'index.html'), 'the app');
  await writeFile(join(root, 'dist', '..notes.txt'), 'two dots, but inside');
  await writeFile(join(root, 'dist-secret', 'x.txt'), 'secret');
  await writeFile(join(root, 'secret.txt'), 'secret');
  const { server, url } = await serve(join(root, 'dist'));
  try {
    for (const path of ['/..%2Fdist-secret/x.txt', '/%2e%2e%2fdist-secret%2fx.txt', '/..%2F..%2F' + root.slice(1) + '/secret.txt', '/..%2Fsecret.txt']) {
      const { status, body } = await rawGet(url, path);
      assert.ok(status === 403 || status === 404, `${path}: ${status}`);
      assert.doesNotMatch(body, /secret/, path);
    }
    assert.deepEqual(await rawGet(url, '/'), { status: 200, body: 'the app' });
    assert.deepEqual(await rawGet(url, '/..notes.txt'), { status: 200, body: 'two dots, but inside' });
  } finally {
    server.close();
    await rm(root, { recursive: true });
  }
});

// 12. A new deployment leaves an open tab of the old build working.

test('an open tab of the previous build still gets its parts after a new deployment', async () => {
  const site = await mkdtemp(join(tmpdir(), 'payband-deploy-'));
  await cp(DIST, site, { recursive: true });
  const { server, url } = await serve(site);
  const context = await env.browser.newContext();
  try {
    const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).sort());
    const until = async (check, what) => {
      for (let i = 0; i < 100; i++) {
        if (await check()) return;
        await new Promise((done) => setTimeout(done, 100));
      }
      assert.fail(`timed out waiting for ${what}`);
    };

    // Tab A opens the first build, and its worker takes it over.
    const old = await context.newPage();
    const errors = [];
    old.on('pageerror', (error) => errors.push(error.message));
    await old.goto(url);
    await old.waitForSelector(LIVE);
    await old.evaluate(() => navigator.serviceWorker.ready);
    await until(() => old.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker to control tab A');
    const worker = await readFile(join(site, 'sw.js'), 'utf8');
    const first = /\bVERSION\s*=\s*"([0-9a-f]+)"/.exec(worker)[1];
    await until(async () => (await cacheNames(old)).join() === `payband-${first}`, 'the first build to be cached');

    // A new deployment: the offer table's chunk is replaced (a new name; the old one is gone from
    // the server), and the new build's worker lists its files. Tab A has not opened it yet.
    const chunk = (await readdir(site)).find((name) => /^split_offers-[0-9a-f]{8}\.wasm$/.test(name));
    await cp(join(site, chunk), join(site, 'split_offers-0123456789abcdef.wasm'));
    await rm(join(site, chunk));
    const html = await readFile(join(site, 'index.html'), 'utf8');
    await writeFile(join(site, 'index.html'), html.replace('<head>', '<head><meta name="payband-build" content="2">'));
    const second = 'fedcba9876543210';
    await writeFile(
      join(site, 'sw.js'),
      worker.replace(first, second).replace(`"./${chunk}"`, '"./split_offers-0123456789abcdef.wasm"'),
    );

    // Tab B opens the new build, whose worker installs and takes over both tabs.
    const fresh = await context.newPage();
    await fresh.goto(url);
    await fresh.waitForSelector(LIVE);
    assert.equal(await fresh.locator('meta[name="payband-build"]').count(), 1);
    await until(
      () => fresh.evaluate(async (version) => {
        const registration = await navigator.serviceWorker.getRegistration();
        return !registration.installing && !registration.waiting && registration.active?.state === 'activated' && (await caches.keys()).includes(`payband-${version}`);
      }, second),
      'the second build to take over',
    );

    // Tab A opens the offer table: its chunk comes from the first build's cache, kept for it.
    await old.click('#pin-offer');
    await old.waitForSelector('#offer-table, .slot-failed');
    assert.equal(await old.locator('.slot-failed').count(), 0, 'tab A was told it is offline');
    assert.equal(await old.locator('#offer-table').count(), 1);
    assert.deepEqual(errors, []);

    // Once tab A is closed, the next visit leaves only the new build's cache.
    await old.close();
    await fresh.reload();
    await fresh.waitForSelector(LIVE);
    await until(async () => (await cacheNames(fresh)).join() === `payband-${second}`, 'the first build\'s cache to go');
  } finally {
    await context.close();
    server.close();
    await rm(site, { recursive: true });
  }
});

// 13. Copy link says what happened.

test('Copy link says so when the browser refuses to copy', async () => {
  // A context where the clipboard permission is denied (Chromium grants it by default).
  const { page, context } = await openPage(env, '?exp=3', { serviceWorkers: 'block' });
  const session = await context.newCDPSession(page);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  await session.send('Browser.setPermission', {
    permission: { name: 'clipboard-write' },
    setting: 'denied',
    origin: new URL(env.url).origin,
    browserContextId: targetInfo.browserContextId,
  });
  const refused = await page.evaluate(() => navigator.clipboard.writeText('x').then(() => 'written', (error) => error.name));
  assert.equal(refused, 'NotAllowedError', 'this context may not write to the clipboard');
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('.share-status').textContent !== '');
  assert.equal(await page.locator('.share-status').textContent(), 'Could not copy: select the link below and copy it yourself.');
  await page.click('#embed-button');
  await page.click('#embed-panel button');
  await page.waitForFunction(() => document.querySelector('.share-status').textContent.includes('snippet'));
  assert.equal(await page.locator('.share-status').textContent(), 'Could not copy: select the snippet below and copy it yourself.');
  await context.close();
});

// 14. The notice for a refused `?model=` is a whole sentence.

test('a refused ?model= is explained in a whole sentence', async () => {
  const { page, context } = await openPage(env, '?model=models/empty.json', { serviceWorkers: 'block' });
  await page.waitForSelector('#link-notice li');
  assert.equal(
    await page.locator('#link-notice li').first().textContent(),
    'model: “models/empty.json” could not be used, so the built-in model is used instead: the file is empty',
  );
  await context.close();
});

test('the tests catch a Content-Security-Policy violation, and the page refuses inline code', async () => {
  const app = await openPage(env);
  const refused = await app.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    const styled = document.createElement('div');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    return { ran: window.inlineRan === true, color: getComputedStyle(styled).color };
  });
  assert.equal(refused.ran, false, 'the inline script did not run');
  assert.notEqual(refused.color, 'rgb(255, 0, 0)', 'the style attribute was not applied');
  await new Promise((done) => setTimeout(done, 200));
  assert.equal(env.violations.length, 2, env.violations.join('\n'));
  assert.match(env.violations[0], /script-src/);
  assert.match(env.violations[1], /style-src/);
  // Seen and expected: not counted against this file.
  env.violations.length = 0;
  await app.close();
});
