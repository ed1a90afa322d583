// Right to left (issue 17): in Arabic the widget's root has dir="rtl", the first category's card
// stands on the right, progress bars grow from the right, ids such as "A-1" keep their order
// inside Arabic text; embedded in a left-to-right host page, only the widget is right to left.
// Mongolian and the other languages stay left to right. The browser's language picks Arabic on a
// first visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './lib/setup.mjs';
import { APP_ROOT } from './lib/app-page.mjs';
import { screenshot } from './lib/hosts.mjs';
import { copyWithChanges, openWorkbenchWithFiles, showComparison } from './lib/returned.mjs';

const env = useBrowser();

/** Answers three of category A's thirteen services, so that its bar is about a quarter full. */
async function answerSome(app) {
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2 });
  await app.answerService('A-2', { need: 'not_needed' });
  await app.answerService('A-3', { need: 'needed', delivery: 'outsourced', current: 1 });
  await app.openOverview();
}

/** Boxes of the overview's category list and of the cards of categories A and B. */
async function cardBoxes(app) {
  return app.host.evaluate((host) => {
    const root = host.shadowRoot;
    const box = (sel) => {
      const r = root.querySelector(sel).getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top };
    };
    return { list: box('.x1060-category-list'), a: box('li[data-category="A"]'), b: box('li[data-category="B"]') };
  });
}

/**
 * Where the filled part of category A's progress bar is, from its pixels: the mean brightness of
 * the first and the last fifth of the bar (the filled part is the darker accent colour).
 */
async function barEnds(app) {
  const bar = app.main.locator('li[data-category="A"] progress');
  const png = (await bar.screenshot()).toString('base64');
  return app.page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const row = g.getImageData(0, Math.floor(img.height / 2), img.width, 1).data;
    const mean = (from, to) => {
      let sum = 0;
      for (let x = from; x < to; x++) sum += (row[4 * x] + row[4 * x + 1] + row[4 * x + 2]) / 3;
      return sum / (to - from);
    };
    const fifth = Math.max(1, Math.floor(img.width / 5));
    return { width: img.width, left: mean(1, fifth), right: mean(img.width - fifth, img.width - 1) };
  }, png);
}

test('Arabic: the root is right to left, the first card is on the right, bars grow from the right', async (t) => {
  const app = await env.open(t, { viewport: { width: 1280, height: 900 } });
  await answerSome(app);

  // Left to right first (English): the control that shows the checks below can fail.
  const ltrCards = await cardBoxes(app);
  assert.ok(ltrCards.a.left - ltrCards.list.left < 2, `en: A is at the left (${JSON.stringify(ltrCards)})`);
  const ltrBar = await barEnds(app);
  assert.ok(ltrBar.left < ltrBar.right - 40, `en: the bar fills from the left (${JSON.stringify(ltrBar)})`);

  await app.setLanguage('ar');
  assert.equal(await app.root.getAttribute('dir'), 'rtl');
  assert.equal(await app.root.getAttribute('lang'), 'ar');
  // The catalogue's Arabic texts came with the language's part, together with the interface.
  assert.equal(await app.main.locator('li[data-category="A"] .x1060-category-name').textContent(), 'الإدارة الاستراتيجية لمركز الدفاع السيبراني');
  const cards = await cardBoxes(app);
  assert.ok(cards.list.right - cards.a.right < 2, `ar: the first category's card is on the right (${JSON.stringify(cards)})`);
  if (Math.abs(cards.a.top - cards.b.top) < 2) assert.ok(cards.b.right < cards.a.left, 'ar: B is to the left of A on the same row');
  const bar = await barEnds(app);
  assert.ok(bar.right < bar.left - 40, `ar: the bar fills from the right (${JSON.stringify(bar)})`);
  assert.equal(await app.main.locator('li[data-category="A"] progress').evaluate((p) => getComputedStyle(p).direction), 'rtl');

  // Ids stay "A-1" inside Arabic text: isolated, and the letter left of the figure.
  await app.openCategory('A');
  const id = app.service('A-1').locator('.x1060-service-id');
  assert.equal(await id.evaluate((el) => getComputedStyle(el).unicodeBidi), 'isolate');
  assert.equal(await id.textContent(), 'A-1');
  const order = await id.evaluate((el) => {
    const range = document.createRange();
    const text = el.firstChild;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const letter = range.getBoundingClientRect();
    range.setStart(text, 2);
    range.setEnd(text, 3);
    const figure = range.getBoundingClientRect();
    return { letter: letter.left, figure: figure.left };
  });
  assert.ok(order.letter < order.figure, `"A" stands left of "1" (${JSON.stringify(order)})`);
  // The service's heading starts at the right edge of its card.
  const heading = await app.service('A-1').evaluate((card) => {
    const c = card.getBoundingClientRect();
    const id = card.querySelector('.x1060-service-id').getBoundingClientRect();
    return { gapRight: c.right - id.right, gapLeft: id.left - c.left };
  });
  assert.ok(heading.gapRight < heading.gapLeft, `the id is at the right of its card (${JSON.stringify(heading)})`);

  // Mongolian is left to right again, with its own catalogue texts.
  await app.setLanguage('mn');
  assert.equal(await app.root.getAttribute('dir'), 'ltr');
  assert.equal(await app.service('A-1').locator('h3').innerText(), 'A-1 Эрсдэлийн удирдлага');
  assert.deepEqual(app.errors, []);
});

