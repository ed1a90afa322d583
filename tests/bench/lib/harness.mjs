// Scripts the benchmark adds to pages (through Playwright's addInitScript or evaluate). They only
// observe: timestamps come from performance.now() in the page, so Node's round trips never count.

/**
 * Load probe, installed before any page script. `kind` is 'app', 'yew' or 'static'.
 * - first render: the first contentful paint (paint timing) once the content is in the DOM and
 *   visible; for the app that is the category list inside the widget's shadow root, shown once the
 *   widget's stylesheet has loaded. If the first paint came earlier (it cannot in these pages, but
 *   a host page might paint first), the frame after the content appeared counts instead.
 * - interactive: right after the first render, a click on the first category button (app), the
 *   one line (bare Yew) or the first category's disclosure (static page); the time at which the
 *   view has changed. The app's first screen may be the one rendered at build time (a picture,
 *   src/first_screen.rs): then the click waits for the live app's button, and counts from there.
 * When done it calls `window.__benchDone(results)` (a Playwright binding).
 */
export function loadProbe({ kind }) {
  const B = (window.__bench = { t: {}, longTasks: [] });
  const now = () => performance.now();
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) B.t[e.name] = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) B.longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  // The wasm instance, for its memory size.
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    if (!orig) continue;
    WebAssembly[name] = async function (...args) {
      const r = await orig.apply(this, args);
      // The first instance is the app's main module (the parts come later and import its memory).
      window.__benchWasm ??= r.instance ?? r;
      B.t.wasmInstantiated ??= now();
      return r;
    };
  }
  const roots = [];
  const observers = [];
  const observe = (node) => {
    const mo = new MutationObserver(check);
    mo.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
    observers.push(mo);
  };
  const origAttach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const r = origAttach.call(this, init);
    roots.push(r);
    observe(r);
    return r;
  };
  const probes = {
    app: {
      inDom: () => !!roots[0]?.querySelector('.x1060-category-list'),
      rendered: () => { const r = roots[0]; const h = r?.querySelector('.x1060-host'); return !!(h && !h.hidden && r.querySelector('.x1060-category-list')); },
      // The live app's button, not the first screen rendered at build time (a picture).
      button: () => (roots[0].querySelector('[data-x1060-first]') ? null : roots[0].querySelector('.x1060-category-button')),
      changed: () => !!roots[0].querySelector('.x1060-category'),
    },
    yew: {
      rendered: () => !!document.querySelector('.floor-line'),
      button: () => document.querySelector('.floor-line'),
      changed: () => document.querySelector('.floor-line')?.dataset.clicked === 'true',
    },
    static: {
      rendered: () => !!document.querySelector('summary.floor-category'),
      button: () => document.querySelector('summary.floor-category'),
      changed: () => !!document.querySelector('details[open]'),
    },
  };
  const P = probes[kind];
  const afterFrame = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(now());
    ch.port2.postMessage(0);
  });
  let finished = false;
  function finish() {
    if (finished) return;
    finished = true;
    for (const mo of observers) mo.disconnect();
    // Paint timing entries arrive a little after the frame: wait for the first contentful paint
    // (at most a second), then report.
    const t0 = now();
    const go = () => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      if (fcp == null && now() - t0 < 1000) { setTimeout(go, 20); return; }
      for (const e of performance.getEntriesByType('paint')) B.t[e.name] = e.startTime;
      const painted = fcp != null && fcp >= B.t.visible;
      B.t.firstRender = painted ? fcp : B.t.framed;
      B.t.firstRenderSource = painted ? 'paint timing' : 'frame after DOM';
      window.__benchDone?.(JSON.parse(JSON.stringify(B)));
    };
    if (document.readyState === 'complete') setTimeout(go, 0);
    else addEventListener('load', () => setTimeout(go, 0), { once: true });
  }
  function check() {
    if (B.t.inDom == null && P.inDom?.()) B.t.inDom = now();
    if (B.t.visible == null && P.rendered()) {
      B.t.visible = now();
      afterFrame((t) => {
        B.t.framed = t;
        // Click once the first contentful paint is recorded (its entry arrives a little after
        // the frame; at most a second), so that "interactive" is never before "first render".
        const click = () => {
          if (!performance.getEntriesByName('first-contentful-paint').length && now() - B.t.framed < 1000) {
            setTimeout(click, 4);
            return;
          }
          const button = P.button();
          if (!button) {
            setTimeout(click, 4);
            return;
          }
          B.t.clicked = now();
          button.click();
          check();
        };
        click();
      });
    }
    if (B.t.clicked != null && B.t.interactive == null && P.changed()) {
      B.t.interactive = now();
      finish();
    }
  }
  observe(document);
  document.addEventListener('DOMContentLoaded', check);
}

