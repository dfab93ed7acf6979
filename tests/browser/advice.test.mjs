// What moves your pay: the ranked next steps, career tracks, the numbers to negotiate with,
// the outlook, and benefits in the offer comparison, each against the native model.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { computed, expected, start, openPage } from '../support/fixtures.mjs';

const BUILT_IN = JSON.parse(readFileSync(new URL('../../data/model.json', import.meta.url), 'utf8'));

/** The built-in model file without career tracks and outlook, as a model of before them. */
function withoutTracks() {
  const model = structuredClone(BUILT_IN);
  delete model.tracks;
  delete model.outlook;
  return JSON.stringify(model);
}

/** A model where nothing can change: one option per choice, no skills or certifications. */
function flat() {
  const model = structuredClone(BUILT_IN);
  for (const name of ['locations', 'remote', 'languages', 'industries', 'companies']) {
    const choice = model[name];
    choice.options = choice.options.filter((option) => option.id === choice.default);
  }
  model.skills = [];
  model.certifications = [];
  delete model.tracks;
  return JSON.stringify(model);
}

let env;
before(async () => {
  env = await start({ '/m/no-tracks.json': withoutTracks(), '/m/flat.json': flat() });
});
after(async () => {
  await env?.stop();
});

for (const query of ['', 'exp=8&loc=nyc&skills=k8s', 'exp=2&lang=php&co=startup&ind=other&remote=local', 'exp=12&loc=sf&track=lead&per=month&cur=eur']) {
  test(`the next steps are every change that raises pay, ranked as the model ranks them (?${query})`, async () => {
    const app = await openPage(env, query ? `?${query}` : '');
    await app.waitForBelow();
    const model = computed(query).steps;
    assert.ok(model.length > 5, `${model.length} steps`);
    const shown = await app.steps();
    assert.deepEqual(
      shown.map(({ step, gain, total }) => ({ step, gain, total })),
      model.slice(0, 5),
      'the top five, largest gain first',
    );
    assert.ok(shown.every((step, i) => i === 0 || step.gain <= shown[i - 1].gain));
    assert.ok(shown.every(({ gain }) => gain > 0));
    // The rest are one click away.
    await app.moreSteps.click();
    assert.equal(await app.moreSteps.getAttribute('aria-expanded'), 'true');
    assert.deepEqual((await app.steps()).map(({ step }) => step), model.map(({ step }) => step));
    assert.deepEqual(app.errors, []);
    await app.close();
  });
}

test('each step says what it is, what kind of effort, and what it adds a year', async () => {
  const app = await openPage(env, '?exp=8');
  await app.waitForBelow();
  await app.moreSteps.click();
  const steps = await app.steps();
  const ckad = steps.find(({ step }) => step === 'cert:ckad');
  assert.equal(ckad.effort, 'certify');
  assert.match(ckad.label, /^Get certified: Certified Kubernetes Application Developer \(CKAD\): \+\$[\d,]+ a year$/);
  const kinds = new Set(steps.map(({ effort }) => effort));
  for (const kind of ['learn', 'certify', 'move', 'change employer', 'grow']) assert.ok(kinds.has(kind), kind);
  assert.equal(steps.find(({ step }) => step === 'years:3').effort, 'grow');
  assert.equal(steps.find(({ step }) => step === 'loc:sf').effort, 'move');
  await app.close();
});

