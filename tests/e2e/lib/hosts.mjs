// Host pages for the embedding tests (tests/hosts/*.html): a server that puts them next to the
// release build, and what the embedding specs read off a host page (storage, computed styles).
// The widget itself is driven with the page object (app-page.mjs: `new AppPage(page, '#widget')`).
// Playwright's CSS locators pierce open shadow roots; page.evaluate code must use el.shadowRoot.
import fs from 'node:fs/promises';
import path from 'node:path';
import { serve, DIST, ROOT } from './server.mjs';
import { APP_ROOT } from './app-page.mjs';

export const HOSTS = path.join(ROOT, 'tests', 'hosts');
export const BOOTSTRAP = path.join(ROOT, 'node_modules', 'bootstrap', 'dist');
export const ARTIFACTS = path.join(ROOT, 'tests', 'e2e', 'artifacts');

/**
 * The recommended Content-Security-Policy (HOSTING.md): everything from the widget's own origin,
 * WebAssembly compilation allowed, nothing inline, no eval, nothing else.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Serves the host pages at /, the release build at `distAt` (default /x1060/) and Bootstrap at
 * /vendor/bootstrap/. `headers(urlPath)` adds response headers.
 */
export function serveHosts({ distAt = '/x1060/', dist = DIST, headers } = {}) {
  return serve({ mounts: { '/': HOSTS, [distAt]: dist, '/vendor/bootstrap/': BOOTSTRAP }, headers });
}

/** Saves a full-page screenshot under tests/e2e/artifacts/. */
export async function screenshot(page, name) {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

/** Every localStorage key and value of a page or frame. */
export function storage(scope) {
  return scope.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/**
 * The assessment saved under `namespace` (the storage prefix, e.g. "x1060.site-a"), parsed, or
 * null. Independent of how the app lays out its keys below the namespace: the one stored value
 * whose format is "x1060-assessment", or, with several, the one an index names as current.
 */
export async function savedAssessment(scope, namespace) {
  const all = await scope.evaluate((ns) => Object.entries(localStorage).filter(([k]) => k.startsWith(`${ns}/`)), namespace);
  const parsed = all.flatMap(([k, v]) => { try { return [[k, JSON.parse(v)]]; } catch { return []; } });
  const found = parsed.filter(([, v]) => v && v.format === 'x1060-assessment');
  if (found.length <= 1) return found[0]?.[1] ?? null;
  const current = parsed.map(([, v]) => v && v.current).find((c) => typeof c === 'string');
  const pick = found.find(([k]) => current && k.endsWith(`/${current}`));
  if (!pick) throw new Error(`several assessments under ${namespace} and none marked current: ${found.map(([k]) => k)}`);
  return pick[1];
}

/** Computed style values of the first element matching `selector` (shadow roots pierced). */
export function styleOf(locator, props) {
  return locator.first().evaluate((el, names) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(names.map((n) => [n, cs.getPropertyValue(n)]));
  }, props);
}

/** Properties compared between renderings (what CSS rules set, not what layout derives). */
export const STYLE_PROPS = [
  'color', 'background-color', 'background-image', 'font-family', 'font-size', 'font-weight', 'font-style',
  'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-decoration-line',
  'text-shadow', 'white-space', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top',
  'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-top-style', 'border-top-color',
  'border-left-width', 'border-left-style', 'border-left-color', 'border-top-left-radius', 'outline-style',
  'outline-width', 'box-shadow', 'box-sizing', 'display', 'position', 'float', 'visibility', 'opacity', 'cursor',
  'list-style-type', 'vertical-align', 'min-height', 'max-width', 'color-scheme', 'accent-color', 'transform',
];

/**
 * STYLE_PROPS of every element of the widget in host element `hostSelector`, in document order,
 * as [{ el: "TAG.class", style: { prop: value } }], and the widget's height.
 */
export function widgetStyles(scope, hostSelector) {
  return scope.evaluate(([sel, props, app]) => {
    const root = document.querySelector(sel).shadowRoot.querySelector(app);
    const els = [root, ...root.querySelectorAll('*')];
    return {
      height: root.getBoundingClientRect().height,
      elements: els.map((el) => {
        const cs = getComputedStyle(el);
        return { el: `${el.tagName}.${el.className}`, style: Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])) };
      }),
    };
  }, [hostSelector, STYLE_PROPS, APP_ROOT]);
}

/** STYLE_PROPS of every host element outside widgets and frames, keyed by a path-like name. */
export function hostStyles(page) {
  return page.evaluate((props) => [...document.body.querySelectorAll('*')]
    .filter((el) => !el.closest('[data-x1060-widget]') && el.tagName !== 'SCRIPT')
    .map((el) => {
      const cs = getComputedStyle(el);
      return { el: `${el.tagName}#${el.id}.${el.className}`, style: Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])) };
    }), STYLE_PROPS);
}

/** The (element, property, a, b) quadruples where two style lists differ. */
export function styleDiff(a, b) {
  const out = [];
  if (a.length !== b.length) out.push({ el: '(element count)', prop: '', a: a.length, b: b.length });
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i].el !== b[i].el) { out.push({ el: `#${i}`, prop: '(element)', a: a[i].el, b: b[i].el }); continue; }
    for (const p of Object.keys(a[i].style)) {
      if (a[i].style[p] !== b[i].style[p]) out.push({ el: `#${i} ${a[i].el}`, prop: p, a: a[i].style[p], b: b[i].style[p] });
    }
  }
  return out;
}
