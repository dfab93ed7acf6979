// "Your numbers, not ours": editable assumptions, model files (opened, linked, downloaded),
// currencies and periods, and the offer comparison, in the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { computed, expected, shown, start, openPage, showSources, LIVE } from '../support/fixtures.mjs';
import { decodePng } from '../support/png.mjs';

const BUILT_IN = readFileSync(new URL('../../data/model.json', import.meta.url), 'utf8');

/** The built-in model with `change` applied to its parsed JSON, as text. */
function modelWith(change) {
  const json = JSON.parse(BUILT_IN);
  change(json);
  return JSON.stringify(json, null, 2);
}

const CUSTOM = modelWith((json) => {
  json.name = 'Acme survey 2026';
  json.bands[1].low.value = 100000;
  json.bands[1].high.value = 130000;
  json.locations.options.push({
    id: 'ber',
    label: 'Berlin',
    factor: { value: 0.8, assumption: 'A test location.' },
  });
});

/** A model with one problem per location and per industry (more than the page lists). */
const MANY_PROBLEMS = modelWith((json) => {
  for (const option of [...json.locations.options, ...json.industries.options]) option.factor.value = -1;
});
const MANY = ((json) => json.locations.options.length + json.industries.options.length)(JSON.parse(MANY_PROBLEMS));

let env;
before(async () => {
  env = await start({
    '/models/acme.json': CUSTOM,
    '/models/many-problems.json': MANY_PROBLEMS,
    '/models/broken.json': modelWith((json) => {
      json.bands[1].high.value = 95000;
      json.bands[1].low.value = 120000;
    }),
  });
});
after(async () => {
  await env?.stop();
});

/** Waits until the page's figures equal `want` (they follow every input event). */
async function figuresBecome(page, want) {
  await page
    .waitForFunction((want) => {
      return Object.entries(want).every(([id, value]) => {
        const shown = document.getElementById(id)?.dataset.value;
        return shown === String(value);
      });
    }, want, { timeout: 5000 })
    .catch(() => {});
  assert.deepEqual(await shown(page), want);
}

/** Waits until the address bar holds `query` (it is written once input settles). */
async function addressBecomes(page, query) {
  await page.waitForFunction((q) => location.search === q, query, { timeout: 5000 }).catch(() => {});
  assert.equal(new URL(page.url()).search, query);
}

