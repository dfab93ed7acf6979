// The calculator page in real headless Chromium, against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { computed, expected, start, openPage } from '../support/fixtures.mjs';
import { SELECTORS } from '../support/page.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

test('loads with no console error and shows the national baseline at 4 years', async () => {
  const app = await openPage(env);
  const figures = await app.figuresShown();
  assert.equal(figures.low, 95000);
  assert.equal(figures.high, 120000);
  assert.deepEqual(figures, expected('exp=4'));
  assert.equal(await app.amount('low').textContent(), '$95,000');
  assert.equal(await app.amount('high').textContent(), '$120,000');
  assert.equal(await app.level.textContent(), 'Mid level');
  assert.equal(await app.loadingNotice.count(), 0, 'the loading notice is gone');
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('dragging the experience slider updates the figures while dragging', async () => {
  const app = await openPage(env);
  const { mouse } = app.page;
  const box = await app.experience.boundingBox();
  const y = box.y + box.height / 2;
  const thumbAt = (years) => box.x + 8 + ((box.width - 16) * years) / 40;
  await mouse.move(thumbAt(4), y);
  await mouse.down();
  const seen = new Set();
  for (let step = 1; step <= 12; step++) {
    await mouse.move(thumbAt(4 + step * 1.5), y);
    // Still holding the button: the figures must already be those of the slider's value.
    const years = Number(await app.experience.inputValue());
    const figures = await app.figuresShown();
    assert.deepEqual(figures, expected(`exp=${years}`), `at ${years} years`);
    seen.add(figures.median);
  }
  await mouse.up();
  assert.ok(seen.size >= 5, `the median moved during the drag (${seen.size} values)`);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('arrow keys move the slider by half a year and it announces years', async () => {
  const app = await openPage(env);
  await app.experience.focus();
  await app.press('ArrowRight');
  assert.equal(await app.experience.inputValue(), '4.5');
  assert.equal(await app.experience.getAttribute('aria-valuetext'), '4.5 years');
  assert.deepEqual(await app.figuresShown(), expected('exp=4.5'));
  await app.press('ArrowLeft', 4);
  assert.equal(await app.experience.getAttribute('aria-valuetext'), '2.5 years');
  const entry = await app.figuresShown();
  assert.deepEqual(entry, expected('exp=2.5'));
  assert.equal(entry.low, 74000);
  assert.equal(entry.high, 90000);
  assert.equal(entry.level, 'entry');
  await app.press('End');
  assert.deepEqual(await app.figuresShown(), expected('exp=40'));
  await app.close();
});

test('every control changes what it should', async () => {
  const app = await openPage(env);
  const steps = [
    ['exp=7', () => app.setExperience(7)],
    ['exp=7&loc=sf', () => app.chooseLocation('sf')],
    ['exp=7&loc=sf&remote=uniform', () => app.chooseRemote('uniform')],
    ['exp=7&loc=sf&remote=uniform&lang=go', () => app.chooseLanguage('go')],
    ['exp=7&loc=sf&remote=uniform&lang=go&skills=k8s', () => app.addSkill('k8s')],
    ['exp=7&loc=sf&remote=uniform&lang=go&skills=k8s,aiml', () => app.addSkill('aiml')],
    ['exp=7&loc=sf&remote=uniform&lang=go&skills=aiml', () => app.removeSkill('k8s')],
    ['exp=7&loc=sf&remote=uniform&lang=go&skills=aiml&certs=ckad', () => app.addCertification('ckad')],
    ['exp=7&loc=sf&remote=uniform&lang=go&skills=aiml&certs=ckad&ind=it', () => app.chooseIndustry('it')],
    ['exp=7&loc=sf&remote=uniform&lang=go&skills=aiml&certs=ckad&ind=it&co=startup', () => app.chooseCompany('startup')],
    ['exp=7&loc=sf&remote=uniform&lang=go&skills=aiml&certs=ckad&ind=it&co=startup&pos=80', () => app.setPosition(80)],
  ];
  let previous = await app.figuresShown();
  for (const [query, act] of steps) {
    await act();
    const figures = await app.figuresShown();
    assert.deepEqual(figures, expected(query), query);
    assert.notDeepEqual(figures, previous, `${query} changed something`);
    previous = figures;
  }
  // The breakdown names each chosen factor and adds up to the total.
  const rows = await app.breakdown();
  const factors = rows.map(({ factor }) => factor);
  for (const factor of ['experience', 'location', 'remote', 'language', 'skill', 'certification', 'industry', 'company', 'position', 'bonus', 'equity']) {
    assert.ok(factors.includes(factor), `breakdown has ${factor}`);
  }
  assert.ok(rows.some(({ label }) => label === 'Skill: AI/ML integration'));
  assert.equal(rows.reduce((sum, { value }) => sum + value, 0), previous.total);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('one year of experience reads in the singular wherever the years show', async () => {
  const app = await openPage(env, '?exp=1');
  assert.equal(await app.experienceValue.textContent(), '1 year');
  assert.equal(await app.experience.getAttribute('aria-valuetext'), '1 year');
  assert.equal((await app.levelLine.textContent()).trim(), '1 year of experience');
  await app.close();
});

test('the position slider reaches the ends of the range', async () => {
  const app = await openPage(env);
  await app.position.focus();
  await app.press('Home');
  let figures = await app.figuresShown();
  assert.equal(figures.base, figures.low);
  await app.press('End');
  figures = await app.figuresShown();
  assert.equal(figures.base, figures.high);
  assert.equal(await app.position.getAttribute('aria-valuetext'), '100th');
  await app.close();
});

// Phones to wide screens, including each width where some text of the results used to rewrap at
// every step (the level line at 360 and 390, a breakdown label at 320 to 414, the percentile at
// 950, the chart's summary with monthly amounts at 1024).
for (const [width, query] of [[320, ''], [360, ''], [390, ''], [414, ''], [900, ''], [950, ''], [1024, '?per=month'], [1280, '']]) {
  test(`moving a slider over its whole range never moves the form, and no result flips height, at ${width} px${query}`, async () => {
    const app = await openPage(env, query, { viewport: { width, height: 800 } });
    await app.waitForBelow();
    const { heights, flips } = await app.page.evaluate(async (controls) => {
      const form = document.querySelector(controls);
      // Every result card but the next steps, whose list is ranked anew at every step: its
      // height follows which changes lead, by design.
      const cards = [...document.querySelectorAll('.results .card:not(#next-steps)')];
      const seen = {};
      const flips = [];
      for (const slider of document.querySelectorAll('input[type="range"]')) {
        const head = slider.closest('.slider').querySelector('.slider-head');
        const values = new Set();
        // Each card's heights in order of appearance: a card may grow or shrink as its figures
        // gain a digit or the level changes, but going back to a height it had is a rewrap.
        const cardHeights = cards.map(() => []);
        for (let value = Number(slider.min); value <= Number(slider.max); value += Number(slider.step)) {
          slider.value = String(value);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          // The page redraws in a microtask after the event.
          await new Promise((done) => setTimeout(done, 0));
          values.add(`${head.getBoundingClientRect().height} ${form.getBoundingClientRect().height}`);
          cards.forEach((card, i) => {
            const height = card.getBoundingClientRect().height;
            const seenHeights = cardHeights[i];
            if (seenHeights.at(-1) === height) return;
            if (seenHeights.includes(height)) flips.push(`${slider.id} at ${value}: ${card.className} back to ${height} px`);
            seenHeights.push(height);
          });
        }
        seen[slider.id] = [...values];
      }
      return { heights: seen, flips };
    }, SELECTORS.controls);
    for (const [id, values] of Object.entries(heights)) {
      assert.equal(values.length, 1, `${id}: heights of its label line and the form vary: ${values.join(', ')}`);
    }
    assert.deepEqual(Object.keys(heights).sort(), ['exp', 'pos']);
    assert.deepEqual(flips.slice(0, 5), [], `${flips.length} flips`);
    await app.close();
  });
}

test('on screen, the chart follows each change in the frame after the figures above it', async () => {
  // Tall enough for the chart and the slider at once.
  const app = await openPage(env, '', { viewport: { width: 1280, height: 2800 } });
  await app.waitForBelow();
  const marker = app.chartMarkerDot;
  const pathBefore = await app.chartSummary.textContent();
  const before = Number(await marker.getAttribute('cx'));
  const beforeY = Number(await marker.getAttribute('cy'));
  // A key press paints the headline first; the chart redraws right after that frame, long
  // before input settles (a quarter of a second), so a press's next paint does not wait for it.
  const years = await app.page.evaluate(async ([slider, median, chartMarker]) => {
    const yearsNow = () => document.querySelector(chartMarker).dataset.years;
    const medianBefore = document.querySelector(median).textContent;
    const input = document.querySelector(slider);
    input.value = '12';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise(requestAnimationFrame);
    const inTheFrame = { medianChanged: document.querySelector(median).textContent !== medianBefore, chart: yearsNow() };
    await new Promise(requestAnimationFrame);
    return { inTheFrame, nextFrame: yearsNow() };
  }, [SELECTORS.experience, SELECTORS.amount('median'), SELECTORS.chartMarker]);
  assert.deepEqual(years, { inTheFrame: { medianChanged: true, chart: '4' }, nextFrame: '12' });
  const after = Number(await marker.getAttribute('cx'));
  assert.ok(after > before, `marker moved right (${before} → ${after})`);
  assert.ok(Number(await marker.getAttribute('cy')) < beforeY, 'and up, as the median grew');
  const summary = await app.chartSummary.textContent();
  assert.match(summary, /reaches six figures at 3 years/);
  assert.equal(summary, pathBefore, 'the summary describes the path, which does not move with the years');
  assert.equal(await app.chartBands.count(), 1);
  await app.close();
});

test('off screen too, the pay mix, the breakdown and the part below follow each change a frame after the range', async () => {
  const app = await openPage(env); // 1280 x 720: the chart and the next steps are far below
  await app.waitForBelow();
  // Seen once and scrolled away from, it is off screen again.
  await app.chart.scrollIntoViewIfNeeded();
  await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await app.page.evaluate(() => scrollTo(0, 0));
  await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await app.setExperience(15);
  await app.setExperience(16);
  // Those two followed first, so what is watched below is the next change alone.
  await app.page.waitForFunction((marker) => document.querySelector(marker).dataset.years === '16', SELECTORS.chartMarker);
  // In the frame after a change, the range has followed; the pay mix, the breakdown and the part
  // far below have not been touched yet. They follow right after that frame, long before input
  // settles (the address bar, a quarter of a second after the last change).
  const seen = await app.page.evaluate(async ([slider, below, payMix, breakdown, median, marker]) => {
    const changed = { below: 0, payMix: 0, breakdown: 0, median: 0 };
    const watch = (selector, key) =>
      new MutationObserver((records) => (changed[key] += records.length)).observe(document.querySelector(selector), {
        subtree: true, childList: true, characterData: true, attributes: true,
      });
    watch(below, 'below');
    watch(payMix, 'payMix');
    watch(breakdown, 'breakdown');
    watch(median, 'median');
    const input = document.querySelector(slider);
    input.value = '17';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise(requestAnimationFrame);
    const inTheFrame = { ...changed };
    const followed = () => document.querySelector(marker).dataset.years === '17';
    for (const start = performance.now(); !followed() && performance.now() - start < 2000; ) {
      await new Promise((done) => setTimeout(done, 5));
    }
    return { inTheFrame, followed: followed(), addressSettled: new URLSearchParams(location.search).get('exp') === '17' };
  }, [SELECTORS.experience, '.below', SELECTORS.payMix, SELECTORS.breakdown, SELECTORS.amount('median'), SELECTORS.chartMarker]);
  const { median, ...late } = seen.inTheFrame;
  assert.ok(median > 0 && Object.values(late).every((changes) => changes === 0), JSON.stringify(seen.inTheFrame));
  assert.ok(seen.followed, 'the part below followed the change');
  assert.equal(seen.addressSettled, false, 'it followed before input settled');
  const shown = (await app.steps()).map(({ step, gain, total }) => ({ gain, step, total }));
  assert.deepEqual(shown, computed('exp=17').steps.slice(0, 5));
  // The pay mix and the breakdown followed too: its rows add up to the new total.
  assert.deepEqual(await app.figuresShown(), expected('exp=17'));
  const rows = await app.breakdown();
  assert.equal(rows.reduce((sum, { value }) => sum + value, 0), computed('exp=17').total);
  assert.equal(await app.page.evaluate(() => scrollY), 0, 'nothing scrolled it into view');
  await app.close();
});

test('the chart counts in round steps of the shown currency and period', async () => {
  const app = await openPage(env, '?cur=eur&per=month');
  await app.waitForBelow();
  const ticks = async () => app.chartTicks.allTextContents();
  // Not the $50k steps converted (€3.5k, €7k, €10.6k, €14.1k).
  assert.deepEqual(await ticks(), ['€4k', '€6k', '€8k', '€10k', '€12k']);
  await app.choosePeriod('year');
  assert.deepEqual(await ticks(), ['€60k', '€80k', '€100k', '€120k', '€140k']);
  await app.close();
});

for (const [width, query] of [[320, ''], [320, '?cur=inr&loc=sf'], [360, ''], [414, ''], [600, ''], [900, ''], [1280, '']]) {
  test(`the chart's text is at least 9 px, apart and inside its card at ${width} px${query}`, async () => {
    const app = await openPage(env, query, { viewport: { width, height: 800 } });
    await app.waitForBelow();
    const texts = await app.page.evaluate((chart) => {
      const svg = document.querySelector(chart);
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')]
        .filter((text) => getComputedStyle(text).display !== 'none')
        .map((text) => {
          const { left, right, top, bottom } = text.getBoundingClientRect();
          return { text: text.textContent, size: parseFloat(getComputedStyle(text).fontSize) * scale, left, right, top, bottom };
        });
    }, SELECTORS.chartSvg);
    const card = await app.chart.boundingBox();
    assert.ok(texts.length >= 8, `${texts.length} labels shown`);
    for (const label of texts) {
      assert.ok(label.size >= 9, `"${label.text}" is ${label.size.toFixed(1)} px`);
      assert.ok(label.left >= card.x && label.right <= card.x + card.width, `"${label.text}" inside the card`);
    }
    // Boxes are the font's whole line height, so only a real overlap of two labels fails.
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1)) {
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
        assert.ok(!overlap, `"${a.text}" and "${b.text}" overlap`);
      }
    }
    await app.close();
  });
}

test('a screen reader hears the result once the slider settles', async () => {
  const app = await openPage(env);
  assert.equal(await app.announcement.textContent(), '');
  await app.experience.focus();
  await app.press('ArrowRight', 2);
  await app.waitForAnnouncement();
  const figures = await app.figuresShown();
  const spoken = await app.announcement.textContent();
  assert.match(spoken, /^Mid level: \$95,000 to \$120,000 a year\. Your base \$/);
  assert.ok(spoken.includes(figures.base.toLocaleString('en-US')));
  await app.close();
});

for (const [width, shown] of [320, 375, 768, 1440].flatMap((w) => [[w, 'default'], [w, 'everything']])) {
  test(`nothing overflows at ${width} px wide (${shown} page)`, async () => {
    // "everything": a pinned offer's table, another currency with its rate, a changed figure.
    const path = shown === 'everything' ? `?${EVERYTHING}` : '';
    const app = await openPage(env, path, { viewport: { width, height: 800 } });
    if (shown === 'everything') {
      // Their code arrives a moment after the first estimate.
      await app.waitForOfferTable();
      await app.waitForRate();
      await app.waitForFiguresPanel();
    }
    const overflow = await app.page.evaluate((scroller) => {
      const limit = document.documentElement.clientWidth;
      // A data table may scroll inside its own container (WCAG 1.4.10 exempts two-dimensional
      // content); nothing else may pass the edge.
      const scrollsInside = (el) => Boolean(el.parentElement?.closest(scroller));
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => !scrollsInside(el) && el.getBoundingClientRect().right > limit + 0.5)
        .map((el) => el.id || el.className || el.tagName);
      return { scroll: document.documentElement.scrollWidth, limit, wide: wide.slice(0, 5) };
    }, SELECTORS.tableScroller);
    assert.ok(overflow.scroll <= overflow.limit, `page scrolls sideways: ${JSON.stringify(overflow)}`);
    assert.deepEqual(overflow.wide, []);
    await app.close();
  });
}

test('on a phone, a control reached with Tab is not hidden under the bar that keeps the range in view', async () => {
  const app = await openPage(env, '', { viewport: { width: 375, height: 800 } });
  const { page } = app;
  let focused = '';
  for (let i = 0; i < 80 && focused !== 'ind'; i++) {
    await app.press('Tab');
    focused = await app.focusedId();
  }
  assert.equal(focused, 'ind', 'Tab reaches the industry select');
  const { control, bar } = await page.evaluate(() => ({
    control: document.activeElement.getBoundingClientRect().bottom,
    bar: document.querySelector('.summary-bar').getBoundingClientRect().top,
  }));
  assert.ok(control <= bar, `the industry select ends at ${control} px, the bar starts at ${bar} px`);
  await app.close();
});

for (const width of [320, 359, 360, 374, 599]) {
  test(`in an embed ${width} px wide, the headline's two amounts fit side by side or stack`, async () => {
    // Australian dollars a month at 30 years: the longest amounts the built-in model writes.
    const app = await openPage(env, '?embed=1&cur=aud&per=month&exp=30&loc=sf&co=public-tech&pos=100', { viewport: { width, height: 800 } });
    const boxes = await app.page.evaluate(() => {
      const box = (selector) => document.querySelector(selector).getBoundingClientRect();
      const text = (id) => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(id));
        return range.getBoundingClientRect();
      };
      return { median: text('median'), base: text('base'), card: box('.headline'), baseCell: box('#base') };
    });
    const overlap = boxes.median.right > boxes.base.left && boxes.median.bottom > boxes.base.top;
    assert.ok(!overlap, `the amounts overlap: ${JSON.stringify(boxes)}`);
    assert.ok(boxes.base.right <= boxes.card.right, `the second amount runs out of its card: ${JSON.stringify(boxes)}`);
    await app.close();
  });
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const EVERYTHING = 'vs=1&vs.co=startup&co=enterprise&cur=eur&per=month&m.loc.sf=1.4';

/** axe's findings on the page, at every impact, from serious to minor: `rule: where` lines. */
async function axeViolations(app) {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy refuses inline scripts.
  await app.page.evaluate(AXE);
  const results = await app.page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
  );
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no accessibility violation (${colorScheme})`, async () => {
    // Everything on show: a pinned offer, another currency with its rate, a changed figure.
    const app = await openPage(env, `?${EVERYTHING}`, { colorScheme });
    // The changed figure shows every figure (their code arrives a moment later) and opens the
    // assumptions, so they are checked too.
    await app.waitForAssumptions();
    await app.waitForOfferTable();
    await app.waitForRate();
    await app.page.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
    await app.waitForBelow();
    assert.deepEqual(await axeViolations(app), []);
    await app.close();
  });

  test(`axe finds no accessibility violation in the embed, every part shown (${colorScheme})`, async () => {
    // A frame of its own in a blog: it needs its own heading and landmarks.
    const app = await openPage(env, '?embed=1&controls=all&show=range,total,breakdown,comparisons,chart', { colorScheme });
    await app.waitForFirstScreen();
    await app.waitForBelow();
    assert.deepEqual(await axeViolations(app), []);
    await app.close();
  });
}

test('every control has a label and a visible keyboard focus', async () => {
  const app = await openPage(env, `?${EVERYTHING}`);
  await app.waitForOfferTable();
  await app.waitForAssumptions();
  await app.waitForRate();
  const unlabelled = await app.page.$$eval('input, select, textarea', (controls) =>
    controls.filter((c) => !c.labels || c.labels.length === 0).map((c) => c.id),
  );
  assert.deepEqual(unlabelled, []);
  await app.press('Tab');
  const focus = await app.page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { id: el.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.equal(focus.id, 'exp', 'the first Tab lands on the experience slider');
  assert.notEqual(focus.outline, 'none');
  assert.ok(focus.width >= 2);
  await app.close();
});

test('sources list every figure of the model', async () => {
  const app = await openPage(env);
  const model = JSON.parse(readFileSync(new URL('../../data/model.json', import.meta.url), 'utf8'));
  let quotes = 0;
  let assumptions = 0;
  (function walk(value) {
    if (value && typeof value === 'object') {
      if ('value' in value) (value.quote ? quotes++ : assumptions++);
      Object.values(value).forEach(walk);
    }
  })(model);
  // One click away: the button names how many figures there are.
  assert.equal(await app.sourceGroups.count(), 0);
  assert.equal(await app.showSourcesButton.textContent(), `Show the ${quotes + assumptions} figures, their sources, and change them`);
  await app.openFiguresPanel();
  assert.ok(await app.showSourcesButton.isHidden());
  assert.equal(await app.sourceGroups.first().locator('li').count(), quotes);
  assert.equal(await app.assumptionItems.count(), 0, 'built on first opening');
  await app.openAssumptions();
  await app.waitForAssumptions();
  assert.equal(await app.assumptionItems.count(), assumptions);
  const sf = app.modelFigure('loc.sf', app.assumptions);
  assert.equal(await sf.label.textContent(), 'San Francisco Bay Area, location factor');
  assert.equal(await sf.readable.textContent(), '+48%');
  assert.match(await sf.source.textContent(), /^Assumption: OEWS May 2025 annual medians for software developers/);
  await app.close();
});

test('the sources panel says how old the data is, and each source link its year', async () => {
  const app = await openPage(env);
  await app.openFiguresPanel();
  // The article's year, then the span of the public sources' years, counted by year.
  const vintage = await app.dataVintage.textContent();
  assert.match(vintage, /^How old the figures are: the article's, 2026; the public sources behind our assumptions, /);
  const [, oldest, newest] = /from (\d{4}) to (\d{4}) \((\d+ from \d{4}(, )?)+\)\.$/.exec(vintage) ?? [];
  assert.ok(oldest && newest, vintage);
  assert.ok(Number(oldest) < Number(newest) && Number(newest) <= 2026, vintage);
  assert.match(vintage, new RegExp(`\\(\\d+ from ${newest}, `));
  // The cited figures are assumptions, whose group is built on first opening.
  await app.openAssumptions();
  await app.waitForAssumptions();
  const sf = app.modelFigure('loc.sf', app.assumptions);
  assert.equal(await sf.cite.textContent(), 'Public data, 2025');
  assert.equal(await sf.cite.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await sf.cite.getAttribute('href'), /^https:\/\/data\.bls\.gov\/timeseries\/OEUM004186000000015125213$/);
  // Every source link on the panel says its year.
  const links = await app.citeLinks.allTextContents();
  assert.ok(links.length >= 30, `${links.length} links`);
  for (const text of links) assert.match(text, /^Public data, \d{4}$/);
  assert.deepEqual(app.errors, []);
  await app.close();
});

test('the personal estimate names its percentile in words', async () => {
  for (const [position, words] of [['51', '51st'], ['12', '12th'], ['73', '73rd'], ['22', '22nd']]) {
    const app = await openPage(env, `?pos=${position}`);
    assert.match(await app.headlineFigures.textContent(), new RegExp(`Your base at the ${words} percentile`));
    await app.close();
  }
});
