// payband embed loader. Include it once; it turns every <div data-payband> into an iframe of the
// calculator that sizes itself to its content, and fills elements marked
// data-payband-figure="median" (low, high, base, bonus, equity, total, level) with live numbers.
//
//   <div data-payband data-scenario="exp=5&amp;loc=aus"></div>
//   <script src="https://example.com/tools/payband/embed.js" async></script>
//
// Options on the placeholder: data-src (where payband is hosted, http: or https:; default: next
// to this script), data-scenario (a shareable link's query), data-model (a model file on
// payband's own site, relative to data-src: your bands instead of the built-in ones),
// data-controls (which controls show, in order: "exp,loc,lang" by default, "all" for every one),
// data-show (which results show: "range,total" by default, also breakdown, chart, comparisons),
// data-theme (light, dark or auto, the default: the reader's system), data-title (the iframe's
// accessible name). What is not chosen waits behind the embed's "All options".
(() => {
  'use strict';
  const script = document.currentScript;
  const defaultBase = script && script.src ? new URL('./', script.src).href : new URL('./', location.href).href;
  const frames = new Map(); // iframe → { holder, origin }
  const FIGURES = ['level', 'low', 'median', 'high', 'base', 'bonus', 'equity', 'total'];

  // Where a placeholder's calculator is: a web address only. A `javascript:` src would run in
  // this page, so a placeholder with any other gets no iframe (not the default src either: it
  // was not asked for) and its content is left as it is.
  function sourceOf(holder) {
    const given = holder.dataset.src;
    let src = null;
    try {
      src = new URL(given || defaultBase, location.href);
    } catch {}
    if (src && (src.protocol === 'https:' || src.protocol === 'http:')) return src;
    const what = given ? `data-src=${JSON.stringify(given)}` : `its default address ${JSON.stringify(defaultBase)}`;
    console.error(`payband embed: ${what} is not an http: or https: address, so this placeholder gets no calculator`, holder);
    return null;
  }

  function mount(holder) {
    if (holder.querySelector('iframe[data-payband-frame]')) return;
    const src = sourceOf(holder);
    if (!src) return;
    const params = new URLSearchParams(holder.dataset.scenario || '');
    if (holder.dataset.model) params.set('model', holder.dataset.model);
    // The author's choices, passed on as the page's own query keys; the page checks them and
    // warns in this console about what it ignores.
    for (const [attribute, key] of [['controls', 'controls'], ['show', 'show'], ['theme', 'theme']]) {
      if (holder.dataset[attribute] !== undefined) params.set(key, holder.dataset[attribute]);
    }
    params.set('embed', '1');
    src.search = params.toString();
    const frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = holder.dataset.title || 'payband: backend developer salary calculator';
    frame.setAttribute('data-payband-frame', '');
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;width:100%;border:0;height:720px;overflow:hidden';
    holder.replaceChildren(frame);
    frames.set(frame, { holder, origin: src.origin });
  }

  function showFigures(holder, estimate) {
    for (const el of document.querySelectorAll('[data-payband-figure]')) {
      const target = el.getAttribute('data-payband-for');
      if (target ? target !== holder.id : frames.size > 1) continue;
      const value = estimate[el.getAttribute('data-payband-figure')];
      if (typeof value === 'number') el.textContent = '$' + value.toLocaleString('en-US');
      else if (typeof value === 'string') el.textContent = value;
    }
  }

  window.addEventListener('message', (event) => {
    for (const [frame, { holder, origin }] of frames) {
      // Only the frame this loader created, from the origin it was pointed at.
      if (event.source !== frame.contentWindow || event.origin !== origin) continue;
      const data = event.data;
      if (!data || typeof data !== 'object') return;
      if (data.type === 'payband:height' && Number.isFinite(data.height) && data.height > 0) {
        frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
      } else if (data.type === 'payband:estimate') {
        const estimate = {};
        for (const key of FIGURES) {
          if (typeof data[key] === 'number' || typeof data[key] === 'string') estimate[key] = data[key];
        }
        showFigures(holder, estimate);
        holder.dispatchEvent(new CustomEvent('payband:estimate', { detail: estimate, bubbles: true }));
      }
      return;
    }
  });

  const scan = () => document.querySelectorAll('[data-payband]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
  window.payband = { mount: scan };
})();
