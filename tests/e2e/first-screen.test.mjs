// The first screen rendered at build time (issue 11, src/first_screen.rs): a first-time visitor
// sees the app's first screen while the WebAssembly module is on its way; it is a picture (inert,
// hidden from assistive technology, with a live line saying it is loading); a click on a category
// meanwhile opens that category when the app starts; the app replaces it; returning visitors and
// pages that set the catalogue, a campaign or the categories never get it; a module that cannot be
// fetched is said so instead of "loading" forever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_ROOT } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser({ hosts: true });

/**
 * A page (closed when test `t` ends) whose app module is held back until `release()`;
 * `firstScreens` lists the first-*.html fetched.
 */
async function openHeld(t, path, { locale = 'en-US', initScript, change } = {}) {
  const { context, page, errors } = await env.newPage(t, { locale });
  if (initScript) await context.addInitScript(initScript);
  const firstScreens = [];
  page.on('request', (r) => { const m = r.url().match(/\/(first-[a-z]+\.html)$/); if (m) firstScreens.push(m[1]); });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\/x1060_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  if (change) {
    await page.route(/\/plain\.html$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: change(await response.text()) });
    });
  }
  await page.goto(`${env.url}${path}`);
  return { context, page, errors, firstScreens, release };
}

/** What the widget's shadow root holds now. */
function shadowState(page, host = '[data-x1060-widget]') {
  return page.evaluate(([sel, app]) => {
    const root = document.querySelector(sel).shadowRoot;
    const first = root?.querySelector('[data-x1060-first]');
    return {
      first: first?.getAttribute('data-x1060-first') ?? null,
      pending: first?.getAttribute('data-x1060-pending') ?? null,
      inert: !!first?.querySelector(':scope > div[inert][aria-hidden="true"]'),
      note: first?.querySelector('[role="status"]')?.textContent ?? null,
      ids: root ? root.querySelectorAll('[data-x1060-first] [id]').length : 0,
      live: !!root?.querySelector(app),
      apps: root ? root.querySelectorAll('.x1060').length : 0,
    };
  }, [host, APP_ROOT]);
}

test('a first visit sees the first screen at once; a category clicked meanwhile opens when the app starts', async (t) => {
  const { context, page, errors, firstScreens, release } = await openHeld(t, '/x1060/');
  await page.locator('[data-x1060-first="en"]').waitFor(); // a locator: no handle keeps it alive
  const before = await shadowState(page);
  assert.equal(before.live, false, 'the module is held back: no live app yet');
  assert.ok(before.inert, 'the picture is inert and hidden from assistive technology');
  assert.match(before.note, /^Loading… You can read now\./);
  assert.equal(before.ids, 0, 'no ids that could clash with the live app');
  // Every category of the built-in catalogue is there to read, in English.
  const names = await page.locator('[data-x1060-first] .x1060-category-name').allTextContents();
  assert.equal(names.length, 9);
  assert.equal(names[1], 'Real-time analysis');
  // Nothing in it answers to the app's roles or its test hooks.
  assert.equal(await page.getByRole('combobox').count(), 0);
  assert.equal(await page.locator('[data-category]').count(), 0);
  // A real click on category B: remembered and marked, the line says it opens when ready.
  const item = page.locator('[data-first-category="B"]');
  await item.scrollIntoViewIfNeeded();
  const box = await item.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + 15);
  await page.locator('[data-x1060-pending="B"] .x1060-first-opening:not([hidden])').waitFor();
  release();
  // The live app opens B and the picture is gone: one app in the shadow root.
  const heading = page.locator(`${APP_ROOT} section.x1060-category[data-category="B"] h2`);
  await heading.waitFor();
  assert.match(await heading.textContent(), /Real-time analysis/);
  const afterState = await shadowState(page);
  assert.deepEqual([afterState.first, afterState.live, afterState.apps], [null, true, 1]);
  // Nothing keeps the picture alive once it is gone (its 350-odd nodes are freed): the page holds
  // about as many nodes as the live app's (a category view: about 1,000 with its text).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const held = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'Nodes').value;
  const live = await page.evaluate(() => {
    const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + el.childNodes.length + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
    return count(document);
  });
  assert.ok(held < live + 150, `the page holds ${held} nodes, its DOM ${live}: the removed picture is kept alive`);
  assert.deepEqual(firstScreens, ['first-en.html']);
  // The app works: an answer is saved, and the next visit is a returning one (no first screen).
  await page.locator('[data-service-id="B-1"] input[type="radio"]').first().check();
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('x1060/a/')));
  assert.deepEqual(errors, []);
});