/**
 * Interaction probe, installed after the app has loaded with a full assessment. `arm(id, level)`
 * prepares one click on a level of service `id`; `wait()` resolves when, after that click, the
 * screen shows the new level (its meaning paragraph has changed and its radio is checked) and
 * storage holds it (a localStorage.setItem under the widget's key prefix of an assessment with that
 * level). The latency is
 * from the click event's time stamp to the later of the last DOM change and the write; `frame` is
 * from the click to the frame after that (what the eye sees, rounded up to the display's frame).
 */
export function interactionProbe({ prefix }) {
  const root = document.querySelector('[data-x1060-widget]').shadowRoot;
  const L = (window.__lat = { pending: null, results: [] });
  const now = () => performance.now();
  const origSet = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    const r = origSet.call(this, k, v);
    const p = L.pending;
    if (p && k.startsWith(prefix)) { p.writes.push([now(), v]); queueMicrotask(check); }
    return r;
  };
  const mo = new MutationObserver(() => {
    const p = L.pending;
    if (p && p.start != null) { p.lastDom = now(); check(); }
  });
  mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('click', (e) => {
    const p = L.pending;
    if (!p || p.start != null) return;
    p.start = e.timeStamp;
    p.seen = now();
    const ch = new MessageChannel();
    ch.port1.onmessage = check;
    ch.port2.postMessage(0);
  }, true);
  const article = (id) => root.querySelector(`[data-service-id="${id}"]`);
  const meaning = (id) => article(id)?.querySelector('[data-level-meaning]')?.textContent ?? '';
  function check() {
    const p = L.pending;
    if (!p || p.start == null || p.done) return;
    const radio = article(p.id)?.querySelectorAll('fieldset')[2]?.querySelectorAll('input[type=radio]')[p.level];
    const domOk = meaning(p.id) !== p.meaningBefore && radio?.checked;
    const write = p.writes.find(([, v]) => { try { return JSON.parse(v).services?.[p.id]?.current === p.level; } catch { return false; } });
    if (!domOk || !write) return;
    p.done = true;
    const end = Math.max(p.lastDom ?? p.seen, write[0]);
    const rec = { id: p.id, level: p.level, latency: end - p.start, save: write[0] - p.start, dom: (p.lastDom ?? p.seen) - p.start };
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { rec.frame = now() - p.start; L.results.push(rec); L.pending = null; p.resolve(rec); };
      ch.port2.postMessage(0);
    });
  }
  L.arm = (id, level) => {
    L.pending = L.last = { id, level, writes: [], meaningBefore: meaning(id) };
    L.pending.promise = new Promise((res) => { L.pending.resolve = res; });
  };
  L.wait = (ms = 5000) => {
    const p = L.last;
    return Promise.race([p.promise, new Promise((_, rej) => setTimeout(() => rej(new Error(`no update of ${p.id} to ${p.level} within ${ms} ms`)), ms))]);
  };
}

/**
 * Download probe: from the click on a `[data-download]` button to the moment the app hands the
 * file to the browser (its temporary link's click), with the file's size.
 */
export function downloadProbe() {
  const D = (window.__dl = { pending: null });
  const now = () => performance.now();
  addEventListener('click', (e) => {
    const b = e.composedPath().find((n) => n instanceof Element && n.hasAttribute('data-download'));
    if (b) D.pending = { kind: b.getAttribute('data-download'), start: e.timeStamp };
  }, true);
  const origUrl = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    if (D.pending) D.pending.bytes = blob.size;
    return origUrl.call(this, blob);
  };
  const origClick = HTMLElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const p = D.pending;
    if (p && this.hasAttribute('download') && p.ready == null) { p.ready = now() - p.start; p.name = this.download; }
    return origClick.call(this);
  };
}
