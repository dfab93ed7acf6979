// The payband page as a user sees it: one page object that names its parts (the controls, the
// results, the link, the figures panel, the offer table) and what a user does with them, so the
// specs read as stories ("set experience to 7", "pin offer A", "open the figures panel") and each
// selector is written once, here.
//
//   const app = await openPage(env, '?exp=5');       // fixtures.mjs: a PaybandPage, estimate shown
//   await app.setExperience(7);
//   await app.chooseLocation('sf');
//   assert.deepEqual(await app.figuresShown(), expected('exp=7&loc=sf'));
//   await app.close();
//
// Parts are Playwright locators (read them with `textContent()`, `inputValue()`, `count()`, …);
// actions are async methods; `wait…` methods wait for the page to get somewhere and throw (after
// Playwright's timeout) if it never does. `payband(page)` wraps a page, or an embed's frame, that a
// test opened itself.

/**
 * The running page's estimate: the app is built hidden and shown once it works, so `#median` alone
 * would find it before. Matches the benchmark's baseline page too.
 */
export const LIVE = '#median[data-value]:not(.app[hidden] *)';

/** The headline figures the page shows, by element id; each carries `data-value`. */
export const FIGURES = ['low', 'median', 'high', 'base', 'bonus', 'equity', 'total'];

/**
 * Every selector of the page, once. Specs use the page object's parts; this table is for code
 * that runs inside the page (`page.evaluate`), which needs the selector itself.
 */
export const SELECTORS = Object.freeze({
  // Before the app runs.
  liveApp: 'body > .app',
  wholeApp: 'body > .app:not([hidden], [aria-busy])',
  loadingNotice: '#boot',
  startFailure: '#boot[role="alert"]',
  noscriptMessage: 'noscript p', // Playwright's text search skips <noscript>

  // The controls.
  masthead: 'header.masthead',
  heading: 'h1',
  controls: 'form.controls',
  experience: '#exp',
  experienceValue: '#exp-value',
  location: '#loc',
  remote: (id) => `#remote-${id}`,
  language: '#lang',
  skill: (id) => `#skills-${id}`,
  certification: (id) => `#certs-${id}`,
  industry: '#ind',
  company: (id) => `#co-${id}`,
  position: '#pos',
  currency: '#cur',
  rate: '#rate',
  rateBox: '.rate',
  period: (id) => `#per-${id}`,
  hoursNote: '#hours-note',
  reset: '#reset',
  // The form's groups after the first two ("What you know" on), which the app builds a step
  // after the form's top: the first of them, in its slot.
  formRest: 'form.controls .slot .slot > .control-group',

  // The results.
  cards: '.card',
  headline: '.headline',
  headlineFigures: '.headline .figures',
  amount: (id) => `#${id}`,
  level: '#level',
  levelLine: '.level-line .muted',
  payMix: '.pay-mix',
  breakdown: '#breakdown',
  breakdownRows: '#breakdown tbody tr',
  summaryBar: '.summary-bar',
  announcement: '#announce',
  chart: '.chart',
  chartSvg: '.chart-svg',
  chartTicks: '.chart .tick.end',
  chartBands: '.chart .band',
  chartMarker: '#chart-marker',
  chartMarkerDot: '#chart-marker circle',
  chartSummary: '#chart-summary',
  // Below the first screen: fetched as the page starts (the comparisons, the chart, the advice).
  belowReady: '.below .chart-svg',
  nextSteps: '#next-steps',
  steps: '#next-steps [data-step]',
  step: (id) => `#next-steps [data-step="${id}"]`,
  moreSteps: '#more-steps',
  ask: '#ask',
  walkAway: '#walk-away',
  outlook: '#outlook',
  track: '#track',
  trackClosed: '#track-closed',
  benefits: '#benefits',
  pinnedBenefits: '#vs-benefits',

  // The link, the embed snippet and the notices.
  linkField: '#share-link',
  copyLink: '#copy-link',
  shareStatus: '.share-status',
  embedButton: '#embed-button',
  embedPanel: '#embed-panel',
  embedSnippet: '#embed-snippet',
  copySnippet: '#copy-snippet',
  embedPreview: '#embed-preview',
  embedChoice: (id) => `#embed-${id}`,
  allOptions: '#all-options',
  moreOptions: '#more-options',
  embedBackLink: '.embed-link a',
  linkNotice: '#link-notice',
  noticeLines: '#link-notice li',
  noticeKeys: '#link-notice li code',

  // "Sources and assumptions": the figures panel, its figures and the model file.
  sources: '#sources',
  sourcesFailure: '#sources .slot-failed',
  sourceGroups: '#sources details',
  showSources: '#show-sources',
  sourcesPanel: '#sources-panel',
  panelReady: '#sources-panel #changes',
  dataVintage: '#data-vintage',
  citeLinks: '#sources .figure-source a',
  changes: '#changes',
  assumptions: '#assumptions',
  assumptionsSummary: '#assumptions summary',
  assumptionItems: '#assumptions li',
  modelFigure: (key) => `[data-key="${key}"]`,
  figureField: (key) => `#fig-${key.replaceAll('.', '-')}`,
  // Inside a figure's row.
  figureLabel: 'label',
  figureReadable: '.readable',
  figureSource: '.figure-source',
  figureCite: '.figure-source a',
  figureError: '.figure-error',
  editedNote: '#edited-note',
  modelNote: '#model-note',
  resetEdits: '#reset-edits',
  modelFileInput: '#model-open',
  modelFileBox: '.model-file',
  modelStatus: '#model-status',
  modelStatusLines: '#model-status li',
  modelName: '#model-name',
  modelDownload: '#model-download',

  // Two offers side by side.
  pinOffer: '#pin-offer',
  swapOffers: '#swap-offers',
  clearOffers: '#clear-offers',
  offerTable: '#offer-table',
  offerRows: '#offer-table tbody tr',
  offerHead: '#offer-table thead',
  offerHeadCells: '#offer-table thead th',
  offerVerdict: '#offer-verdict',
  offerCell: (row, offer) => `[data-row="${row}"] [data-offer="${offer}"]`,
  tableScroller: '.table-scroll',
});

