// Not a test: measures how well each way of putting the widget into a page isolates it from the
// host page's CSS, and the host from the widget's CSS. The numbers are in docs/embedding.md.
//   node tests/e2e/measure-isolation.mjs [dist-folder]
//
// The same widget content (overview, then category B with one service answered and its details
// open) is rendered four ways, each on a plain host page and on the hostile one (Bootstrap 5 plus
// aggressive global rules, tests/hosts/hostile.css):
//   shadow  - the shipped way: a shadow root holding widget.css (src/embed.rs)
//   light   - the same DOM in the page itself, widget.css linked from the page (prefixed classes)
//   reset   - as light, plus a reset of every descendant before the widget's rules
//             (.x1060, .x1060 * { all: revert })
//   iframe  - the standalone page in an iframe
// For each way: how many widget elements and (element, property) pairs compute differently on
// the hostile page than on the plain one, how much taller the widget gets, and how many host
// elements change when the widget is added.
import path from 'node:path';
import { launch } from './lib/browser.mjs';
import { AppPage } from './lib/app-page.mjs';
import { serveHosts, STYLE_PROPS as PROPS } from './lib/hosts.mjs';
import { DIST } from './lib/server.mjs';

const dist = path.resolve(process.argv[2] || DIST);
const server = await serveHosts({ dist });
const browser = await launch();

/** Computed PROPS of every widget element: in the shadow root of `host`, or (light DOM) under `host`. */
function collect(scope, host) {
  return scope.evaluate(([sel, props]) => {
    const h = document.querySelector(sel);
    const root = (h.shadowRoot || h).querySelector('.x1060');
    const els = [root, ...root.querySelectorAll('*')];
    return {
      height: root.getBoundingClientRect().height,
      styles: els.map((el) => {
        const cs = getComputedStyle(el);
        return props.map((p) => cs.getPropertyValue(p));
      }),
    };
  }, [host, PROPS]);
}

/** Computed PROPS of every host element (outside any widget). */
function hostStyles(page) {
  return page.evaluate((props) => [...document.body.querySelectorAll('*')]
    .filter((el) => !el.closest('[data-x1060-widget], #light-host, iframe'))
    .map((el) => { const cs = getComputedStyle(el); return props.map((p) => cs.getPropertyValue(p)); }), PROPS);
}

function compare(a, b) {
  let elements = 0; let pairs = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a[i].filter((v, j) => v !== b[i][j]).length;
    if (d) { elements += 1; pairs += d; }
  }
  return { elements, pairs, total: a.length };
}

/** Opens `file`, brings the shadow widget into the measured state; returns the page. */
async function openInState(file, state, { block } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (block) await page.route('**/x1060-widget.js', (r) => r.abort());
  await page.goto(`${server.url}/${file}`);
  if (block) return page;
  const w = new AppPage(page, '#widget');
  await w.ready();
  if (state === 'category') {
    await w.answer('B-1', { delivery: 'outsourced', current: 3 });
    await w.openDetails('B-1');
  }
  return page;
}

/** Moves the rendered widget DOM out of its shadow root into the page, with widget.css linked. */
async function toLightDom(page, withReset) {
  await page.evaluate(async ([reset]) => {
    const host = document.querySelector('#widget');
    const html = host.shadowRoot.querySelector('.x1060').outerHTML;
    const light = document.createElement('div');
    light.id = 'light-host';
    light.innerHTML = html;
    host.replaceWith(light);
    if (reset) {
      const s = document.createElement('style');
      s.textContent = '.x1060, .x1060 * { all: revert; }';
      document.head.append(s);
    }
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'x1060/widget.css';
    await new Promise((r) => { link.onload = r; link.onerror = r; document.head.append(link); });
  }, [withReset]);
}

const SHADOW_ROOT = '#widget';
const LIGHT_ROOT = '#light-host';
const rows = [];
for (const [hostileFile, state] of [['bootstrap.html', 'overview'], ['hostile.html', 'overview'], ['hostile.html', 'category']]) {
  // shadow (shipped)
  {
    const plain = await openInState('plain.html', state);
    const hostile = await openInState(hostileFile, state);
    const blocked = await openInState(hostileFile, state, { block: true });
    const a = await collect(plain, SHADOW_ROOT);
    const b = await collect(hostile, SHADOW_ROOT);
    const host = compare(await hostStyles(blocked), await hostStyles(hostile));
    rows.push({ way: 'shadow', page: hostileFile, state, ...compare(a.styles, b.styles), grow: b.height - a.height, host });
    for (const p of [plain, hostile, blocked]) await p.close();
  }
  // light and reset
  for (const reset of [false, true]) {
    const plain = await openInState('plain.html', state);
    const hostile = await openInState(hostileFile, state);
    await toLightDom(plain, reset);
    const before = await hostStyles(hostile);
    await toLightDom(hostile, reset);
    const a = await collect(plain, LIGHT_ROOT);
    const b = await collect(hostile, LIGHT_ROOT);
    const host = compare(before, await hostStyles(hostile));
    rows.push({ way: reset ? 'reset' : 'light', page: hostileFile, state, ...compare(a.styles, b.styles), grow: b.height - a.height, host });
    for (const p of [plain, hostile]) await p.close();
  }
  // iframe: the standalone page on its own against the same page inside the hostile host
  if (hostileFile === 'hostile.html' && state === 'overview') {
    const alone = await browser.newPage({ viewport: { width: 1000, height: 900 } }); // the frame's size
    await alone.goto(`${server.url}/x1060/`);
    await new AppPage(alone, '[data-x1060-widget]').ready();
    const framed = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await framed.goto(`${server.url}/iframe.html?src=${encodeURIComponent(`${server.url}/x1060/`)}`);
    const frame = framed.frameLocator('iframe').owner();
    const f = await (await frame.elementHandle()).contentFrame();
    await new AppPage(f, '[data-x1060-widget]').ready();
    const root = '[data-x1060-widget]';
    const a = await collect(alone, root);
    const b = await collect(f, root);
    rows.push({ way: 'iframe', page: hostileFile, state, ...compare(a.styles, b.styles), grow: b.height - a.height, host: { elements: 0 } });
    await alone.close(); await framed.close();
  }
}

console.log(`dist: ${dist}; ${PROPS.length} properties per element`);
console.log('| way | host page | view | widget elements changed by host CSS | (element, property) pairs changed | widget height change | host elements changed by widget |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.way} | ${r.page} | ${r.state} | ${r.elements} of ${r.total} | ${r.pairs} | ${r.grow >= 0 ? '+' : ''}${Math.round(r.grow)} px | ${r.host.elements} |`);
}
await browser.close();
await server.close();
