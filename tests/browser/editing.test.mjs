// "Your numbers, not ours": editable assumptions, model files (opened, linked, downloaded),
// currencies and periods, and the offer comparison, in the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { computed, expected, start, openPage } from '../support/fixtures.mjs';
import { SELECTORS, payband } from '../support/page.mjs';
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
async function figuresBecome(app, want) {
  await app.waitForFigures(want, { timeout: 5000 }).catch(() => {});
  assert.deepEqual(await app.figuresShown(), want);
}

/** Waits until the address bar holds `query` (it is written once input settles). */
async function addressBecomes(app, query) {
  await app.waitForAddress({ is: query }, { timeout: 5000 }).catch(() => {});
  assert.equal(app.address(), query);
}

test('editing an assumption changes exactly its figures, survives the link and resets', async () => {
  const app = await openPage(env, '?loc=sf');
  await app.openFiguresPanel();
  await app.openAssumptions();
  const sf = app.modelFigure('loc.sf');
  assert.equal(await sf.field.inputValue(), '1.48');
  await app.editFigure('loc.sf', '1.5');
  await figuresBecome(app, expected('loc=sf&m.loc.sf=1.5'));
  assert.notDeepEqual(expected('loc=sf&m.loc.sf=1.5'), expected('loc=sf'));
  assert.match(await sf.row.getAttribute('class'), /changed/);
  assert.match(await sf.row.textContent(), /Changed by you from \+48%/);
  assert.match(await app.editedNote.textContent(), /1 figure you changed/);
  assert.equal(await app.changes.textContent().then((t) => t.includes('1 figure changed')), true);
  await addressBecomes(app, '?loc=sf&m.loc.sf=1.5');
  // Another location is untouched by the edit.
  await app.chooseLocation('chi');
  await figuresBecome(app, expected('loc=chi'));
  await app.chooseLocation('sf');
  await figuresBecome(app, expected('loc=sf&m.loc.sf=1.5'));

  // The link carries the edit into a fresh browser (the field follows once input settles).
  await app.waitForLinkField({ endsWith: '?loc=sf&m.loc.sf=1.5' });
  const link = await app.linkField.inputValue();
  const fresh = await openPage(env, new URL(link).search);
  assert.deepEqual(await fresh.figuresShown(), expected('loc=sf&m.loc.sf=1.5'));
  // A link that changes an assumption shows every figure and opens the assumptions, so the
  // change is in sight.
  await fresh.waitForAssumptions();
  assert.ok(await fresh.showSourcesButton.isHidden());
  assert.equal(await fresh.assumptions.getAttribute('open'), '');
  assert.equal(await fresh.modelFigure('loc.sf').field.inputValue(), '1.5');
  assert.match(await fresh.modelFigure('loc.sf').row.getAttribute('class'), /changed/);
  await fresh.close();

  // Reset one figure: back to the article's model, the link loses the edit.
  await app.resetFigure('loc.sf');
  await figuresBecome(app, expected('loc=sf'));
  assert.equal(await sf.field.inputValue(), '1.48');
  assert.equal(await app.editedNote.count(), 0);
  await addressBecomes(app, '?loc=sf');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a refused edit or reset says why and changes nothing; reset all clears every edit', async () => {
  const app = await openPage(env, '?exp=4');
  await app.openFiguresPanel();
  const before = await app.figuresShown();
  const midHigh = app.modelFigure('band.mid.high');
  await app.editFigure('band.mid.high', '90000');
  assert.equal(await midHigh.error.textContent(), 'bands.mid.high: 90000 is below low 95000');
  assert.equal(await midHigh.field.getAttribute('aria-invalid'), 'true');
  // The reason is part of the field's description, for a screen reader coming back to it.
  const description = await midHigh.field.evaluate((field) =>
    field.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '));
  assert.match(description, /^bands\.mid\.high: 90000 is below low 95000 /);
  assert.deepEqual(await app.figuresShown(), before);
  await app.editFigure('band.mid.high', 'lots');
  assert.match(await midHigh.error.textContent(), /Not a number/);
  assert.deepEqual(await app.figuresShown(), before);
  // A valid value clears the message and applies.
  await app.editFigure('band.mid.high', '130000');
  assert.equal(await midHigh.error.textContent(), '');
  await app.editFigure('avg', '90000');
  await figuresBecome(app, expected('exp=4&m.band.mid.high=130000&m.avg=90000'));
  assert.match(await app.changes.textContent(), /2 figures changed/);
  // Resetting one figure that another change relies on is refused, with the reason.
  await app.editFigure('band.entry.high', '100000');
  await app.editFigure('band.entry.low', '95000');
  const entryHigh = app.modelFigure('band.entry.high');
  await app.resetFigure('band.entry.high');
  assert.equal(
    await entryHigh.error.textContent(),
    'Not reset, as that would break a rule: bands.entry.high: 90000 is below low 95000',
  );
  assert.equal(await entryHigh.field.inputValue(), '100000');
  assert.match(await app.changes.textContent(), /4 figures changed/);
  await figuresBecome(app, expected('exp=4&m.band.mid.high=130000&m.avg=90000&m.band.entry.high=100000&m.band.entry.low=95000'));
  await app.resetAllEdits();
  await figuresBecome(app, before);
  assert.equal(await midHigh.field.inputValue(), '120000');
  // Dimmed, and still where the keyboard was.
  assert.equal(await app.resetEditsButton.getAttribute('aria-disabled'), 'true');
  assert.ok(await app.resetEditsButton.evaluate((button) => button === document.activeElement));
  // A figure's Reset hides once pressed: the focus goes to the figure.
  const average = app.modelFigure('avg');
  await app.editFigure('avg', '90000');
  await app.resetFigure('avg');
  await figuresBecome(app, before);
  assert.ok(await average.field.evaluate((field) => field === document.activeElement));
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a bad edit in a link falls back to the model with a notice', async () => {
  const app = await openPage(env, '?m.band.mid.high=90000&m.loc.sf=abc&m.loc.nyc=1.3&m.nope=2');
  const notice = await app.linkNotice.textContent();
  assert.match(notice, /m\.band\.mid\.high: not used, the model's value is kept: 90000 is below low 95000/);
  assert.match(notice, /m\.loc\.sf: “abc” is not a number/);
  assert.match(notice, /m\.nope: not used/);
  assert.deepEqual(await app.figuresShown(), expected('m.loc.nyc=1.3'));
  await addressBecomes(app, '?m.loc.nyc=1.3');
  await app.close();
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
  const app = await openPage(env, '?exp=7&loc=aus');
  await app.openFiguresPanel();
  await app.openAssumptions();
  await app.editFigure('loc.aus', '1.1');
  const want = expected('exp=7&loc=aus&m.loc.aus=1.1');
  await figuresBecome(app, want);
  for (const [name, body, message] of BAD_FILES) {
    await app.openModelFile(`${name}.json`, body);
    await app.waitForModelStatus({ includes: `${name}.json` });
    const text = await app.modelStatus.textContent();
    assert.match(text, new RegExp(`“${name}\\.json” could not be used`), name);
    assert.ok(text.includes(message), `${name}: expected “${message}” in “${text}”`);
    // The page keeps working on the model it had, with everything the user entered.
    assert.equal(await app.modelName.textContent(), 'payband built-in model (US, 2026)');
    assert.deepEqual(await app.figuresShown(), want, name);
    assert.equal(await app.modelFigure('loc.aus').field.inputValue(), '1.1');
  }
  await app.setExperience(8);
  await figuresBecome(app, expected('exp=8&loc=aus&m.loc.aus=1.1'));
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a downloaded model loads back to identical figures', async () => {
  const app = await openPage(env, '?exp=6&loc=nyc&co=startup&pos=80');
  await app.openFiguresPanel();
  await app.openAssumptions();
  await app.editFigure('loc.nyc', '1.3125');
  await app.editFigure('co.startup.risk', '0.4');
  const edited = expected('exp=6&loc=nyc&co=startup&pos=80&m.loc.nyc=1.3125&m.co.startup.risk=0.4');
  await figuresBecome(app, edited);
  const download = await app.downloadModel();
  assert.equal(download.suggestedFilename(), 'payband-model.json');
  const saved = readFileSync(await download.path(), 'utf8');
  const json = JSON.parse(saved);
  assert.equal(json.locations.options.find((o) => o.id === 'nyc').factor.value, 1.3125);
  assert.match(json.locations.options.find((o) => o.id === 'nyc').factor.assumption, /^Changed by a payband user from 1\.227/);

  // Forget the edits, then open the saved file: the same figures, now as the model's own.
  await app.resetAllEdits();
  await figuresBecome(app, expected('exp=6&loc=nyc&co=startup&pos=80'));
  await app.openModelFile('mine.json', saved);
  await figuresBecome(app, edited);
  assert.match(await app.modelStatus.textContent(), /Now using “mine\.json”/);
  assert.match(await app.modelFileBox.textContent(), /opened from your device/);
  assert.equal(await app.modelFigure('loc.nyc').field.inputValue(), '1.3125');
  assert.match(await app.changes.textContent(), /No figure changed/);
  // And downloading again gives the same file.
  const again = await app.downloadModel();
  assert.equal(readFileSync(await again.path(), 'utf8'), saved);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('?model= uses a model file from the same site, with the link read against it', async () => {
  const app = await openPage(env, '?model=models/acme.json&exp=5&loc=ber');
  // The page opens on every figure of the model it was pointed at (the built-in model is compiled
  // in; reading another one fetches the reader first).
  await app.waitForModelName({ is: 'Acme survey 2026' });
  // Mid level 100k–130k, Berlin at 0.8: the page computes with the custom bands.
  await app.waitForLocation({ is: 'ber' });
  const low = Number(await app.amount('low').getAttribute('data-value'));
  assert.equal(low, 80000);
  assert.equal(await app.linkNotice.count(), 0);
  await addressBecomes(app, '?model=models/acme.json&exp=5&loc=ber');
  assert.deepEqual(app.errors, []);
  await app.close();
});

/**
 * A page object on a fresh page whose `models/acme.json` is held back until `release()`, then
 * answered by `answer` (by default, the file itself).
 */
async function withModelHeld(answer = (route) => route.continue()) {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage(), { context });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await app.page.route(/\/models\/acme\.json$/, async (route) => {
    await held;
    await answer(route);
  });
  return { app, release };
}

test('while a ?model= file is on its way, the page says its figures are the built-in model’s', async () => {
  const { app, release } = await withModelHeld();
  await app.visit(`${env.url}?model=models/acme.json&exp=5&loc=ber`);
  assert.equal(
    await app.modelNote.textContent(),
    'Loading the model from models/acme.json: until it arrives, these figures are the built-in model’s.',
  );
  assert.equal(await app.modelNote.getAttribute('role'), 'status');
  assert.equal(await app.modelName.textContent(), 'payband built-in model (US, 2026)');
  release();
  await app.waitForModelName({ is: 'Acme survey 2026' });
  await app.modelNote.waitFor({ state: 'hidden' });
  assert.equal(Number(await app.amount('low').getAttribute('data-value')), 80000);
  await app.close();
});

for (const [outcome, answer] of [
  ['arrives', (route) => route.continue()],
  ['fails', (route) => route.fulfill({ status: 404, body: 'gone' })],
]) {
  test(`a ?model= file that ${outcome} after the user opened their own leaves theirs in use, and says so`, async () => {
    // The link's file is held back until the user has opened one of their own.
    const { app, release } = await withModelHeld(answer);
    await app.visit(`${env.url}?model=models/acme.json&exp=5`);
    await app.waitForModelFileInput();
    await app.openModelFile('mine.json', modelWith((json) => (json.name = 'Mine 2026')));
    await app.waitForModelStatus({ matches: /Now using “mine\.json”/ });
    release();
    await app.waitForLinkNotice();
    assert.equal(await app.modelNote.isVisible(), false, 'no longer loading');
    assert.equal(
      await app.noticeLines.allTextContents().then((lines) => lines.join('\n')),
      'model: “models/acme.json” was not used: you opened your own file while it was fetched',
    );
    assert.equal(await app.modelName.textContent(), 'Mine 2026');
    await app.close();
  });
}

test('a broken or foreign ?model= leaves the built-in model and says why', async () => {
  for (const [model, message] of [
    ['models/broken.json', 'bands.mid.high: 95000 is below low 120000'],
    ['models/missing.json', 'the server answered 404'],
    ['https://example.com/model.json', 'only model files on this site can be used'],
  ]) {
    const app = await openPage(env, `?model=${encodeURIComponent(model)}&exp=5&loc=aus`);
    await app.waitForLinkNotice();
    const notice = await app.linkNotice.textContent();
    assert.ok(notice.includes(`“${model}” could not be used`), notice);
    assert.ok(notice.includes(message), `${message} in ${notice}`);
    assert.deepEqual(await app.figuresShown(), expected('exp=5&loc=aus'));
    assert.equal(await app.modelName.textContent(), 'payband built-in model (US, 2026)');
    assert.equal(await app.modelNote.isVisible(), false, 'no longer loading: the notice says why');
    assert.deepEqual(app.errors.filter((e) => !e.includes('404')), []);
    await app.close();
  }
});

test('?model= without the reader\'s code (offline) says so and keeps the built-in model and the link', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage());
  await app.page.route(/\/split_reader-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await app.page.goto(`${env.url}?model=models/acme.json&exp=5&loc=aus`);
  await app.waitForLinkNotice();
  const notice = await app.linkNotice.textContent();
  assert.match(notice, /“models\/acme\.json” could not be used, so the built-in model is used instead: the code that reads model files could not be loaded/);
  assert.deepEqual(await app.figuresShown(), expected('exp=5&loc=aus'));
  await app.page.waitForTimeout(500);
  assert.equal(app.address(), '?model=models/acme.json&exp=5&loc=aus');
  await app.close();
});

test('a model file is refused, and nothing changes, when the link reader cannot be fetched', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const app = payband(await context.newPage());
  // The bare page needs no link reader; the model file does (its settings are read again).
  await app.page.route(/\/split_links-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await app.visit(env.url);
  await app.setExperience(9);
  await figuresBecome(app, expected('exp=9'));
  await app.openFiguresPanel();
  await app.openModelFile('acme.json', CUSTOM);
  await app.waitForModelStatus({ includes: 'acme.json' });
  assert.match(await app.modelStatus.textContent(), /“acme\.json” could not be used\. The page keeps the model it had/);
  assert.match(await app.modelStatus.textContent(), /could not be loaded \(this browser seems to be offline\)/);
  assert.equal(await app.modelName.textContent(), 'payband built-in model (US, 2026)');
  assert.deepEqual(await app.figuresShown(), expected('exp=9'));
  // Online again, the same file is used.
  await app.page.unroute(/\/split_links-[0-9a-f]+\.wasm$/);
  await app.openModelFile('acme.json', CUSTOM);
  await app.waitForModelStatus({ matches: /Now using “acme\.json”/ });
  assert.notEqual(await app.modelName.textContent(), 'payband built-in model (US, 2026)');
  await app.close();
});

test('a file with many problems lists the first twelve and counts the rest, opened or linked', async () => {
  assert.ok(MANY > 13, 'the fixture has more problems than the page lists');
  const app = await openPage(env, '?model=models%2Fmany-problems.json');
  await app.waitForLinkNotice();
  const lines = await app.noticeLines.allTextContents();
  assert.equal(lines.length, 13, lines.join('\n'));
  assert.match(lines[0], /could not be used, so the built-in model is used instead: locations\.options\.us\.factor: -1 is outside the sane range/);
  assert.equal(lines[12], `model: and ${MANY - 12} more`);
  // A page opened with ?model= shows the sources panel, with its model file box, from the start.
  await app.waitForModelFileInput();
  await app.openModelFile('many.json', MANY_PROBLEMS);
  await app.waitForModelStatus({ includes: 'many.json' });
  const listed = await app.modelStatusLines.allTextContents();
  assert.equal(listed.length, 13, listed.join('\n'));
  assert.equal(listed[12], `and ${MANY - 12} more`);
  assert.deepEqual(app.errors, []);
  await app.close();
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
  const app = await openPage(env, '?m.band.mid.low=96000');
  await app.waitForModelFigure('band.mid.low');
  const midLow = app.modelFigure('band.mid.low');
  const model = JSON.parse(BUILT_IN);
  const quote = model.bands[1].low.quote;
  assert.ok(quote && (await midLow.row.textContent()).includes(quote));
  const download = await app.downloadModel();
  const saved = readFileSync(await download.path(), 'utf8');
  const json = JSON.parse(saved);
  assert.equal(json.bands[1].low.value, 96000);
  assert.equal(json.bands[1].low.assumption, `Changed by a payband user from 95000. Before: the article: “${quote}”`);
  assert.equal(json.about, model.about);
  assert.equal(json.national_average.quote, model.national_average.quote);
  assert.ok(!saved.includes('…'), 'no placeholder left in the saved file');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('currencies and periods convert to the cent, with an editable rate', async () => {
  const app = await openPage(env, '?exp=5&loc=sf&cur=eur&per=month');
  const model = JSON.parse(BUILT_IN);
  const eur = model.currencies.options.find((c) => c.id === 'eur');
  const figures = await app.figuresShown();
  const monthly = (usd, rate) => money('€', Math.round((usd * rate * 100) / 12));
  for (const id of ['low', 'median', 'high', 'base', 'total']) {
    assert.equal(await app.amount(id).textContent(), monthly(figures[id], eur.per_usd.value), id);
  }
  assert.match(await app.headline.textContent(), /base a month/);
  // The rate, its date and its source are next to the currency.
  assert.equal(await app.rate.inputValue(), String(eur.per_usd.value));
  const rateBox = await app.rateBox.textContent();
  assert.ok(rateBox.includes(eur.as_of) && rateBox.includes('IMF'), rateBox);
  await app.setRate('0.9');
  await app.waitForAmountText('median', { is: monthly(figures.median, 0.9) });
  assert.equal(await app.amount('total').textContent(), monthly(figures.total, 0.9));
  await addressBecomes(app, '?exp=5&loc=sf&cur=eur&per=month&m.cur.eur=0.9');
  // Hourly in dollars: yearly pay over the model's hours per year.
  await app.chooseCurrency('usd');
  await app.choosePeriod('hour');
  const hours = model.hours_per_year.value;
  await app.waitForAmountText('median', { is: money('$', Math.round((figures.median * 100) / hours)) });
  assert.match(await app.hoursNote.textContent(), /2080 working hours/);
  // Yearly in pounds: whole pounds.
  await app.chooseCurrency('gbp');
  await app.choosePeriod('year');
  const gbp = model.currencies.options.find((c) => c.id === 'gbp').per_usd.value;
  const pounds = '£' + Math.round(figures.median * gbp).toLocaleString('en-US');
  await app.waitForAmountText('median', { is: pounds });
  // data-value stays in US dollars a year, for embedders and tests.
  assert.deepEqual(await app.figuresShown(), figures);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('two offers side by side match the model, live in the link, swap and clear', async () => {
  const app = await openPage(env, '?exp=5&co=enterprise');
  assert.equal(await app.offerTable.count(), 0);
  await app.pinOffer();
  await app.chooseCompany('startup');
  const query = 'exp=5&co=startup&vs=1&vs.exp=5&vs.co=enterprise';
  const model = computed(query);
  await figuresBecome(app, expected(query));
  const table = await app.offerCells();
  assert.deepEqual(table.a, model.offer_a);
  assert.deepEqual(table.b, model.offer_b);
  for (const row of Object.keys(model.offer_a)) {
    assert.equal(table.diff[row], model.offer_b[row] - model.offer_a[row], row);
  }
  assert.equal(table.a.vesting, 4 * table.a.total);
  assert.equal(await app.offerCell('total', 'a').textContent(), '$' + model.offer_a.total.toLocaleString('en-US'));
  const verdict = await app.offerVerdict.textContent();
  const gap = Math.abs(model.offer_b.vesting - model.offer_a.vesting).toLocaleString('en-US');
  assert.equal(verdict, `Offer ${model.offer_b.vesting > model.offer_a.vesting ? 'B' : 'A'} pays $${gap} more over four years.`);
  assert.match(await app.offerHead.textContent(), /equity counted at 25%/); // the startup (offer B)
  await addressBecomes(app, `?${query}`);

  // The link restores both offers.
  const fresh = await openPage(env, `?${query}`);
  await fresh.waitForOfferTable();
  assert.equal(await fresh.offerRows.count(), 7);
  assert.equal(await fresh.offerCell('total', 'a').getAttribute('data-value'), String(model.offer_a.total));
  await fresh.close();

  // Swap: enterprise is the current settings again, the startup offer is pinned.
  await app.swapOffers();
  assert.ok(await app.company('enterprise').isChecked());
  await figuresBecome(app, expected('exp=5&co=enterprise'));
  const swapped = await app.offerCells();
  assert.deepEqual(swapped.a, model.offer_b);
  assert.deepEqual(swapped.b, model.offer_a);
  await app.clearOffers();
  assert.equal(await app.offerTable.count(), 0);
  // "Stop comparing" hid itself: the focus is on the pin button beside it, not the page.
  assert.equal(await app.focusedId(), 'pin-offer');
  await addressBecomes(app, '?exp=5&co=enterprise');
  assert.deepEqual(app.errors, []);
  await app.close();
});

/** A startup pinned as offer A and an enterprise as offer B, both at 5 years in San Francisco. */
const TWO_OFFERS = '?exp=5&loc=sf&co=enterprise&vs=1&vs.exp=5&vs.loc=sf&vs.co=startup';

/**
 * How far the offer table's scroller is painted from the card's colour at its left edge, middle
 * and right edge (0: no shadow), scrolled to `scrollLeft`. Only the scroller's own background is
 * painted: the table keeps its size but is hidden.
 */
async function tableShadows(app, scrollLeft) {
  const scroller = app.tableScroller;
  await app.offerTable.evaluate((table) => (table.style.visibility = 'hidden'));
  // The card's colour as the browser resolves it (the minified stylesheet may write `#fff`).
  const [cr, cg, cb] = await app.page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.color = 'var(--card)';
    const rgb = getComputedStyle(probe).color.match(/\d+/g).map(Number);
    probe.remove();
    return rgb;
  });
  await scroller.evaluate((el, left) => (el.scrollLeft = left), scrollLeft);
  const image = decodePng(await scroller.screenshot());
  const distance = (x) => {
    const [r, g, b] = image.pixel(x, image.height >> 1);
    return Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb);
  };
  return { left: distance(0), middle: distance(image.width >> 1), right: distance(image.width - 1) };
}

test('on a 360 px phone the offer table fits its card, six-digit yearly amounts and all', async () => {
  const app = await openPage(env, TWO_OFFERS, {
    viewport: { width: 360, height: 800 },
  });
  await app.waitForOfferTable();
  const [shown, needed] = await app.offerTable.evaluate((table, tableScroller) => {
    const scroller = table.closest(tableScroller);
    return [scroller.clientWidth, scroller.scrollWidth];
  }, SELECTORS.tableScroller);
  assert.ok(needed <= shown, `the table needs ${needed} px of ${shown}`);
  const shadows = await tableShadows(app, 0);
  assert.ok(shadows.left <= 3 && shadows.right <= 3, `nothing to scroll to, no shadow: ${JSON.stringify(shadows)}`);
  await app.close();
});

test('on a 320 px phone the offer table breaks its column heads between words, never inside one', async () => {
  const app = await openPage(env, TWO_OFFERS, {
    viewport: { width: 320, height: 800 },
  });
  await app.waitForOfferTable();
  // A word drawn on two lines has two boxes.
  const broken = await app.offerHeadCells.evaluateAll((heads) => {
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
  await app.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`a table too wide for a 320 px phone shows a shadow on the side with more to scroll to (${colorScheme})`, async () => {
    const app = await openPage(env, TWO_OFFERS, {
      viewport: { width: 320, height: 800 },
      colorScheme,
    });
    await app.waitForOfferTable();
    const [shown, needed] = await app.tableScroller.evaluate((el) => [el.clientWidth, el.scrollWidth]);
    assert.ok(needed > shown, `the table scrolls: ${needed} px in ${shown}`);
    const start = await tableShadows(app, 0);
    assert.ok(start.left <= 3 && start.middle <= 3 && start.right >= 30, `at the start, a shadow on the right only: ${JSON.stringify(start)}`);
    const end = await tableShadows(app, needed);
    assert.ok(end.left >= 30 && end.middle <= 3 && end.right <= 3, `at the end, on the left only: ${JSON.stringify(end)}`);
    await app.close();
  });
}

test('a listed tech company: its stock counted in full, in a link, the breakdown, an offer and the figures panel', async () => {
  // An old link's `co=enterprise` keeps its meaning (a non-tech enterprise), with no notice.
  const old = await openPage(env, '?exp=5&co=enterprise');
  assert.deepEqual(await old.figuresShown(), expected('exp=5&co=enterprise'));
  assert.ok(await old.company('enterprise').isChecked());
  assert.equal(await old.linkNotice.count(), 0);
  await old.close();

  const app = await openPage(env, '?exp=5&co=public-tech');
  assert.ok(await app.company('public-tech').isChecked());
  assert.deepEqual(await app.figuresShown(), expected('exp=5&co=public-tech'));
  const rows = await app.breakdown();
  assert.ok(rows.some((row) => row.label.includes('Listed tech company')), JSON.stringify(rows));
  assert.match(await app.payMix.textContent(), /counted at 100% .*\(Listed tech company\)/);

  // Against an enterprise offer at the same experience.
  await app.pinOffer();
  await app.chooseCompany('enterprise');
  const query = 'exp=5&co=enterprise&vs=1&vs.exp=5&vs.co=public-tech';
  await figuresBecome(app, expected(query));
  const model = computed(query);
  const table = await app.offerCells();
  assert.deepEqual(table.a, model.offer_a);
  assert.deepEqual(table.b, model.offer_b);
  assert.ok(model.offer_a.equity > 4 * model.offer_b.equity, 'the listed company pays far more in stock');
  assert.match(await app.offerHead.textContent(), /Listed tech company/);

  // Its figures, with their sources, in the panel.
  await app.openFiguresPanel();
  await app.openAssumptions();
  await app.waitForModelFigure('co.public-tech.equity');
  const equity = app.modelFigure('co.public-tech.equity');
  assert.match(await equity.label.textContent(), /Listed tech company/);
  assert.match(await equity.cite.textContent(), /^Public data, \d{4}$/);
  assert.deepEqual(app.errors, []);
  await app.close();
});