const S = SELECTORS;

/** `parts` (names of `SELECTORS`) with their selectors, in a form that can cross into the page. */
function selectorsOf(parts) {
  return Object.fromEntries(parts.map((part) => [part, S[part]]));
}

/**
 * A condition on a text, for the `wait…` methods: `{ is }`, `{ isNot }`, `{ includes }`,
 * `{ endsWith }` or `{ matches: /regex/ }`. Those methods also take Playwright's wait options
 * (`{ timeout }`) last.
 * @typedef {{ is?: string, isNot?: string, includes?: string, endsWith?: string, matches?: RegExp }} TextCondition
 */

/** The condition in a form that can cross into the page (a RegExp cannot). */
function portable(condition) {
  const { matches, ...rest } = condition;
  return matches ? { ...rest, matches: { source: matches.source, flags: matches.flags } } : rest;
}

/** The payband page (or an embed's frame): its parts, and what a user does on it. */
export class PaybandPage {
  /**
   * @param {import('playwright-core').Page | import('playwright-core').Frame} page
   * @param {{ context?: import('playwright-core').BrowserContext, errors?: string[] }} [opened]
   *   the context to close with `close()`, and the console errors and uncaught exceptions
   *   recorded since the page opened (see fixtures.mjs `openPage`)
   */
  constructor(page, { context, errors = [] } = {}) {
    /** The Playwright page (or frame), for what the page object does not name. */
    this.page = page;
    this.context = context ?? (typeof page.context === 'function' ? page.context() : null);
    this.errors = errors;
  }

  // ---- Opening and closing -------------------------------------------------------------------

  /** Goes to `url` and waits until the running app shows its first estimate. */
  async visit(url) {
    await this.page.goto(url);
    await this.waitForEstimate();
  }

  /** Reloads and waits for the estimate again. */
  async reload() {
    await this.page.reload();
    await this.waitForEstimate();
  }

