// Two widgets on one page (tests/hosts/two-widgets.html), configured by data attributes: each
// keeps its own answers and language under its own namespace, shows its own categories, and
// takes the host's theme only where the host set it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppPage } from './lib/app-page.mjs';
import { screenshot, savedAssessment, storage, styleOf } from './lib/hosts.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser({ hosts: true });

async function open(t) {
  const { page, errors } = await env.newPage(t, { viewport: { width: 1600, height: 1000 } });
  await page.goto(`${env.url}/two-widgets.html`);
  const a = new AppPage(page, '#widget-a');
  const b = new AppPage(page, '#widget-b');
  await a.ready();
  await b.ready();
  return { page, errors, a, b };
}

test('each widget takes its language and categories from its own attributes', async (t) => {
  const { errors, a, b } = await open(t);
  assert.equal(await a.lang(), 'en');
  assert.equal(await b.lang(), 'ja');
  assert.deepEqual(await a.categories(), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
  assert.deepEqual(await b.categories(), ['B', 'D']);
  assert.deepEqual(errors, []);
});

test("the host's custom properties theme one widget; the other keeps the defaults", async (t) => {
  const { errors, a, b } = await open(t);
  const props = ['background-color', 'font-family', 'border-top-left-radius'];
  const themed = await styleOf(a.root.locator('.x1060-button-primary'), props);
  const plain = await styleOf(b.root.locator('.x1060-button-primary'), props);
  assert.equal(themed['background-color'], 'rgb(122, 31, 92)');
  assert.match(themed['font-family'], /^Georgia/);
  assert.equal(plain['background-color'], 'rgb(31, 95, 139)');
  assert.doesNotMatch(plain['font-family'], /Georgia/);
  const themedCard = await styleOf(a.root, ['background-color']);
  assert.equal(themedCard['background-color'], 'rgb(255, 255, 255)');
  assert.deepEqual(errors, []);
});

test('answers and language choices stay apart under the two namespaces, across a reload', async (t) => {
  const { page, errors, a, b } = await open(t);
  await a.answer('A-1', { delivery: 'in_house', current: 2 });
  await a.answer('B-1', { delivery: 'outsourced', current: 3 });
  await b.answer('B-1', { delivery: 'shared', current: 1 });
  await b.answer('D-2', { delivery: 'not_yet', current: 0 });
  await b.languageSelect.selectOption('fr');
  await b.root.and(page.locator('[lang="fr"]')).waitFor();
  await screenshot(page, 'embed-two-widgets.png');

  await page.reload();
  await a.ready();
  await b.ready();
  assert.equal(await a.lang(), 'en');
  assert.equal(await b.lang(), 'fr');
  await a.openCategory('B');
  await b.openCategory('B');
  const level = (w, n) => w.service('B-1').locator('fieldset').nth(2).getByRole('radio').nth(n);
  assert.ok(await level(a, 3).isChecked(), 'A keeps its B-1 at level 3');
  assert.ok(await level(b, 1).isChecked(), 'B keeps its B-1 at level 1');

  const keys = Object.keys(await storage(page)).sort();
  assert.ok(keys.every((k) => k.startsWith('x1060.site-a/') || k.startsWith('x1060.site-b/')), keys.join(', '));
  const sa = await savedAssessment(page, 'x1060.site-a');
  const sb = await savedAssessment(page, 'x1060.site-b');
  assert.deepEqual(Object.keys(sa.services).sort(), ['A-1', 'B-1']);
  assert.deepEqual(Object.keys(sb.services).sort(), ['B-1', 'D-2']);
  assert.deepEqual(sa.services['B-1'], { need: 'needed', delivery: 'outsourced', current: 3 });
  assert.deepEqual(sb.services['B-1'], { need: 'needed', delivery: 'shared', current: 1 });
  assert.deepEqual(sb.services['D-2'], { need: 'needed', delivery: 'not_yet', current: 0 });
  assert.deepEqual(errors, []);
});