test('trying a step updates every figure and the link, and a second press takes it back', async () => {
  const app = await openPage(env, '?exp=8&loc=nyc');
  await app.waitForBelow();
  const [top] = await app.steps();
  await app.tryStep(top.step);
  await app.waitForFigures({ total: top.total });
  await app.waitForAddress({ isNot: '?exp=8&loc=nyc' });
  const address = new URL(app.page.url()).search.slice(1);
  assert.deepEqual(await app.figuresShown(), expected(address));
  assert.equal(computed(address).total, top.total);
  const button = app.step(top.step).locator('button');
  assert.match(await button.textContent(), /^Undo: /);
  assert.equal(await button.getAttribute('aria-pressed'), null, 'the label alone says the state');
  // The list stays the one the try was made from while nothing else changes.
  assert.equal((await app.steps())[0].step, top.step);
  await app.tryStep(top.step);
  await app.waitForAddress({ is: '?exp=8&loc=nyc' });
  assert.deepEqual(await app.figuresShown(), expected('exp=8&loc=nyc'));
  // Reset takes a try back too.
  await app.tryStep(top.step);
  await app.waitForFigures({ total: top.total });
  await app.reset();
  await app.waitForFigures({ total: expected('').total });
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('a senior on a career track has the track in the breakdown, the link and offers', async () => {
  const app = await openPage(env, '?exp=8&track=lead');
  assert.deepEqual(await app.figuresShown(), expected('exp=8&track=lead'));
  const rows = await app.breakdown();
  const track = rows.find(({ factor }) => factor === 'track');
  assert.equal(track.label, 'Career track: Team lead');
  assert.ok(track.value > 0);
  assert.equal(rows.reduce((sum, row) => sum + row.value, 0), expected('exp=8&track=lead').total);
  assert.equal(await app.track.inputValue(), 'lead');
  // Below the track's years the choice is closed, says why, and counts for nothing.
  await app.setExperience(4);
  await app.waitForFigures({ median: expected('exp=4&track=lead').median });
  assert.deepEqual(await app.figuresShown(), expected('exp=4'));
  assert.ok(await app.track.isHidden());
  assert.match(await app.trackClosed.textContent(), /open from 6 years/);
  assert.ok(!(await app.breakdown()).some(({ factor }) => factor === 'track'));
  await app.setExperience(9);
  await app.waitForAddress({ is: '?exp=9&track=lead' });
  assert.ok(await app.track.isVisible());
  // Choosing a track by hand.
  await app.chooseTrack('devops-lead');
  await app.waitForAddress({ is: '?exp=9&track=devops-lead' });
  assert.deepEqual(await app.figuresShown(), expected('exp=9&track=devops-lead'));
  await app.close();
});

test('a model file without career tracks or outlook loads and works', async () => {
  const app = await openPage(env, '?model=m/no-tracks.json&exp=8');
  await app.waitForBelow();
  await app.page.waitForFunction(() => !document.querySelector('#track'));
  assert.deepEqual(await app.figuresShown(), expected('exp=8'));
  assert.equal(await app.outlook.count(), 0);
  assert.ok((await app.steps()).every(({ step }) => !step.startsWith('track:')));
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('when no single change raises pay, the card says so', async () => {
  const app = await openPage(env, '?model=m/flat.json&exp=40');
  await app.waitForBelow();
  await app.page.waitForFunction(() => /No single change/.test(document.querySelector('#next-steps')?.textContent ?? ''));
  assert.equal(await app.page.locator('#next-steps [data-step]').count(), 0);
  await app.close();
});

test('before you negotiate: the ask, the typical pay and the walk-away line', async () => {
  for (const query of ['exp=5&loc=aus', 'exp=5&loc=aus&pos=90']) {
    const app = await openPage(env, `?${query}`);
    await app.waitForBelow();
    const model = computed(query);
    assert.deepEqual(await app.negotiation(), { ask: model.ask, median: model.median, walkAway: model.walk_away });
    if (query.endsWith('pos=90')) assert.equal(model.ask, model.base, 'above the 75th, the ask is your own base');
    await app.close();
  }
  const app = await openPage(env, '?exp=5&cur=eur&per=month');
  await app.waitForBelow();
  assert.match(await app.page.locator('#ask').textContent(), /^€[\d,]+\.\d\d$/);
  await app.close();
});

test('the outlook quotes the projected job growth', async () => {
  const app = await openPage(env);
  await app.waitForBelow();
  assert.match(await app.outlook.textContent(), /grow by 8% over the coming decade/);
  assert.match(await app.outlook.textContent(), /narrowing/);
  await app.close();
});

test('an offer with benefits changes the four-year total, in the link too', async () => {
  const query = 'exp=5&co=startup&vs=1&vs.exp=5&vs.co=enterprise';
  const app = await openPage(env, `?${query}`);
  await app.waitForOfferTable();
  const before = await app.offerCells();
  assert.equal(before.b.benefits, 0);
  await app.setBenefits(6000);
  await app.waitForAddress({ is: '?exp=5&co=startup&benefits=6000&vs=1&vs.exp=5&vs.co=enterprise' });
  const after = await app.offerCells();
  assert.equal(after.b.benefits, 6000);
  assert.equal(after.b.vesting, before.b.vesting + 4 * 6000);
  assert.equal(after.b.vesting, computed(`${query}&benefits=6000`).offer_b.vesting);
  await app.setBenefits(2500, { pinned: true });
  await app.waitForAddress({ is: '?exp=5&co=startup&benefits=6000&vs=1&vs.exp=5&vs.co=enterprise&vs.benefits=2500' });
  assert.equal((await app.offerCells()).a.vesting, computed(`${query}&vs.benefits=2500`).offer_a.vesting);
  // A bad amount is refused with a reason, and the offer keeps its amount.
  await app.setBenefits('lots');
  assert.match(await app.page.locator('#benefits-problem').textContent(), /not an amount from 0 to 1,000,000/);
  assert.equal((await app.offerCells()).b.benefits, 6000);
  await app.close();
});
