// What an outreach site can rely on, checked: no requests beyond the widget's own files, and after
// load none but the widget's own parts (each once); no cookies and no storage but its namespace's localStorage keys; and nothing
// changed outside its element (global names, <html>/<body> attributes, document stylesheets,
// head and body contents, window and document event listeners but `storage`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { AppPage } from './lib/app-page.mjs';
import { screenshot, storage } from './lib/hosts.mjs';
import { useBrowser, BUILD } from './lib/setup.mjs';

const env = useBrowser({ hosts: true });

/** The first download: what the widget fetches before it is interactive (a first visit in English,
 * so the first screen rendered at build time in English too). */
const WIDGET_FILES = ['/x1060/x1060-widget.js', '/x1060/x1060.js', '/x1060/__wasm_split.js', '/x1060/x1060_bg.wasm', '/x1060/widget.css', '/x1060/first-en.html'];
/** The parts (src/parts.rs): fetched after load, in idle time or when first used, each once. */
const PART_FILES = (await fs.readdir(BUILD))
  .filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).map((f) => `/x1060/${f}`);

/** Answers, details, typing, every view, language, downloads: everything that could fetch. */
async function useEverything(page, widget) {
  await widget.answer('A-1', { delivery: 'in_house', current: 2 });
  await widget.openDetails('A-1');
  await widget.details('A-1').locator('input[type="text"]').fill('CISO');
  await widget.answer('H-1', { delivery: 'not_yet', current: 0 });
  const views = widget.root.locator('[data-nav]');
  for (let i = (await views.count()) - 1; i >= 0; i--) await views.nth(i).click();
  await widget.languageSelect.selectOption('fr');
  await widget.languageSelect.selectOption('en');
  for (const kind of ['html', 'json']) {
    await Promise.all([page.waitForEvent('download'), widget.root.locator(`[data-download="${kind}"]`).click()]);
  }
}

