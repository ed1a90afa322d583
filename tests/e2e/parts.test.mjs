// Parts fetched on demand (src/parts.rs, .ci/split.sh): the first screen fetches no part; each part
// (Results, Assessments, About, the files) is fetched on first use and works; in idle time every part
// is prefetched; a part that cannot be fetched shows a message with a retry, keeps every answer, and
// works once the network is back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expectEventually } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';
import { DIST } from './lib/server.mjs';

const env = useBrowser();
const dist = path.resolve(process.env.E2E_DIST || DIST);
const PARTS = (await fs.readdir(dist)).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f)).sort();

/** Makes the browser ask for data saving, so nothing is prefetched: every fetch is a first use. */
const SAVE_DATA = () => {
  Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
};

/** The parts the page has fetched since it was loaded (its resource timing entries). */
async function fetchedParts(page) {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()));
  return [...new Set(names.filter((n) => /^(split|chunk)_.*\.wasm$/.test(n)))].sort();
}

test('the build has one part per view, one for the files, one per language but English, and the link module', async () => {
  for (const part of ['results', 'assessments', 'about', 'files', 'text_ja', 'text_fr', 'text_ar', 'text_mn']) {
    assert.ok(PARTS.includes(`split_${part}.wasm`), `dist/ has no split_${part}.wasm (parts: ${PARTS.join(', ')})`);
  }
  await fs.access(path.join(dist, '__wasm_split.js'));
});

test('the first screen fetches no part; each part is fetched on first use and works', async (t) => {
  const app = await env.open(t, { initScript: SAVE_DATA });
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2 });
  await app.page.waitForTimeout(2500); // past the idle prefetch, which save-data turns off
  assert.deepEqual(await fetchedParts(app.page), [], 'no part is fetched before it is used');

  await app.page.locator('[data-nav="results"]').click();
  await app.main.locator('[data-view="results"]').waitFor();
  assert.ok((await fetchedParts(app.page)).includes('split_results.wasm'));
  assert.ok(!(await fetchedParts(app.page)).includes('split_about.wasm'), 'opening Results fetches only what Results needs');

  await app.openAssessments();
  assert.ok((await fetchedParts(app.page)).includes('split_assessments.wasm'));
  await app.page.locator('[data-nav="about"]').click();
  await app.main.locator('[data-view="about"]').waitFor();
  assert.ok((await fetchedParts(app.page)).includes('split_about.wasm'));

  const json = await app.download('json');
  assert.ok((await fetchedParts(app.page)).includes('split_files.wasm'));
  assert.equal(JSON.parse(json.text).services['A-1'].current, 2);
  const csv = await app.download('csv');
  assert.match(csv.text, /A-1/);
  assert.deepEqual(app.errors, []);
});

test('in idle time after the first screen, every part is prefetched but other languages', async (t) => {
  const app = await env.open(t);
  const views = PARTS.filter((f) => /^split_/.test(f) && !/^split_text_/.test(f));
  const fetchedViews = async () => (await fetchedParts(app.page)).filter((f) => views.includes(f));
  await expectEventually(fetchedViews, views, 'every view part and the files part fetched in idle time', 8_000);
  await app.page.waitForTimeout(500);
  assert.deepEqual((await fetchedParts(app.page)).filter((f) => /^split_text_/.test(f)), [], 'no other language is prefetched');
  // Prefetched: the view is there at the click, with no loading line in between.
  await app.page.locator('[data-nav="results"]').click();
  await app.main.locator('[data-view="results"]').waitFor({ timeout: 1_000 });
  assert.deepEqual(app.errors, []);
});

test('a part that cannot be fetched says so, keeps every answer, and loads on retry', async (t) => {
  const app = await env.open(t, { initScript: SAVE_DATA });
  await app.answerService('B-1', { need: 'needed', delivery: 'outsourced', current: 3, note: 'kept while offline' });
  const saved = await app.storedAssessment();
  let blocked = true;
  await app.page.route(/\/(split|chunk)_[^/]*\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));

  await app.page.locator('[data-nav="results"]').click();
  const failed = app.main.locator('[data-part="results"][data-part-state="failed"]');
  await failed.waitFor();
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.match(await failed.innerText(), /could not be loaded/);
  assert.deepEqual(await app.storedAssessment(), saved, 'no answer lost or changed');

  // Still offline: the retry fails again, clearly.
  await failed.getByRole('button', { name: 'Try again' }).click();
  await failed.waitFor();
  // The files too: the download button says why it made nothing.
  await app.page.locator('[data-download="json"]').click();
  await app.page.locator('[data-part="files"][data-part-state="failed"]').waitFor();

  blocked = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await app.main.locator('[data-view="results"]').waitFor();
  const json = await app.download('json');
  assert.equal(JSON.parse(json.text).services['B-1'].note, 'kept while offline');
  assert.equal(await app.page.locator('[data-part="files"]').count(), 0, 'the message goes once the file is made');
  // The back-end's own report of the failed fetches is the only console output.
  assert.deepEqual(app.errors.filter((e) => !/Failed to fetch|internetdisconnected|ERR_INTERNET_DISCONNECTED/i.test(e)), []);
});

test('a language is fetched when first chosen; if it cannot be, the interface stays readable and says so', async (t) => {
  const app = await env.open(t, { initScript: SAVE_DATA });
  assert.ok(!(await fetchedParts(app.page)).includes('split_text_ja.wasm'), 'an English visitor fetches no other language');
  let blocked = true;
  await app.page.route(/\/split_text_ja\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await app.languageSelect.selectOption('ja');
  await app.host.locator('[data-notice="language-unavailable"]').waitFor();
  assert.equal(await app.root.getAttribute('lang'), 'en', 'the interface stays in a language it has');
  assert.equal(await app.languageSelect.inputValue(), 'en', 'the menu says what is shown, so choosing again retries');

  blocked = false;
  await app.setLanguage('ja');
  assert.match(await app.page.getByRole('banner').innerText(), /言語/);
  assert.ok((await fetchedParts(app.page)).includes('split_text_ja.wasm'));
  // The choice is remembered: the next visit starts in Japanese.
  await app.page.reload();
  await app.host.locator('div[lang="ja"]').first().waitFor();
  assert.equal(await app.host.locator('div[lang="en"]').count(), 0);
});
