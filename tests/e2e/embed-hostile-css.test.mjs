// Isolation both ways on a host page with Bootstrap 5 and aggressive global rules
// (tests/hosts/hostile.html, hostile.css): the widget renders exactly as on a plain page, the
// host's own elements (Bootstrap's included) render exactly as without the widget, and answers
// are kept under the page's namespace across a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppPage } from './lib/app-page.mjs';
import {
  screenshot, widgetStyles, hostStyles, styleDiff, savedAssessment, storage, styleOf,
} from './lib/hosts.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser({ hosts: true });

/** Opens a host page and waits for its widget; closes the context when test `t` ends. */
async function open(t, file, options) {
  const { page, errors } = await env.newPage(t, options);
  await page.goto(`${env.url}/${file}`);
  const widget = new AppPage(page, '#widget');
  await widget.ready();
  return { page, errors, widget };
}

/** Same state on every page: category B, B-1 answered, its details open. */
async function answerAndOpenDetails(widget) {
  await widget.answer('B-1', { delivery: 'outsourced', current: 3 });
  await widget.openDetails('B-1');
}

/** Differences except the root's horizontal margins: it centres itself in the host's box. */
function widgetDiff(a, b) {
  return styleDiff(a.elements, b.elements).filter((d) => !(d.el.startsWith('#0 ') && /^margin-(left|right)$/.test(d.prop)));
}

test('the widget computes every style as on a plain page, on the overview and in a category', async (t) => {
  const plain = await open(t, 'plain.html');
  const hostile = await open(t, 'hostile.html');
  const a = await widgetStyles(plain.page, '#widget');
  const b = await widgetStyles(hostile.page, '#widget');
  assert.ok(a.elements.length > 100, `the overview has ${a.elements.length} elements`);
  assert.deepEqual(widgetDiff(a, b), []);
  assert.equal(b.height, a.height, 'same height');

  await answerAndOpenDetails(plain.widget);
  await answerAndOpenDetails(hostile.widget);
  assert.deepEqual(widgetDiff(await widgetStyles(plain.page, '#widget'), await widgetStyles(hostile.page, '#widget')), []);
  assert.deepEqual(plain.errors, []);
  assert.deepEqual(hostile.errors, []);
  await screenshot(hostile.page, 'embed-hostile.png');
});

test("the widget's own buttons and fields keep the widget's look despite host button and input rules", async (t) => {
  const { errors, widget } = await open(t, 'hostile.html');
  const primary = await styleOf(widget.root.locator('.x1060-button-primary'), ['background-color', 'font-family', 'border-top-style', 'font-style', 'text-transform', 'font-size']);
  assert.equal(primary['background-color'], 'rgb(31, 95, 139)', 'our accent, not the host\'s hotpink');
  assert.equal(primary['border-top-style'], 'solid');
  assert.equal(primary['font-style'], 'normal');
  assert.equal(primary['text-transform'], 'none');
  assert.equal(primary['font-size'], '16px', 'the browser default, not the host root\'s 10px');
  assert.doesNotMatch(primary['font-family'], /Comic/);
  await answerAndOpenDetails(widget);
  const owner = await styleOf(widget.details('B-1').locator('input[type="text"]'), ['border-top-color', 'background-color']);
  assert.equal(owner['border-top-color'], 'rgb(107, 119, 131)');
  assert.equal(owner['background-color'], 'rgb(255, 255, 255)');
  assert.deepEqual(errors, []);
});

test('host elements, Bootstrap components included, compute the same styles with and without the widget', async (t) => {
  // Without: the loader is never fetched, so the element stays empty.
  const { page } = await env.newPage(t);
  await page.route('**/x1060-widget.js', (r) => r.abort());
  await page.goto(`${env.url}/hostile.html`);
  const without = await hostStyles(page);

  const mounted = await open(t, 'hostile.html');
  await answerAndOpenDetails(mounted.widget);
  const withWidget = await hostStyles(mounted.page);
  assert.ok(without.length >= 8, `${without.length} host elements`);
  assert.deepEqual(styleDiff(without, withWidget), []);

  // And the host's rules do what the host meant: Bootstrap's button stays Bootstrap's, the host's
  // plain button takes the host's global button rule.
  const bs = await styleOf(mounted.page.locator('#host-button'), ['background-color', 'color', 'border-top-style']);
  assert.deepEqual(bs, { 'background-color': 'rgb(13, 110, 253)', color: 'rgb(255, 255, 255)', 'border-top-style': 'solid' });
  const plainButton = await styleOf(mounted.page.locator('#host-plain-button'), ['background-color', 'border-top-style']);
  assert.deepEqual(plainButton, { 'background-color': 'rgb(255, 105, 180)', 'border-top-style': 'dotted' });
  assert.deepEqual(mounted.errors, []);
});

test("answers are kept under the page's namespace and come back after a reload", async (t) => {
  const { page, errors, widget } = await open(t, 'hostile.html');
  await widget.answer('B-1', { delivery: 'outsourced', current: 3 });
  await widget.answer('D-2', { delivery: 'in_house', current: 2 });
  await page.reload();
  await widget.ready();
  await widget.openCategory('B');
  assert.equal(await widget.service('B-1').locator('[data-answered]').getAttribute('data-answered'), 'true');
  assert.ok(await widget.service('B-1').locator('fieldset').nth(2).getByRole('radio').nth(3).isChecked());

  const keys = Object.keys(await storage(page));
  assert.ok(keys.length > 0);
  for (const k of keys) assert.match(k, /^x1060\.hostile\//);
  const saved = await savedAssessment(page, 'x1060.hostile');
  assert.deepEqual(saved.services['B-1'], { need: 'needed', delivery: 'outsourced', current: 3 });
  assert.deepEqual(saved.services['D-2'], { need: 'needed', delivery: 'in_house', current: 2 });
  assert.deepEqual(errors, []);
});