/** Every request the browser makes in `context`, in any frame or worker, with its URL. */
function recordRequests(context) {
  const urls = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

for (const [name, pathname, hostSelector, pageFiles] of [
  ['a host page', '/plain.html', '#widget', ['/plain.html']],
  ['the standalone page', '/x1060/', '[data-x1060-widget]', ['/x1060/', '/x1060/page.css', '/x1060/icon.svg']],
]) {
  test(`${name}: only the widget's own files are requested, none after load; no cookies, no other storage`, async (t) => {
    const { context, page, errors } = await env.newPage(t);
    const urls = recordRequests(context);
    const logged = env.server.requests.length;
    await page.goto(`${env.url}${pathname}`);
    const widget = new AppPage(page, hostSelector);
    await widget.ready();
    await page.waitForLoadState('networkidle');
    const first = new Set([...pageFiles, ...WIDGET_FILES].map((p) => `${env.url}${p}`));
    const parts = new Set(PART_FILES.map((p) => `${env.url}${p}`));
    const own = new Set([...first, ...parts]);
    const loaded = urls.filter((u) => !parts.has(u));
    assert.deepEqual([...new Set(loaded)].sort(), [...first].sort(), "at load: exactly the page and the widget's files");
    const atLoad = urls.length;

    await useEverything(page, widget);
    await page.waitForTimeout(3000); // room for anything deferred: timers, idle callbacks, beacons
    const later = urls.slice(atLoad);
    assert.deepEqual(later.filter((u) => !parts.has(u)), [], 'while in use: no request but the widget\'s parts');
    const views = [...parts].filter((u) => /\/split_(?!text_)[^/]*$/.test(u));
    const fetched = urls.filter((u) => parts.has(u));
    assert.deepEqual(views.filter((u) => !fetched.includes(u)), [], 'every view part fetched (prefetched or used)');
    assert.equal(fetched.length, new Set(fetched).size, 'each part fetched once');

    const beforeReload = urls.length;
    await page.reload();
    await widget.ready();
    await page.waitForTimeout(3000);
    const again = new Set(urls.slice(beforeReload));
    // Now a returning visitor: everything but the first screen rendered at build time, which would
    // not show their answers (the standalone page preloads the English one for everyone).
    const preloaded = pathname === '/x1060/';
    const returning = [...first].filter((u) => preloaded || !u.endsWith('/first-en.html'));
    assert.deepEqual(returning.filter((u) => !again.has(u)), [], 'a reload fetches the first download again');
    if (!preloaded) assert.ok(![...again].some((u) => u.endsWith('/first-en.html')), 'a returning visitor does not fetch the first screen');
    assert.deepEqual([...again].filter((u) => !own.has(u)), [], 'a reload fetches nothing but the widget\'s files');
    assert.deepEqual(env.server.requests.slice(logged).filter((p) => !own.has(`${env.url}${p}`)), [], 'the server saw nothing else');

    assert.deepEqual(await context.cookies(), []);
    const other = await page.evaluate(async () => ({
      cookie: document.cookie,
      session: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.deepEqual(other, { cookie: '', session: 0, indexedDB: [], caches: [], workers: 0 });
    const prefix = pathname === '/plain.html' ? 'x1060.hostile/' : 'x1060/';
    const keys = Object.keys(await storage(page));
    assert.ok(keys.length > 0 && keys.every((k) => k.startsWith(prefix)), keys.join(', '));
    assert.deepEqual(errors, []);
  });
}

/** What a host page can observe of itself, outside the widget's element. */
async function footprint(page, cdp) {
  const seen = await page.evaluate(() => {
    const attrs = (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    const describe = (el) => `${el.tagName}${el.id ? `#${el.id}` : ''}${el.getAttribute('src') ? `[src=${el.getAttribute('src')}]` : ''}`;
    const widget = document.querySelector('#widget');
    return {
      globals: Object.getOwnPropertyNames(window).sort(),
      html: attrs(document.documentElement),
      body: attrs(document.body),
      title: document.title,
      styleSheets: [...document.styleSheets].map((s) => `${s.href} (${s.cssRules.length} rules)`),
      adopted: document.adoptedStyleSheets.length,
      head: [...document.head.children].map(describe),
      body_tree: [...document.body.querySelectorAll('*')].map(describe),
      widgetLight: widget.innerHTML,
      widgetAttrs: attrs(widget),
    };
  });
  // Event listeners on window, document, <html> and <body>, through the DevTools protocol, each
  // named by the script that defined its handler (Playwright adds its own; they are not ours).
  const listeners = {};
  for (const expr of ['window', 'document', 'document.documentElement', 'document.body']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    listeners[expr] = found.map((l) => `${l.type} from ${cdp.scriptUrls.get(l.scriptId) || '(no url)'}`).sort();
  }
  return { ...seen, listeners };
}

test('mounting and using the widget changes nothing outside its element but one documented global', async (t) => {
  const { context, page, errors } = await env.newPage(t);
  const cdp = await context.newCDPSession(page);
  cdp.scriptUrls = new Map();
  cdp.on('Debugger.scriptParsed', (e) => cdp.scriptUrls.set(e.scriptId, e.url));
  await cdp.send('Debugger.enable');
  await page.goto(`${env.url}/globals.html`);
  const before = await footprint(page, cdp);

  // The host adds the one script tag, as the README says.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = 'x1060/x1060-widget.js';
    document.head.append(s);
  });
  const widget = new AppPage(page, '#widget');
  await widget.ready();
  await useEverything(page, widget);
  const afterUse = await footprint(page, cdp);

  assert.deepEqual(afterUse.globals.filter((g) => !before.globals.includes(g)), ['X1060Widget']);
  assert.deepEqual(before.globals.filter((g) => !afterUse.globals.includes(g)), []);
  assert.deepEqual(afterUse.html, before.html);
  assert.deepEqual(afterUse.body, before.body);
  assert.equal(afterUse.title, before.title);
  assert.deepEqual(afterUse.styleSheets, before.styleSheets);
  assert.equal(afterUse.adopted, 0);
  assert.deepEqual(afterUse.head, [...before.head, 'SCRIPT[src=x1060/x1060-widget.js]'], 'only the script the host added');
  assert.deepEqual(afterUse.body_tree, before.body_tree, 'nothing added to or removed from the body');
  assert.equal(afterUse.widgetLight, '', "the element's own children untouched (the app lives in its shadow root)");
  assert.deepEqual(afterUse.widgetAttrs, { ...before.widgetAttrs, 'data-x1060-mounted': '' });
  // Only `storage` is allowed: the browser fires it on window alone (another tab changed the
  // widget's data), and listening changes nothing for the host. Listeners such as beforeunload or
  // unload would (they keep a page out of the back/forward cache), and clicks or keys on the
  // document would see the host's own events.
  const ours = Object.values(afterUse.listeners).flat().filter((l) => l.includes('/x1060/') && !l.startsWith('storage '));
  assert.deepEqual(ours, [], 'no listener of the widget on window, document, <html> or <body> but storage');
  // Positive control: the same check does see the widget's listeners where they are, inside.
  const { result: inside } = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('#widget').shadowRoot.querySelector('.x1060-host')" });
  const { listeners: insideFound } = await cdp.send('DOMDebugger.getEventListeners', { objectId: inside.objectId });
  assert.ok(insideFound.some((l) => (cdp.scriptUrls.get(l.scriptId) || '').includes('/x1060/')), 'the check sees widget listeners');

  // The one global: frozen, one function, which mounts elements added later.
  const api = await page.evaluate(() => ({ frozen: Object.isFrozen(X1060Widget), keys: Object.keys(X1060Widget) }));
  assert.deepEqual(api, { frozen: true, keys: ['mountAll'] });
  const mounted = await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'late';
    el.setAttribute('data-x1060-widget', '');
    el.setAttribute('data-namespace', 'late');
    document.querySelector('#later').append(el);
    return X1060Widget.mountAll();
  });
  assert.equal(mounted, 1, 'only the new element is mounted');
  await new AppPage(page, '#late').ready();
  await screenshot(page, 'embed-footprint.png');
  assert.deepEqual(errors, []);
});