test('a browser in Arabic or Mongolian gets its language on a first visit', async (t) => {
  for (const [locale, lang, dir] of [['ar-DZ', 'ar', 'rtl'], ['mn-MN', 'mn', 'ltr']]) {
    const app = await env.open(t, { locale });
    assert.equal(await app.root.getAttribute('lang'), lang, locale);
    assert.equal(await app.root.getAttribute('dir'), dir, locale);
    assert.deepEqual(app.errors, []);
  }
});

test('embedded with data-lang="ar" in a left-to-right page: only the widget is right to left', async (t) => {
  const server = await env.serveHosts(t);
  const { page, errors } = await env.newPage(t);
  await page.route(/\/plain\.html$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('data-lang="en"', 'data-lang="ar"');
    await route.fulfill({ response, body });
  });
  await page.goto(`${server.url}/plain.html`);
  const root = page.locator('#widget').locator(APP_ROOT);
  await root.waitFor();
  assert.equal(await root.getAttribute('lang'), 'ar');
  assert.equal(await root.getAttribute('dir'), 'rtl');
  const host = await page.evaluate(() => ({
    htmlDir: document.documentElement.getAttribute('dir'),
    htmlLang: document.documentElement.lang,
    text: getComputedStyle(document.getElementById('host-text')).direction,
    element: getComputedStyle(document.getElementById('widget')).direction,
  }));
  assert.deepEqual(host, { htmlDir: null, htmlLang: 'en', text: 'ltr', element: 'ltr' }, 'the host page is untouched');
  assert.equal(await root.evaluate((el) => getComputedStyle(el).direction), 'rtl');
  // The Arabic catalogue texts came with the language: the first category's title is Arabic.
  await page.locator('#widget li[data-category="A"] .x1060-category-name', { hasText: 'الإدارة الاستراتيجية' }).waitFor();
  await screenshot(page, 'rtl-embedded-ar.png');
  assert.deepEqual(errors, []);
});

/** Left edges of the first and the last character of an element's text (a text node's child). */
function charEdges(el) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  const range = document.createRange();
  const at = (i) => {
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return range.getBoundingClientRect().left;
  };
  return { text: text.data, first: at(0), last: at(text.data.length - 1) };
}