test('a returning visitor never gets the first screen (it would not show their answers)', async (t) => {
  // A host page (the standalone page preloads the English first screen for everyone).
  const { page, firstScreens, release } = await openHeld(t, '/plain.html', {
    initScript: () => { if (!localStorage.length) localStorage.setItem('x1060.hostile/prefs', '{"lang":"fr"}'); },
  });
  await page.waitForTimeout(300);
  assert.equal((await shadowState(page, '#widget')).first, null);
  release();
  const app = page.locator('#widget').locator(APP_ROOT);
  await app.locator('.x1060-header select').waitFor();
  assert.equal(await app.getAttribute('lang'), 'fr');
  assert.deepEqual(firstScreens, [], 'not even fetched');
});

test('the first screen is in the language the app will show: the page\'s, else the browser\'s', async (t) => {
  {
    const { page, firstScreens, release } = await openHeld(t, '/x1060/', { locale: 'ja-JP' });
    await page.waitForSelector('[data-x1060-first="ja"]');
    assert.match((await shadowState(page)).note, /^読み込み中です/);
    assert.equal(await page.locator('[data-first-category="B"] .x1060-category-name').textContent(), '即時分析');
    release();
    await page.locator(APP_ROOT).locator('[data-category="B"]').waitFor();
    assert.equal(await page.locator(APP_ROOT).getAttribute('lang'), 'ja');
    assert.equal((await shadowState(page)).first, null);
    // The standalone page preloads the English one; the loader fetched the Japanese one.
    assert.deepEqual(firstScreens.filter((f) => f !== 'first-en.html'), ['first-ja.html']);
  }
  {
    const { page, release } = await openHeld(t, '/plain.html', {
      change: (html) => html.replace('data-lang="en"', 'data-lang="ar"'),
    });
    await page.waitForSelector('#widget >> [data-x1060-first="ar"]');
    const dir = await page.locator('#widget .x1060-first-note').getAttribute('dir');
    assert.equal(dir, 'rtl');
    release();
    await page.locator('#widget').locator(APP_ROOT).locator('.x1060-header select').waitFor();
  }
});

test('a page that sets the categories, the catalogue or a campaign gets no first screen', async (t) => {
  for (const attr of ['data-categories="B,D"', 'data-catalogue="catalogues/national.json"', 'data-campaign="campaigns/x.json"']) {
    const { page, firstScreens, release } = await openHeld(t, '/plain.html', {
      change: (html) => html.replace('data-lang="en"', `data-lang="en" ${attr}`),
    });
    await page.waitForTimeout(300);
    assert.equal((await shadowState(page, '#widget')).first, null, attr);
    assert.deepEqual(firstScreens, [], attr);
    release();
    await page.locator('#widget').locator(APP_ROOT).locator('.x1060-header select').waitFor();
  }
});

test('a module that cannot be fetched: the first screen says so, it never says "loading" forever', async (t) => {
  const { page } = await env.newPage(t, { locale: 'fr-FR' });
  await page.route(/\/x1060_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${env.url}/x1060/`);
  await page.waitForSelector('[data-x1060-first="fr"] .x1060-first-failed:not([hidden])');
  const note = await page.locator('.x1060-first-note').innerText();
  assert.equal(note, 'L’application n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.');
  assert.ok(await page.locator('.x1060-first-note').evaluate((el) => el.classList.contains('x1060-first-failed-note')));
});
