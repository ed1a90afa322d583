// Layout: every view reflows at 320 px and at 200% zoom without sideways scrolling, in English,
// Japanese, French, Arabic and Mongolian; text can be doubled; the layout mirrors in a right-to-left script; reduced
// motion and forced colours are respected. Screenshots for people to look at go to
// tests/e2e/artifacts/layout-*.png (360 px and 1280 px, every language; RTL; forced colours).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';
import { expectNoViolations, overflowing, openView } from './lib/a11y.mjs';
import { copyWithChanges, openWorkbenchWithFiles, showComparison } from './lib/returned.mjs';

const env = useBrowser();
const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
await fs.mkdir(ARTIFACTS, { recursive: true });

/** Screen sizes (200% zoom has its own spec: the pixel density is set per browser context). */
const SIZES = [
  { name: '320', viewport: { width: 320, height: 640 } },
  { name: '360', viewport: { width: 360, height: 780 }, shots: true },
  { name: '1280', viewport: { width: 1280, height: 900 }, shots: true },
];

/** Answers enough to fill every part of every view: levels, details, a reason, figures and a plan. */
async function fill(app) {
  await app.fillProfile({ organisation: 'Société Générale des Télécommunications du Grand-Ouest', sector: 'Telecommunications' });
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2, target: 4, priority: 'high', owner: 'Responsable de la sécurité des systèmes d’information', evidence: 'https://intranet.example.org/security/policies/risk-register-2026-final-version.xlsx' });
  await app.answerService('A-2', { need: 'not_needed', reason: 'Done by the group' });
  await app.answerService('A-3', { need: 'needed', delivery: 'outsourced', current: 3 });
  await app.answerService('B-1', { need: 'needed', delivery: 'shared', current: 1, target: 3 });
  await app.answerService('D-1', { need: 'needed', delivery: 'not_yet', current: 0, target: 2 });
  await app.openCategory('A');
  await app.service('A-3').locator('[data-help="levels"] summary').click();
}

/** Opens each view in turn and calls `check(view)` on it. */
async function eachView(app, check) {
  await openView(app, 'checklist');
  await check('overview');
  await app.page.locator('li[data-category="A"] button').click();
  await app.page.locator('section[data-category="A"]').waitFor();
  await check('category');
  await openView(app, 'results');
  await check('results');
  await openView(app, 'about');
  await check('about');
  await openView(app, 'assessments');
  await check('assessments');
}

/**
 * Measures of text that breaks badly when it is squeezed: the narrowest row heading and the
 * narrowest column heading of the results tables (in ems of their own text), the lines of the
 * language label, and the language the browser breaks lines and picks glyphs for.
 */
async function textMeasures(app) {
  return app.page.locator('[data-x1060-widget]').evaluate((host) => {
    const root = host.shadowRoot;
    const widths = (sel) => [...root.querySelectorAll(sel)].map((el) => el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize));
    const min = (list) => (list.length ? Math.min(...list) : null);
    const label = root.querySelector('.x1060-lang label');
    const lh = parseFloat(getComputedStyle(label).lineHeight);
    return {
      minRowHead: min(widths('.x1060-table th[scope="row"]')),
      minColHead: min(widths('.x1060-table thead th')),
      labelLines: Math.round(label.getBoundingClientRect().height / lh),
      locale: getComputedStyle(root.querySelector('.x1060')).webkitLocale,
    };
  });
}