  /**
   * Before a visit: notes which of the page's `parts` (names of `SELECTORS`) the app has built when
   * it shows itself, and where. Read it with `whenShown`.
   */
  async noteWhenShown(parts) {
    const selectors = selectorsOf(parts);
    await this.page.addInitScript((selectors) => {
      // Each part's box in the app, `x y width height` (null when it has none: not built, or not
      // drawn), by part name.
      const boxesOf = (selectors) =>
        Object.fromEntries(
          Object.entries(selectors).map(([part, selector]) => {
            const element = document.querySelector(`body > .app ${selector}`);
            const box = element?.getClientRects().length ? element.getBoundingClientRect() : null;
            return [part, box ? [box.x, box.y, box.width, box.height].map(Math.round).join(' ') : null];
          }),
        );
      window.__boxesOf = boxesOf;
      new MutationObserver((_, observer) => {
        const app = document.querySelector('body > .app');
        if (!app || app.hidden) return;
        observer.disconnect();
        const built = Object.entries(selectors)
          .filter(([, selector]) => app.querySelector(selector))
          .map(([part]) => part);
        window.__whenShown = { built, busy: app.getAttribute('aria-busy'), boxes: boxesOf(selectors) };
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    }, selectors);
  }

  /**
   * What `noteWhenShown` noted: `{ built, busy, boxes }`: the names of the parts built, the app's
   * `aria-busy`, and each part's box (`x y width height`, or null).
   */
  whenShown() {
    return this.page.evaluate(() => window.__whenShown);
  }

  /** The boxes of `parts` now, as `whenShown` gives them (after `noteWhenShown`). */
  boxesOf(parts) {
    return this.page.evaluate((selectors) => window.__boxesOf(selectors), selectorsOf(parts));
  }

  /** Waits until the app has built every part of its first screen: it is no longer `aria-busy`. */
  async waitForFirstScreen() {
    await this.page.waitForSelector(S.wholeApp, { state: 'attached' });
  }

  /**
   * Before a visit: notes which of the page's `parts` (names of `SELECTORS`) are in the document
   * when the browser renders its first frame, in which the first `requestAnimationFrame`
   * callback runs. Read it with `inFirstFrame`.
   */
  async noteFirstFrame(parts) {
    const selectors = selectorsOf(parts);
    await this.page.addInitScript((selectors) => {
      requestAnimationFrame(() => {
        const present = Object.entries(selectors).filter(([, selector]) => document.querySelector(selector));
        window.__inFirstFrame = present.map(([part]) => part);
      });
    }, selectors);
  }

  /** What `noteFirstFrame` noted, once the first frame is rendered. */
  async inFirstFrame() {
    return (await this.page.waitForFunction(() => window.__inFirstFrame)).jsonValue();
  }

  /** Runs the page's main thread `rate` times slower, as Lighthouse's phone does (Chromium only). */
  async slowDown(rate) {
    const devtools = await this.context.newCDPSession(this.page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate });
  }

  /** Waits for the results below the first screen, which arrive just after the app starts. */
  async waitForBelow() {
    await this.page.waitForSelector(S.belowReady);
  }

  /** Waits until the running app shows an estimate, with its whole first screen built. */
  async waitForEstimate() {
    await this.page.waitForSelector(LIVE);
    await this.waitForFirstScreen();
  }

  /** Closes the page's browser context. */
  async close() {
    await this.context.close();
  }

  /** The id of the element with the keyboard focus ('' for one without, or the page itself). */
  async focusedId() {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  /** Whether the keyboard focus is inside `part` (a name of `SELECTORS`). */
  async hasFocusWithin(part) {
    return this.page.evaluate((selector) => !!document.activeElement?.closest(selector), S[part]);
  }

  /** What the address bar holds after the path: `?exp=9&loc=sea`, or ''. */
  address() {
    return new URL(this.page.url()).search;
  }

  /** Presses `key` on the keyboard `times` times (in an embed, the top page's keyboard). */
  async press(key, times = 1) {
    const keyboard = this.page.keyboard ?? this.page.page().keyboard;
    for (let i = 0; i < times; i++) await keyboard.press(key);
  }

  // ---- Before the app runs -------------------------------------------------------------------

  /** The running app. */
  get liveApp() { return this.page.locator(S.liveApp); }
  /** "Loading the calculator…", shown until the app works. */
  get loadingNotice() { return this.page.locator(S.loadingNotice); }
  /** The alert that says the app could not start. */
  get startFailure() { return this.page.locator(S.startFailure); }
  /** What a browser without JavaScript reads. */
  get noscriptMessage() { return this.page.locator(S.noscriptMessage); }

  // ---- The controls --------------------------------------------------------------------------

  /** The page's main heading (in an embed, for screen readers only). */
  get heading() { return this.page.locator(S.heading); }
  /** The page's masthead (brand, heading, introduction), outside the app. */
  get masthead() { return this.page.locator(S.masthead); }
  /** The experience slider, in years. */
  get experience() { return this.page.locator(S.experience); }
  /** The years written next to the experience slider. */
  get experienceValue() { return this.page.locator(S.experienceValue); }
  /** The location select. */
  get location() { return this.page.locator(S.location); }
  /** The remote arrangement's radio `id` (`uniform`, `adjusted`, …). */
  remote(id) { return this.page.locator(S.remote(id)); }
  /** The language select. */
  get language() { return this.page.locator(S.language); }
  /** The checkbox of skill `id` (`k8s`, `aiml`, …). */
  skill(id) { return this.page.locator(S.skill(id)); }
  /** The checkbox of certification `id` (`ckad`, …). */
  certification(id) { return this.page.locator(S.certification(id)); }
  /** The industry select. */
  get industry() { return this.page.locator(S.industry); }
  /** The company type's radio `id` (`startup`, `enterprise`, …). */
  company(id) { return this.page.locator(S.company(id)); }
  /** The position-in-range slider, a percentile. */
  get position() { return this.page.locator(S.position); }
  /** The currency select. */
  get currency() { return this.page.locator(S.currency); }
  /** The exchange rate field, shown for a currency other than dollars. */
  get rate() { return this.page.locator(S.rate); }
  /** The box around the exchange rate, with its date and source. */
  get rateBox() { return this.page.locator(S.rateBox); }
  /** The period's radio `id` (`year`, `month`, `hour`). */
  period(id) { return this.page.locator(S.period(id)); }
  /** The note on hourly amounts. */
  get hoursNote() { return this.page.locator(S.hoursNote); }

  /** Sets the experience slider to `years`. */
  async setExperience(years) { await this.experience.fill(String(years)); }
  /** Sets the position slider to the `percentile`. */
  async setPosition(percentile) { await this.position.fill(String(percentile)); }
  /** Chooses location `id` (`sf`, `aus`, …). */
  async chooseLocation(id) { await this.page.selectOption(S.location, id); }
  /** Chooses the remote arrangement `id`. */
  async chooseRemote(id) { await this.page.check(S.remote(id)); }
  /** Chooses language `id`. */
  async chooseLanguage(id) { await this.page.selectOption(S.language, id); }
  /** Ticks skill `id`. */
  async addSkill(id) { await this.page.check(S.skill(id)); }
  /** Unticks skill `id`. */
  async removeSkill(id) { await this.page.uncheck(S.skill(id)); }
  /** Ticks certification `id`. */
  async addCertification(id) { await this.page.check(S.certification(id)); }
  /** Chooses industry `id`. */
  async chooseIndustry(id) { await this.page.selectOption(S.industry, id); }
  /** Chooses company type `id`. */
  async chooseCompany(id) { await this.page.check(S.company(id)); }
  /** Chooses currency `id` (`usd`, `eur`, …). */
  async chooseCurrency(id) { await this.page.selectOption(S.currency, id); }
  /** Types `rate` into the exchange rate field. */
  async setRate(rate) { await this.page.fill(S.rate, String(rate)); }
  /** Chooses the period `id` (`year`, `month`, `hour`). */
  async choosePeriod(id) { await this.page.check(S.period(id)); }
  /** Clicks Reset: back to the typical settings. */
  async reset() { await this.page.click(S.reset); }

  // ---- The results ---------------------------------------------------------------------------

  /** Every result card. */
  get cards() { return this.page.locator(S.cards); }
  /** The headline: the range and the personal estimate. */
  get headline() { return this.page.locator(S.headline); }
  /** The headline's figures line ("Your base at the 51st percentile …"). */
  get headlineFigures() { return this.page.locator(S.headlineFigures); }
  /** A headline figure by id (`low`, `median`, `high`, `base`, `bonus`, `equity`, `total`). */
  amount(id) { return this.page.locator(S.amount(id)); }
  /** The level's name ("Mid level"). */
  get level() { return this.page.locator(S.level); }
  /** The line under the level ("1 year of experience"). */
  get levelLine() { return this.page.locator(S.levelLine); }
  /** The pay mix card (base, bonus, equity). */
  get payMix() { return this.page.locator(S.payMix); }
  /** What a screen reader hears once the sliders settle. */
  get announcement() { return this.page.locator(S.announcement); }
  /** The chart's card. */
  get chart() { return this.page.locator(S.chart); }
  /** The chart's axis labels. */
  get chartTicks() { return this.page.locator(S.chartTicks); }
  /** The chart's band(s). */
  get chartBands() { return this.page.locator(S.chartBands); }
  /** The chart's marker at the chosen years (carries `data-years`). */
  get chartMarker() { return this.page.locator(S.chartMarker); }
  /** The marker's dot. */
  get chartMarkerDot() { return this.page.locator(S.chartMarkerDot); }
  /** The chart's text summary. */
  get chartSummary() { return this.page.locator(S.chartSummary); }

  /**
   * The headline figures shown, as numbers (US dollars a year), and the level id: the range's
   * at once, the pay mix's (`bonus`, `equity`, `total`) once it has followed, a frame later.
   */
  async figuresShown() {
    await this.#caughtUp();
    return this.page.evaluate((ids) => {
      const out = {};
      for (const id of ids) out[id] = Number(document.getElementById(id).dataset.value);
      out.level = document.getElementById('level').dataset.value;
      return out;
    }, FIGURES);
  }

  /** The headline figures' text, in `FIGURES` order ("$95,000", …). */
  async amountTexts() {
    await this.#caughtUp();
    return this.page.evaluate((ids) => ids.map((id) => document.getElementById(id).textContent), FIGURES);
  }

  /** The breakdown's rows: `{ factor, value, label }` of each, in order, once it has followed. */
  async breakdown() {
    await this.#caughtUp();
    return this.page.$$eval(S.breakdownRows, (trs) =>
      trs.map((tr) => ({ factor: tr.dataset.factor, value: Number(tr.dataset.value), label: tr.querySelector('th').textContent })),
    );
  }

  /**
   * Waits until the figures with the ids in `want` (as `figuresShown` reads them) equal its
   * values; `options` are Playwright's (`timeout`).
   */
  async waitForFigures(want, options = {}) {
    await this.page.waitForFunction(
      (want) => Object.entries(want).every(([id, value]) => document.getElementById(id)?.dataset.value === String(value)),
      want,
      options,
    );
  }

  /** Waits until figure `id` reads as `condition` says (`{ is: '€7,313.55' }`). */
  async waitForAmountText(id, condition, options) { await this.#waitForText(S.amount(id), condition, options); }

  /** Waits until the screen reader's announcement is not empty. */
  async waitForAnnouncement(options) { await this.#waitForText(S.announcement, { isNot: '' }, options); }

  /** Waits until the location select's value meets `condition`. */
  async waitForLocation(condition, options) { await this.#waitForText(S.location, condition, options); }

  /** Waits until the address bar's query meets `condition` (`{ is: '?exp=9' }`). */
  async waitForAddress(condition, options) { await this.#waitForText(null, condition, options); }

  // ---- The link, the embed snippet and the notices ------------------------------------------

  /** The field with the link to this scenario. */
  get linkField() { return this.page.locator(S.linkField); }
  /** What Copy link (or copying the snippet) said. */
  get shareStatus() { return this.page.locator(S.shareStatus); }
  /** The button that opens the embed dialog. */
  get embedButton() { return this.page.locator(S.embedButton); }
  /** The embed snippet to paste. */
  get embedSnippet() { return this.page.locator(S.embedSnippet); }
  /** In an embed, the link back to the full calculator. */
  get embedBackLink() { return this.page.locator(S.embedBackLink); }
  /** The notice about a link (or model file) that could not be used as it was. */
  get linkNotice() { return this.page.locator(S.linkNotice); }
  /** The notice's lines. */
  get noticeLines() { return this.page.locator(S.noticeLines); }
  /** The link keys the notice names (`exp`, `loc`, …). */
  get noticeKeys() { return this.page.locator(S.noticeKeys); }

  /** Clicks Copy link. */
  async copyLink() {
    await this.page.click(S.copyLink);
    // The page says what happened once the browser has answered.
    await this.#waitForText(S.shareStatus, { isNot: '' });
  }
  /** Opens the embed dialog. */
  async openEmbedDialog() {
    await this.page.click(S.embedButton);
    // The dialog's code arrives with the first opening.
    await this.page.waitForSelector(S.embedSnippet);
  }
  /** The embed dialog's live preview (an iframe of the real embed). */
  get embedPreview() { return this.page.locator(S.embedPreview); }
  /** One of the embed dialog's choices: `control-skills`, `show-chart`, `theme-dark`. */
  embedChoice(id) { return this.page.locator(S.embedChoice(id)); }
  /** An embed's "All options" button, and what it shows. */
  get allOptions() { return this.page.locator(S.allOptions); }
  get moreOptions() { return this.page.locator(S.moreOptions); }
  /** Clicks the embed dialog's copy button. */
  async copySnippet() {
    await this.page.click(S.copySnippet);
    await this.#waitForText(S.shareStatus, { isNot: '' });
  }
  /** Dismisses the link notice. */
  async dismissNotice() { await this.linkNotice.getByRole('button', { name: 'Dismiss' }).click(); }
  /** What is on the clipboard (the context needs the clipboard permissions). */
  async clipboard() { return this.page.evaluate(() => navigator.clipboard.readText()); }

  /** Waits until the link notice is there. */
  async waitForLinkNotice() { await this.page.waitForSelector(S.linkNotice); }

  /** Waits until the link field's value meets `condition` (`{ endsWith: '?exp=6' }`). */
  async waitForLinkField(condition, options) { await this.#waitForText(S.linkField, condition, options); }

  // ---- The figures panel ("Sources and assumptions") and model files -------------------------

  /** The "Sources and assumptions" section, with the button or the panel. */
  get sources() { return this.page.locator(S.sources); }
  /** The message shown when the panel's code could not be fetched. */
  get sourcesFailure() { return this.page.locator(S.sourcesFailure); }
  /** The panel's groups of figures (`<details>`: sourced figures first, then assumptions). */
  get sourceGroups() { return this.page.locator(S.sourceGroups); }
  /** The button that shows every figure ("Show the N figures, their sources, and change them"). */
  get showSourcesButton() { return this.page.locator(S.showSources); }
  /** The figures panel. */
  get sourcesPanel() { return this.page.locator(S.sourcesPanel); }
  /** How old the data is, at the top of the panel ("How old the figures are: the article's, 2026; …"). */
  get dataVintage() { return this.page.locator(S.dataVintage); }
  /** The links to the public sources of the figures listed so far ("Public data, 2021"). */
  get citeLinks() { return this.page.locator(S.citeLinks); }
  /** The panel's count of changed figures ("1 figure changed"). */
  get changes() { return this.page.locator(S.changes); }
  /** The assumptions' group (a `<details>`). */
  get assumptions() { return this.page.locator(S.assumptions); }
  /** Each assumption (built when the group is first opened). */
  get assumptionItems() { return this.page.locator(S.assumptionItems); }
  /** The note on the results that some figure was changed. */
  get editedNote() { return this.page.locator(S.editedNote); }
  /** The note above the results while a `?model=` file is on its way. */
  get modelNote() { return this.page.locator(S.modelNote); }
  /** The button that resets every changed figure. */
  get resetEditsButton() { return this.page.locator(S.resetEdits); }
  /** The file input that opens a model file. */
  get modelFileInput() { return this.page.locator(S.modelFileInput); }
  /** The box about the model in use and its file. */
  get modelFileBox() { return this.page.locator(S.modelFileBox); }
  /** What the page said about the last model file opened. */
  get modelStatus() { return this.page.locator(S.modelStatus); }
  /** That message's lines, one a problem. */
  get modelStatusLines() { return this.page.locator(S.modelStatusLines); }
  /** The name of the model in use. */
  get modelName() { return this.page.locator(S.modelName); }

  /**
   * One figure of the model in the panel, by its key (`loc.sf`, `band.mid.high`), looked for
   * `within` a part (the whole page by default): its `row`, its `field`, and the row's `label`,
   * `readable` value ("+35%"), `source`, the source's `cite` link, `error` message and
   * `resetButton`.
   */
  modelFigure(key, within = this.page) {
    const row = within.locator(S.modelFigure(key));
    return {
      row,
      field: this.page.locator(S.figureField(key)),
      label: row.locator(S.figureLabel),
      readable: row.locator(S.figureReadable),
      source: row.locator(S.figureSource),
      cite: row.locator(S.figureCite),
      error: row.locator(S.figureError),
      resetButton: row.getByRole('button', { name: /Reset/ }),
    };
  }

  /** Opens the figures panel by its button (its code is a chunk fetched on the first click), and waits until it is there. */
  async openFiguresPanel() {
    await this.page.click(S.showSources);
    await this.waitForFiguresPanel();
  }

  /** Waits until the figures panel is there (opened by its button, a link or a changed figure). */
  async waitForFiguresPanel() { await this.page.waitForSelector(S.panelReady); }

  /** Opens (or closes) the assumptions' group. */
  async openAssumptions() { await this.page.click(S.assumptionsSummary); }

  /** Waits until the assumptions are listed (the group is open and built). */
  async waitForAssumptions() { await this.page.waitForSelector(S.assumptionItems); }

  /** Waits until the row of the model's figure `key` is there. */
  async waitForModelFigure(key) { await this.page.waitForSelector(S.modelFigure(key)); }

  /** Waits until the model file input is there (the panel is open). */
  async waitForModelFileInput() { await this.page.waitForSelector(S.modelFileInput); }

  /** Types `value` into the field of the model's figure `key` (`loc.sf`). */
  async editFigure(key, value) { await this.page.fill(S.figureField(key), String(value)); }

  /** Clicks the Reset button of figure `key`. */
  async resetFigure(key) { await this.modelFigure(key).resetButton.click(); }

  /** Clicks "reset every change". */
  async resetAllEdits() { await this.page.click(S.resetEdits); }

  /** Opens a model file called `name` with `contents` (text or a Buffer), as JSON. */
  async openModelFile(name, contents) {
    await this.page.setInputFiles(S.modelFileInput, {
      name,
      mimeType: 'application/json',
      buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
    });
  }

  /** Clicks "Download this model" and returns the download. */
  async downloadModel() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click(S.modelDownload)]);
    return download;
  }

  /** Waits until the model file message meets `condition` (`{ includes: 'acme.json' }`). */
  async waitForModelStatus(condition, options) { await this.#waitForText(S.modelStatus, condition, options); }

  /** Waits until the model's name meets `condition` (`{ is: 'Acme survey 2026' }`). */
  async waitForModelName(condition, options) { await this.#waitForText(S.modelName, condition, options); }

  // ---- Two offers side by side ---------------------------------------------------------------

  /** The offer comparison's table. */
  get offerTable() { return this.page.locator(S.offerTable); }
  /** The table's rows. */
  get offerRows() { return this.page.locator(S.offerRows); }
  /** The table's head (offers, their settings, how equity is counted). */
  get offerHead() { return this.page.locator(S.offerHead); }
  /** The table's column heads. */
  get offerHeadCells() { return this.page.locator(S.offerHeadCells); }
  /** The sentence on which offer pays more. */
  get offerVerdict() { return this.page.locator(S.offerVerdict); }
  /** The cell of `row` (`total`, `vesting`, …) for `offer` (`a`, `b`, `diff`). */
  offerCell(row, offer) { return this.page.locator(S.offerCell(row, offer)); }
  /** The scrolling container of a data table. */
  get tableScroller() { return this.page.locator(S.tableScroller); }

  /** Pins the current settings as offer A (the table's code is a chunk) and waits for the table. */
  async pinOffer() {
    await this.page.click(S.pinOffer);
    await this.page.waitForSelector(S.offerTable);
  }

  /** Swaps the offers: the pinned one becomes the current settings. */
  async swapOffers() { await this.page.click(S.swapOffers); }

  /** Clears the comparison. */
  async clearOffers() { await this.page.click(S.clearOffers); }

  /** Waits until the offer table is there (opened by a link, its code arriving after the estimate). */
  async waitForOfferTable() { await this.page.waitForSelector(S.offerTable); }

  // ---- What moves your pay, negotiation, career tracks, benefits ----------------------------

  /** The next steps card. */
  get nextSteps() { return this.page.locator(S.nextSteps); }
  /** One next step's list item, by its `data-step` (`skill:k8s`, `years:3`, `track:lead`). */
  step(id) { return this.page.locator(S.step(id)); }
  /** "Show all N changes" / "Show the top five". */
  get moreSteps() { return this.page.locator(S.moreSteps); }
  /** The career track control, and the line that says when tracks open. */
  get track() { return this.page.locator(S.track); }
  get trackClosed() { return this.page.locator(S.trackClosed); }
  /** The outlook card. */
  get outlook() { return this.page.locator(S.outlook); }
  /** Offer B's and offer A's benefits and perks inputs. */
  get benefits() { return this.page.locator(S.benefits); }
  get pinnedBenefits() { return this.page.locator(S.pinnedBenefits); }

  /** The next steps shown, in order: `{ step, effort, gain, total, label }`. */
  async steps() {
    return this.page.$$eval(S.steps, (items) =>
      items.map((li) => ({
        step: li.dataset.step,
        effort: li.dataset.effort,
        gain: Number(li.dataset.gain),
        total: Number(li.dataset.total),
        label: li.querySelector('.step-what').textContent,
      })),
    );
  }

  /** Presses a next step's button: tries the change, or takes it back when it is tried. */
  async tryStep(id) {
    await this.step(id).locator('button').click();
  }

  /** The negotiation figures as numbers: `{ ask, median, walkAway }`. */
  async negotiation() {
    return this.page.evaluate(
      ([ask, median, walkAway]) =>
        [ask, median, walkAway].map((selector) => Number(document.querySelector(selector).dataset.value)),
      [S.ask, '#negotiate-median', S.walkAway],
    ).then(([ask, median, walkAway]) => ({ ask, median, walkAway }));
  }

  /** Chooses a career track by id. */
  async chooseTrack(id) {
    await this.track.selectOption(id);
  }

  /** Types a yearly benefits amount into offer B's (or, with `pinned`, offer A's) input. */
  async setBenefits(dollars, { pinned = false } = {}) {
    const field = pinned ? this.pinnedBenefits : this.benefits;
    await field.fill(String(dollars));
    await field.press('Enter');
    await field.blur();
  }

  /** Waits until the exchange rate field is there (its code arrives after the estimate). */
  async waitForRate() { await this.page.waitForSelector(S.rate); }

  /** The offer table's cells as numbers: `{ a: { row: value }, b: {…}, diff: {…} }`. */
  async offerCells() {
    return this.page.evaluate((rows) => {
      const out = { a: {}, b: {}, diff: {} };
      for (const row of document.querySelectorAll(rows)) {
        for (const cell of row.querySelectorAll('td[data-offer]')) {
          out[cell.dataset.offer][row.dataset.row] = Number(cell.dataset.value);
        }
      }
      return out;
    }, S.offerRows);
  }

  // ---- Waiting on text -----------------------------------------------------------------------

  /**
   * Waits until the text of the element `selector` finds (the value of a field or select) meets
   * `condition`; with no selector, the address bar's query. `options` are Playwright's (`timeout`).
   */
  /**
   * Waits until the parts that follow a change a frame late (the pay mix, the breakdown and the
   * part below, `ui::seen_profile`) have followed the changes made so far: they do in a task
   * queued from the next frame's callbacks, which run in the order they were asked for.
   */
  async #caughtUp() {
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  }

  async #waitForText(selector, condition, options = {}) {
    await this.page.waitForFunction(
      ({ selector, condition }) => {
        let text;
        if (selector === null) text = location.search;
        else {
          const el = document.querySelector(selector);
          text = el && ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) ? el.value : el?.textContent;
        }
        const { is, isNot, includes, endsWith, matches } = condition;
        if (typeof text !== 'string') return false;
        if (is !== undefined && text !== is) return false;
        if (isNot !== undefined && text === isNot) return false;
        if (includes !== undefined && !text.includes(includes)) return false;
        if (endsWith !== undefined && !text.endsWith(endsWith)) return false;
        if (matches !== undefined && !new RegExp(matches.source, matches.flags).test(text)) return false;
        return true;
      },
      { selector, condition: portable(condition) },
      options,
    );
  }
}

/** The page object for a Playwright page, or an embed's frame, that a test opened itself. */
export function payband(page, opened) {
  return new PaybandPage(page, opened);
}