test('Arabic: a comparison and the workbench with files are right to left, figures and ids readable', async (t) => {
  const app = await env.open(t, { viewport: { width: 1280, height: 900 } });
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2, target: 4 });
  await copyWithChanges(app);
  await app.setLanguage('ar');

  // The comparison: a signed change keeps its sign before its figure ("+1", not "1+"), and the
  // arrow from before to after points the way Arabic reads.
  const panel = await showComparison(app);
  const signed = panel.locator('[data-compare-row] bdi[dir="ltr"]', { hasText: /^[+−]\d/ }).first();
  const edges = await signed.evaluate(charEdges);
  assert.ok(edges.first < edges.last, `the sign stands left of the figure (${JSON.stringify(edges)})`);
  const changes = await panel.locator('[data-changed-service]').allTextContents();
  assert.ok(changes.length > 0 && changes.every((c) => !c.includes('→')), changes.join(' | '));
  assert.ok(changes.some((c) => c.includes('←')), changes.join(' | '));

  // The workbench: in Arabic, right to left like the rest of the widget (no lang or dir of its own).
  const wb = await openWorkbenchWithFiles(app);
  assert.equal(await wb.getAttribute('dir'), null);
  assert.equal(await wb.getAttribute('lang'), null);
  assert.equal(await wb.evaluate((el) => getComputedStyle(el).direction), 'rtl');
  assert.equal(await wb.locator('h2.x1060-view-heading').textContent(), 'أداة التجميع للمنسِّق');
  const geometry = await wb.evaluate((section) => {
    const box = (el) => el.getBoundingClientRect();
    const heading = section.querySelector('h2.x1060-view-heading');
    const range = document.createRange();
    range.selectNodeContents(heading);
    const row = section.querySelector('[data-file-row="0"]');
    return {
      section: [box(section).left, box(section).right],
      heading: [range.getBoundingClientRect().left, range.getBoundingClientRect().right],
      file: box(row.querySelector('th')).left,
      status: box(row.querySelector('td')).left,
    };
  });
  assert.ok(geometry.section[1] - geometry.heading[1] < geometry.heading[0] - geometry.section[0],
    `the heading starts at the right (${JSON.stringify(geometry)})`);
  assert.ok(geometry.file > geometry.status, `the file's name is the rightmost column (${JSON.stringify(geometry)})`);
  // The importer's explanation is in English, and says so; it reads left to right.
  const detail = wb.locator('[data-file-row="8"] .x1060-wb-detail');
  assert.equal(await detail.getAttribute('lang'), 'en');
  assert.equal(await detail.evaluate((el) => getComputedStyle(el).direction), 'ltr');
  // "<3" reads as in the charts and the CSV, not mirrored.
  const hidden = wb.locator('td.x1060-missing', { hasText: '<3' }).first();
  const lt = await hidden.evaluate(charEdges);
  assert.ok(lt.text === '<3' && lt.first < lt.last, `"<" stands left of "3" (${JSON.stringify(lt)})`);
  // The charts are drawn for the script, like the summary report's bars: the category letter at
  // the right of its bar, level 0 in the rightmost column of the heat map, as in the tables.
  const chart = wb.locator('figure svg.x1060-chart').first();
  const letter = await chart.evaluate((svg) => {
    const g = svg.querySelector('g.x1060-bar[data-category="A"]');
    return { label: g.querySelector('text').getBoundingClientRect().left, bar: g.querySelector('rect').getBoundingClientRect().right };
  });
  assert.ok(letter.label >= letter.bar, `the category letter stands right of its bar (${JSON.stringify(letter)})`);
  const heat = await wb.locator('figure svg.x1060-chart[id^="x1060-wb-heat"]').first().evaluate((svg) => {
    const head = [...svg.querySelectorAll(':scope > text')];
    const x = (s) => head.find((el) => el.textContent === s).getBoundingClientRect().left;
    return { zero: x('0'), five: x('5') };
  });
  assert.ok(heat.zero > heat.five, `level 0 is the rightmost column of the heat map (${JSON.stringify(heat)})`);
  assert.deepEqual(app.errors, []);
});