for (const lang of ['en', 'ja', 'fr', 'ar', 'mn']) {
  test(`${lang}: every view reflows at 320 px, 360 px and 1280 px`, async (t) => {
    const app = await env.open(t);
    await fill(app);
    if (lang !== 'en') await app.setLanguage(lang);
    for (const size of SIZES) {
      await app.page.setViewportSize(size.viewport);
      await eachView(app, async (view) => {
        assert.deepEqual(await overflowing(app.page), [], `${lang}, ${view}, ${size.name} px: nothing sticks out sideways`);
        const m = await textMeasures(app);
        assert.equal(m.labelLines, 1, `${lang}, ${view}, ${size.name} px: the language label is on one line`);
        assert.equal(m.locale, `"${lang}"`, `${lang}: the browser breaks lines and picks glyphs for the widget's language`);
        if (view === 'results') {
          assert.ok(m.minRowHead >= 8, `${lang}, ${size.name} px: table row headings keep at least 8em (${m.minRowHead.toFixed(1)}em)`);
          // Two characters and the cell's padding: "必要" must not stand one character per line.
          assert.ok(m.minColHead >= 2.9, `${lang}, ${size.name} px: column headings keep whole words (${m.minColHead.toFixed(2)}em)`);
        }
        if (size.shots) await app.page.screenshot({ path: path.join(ARTIFACTS, `layout-${view}-${lang}-${size.name}.png`), fullPage: true });
      });
    }
    // The small screen is checked by axe as well (sizes of targets, reflowed contrast).
    await app.page.setViewportSize({ width: 320, height: 640 });
    await openView(app, 'checklist');
    await app.page.locator('li[data-category="A"] button').click();
    await expectNoViolations(app.page, `category A at 320 px, ${lang}`);
    assert.deepEqual(app.errors, []);
  });

  test(`${lang}: 200% zoom (640 px at twice the pixel density) and text twice as large`, async (t) => {
    // 200% zoom of a 1280 px window is a 640 px wide viewport at twice the pixel density.
    const zoomed = await env.open(t, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await fill(zoomed);
    if (lang !== 'en') await zoomed.setLanguage(lang);
    await eachView(zoomed, async (view) => {
      assert.deepEqual(await overflowing(zoomed.page), [], `${lang}, ${view}, 200% zoom: nothing sticks out sideways`);
    });
    // Text only, twice as large, in a 1280 px window: the host page sets the widget's font size.
    await zoomed.page.setViewportSize({ width: 1280, height: 900 });
    await zoomed.host.evaluate((el) => el.style.setProperty('--x1060-font-size', '32px'));
    await eachView(zoomed, async (view) => {
      assert.deepEqual(await overflowing(zoomed.page), [], `${lang}, ${view}, text at 200%: nothing sticks out sideways`);
    });
    assert.deepEqual(zoomed.errors, []);
  });
}

for (const lang of ['ar', 'mn']) {
  test(`${lang}: the workbench with returned files and a comparison reflow at 320 px, 360 px and 1280 px`, async (t) => {
    const app = await env.open(t);
    await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2, target: 4 });
    await copyWithChanges(app);
    await app.setLanguage(lang);
    // The workbench forgets its files when it is left: every size is checked on the same page.
    const wb = await openWorkbenchWithFiles(app);
    for (const size of SIZES) {
      await app.page.setViewportSize(size.viewport);
      assert.deepEqual(await overflowing(app.page), [], `${lang}, workbench, ${size.name} px: nothing sticks out sideways`);
      if (size.shots) await app.page.screenshot({ path: path.join(ARTIFACTS, `layout-workbench-${lang}-${size.name}.png`), fullPage: true });
    }
    const aggregate = await app.takeDownload(wb.locator('[data-export="html"]'));
    await app.page.setViewportSize({ width: 1280, height: 900 });
    const panel = await showComparison(app);
    for (const size of SIZES) {
      await app.page.setViewportSize(size.viewport);
      assert.deepEqual(await overflowing(app.page), [], `${lang}, comparison, ${size.name} px: nothing sticks out sideways`);
    }
    const comparison = await app.takeDownload(panel.locator('[data-download="comparison"]'));
    // The downloaded reports: at 320 px their tables scroll in their own regions, not the page.
    const reader = await app.page.context().newPage();
    await reader.setViewportSize({ width: 320, height: 640 });
    for (const [name, file] of [['aggregate', aggregate], ['comparison', comparison]]) {
      await reader.setContent(file.text);
      assert.equal(await reader.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr', name);
      const width = await reader.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${lang}, ${name} report at 320 px: the page does not scroll sideways (${width})`);
    }
    await reader.close();
    assert.deepEqual(app.errors, []);
  });

  test(`${lang}: at 360 px the radar chart scrolls inside its own box, from its left edge`, async (t) => {
    const app = await env.open(t, { viewport: { width: 360, height: 780 } });
    await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2, target: 4 });
    await app.setLanguage(lang);
    await openView(app, 'results');
    const figure = app.main.locator('[data-results="profile"] figure.x1060-chart-figure');
    await figure.scrollIntoViewIfNeeded();
    const m = await figure.evaluate((el) => {
      const f = el.getBoundingClientRect();
      const svg = el.querySelector('svg').getBoundingClientRect();
      return {
        figure: [f.left, f.right], svg: [svg.left, svg.right], overflowX: getComputedStyle(el).overflowX,
        scrolls: el.scrollWidth > el.clientWidth, page: document.documentElement.scrollWidth, vw: document.documentElement.clientWidth,
      };
    });
    assert.ok(m.figure[0] >= 0 && m.figure[1] <= m.vw, `the figure stays on the screen (${JSON.stringify(m)})`);
    assert.ok(m.page <= m.vw, `the page does not scroll sideways (${JSON.stringify(m)})`);
    assert.ok(!m.scrolls || m.overflowX === 'auto', `the chart fits or scrolls in its figure (${JSON.stringify(m)})`);
    // Its geometry is left to right in every script: it shows its left edge (legend, labels) first.
    assert.ok(Math.abs(m.svg[0] - m.figure[0]) < 1, `the chart starts at its left edge (${JSON.stringify(m)})`);
    assert.deepEqual(await overflowing(app.page), []);
    assert.deepEqual(app.errors, []);
  });
}

test('right to left: with dir="rtl" on the widget the layout mirrors and nothing sticks out', async (t) => {
  const app = await env.open(t);
  await fill(app);
  await app.page.locator('.x1060').evaluate((el) => el.setAttribute('dir', 'rtl'));
  for (const width of [360, 1280]) {
    await app.page.setViewportSize({ width, height: 800 });
    await eachView(app, async (view) => {
      assert.deepEqual(await overflowing(app.page), [], `rtl, ${view}, ${width} px: nothing sticks out sideways`);
      await app.page.screenshot({ path: path.join(ARTIFACTS, `layout-rtl-${view}-${width}.png`), fullPage: true });
    });
  }
  assert.equal(await app.page.locator('.x1060').getAttribute('dir'), 'rtl', 'the app kept the attribute through its renders');

  // Mirrored: measured at 1280 px, on the category and the overview.
  await openView(app, 'checklist');
  const overview = await app.page.locator('[data-x1060-widget]').evaluate((host) => {
    const root = host.shadowRoot;
    const button = root.querySelector('li[data-category="A"] button');
    const id = button.querySelector('.x1060-category-id').getBoundingClientRect();
    const name = button.querySelector('.x1060-category-name').getBoundingClientRect();
    const h2 = root.querySelector('.x1060-intro h2');
    const range = document.createRange();
    range.selectNodeContents(h2);
    const text = range.getBoundingClientRect();
    const box = h2.getBoundingClientRect();
    return { idRightOfName: id.left > name.right, headingGapRight: box.right - text.right, headingGapLeft: text.left - box.left };
  });
  assert.ok(overview.idRightOfName, 'the category letter stands to the right of its name');
  assert.ok(overview.headingGapRight < 2 && overview.headingGapLeft > 100, `headings are aligned to the right (${JSON.stringify(overview)})`);
  await app.page.locator('li[data-category="A"] button').click();
  const category = await app.page.locator('[data-x1060-widget]').evaluate((host) => {
    const root = host.shadowRoot;
    const nav = root.querySelector('.x1060-catnav').getBoundingClientRect();
    const [back, next] = [...root.querySelectorAll('.x1060-catnav')[0].querySelectorAll('button')].map((b) => b.getBoundingClientRect());
    const card = getComputedStyle(root.querySelector('[data-service-id="A-1"]'));
    const arrow = getComputedStyle(root.querySelector('.x1060-arrow')).transform;
    return { backAtRight: nav.right - back.right < 2, nextAtLeft: next.left - nav.left < 2, cardRight: card.borderRightWidth, cardLeft: card.borderLeftWidth, arrow };
  });
  assert.ok(category.backAtRight && category.nextAtLeft, `"All categories" is at the right, "Next category" at the left (${JSON.stringify(category)})`);
  assert.deepEqual([category.cardRight, category.cardLeft], ['6px', '1px'], 'the answered mark of a service is on its right edge');
  assert.match(category.arrow, /^matrix\(-1, 0, 0, 1/, 'arrows point the other way');
  assert.deepEqual(app.errors, []);
});

test('reduced motion: no animation or transition runs anywhere in the widget', async (t) => {
  const app = await env.open(t);
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await fill(app);
  await app.nextUnanswered();
  await eachView(app, async (view) => {
    const motion = await app.page.locator('[data-x1060-widget]').evaluate((host) => {
      const moving = [];
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        const seconds = (v) => v.split(',').reduce((sum, x) => sum + parseFloat(x), 0);
        if (s.animationName !== 'none' || seconds(s.transitionDuration) > 0 || s.scrollBehavior === 'smooth') moving.push(el.tagName + '.' + el.className);
      }
      return { moving, running: host.shadowRoot.getAnimations().length };
    });
    assert.deepEqual(motion, { moving: [], running: 0 }, `reduced motion, ${view}`);
  });
  assert.deepEqual(app.errors, []);
});

/** The colour ("r,g,b") painted at the centre of `locator`'s box, read from a screenshot. */
async function centreColour(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const png = await page.screenshot({ clip: { x: box.x + box.width / 2 - 1, y: box.y + box.height / 2 - 1, width: 2, height: 2 } });
  const other = await page.context().newPage();
  try {
    return await other.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      return [...g.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
    }, `data:image/png;base64,${png.toString('base64')}`);
  } finally {
    await other.close();
  }
}

test('forced colours: states stay visible without the theme colours', async (t) => {
  const app = await env.open(t);
  await app.page.emulateMedia({ forcedColors: 'active' });
  await fill(app);
  await app.page.setViewportSize({ width: 1280, height: 900 });
  const styles = await app.page.locator('[data-x1060-widget]').evaluate((host) => {
    const root = host.shadowRoot;
    const s = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      checked: s('[data-service-id="A-1"] .x1060-radio:has(input:checked)').outlineStyle,
      badge: s('[data-service-id="A-1"] .x1060-badge').borderTopStyle,
      status: s('.x1060-status').borderTopStyle,
      letter: s('.x1060-category-id').borderTopStyle,
      currentTab: s('.x1060-tab[aria-current="page"]').borderBottomColor,
      otherTab: s('.x1060-tab:not([aria-current])').borderBottomColor,
      canvas: s('.x1060').backgroundColor,
    };
  });
  const { currentTab, otherTab, canvas, ...marks } = styles;
  assert.deepEqual(marks, { checked: 'solid', badge: 'solid', status: 'solid', letter: 'solid' },
    'the chosen option, the badges, the save status and the category letters keep a visible outline or border');
  assert.notEqual(currentTab, otherTab, 'only the current tab is underlined');
  assert.equal(otherTab, canvas, 'the other tabs\' underline is the background colour');
  // Charts keep their colours: the parts of a delivery bar stay apart. Forced colours act when
  // painting, not in computed styles, so the pixels are read back from a screenshot.
  await openView(app, 'results');
  const parts = app.page.locator('.x1060-bar[data-category="A"] rect');
  assert.equal(await parts.count(), 2, 'bar A has an in-house and an outsourced part');
  const colours = [];
  for (const part of await parts.all()) colours.push(await centreColour(app.page, part));
  assert.notEqual(colours[0], colours[1], `the two parts of bar A are painted apart (${colours})`);
  await openView(app, 'checklist');
  await app.page.locator('li[data-category="A"] button').click();
  // The focus ring of a button shows from the keyboard.
  await app.page.locator('[data-service-id="A-1"] [data-clear="ask"]').focus();
  await app.page.keyboard.press('Shift+Tab');
  await app.page.keyboard.press('Tab');
  const ring = await app.page.locator('[data-service-id="A-1"] [data-clear="ask"]').evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(ring, 'solid');
  await eachView(app, async (view) => {
    await app.page.screenshot({ path: path.join(ARTIFACTS, `layout-forced-colors-${view}-1280.png`), fullPage: true });
  });
  assert.deepEqual(app.errors, []);
});