test('editing an assumption changes exactly its figures, survives the link and resets', async () => {
  const { page, context, errors } = await openPage(env, '?loc=sf');
  await showSources(page);
  await page.click('#assumptions summary');
  const row = page.locator('[data-key="loc.sf"]');
  assert.equal(await page.locator('#fig-loc-sf').inputValue(), '1.35');
  await page.fill('#fig-loc-sf', '1.5');
  await figuresBecome(page, expected('loc=sf&m.loc.sf=1.5'));
  assert.notDeepEqual(expected('loc=sf&m.loc.sf=1.5'), expected('loc=sf'));
  assert.match(await row.getAttribute('class'), /changed/);
  assert.match(await row.textContent(), /Changed by you from \+35%/);
  assert.match(await page.locator('#edited-note').textContent(), /1 figure you changed/);
  assert.equal(await page.locator('#changes').textContent().then((t) => t.includes('1 figure changed')), true);
  await addressBecomes(page, '?loc=sf&m.loc.sf=1.5');
  // Another location is untouched by the edit.
  await page.selectOption('#loc', 'chi');
  await figuresBecome(page, expected('loc=chi'));
  await page.selectOption('#loc', 'sf');
  await figuresBecome(page, expected('loc=sf&m.loc.sf=1.5'));

  // The link carries the edit into a fresh browser (the field follows once input settles).
  await page.waitForFunction(() => document.getElementById('share-link').value.endsWith('?loc=sf&m.loc.sf=1.5'));
  const link = await page.locator('#share-link').inputValue();
  const fresh = await openPage(env, new URL(link).search);
  assert.deepEqual(await shown(fresh.page), expected('loc=sf&m.loc.sf=1.5'));
  // A link that changes an assumption shows every figure and opens the assumptions, so the
  // change is in sight.
  await fresh.page.waitForSelector('#assumptions li');
  assert.ok(await fresh.page.locator('#show-sources').isHidden());
  assert.equal(await fresh.page.locator('#assumptions').getAttribute('open'), '');
  assert.equal(await fresh.page.locator('#fig-loc-sf').inputValue(), '1.5');
  assert.match(await fresh.page.locator('[data-key="loc.sf"]').getAttribute('class'), /changed/);
  await fresh.context.close();

  // Reset one figure: back to the article's model, the link loses the edit.
  await row.getByRole('button', { name: /Reset/ }).click();
  await figuresBecome(page, expected('loc=sf'));
  assert.equal(await page.locator('#fig-loc-sf').inputValue(), '1.35');
  assert.equal(await page.locator('#edited-note').count(), 0);
  await addressBecomes(page, '?loc=sf');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a refused edit or reset says why and changes nothing; reset all clears every edit', async () => {
  const { page, context, errors } = await openPage(env, '?exp=4');
  await showSources(page);
  const before = await shown(page);
  await page.fill('#fig-band-mid-high', '90000');
  const message = page.locator('[data-key="band.mid.high"] .figure-error');
  assert.equal(await message.textContent(), 'bands.mid.high: 90000 is below low 95000');
  assert.equal(await page.locator('#fig-band-mid-high').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await shown(page), before);
  await page.fill('#fig-band-mid-high', 'lots');
  assert.match(await message.textContent(), /Not a number/);
  assert.deepEqual(await shown(page), before);
  // A valid value clears the message and applies.
  await page.fill('#fig-band-mid-high', '130000');
  assert.equal(await message.textContent(), '');
  await page.fill('#fig-avg', '90000');
  await figuresBecome(page, expected('exp=4&m.band.mid.high=130000&m.avg=90000'));
  assert.match(await page.locator('#changes').textContent(), /2 figures changed/);
  // Resetting one figure that another change relies on is refused, with the reason.
  await page.fill('#fig-band-entry-high', '100000');
  await page.fill('#fig-band-entry-low', '95000');
  const entryHigh = page.locator('[data-key="band.entry.high"]');
  await entryHigh.getByRole('button', { name: /Reset/ }).click();
  assert.equal(
    await entryHigh.locator('.figure-error').textContent(),
    'Not reset, as that would break a rule: bands.entry.high: 90000 is below low 95000',
  );
  assert.equal(await page.locator('#fig-band-entry-high').inputValue(), '100000');
  assert.match(await page.locator('#changes').textContent(), /4 figures changed/);
  await figuresBecome(page, expected('exp=4&m.band.mid.high=130000&m.avg=90000&m.band.entry.high=100000&m.band.entry.low=95000'));
  await page.click('#reset-edits');
  await figuresBecome(page, before);
  assert.equal(await page.locator('#fig-band-mid-high').inputValue(), '120000');
  assert.ok(await page.locator('#reset-edits').isDisabled());
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad edit in a link falls back to the model with a notice', async () => {
  const { page, context } = await openPage(env, '?m.band.mid.high=90000&m.loc.sf=abc&m.loc.nyc=1.3&m.nope=2');
  const notice = await page.locator('#link-notice').textContent();
  assert.match(notice, /m\.band\.mid\.high: not used, the model's value is kept: 90000 is below low 95000/);
  assert.match(notice, /m\.loc\.sf: “abc” is not a number/);
  assert.match(notice, /m\.nope: not used/);
  assert.deepEqual(await shown(page), expected('m.loc.nyc=1.3'));
  await addressBecomes(page, '?m.loc.nyc=1.3');
  await context.close();
});

/** Ten-plus malformed model files and what the page must say about each. */
const BAD_FILES = [
  ['wrong type', modelWith((j) => (j.premium_cap.value = 'lots')), 'premium_cap.value: invalid type: string "lots", expected a number'],
  ['missing field', modelWith((j) => delete j.bands[2].high), 'bands[2]: missing field `high`'],
  ['negative band', modelWith((j) => (j.bands[0].low.value = -5)), 'bands.entry.low: -5 is outside the sane range'],
  ['inverted band', modelWith((j) => { j.bands[1].high.value = 95000; j.bands[1].low.value = 120000; }), 'bands.mid.high: 95000 is below low 120000'],
  ['unknown id', modelWith((j) => (j.languages.default = 'cobol')), 'languages.default: unknown id "cobol"'],
  ['duplicate ids', modelWith((j) => (j.skills[1].id = 'docker')), 'skills.docker.id: duplicate id "docker"'],
  ['huge number', BUILT_IN.replace('94000', '1e999'), 'national_average.value'],
  ['absurd pay', modelWith((j) => (j.bands[2].high.value = 1e12)), 'bands.senior.high: 1000000000000 is outside the sane range'],
  ['non-UTF-8 bytes', Buffer.concat([Buffer.from('{"format": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), 'the file is not UTF-8 text'],
  ['10 MB file', Buffer.alloc(10 << 20, 32), 'a model file may be at most 1000 KB'],
  ['empty file', '', 'the file is empty'],
  ['not JSON', '{"format": ', 'EOF while parsing'],
  ['unsourced figure', modelWith((j) => delete j.national_average.quote), 'national_average: needs a source'],
];

test('ten malformed model files each get a clear message and change nothing', async () => {
  const { page, context, errors } = await openPage(env, '?exp=7&loc=aus');
  await showSources(page);
  await page.click('#assumptions summary');
  await page.fill('#fig-loc-aus', '1.1');
  const want = expected('exp=7&loc=aus&m.loc.aus=1.1');
  await figuresBecome(page, want);
  for (const [name, body, message] of BAD_FILES) {
    await page.setInputFiles('#model-open', {
      name: `${name}.json`,
      mimeType: 'application/json',
      buffer: Buffer.isBuffer(body) ? body : Buffer.from(body),
    });
    const status = page.locator('#model-status');
    await page.waitForFunction((n) => document.getElementById('model-status')?.textContent.includes(n), `${name}.json`);
    const text = await status.textContent();
    assert.match(text, new RegExp(`“${name}\\.json” could not be used`), name);
    assert.ok(text.includes(message), `${name}: expected “${message}” in “${text}”`);
    // The page keeps working on the model it had, with everything the user entered.
    assert.equal(await page.locator('#model-name').textContent(), 'payband built-in model (US, 2026)');
    assert.deepEqual(await shown(page), want, name);
    assert.equal(await page.locator('#fig-loc-aus').inputValue(), '1.1');
  }
  await page.fill('#exp', '8');
  await figuresBecome(page, expected('exp=8&loc=aus&m.loc.aus=1.1'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a downloaded model loads back to identical figures', async () => {
  const { page, context, errors } = await openPage(env, '?exp=6&loc=nyc&co=startup&pos=80');
  await showSources(page);
  await page.click('#assumptions summary');
  await page.fill('#fig-loc-nyc', '1.3125');
  await page.fill('#fig-co-startup-risk', '0.4');
  const edited = expected('exp=6&loc=nyc&co=startup&pos=80&m.loc.nyc=1.3125&m.co.startup.risk=0.4');
  await figuresBecome(page, edited);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#model-download')]);
  assert.equal(download.suggestedFilename(), 'payband-model.json');
  const saved = readFileSync(await download.path(), 'utf8');
  const json = JSON.parse(saved);
  assert.equal(json.locations.options.find((o) => o.id === 'nyc').factor.value, 1.3125);
  assert.match(json.locations.options.find((o) => o.id === 'nyc').factor.assumption, /^Changed by a payband user from 1\.13/);

  // Forget the edits, then open the saved file: the same figures, now as the model's own.
  await page.click('#reset-edits');
  await figuresBecome(page, expected('exp=6&loc=nyc&co=startup&pos=80'));
  await page.setInputFiles('#model-open', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await figuresBecome(page, edited);
  assert.match(await page.locator('#model-status').textContent(), /Now using “mine\.json”/);
  assert.match(await page.locator('.model-file').textContent(), /opened from your device/);
  assert.equal(await page.locator('#fig-loc-nyc').inputValue(), '1.3125');
  assert.match(await page.locator('#changes').textContent(), /No figure changed/);
  // And downloading again gives the same file.
  const [again] = await Promise.all([page.waitForEvent('download'), page.click('#model-download')]);
  assert.equal(readFileSync(await again.path(), 'utf8'), saved);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?model= uses a model file from the same site, with the link read against it', async () => {
  const { page, context, errors } = await openPage(env, '?model=models/acme.json&exp=5&loc=ber');
  // The page opens on every figure of the model it was pointed at (the built-in model is compiled
  // in; reading another one fetches the reader first).
  await page.waitForFunction(() => document.getElementById('model-name')?.textContent === 'Acme survey 2026');
  // Mid level 100k–130k, Berlin at 0.8: the page computes with the custom bands.
  await page.waitForFunction(() => document.getElementById('loc').value === 'ber');
  const low = Number(await page.locator('#low').getAttribute('data-value'));
  assert.equal(low, 80000);
  assert.equal(await page.locator('#link-notice').count(), 0);
  await addressBecomes(page, '?model=models/acme.json&exp=5&loc=ber');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken or foreign ?model= leaves the built-in model and says why', async () => {
  for (const [model, message] of [
    ['models/broken.json', 'bands.mid.high: 95000 is below low 120000'],
    ['models/missing.json', 'the server answered 404'],
    ['https://example.com/model.json', 'only model files on this site can be used'],
  ]) {
    const { page, context, errors } = await openPage(env, `?model=${encodeURIComponent(model)}&exp=5&loc=aus`);
    await page.waitForSelector('#link-notice');
    const notice = await page.locator('#link-notice').textContent();
    assert.ok(notice.includes(`“${model}” could not be used`), notice);
    assert.ok(notice.includes(message), `${message} in ${notice}`);
    assert.deepEqual(await shown(page), expected('exp=5&loc=aus'));
    assert.equal(await page.locator('#model-name').textContent(), 'payband built-in model (US, 2026)');
    assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
    await context.close();
  }
});

test('?model= without the reader\'s code (offline) says so and keeps the built-in model and the link', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/\/split_reader-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${env.url}?model=models/acme.json&exp=5&loc=aus`);
  await page.waitForSelector('#link-notice');
  const notice = await page.locator('#link-notice').textContent();
  assert.match(notice, /“models\/acme\.json” could not be used, so the built-in model is: the code that reads model files could not be loaded/);
  assert.deepEqual(await shown(page), expected('exp=5&loc=aus'));
  await page.waitForTimeout(500);
  assert.equal(new URL(page.url()).search, '?model=models/acme.json&exp=5&loc=aus');
  await context.close();
});

test('a model file is refused, and nothing changes, when the link reader cannot be fetched', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // The bare page needs no link reader; the model file does (its settings are read again).
  await page.route(/\/split_links-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(env.url);
  await page.waitForSelector(LIVE);
  await page.fill('#exp', '9');
  await figuresBecome(page, expected('exp=9'));
  await showSources(page);
  await page.setInputFiles('#model-open', { name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(CUSTOM) });
  await page.waitForFunction(() => document.getElementById('model-status')?.textContent.includes('acme.json'));
  assert.match(await page.locator('#model-status').textContent(), /“acme\.json” could not be used\. The page keeps the model it had/);
  assert.match(await page.locator('#model-status').textContent(), /could not be loaded \(this browser seems to be offline\)/);
  assert.equal(await page.locator('#model-name').textContent(), 'payband built-in model (US, 2026)');
  assert.deepEqual(await shown(page), expected('exp=9'));
  // Online again, the same file is used.
  await page.unroute(/\/split_links-[0-9a-f]+\.wasm$/);
  await page.setInputFiles('#model-open', { name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(CUSTOM) });
  await page.waitForFunction(() => /Now using “acme\.json”/.test(document.getElementById('model-status')?.textContent));
  assert.notEqual(await page.locator('#model-name').textContent(), 'payband built-in model (US, 2026)');
  await context.close();
});

test('a file with many problems lists the first twelve and counts the rest, opened or linked', async () => {
  assert.ok(MANY > 13, 'the fixture has more problems than the page lists');
  const { page, context, errors } = await openPage(env, '?model=models%2Fmany-problems.json');
  await page.waitForSelector('#link-notice');
  const lines = await page.locator('#link-notice li').allTextContents();
  assert.equal(lines.length, 13, lines.join('\n'));
  assert.match(lines[0], /could not be used, so the built-in model is: locations\.options\.us\.factor: -1 is outside the sane range/);
  assert.equal(lines[12], `model: and ${MANY - 12} more`);
  // A page opened with ?model= shows the sources panel, with its model file box, from the start.
  await page.waitForSelector('#model-open');
  await page.setInputFiles('#model-open', { name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(MANY_PROBLEMS) });
  await page.waitForFunction(() => document.getElementById('model-status')?.textContent.includes('many.json'));
  const listed = await page.locator('#model-status li').allTextContents();
  assert.equal(listed.length, 13, listed.join('\n'));
  assert.equal(listed[12], `and ${MANY - 12} more`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** `cents` as the page writes money: symbol, thousands separators, two decimals. */
function money(symbol, cents) {
  const sign = cents < 0 ? '\u2212' : '';
  const units = Math.abs(cents) / 100;
  return sign + symbol + units.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

test('a link\'s changed figure is saved with the article\'s words, though the page starts without them', async () => {
  // The page starts on the built-in model without its quotes and reasons (they come with the
  // panel's code); the edited model is made again once they are in.
  const { page, context, errors } = await openPage(env, '?m.band.mid.low=96000');
  await page.waitForSelector('[data-key="band.mid.low"]');
  const model = JSON.parse(BUILT_IN);
  const quote = model.bands[1].low.quote;
  assert.ok(quote && (await page.locator('[data-key="band.mid.low"]').textContent()).includes(quote));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#model-download')]);
  const saved = readFileSync(await download.path(), 'utf8');
  const json = JSON.parse(saved);
  assert.equal(json.bands[1].low.value, 96000);
  assert.equal(json.bands[1].low.assumption, `Changed by a payband user from 95000. Before: the article: “${quote}”`);
  assert.equal(json.about, model.about);
  assert.equal(json.national_average.quote, model.national_average.quote);
  assert.ok(!saved.includes('…'), 'no placeholder left in the saved file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('currencies and periods convert to the cent, with an editable rate', async () => {
  const { page, context, errors } = await openPage(env, '?exp=5&loc=sf&cur=eur&per=month');
  const model = JSON.parse(BUILT_IN);
  const eur = model.currencies.options.find((c) => c.id === 'eur');
  const figures = await shown(page);
  const monthly = (usd, rate) => money('€', Math.round((usd * rate * 100) / 12));
  for (const id of ['low', 'median', 'high', 'base', 'total']) {
    assert.equal(await page.locator(`#${id}`).textContent(), monthly(figures[id], eur.per_usd.value), id);
  }
  assert.match(await page.locator('.headline').textContent(), /base a month/);
  // The rate, its date and its source are next to the currency.
  assert.equal(await page.locator('#rate').inputValue(), String(eur.per_usd.value));
  const rateBox = await page.locator('.rate').textContent();
  assert.ok(rateBox.includes(eur.as_of) && rateBox.includes('IMF'), rateBox);
  await page.fill('#rate', '0.9');
  await page.waitForFunction((t) => document.getElementById('median').textContent === t, monthly(figures.median, 0.9));
  assert.equal(await page.locator('#total').textContent(), monthly(figures.total, 0.9));
  await addressBecomes(page, '?exp=5&loc=sf&cur=eur&per=month&m.cur.eur=0.9');
  // Hourly in dollars: yearly pay over the model's hours per year.
  await page.selectOption('#cur', 'usd');
  await page.check('#per-hour');
  const hours = model.hours_per_year.value;
  await page.waitForFunction((t) => document.getElementById('median').textContent === t, money('$', Math.round((figures.median * 100) / hours)));
  assert.match(await page.locator('#hours-note').textContent(), /2080 working hours/);
  // Yearly in pounds: whole pounds.
  await page.selectOption('#cur', 'gbp');
  await page.check('#per-year');
  const gbp = model.currencies.options.find((c) => c.id === 'gbp').per_usd.value;
  const pounds = '£' + Math.round(figures.median * gbp).toLocaleString('en-US');
  await page.waitForFunction((t) => document.getElementById('median').textContent === t, pounds);
  // data-value stays in US dollars a year, for embedders and tests.
  assert.deepEqual(await shown(page), figures);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two offers side by side match the model, live in the link, swap and clear', async () => {
  const { page, context, errors } = await openPage(env, '?exp=5&co=enterprise');
  assert.equal(await page.locator('#offer-table').count(), 0);
  await page.click('#pin-offer');
  await page.waitForSelector('#offer-table');
  await page.check('#co-startup');
  const query = 'exp=5&co=startup&vs=1&vs.exp=5&vs.co=enterprise';
  const model = computed(query);
  await figuresBecome(page, expected(query));
  const cells = () =>
    page.evaluate(() => {
      const out = { a: {}, b: {}, diff: {} };
      for (const row of document.querySelectorAll('#offer-table tbody tr')) {
        for (const cell of row.querySelectorAll('td[data-offer]')) {
          out[cell.dataset.offer][row.dataset.row] = Number(cell.dataset.value);
        }
      }
      return out;
    });
  const table = await cells();
  assert.deepEqual(table.a, model.offer_a);
  assert.deepEqual(table.b, model.offer_b);
  for (const row of Object.keys(model.offer_a)) {
    assert.equal(table.diff[row], model.offer_b[row] - model.offer_a[row], row);
  }
  assert.equal(table.a.vesting, 4 * table.a.total);
  const totalRow = page.locator('[data-row="total"]');
  assert.equal(await totalRow.locator('[data-offer="a"]').textContent(), '$' + model.offer_a.total.toLocaleString('en-US'));
  const verdict = await page.locator('#offer-verdict').textContent();
  const gap = Math.abs(model.offer_b.vesting - model.offer_a.vesting).toLocaleString('en-US');
  assert.equal(verdict, `Offer ${model.offer_b.vesting > model.offer_a.vesting ? 'B' : 'A'} pays $${gap} more over four years.`);
  assert.match(await page.locator('#offer-table thead').textContent(), /equity counted at 35%/);
  await addressBecomes(page, `?${query}`);

  // The link restores both offers.
  const fresh = await openPage(env, `?${query}`);
  await fresh.page.waitForSelector('#offer-table');
  assert.equal(await fresh.page.locator('#offer-table tbody tr').count(), 6);
  assert.equal(await fresh.page.locator('[data-row="total"] [data-offer="a"]').getAttribute('data-value'), String(model.offer_a.total));
  await fresh.context.close();

  // Swap: enterprise is the current settings again, the startup offer is pinned.
  await page.click('#swap-offers');
  assert.ok(await page.locator('#co-enterprise').isChecked());
  await figuresBecome(page, expected('exp=5&co=enterprise'));
  const swapped = await cells();
  assert.deepEqual(swapped.a, model.offer_b);
  assert.deepEqual(swapped.b, model.offer_a);
  await page.click('#clear-offers');
  assert.equal(await page.locator('#offer-table').count(), 0);
  await addressBecomes(page, '?exp=5&co=enterprise');
  assert.deepEqual(errors, []);
  await context.close();
});

/** A startup pinned as offer A and an enterprise as offer B, both at 5 years in San Francisco. */
const TWO_OFFERS = '?exp=5&loc=sf&co=enterprise&vs=1&vs.exp=5&vs.loc=sf&vs.co=startup';

/**
 * How far the offer table's scroller is painted from the card's colour at its left edge, middle
 * and right edge (0: no shadow), scrolled to `scrollLeft`. Only the scroller's own background is
 * painted: the table keeps its size but is hidden.
 */
async function tableShadows(page, scrollLeft) {
  const scroller = page.locator('.table-scroll');
  await page.locator('#offer-table').evaluate((table) => (table.style.visibility = 'hidden'));
  const card = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--card').trim());
  const [cr, cg, cb] = [1, 3, 5].map((i) => parseInt(card.slice(i, i + 2), 16));
  await scroller.evaluate((el, left) => (el.scrollLeft = left), scrollLeft);
  const image = decodePng(await scroller.screenshot());
  const distance = (x) => {
    const [r, g, b] = image.pixel(x, image.height >> 1);
    return Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb);
  };
  return { left: distance(0), middle: distance(image.width >> 1), right: distance(image.width - 1) };
}

test('on a 360 px phone the offer table fits its card, six-digit yearly amounts and all', async () => {
  const { page, context } = await openPage(env, TWO_OFFERS, {
    viewport: { width: 360, height: 800 },
  });
  await page.waitForSelector('#offer-table');
  const [shown, needed] = await page.evaluate(() => {
    const scroller = document.getElementById('offer-table').closest('.table-scroll');
    return [scroller.clientWidth, scroller.scrollWidth];
  });
  assert.ok(needed <= shown, `the table needs ${needed} px of ${shown}`);
  const shadows = await tableShadows(page, 0);
  assert.ok(shadows.left <= 3 && shadows.right <= 3, `nothing to scroll to, no shadow: ${JSON.stringify(shadows)}`);
  await context.close();
});

test('on a 320 px phone the offer table breaks its column heads between words, never inside one', async () => {
  const { page, context } = await openPage(env, TWO_OFFERS, {
    viewport: { width: 320, height: 800 },
  });
  await page.waitForSelector('#offer-table');
  // A word drawn on two lines has two boxes.
  const broken = await page.$$eval('#offer-table thead th', (heads) => {
    const found = [];
    for (const head of heads) {
      const walker = document.createTreeWalker(head, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const word of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          if (range.getClientRects().length > 1) found.push(word[0]);
        }
      }
    }
    return found;
  });
  assert.deepEqual(broken, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`a table too wide for a 320 px phone shows a shadow on the side with more to scroll to (${colorScheme})`, async () => {
    const { page, context } = await openPage(env, TWO_OFFERS, {
      viewport: { width: 320, height: 800 },
      colorScheme,
    });
    await page.waitForSelector('#offer-table');
    const [shown, needed] = await page.locator('.table-scroll').evaluate((el) => [el.clientWidth, el.scrollWidth]);
    assert.ok(needed > shown, `the table scrolls: ${needed} px in ${shown}`);
    const start = await tableShadows(page, 0);
    assert.ok(start.left <= 3 && start.middle <= 3 && start.right >= 30, `at the start, a shadow on the right only: ${JSON.stringify(start)}`);
    const end = await tableShadows(page, needed);
    assert.ok(end.left >= 30 && end.middle <= 3 && end.right <= 3, `at the end, on the left only: ${JSON.stringify(end)}`);
    await context.close();
  });
}
