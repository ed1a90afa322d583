// Catalogues as files: a modified catalogue is previewed, used, remembered across a reload, and
// answers are carried over by service id; a bad file changes nothing; a host page can name one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';

const env = useBrowser();
const BUILTIN = JSON.parse(await fs.readFile(path.join(ROOT, 'core/catalogue/builtin.json'), 'utf8'));

/** The built-in catalogue with A-2 renamed, E-7 removed and A-14 added. */
function modified() {
  const c = structuredClone(BUILTIN);
  c.id = 'cert-national';
  c.version = '2027.1';
  c.services.find((s) => s.id === 'A-2').title.en = 'Risk assessment and treatment';
  c.services = c.services.filter((s) => s.id !== 'E-7');
  const extra = structuredClone(c.services.find((s) => s.id === 'A-13'));
  extra.id = 'A-14';
  extra.title = { en: 'Supply chain security', ja: 'サプライチェーンセキュリティ', fr: 'Sécurité de la chaîne d’approvisionnement' };
  c.services.splice(c.services.findIndex((s) => s.id === 'A-13') + 1, 0, extra);
  return c;
}

async function openAbout(app) {
  await app.page.locator('[data-nav="about"]').click();
  await app.page.locator('[data-about-facts]').waitFor();
}

/** Back from About to the checklist (the page object knows the checklist's own views). */
async function openChecklist(app) {
  await app.page.locator('[data-nav="checklist"]').click();
  await app.main.locator('li[data-category]').first().waitFor();
}

async function pick(app, name, text) {
  await app.page.locator('[data-file-pick="catalogue"] input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a modified catalogue is previewed, used, remembered, and answers are carried over by id', async (t) => {
  const app = await env.open(t);
  await app.answerService('A-2', { need: 'needed', delivery: 'in_house', current: 3 });
  await app.answerService('E-7', { need: 'needed', delivery: 'outsourced', current: 2, note: 'Yearly exercise' });
  await app.answerService('B-1', { need: 'not_needed' });

  await openAbout(app);
  assert.equal(await app.page.locator('[data-catalogue-id]').getAttribute('data-catalogue-id'), 'x1060-builtin');
  assert.equal(await app.page.locator('[data-provenance]').getAttribute('data-provenance'), '22/36/6');
  await pick(app, 'national.json', JSON.stringify(modified()));
  const preview = app.page.locator('[data-catalogue-preview]');
  await preview.waitFor();
  const text = await preview.textContent();
  assert.match(text, /A-14 Supply chain security/);
  assert.match(text, /E-7 Cyber exercise/);
  assert.match(text, /A-2: Risk assessment → Risk assessment and treatment/);
  // Nothing changes before the user says so.
  assert.equal(await app.stored('x1060/catalogue'), null);
  await preview.getByRole('button', { name: 'Use this catalogue' }).click();
  await app.page.locator('[data-catalogue-loaded]').waitFor();
  assert.equal(await app.page.locator('[data-catalogue-id]').getAttribute('data-catalogue-id'), 'cert-national');

  await openChecklist(app);
  const check = async () => {
    await app.openCategory('A');
    assert.match(await app.service('A-2').locator('h3').textContent(), /Risk assessment and treatment/);
    assert.deepEqual((await app.serviceAnswers('A-2')).current, 3);
    assert.equal(await app.answered('A-14'), 'false');
    await app.openOverview();
    // E-7's answers are kept and listed, not dropped.
    assert.equal(await app.main.locator('[data-orphans]').getAttribute('data-orphans'), 'E-7');
    assert.match(await app.main.locator('[data-orphan="E-7"]').textContent(), /E-7 · Needed · Outsourced · 2 Repeatable/);
    const stored = await app.storedAssessment();
    assert.equal(stored.services['E-7'].note, 'Yearly exercise');
    assert.equal((await app.overallProgress()).text, '2 of 58 services answered');
  };
  await check();
  await app.reload();
  await check();
  await openAbout(app);
  assert.equal(await app.page.locator('[data-catalogue-id]').getAttribute('data-catalogue-id'), 'cert-national');
  assert.match(await app.page.locator('[data-catalogue-source]').textContent(), /loaded from a file/);

  // Back to the built-in catalogue: E-7 counts again, nothing was lost.
  await app.page.locator('[data-catalogue-restore]').click();
  assert.equal(await app.page.locator('[data-catalogue-id]').getAttribute('data-catalogue-id'), 'x1060-builtin');
  await openChecklist(app);
  assert.equal(await app.main.locator('[data-orphans]').count(), 0);
  assert.equal((await app.overallProgress()).text, '3 of 58 services answered');
  await app.reload();
  assert.equal(await app.stored('x1060/catalogue'), null);
  assert.deepEqual(app.errors, []);
});

test('bad catalogue files are refused with a clear message and change nothing', async (t) => {
  const app = await env.open(t);
  await app.answerService('C-1', { need: 'needed', delivery: 'in_house', current: 1 });
  const before = await app.storage();
  await openAbout(app);
  const dup = structuredClone(BUILTIN); dup.services[1].id = 'A-1';
  const unknownCat = structuredClone(BUILTIN); unknownCat.services[0].category = 'Z';
  const noJa = structuredClone(BUILTIN); delete noJa.services[5].title.ja;
  const emptyTitle = structuredClone(BUILTIN); emptyTitle.services[0].title.en = '';
  const wrongType = structuredClone(BUILTIN); wrongType.services = 'none';
  const cases = [
    ['dup.json', JSON.stringify(dup), /service "A-1" appears twice/],
    ['cat.json', JSON.stringify(unknownCat), /unknown category "Z"/],
    ['ja.json', JSON.stringify(noJa), /services\[5\]\.title \(A-6\): the text in "ja" is missing or empty/],
    ['empty.json', JSON.stringify(emptyTitle), /the text in "en" is missing or empty/],
    ['type.json', JSON.stringify(wrongType), /not a valid catalogue/],
    ['list.json', '{"shopping":["rice"]}', /not an X\.1060 catalogue file/],
    ['huge.json', ' '.repeat(3 * 1024 * 1024), /too large/],
  ];
  for (const [name, text, message] of cases) {
    await pick(app, name, text);
    const refused = app.page.locator('[data-catalogue-refused]');
    await refused.waitFor();
    assert.match(await refused.textContent(), /This file was not loaded\. Nothing was changed\./, name);
    assert.match(await refused.textContent(), message, name);
    assert.equal(await app.page.locator('[data-catalogue-id]').getAttribute('data-catalogue-id'), 'x1060-builtin');
  }
  assert.deepEqual(await app.storage(), before);
  assert.deepEqual(app.errors, []);
});

test('the interface falls back to English for a catalogue language it does not have', async (t) => {
  const app = await env.open(t);
  const es = structuredClone(BUILTIN);
  es.id = 'x1060-es'; es.languages.push('es');
  for (const x of [...es.categories, ...es.services]) {
    x.title.es = `ES ${x.title.en}`;
    x.description.es = `ES ${x.description.en}`;
  }
  await openAbout(app);
  await pick(app, 'es.json', JSON.stringify(es));
  await app.page.locator('[data-catalogue-preview]').getByRole('button', { name: 'Use this catalogue' }).click();
  await app.languageSelect.selectOption('es');
  await app.page.locator('[data-ui-fallback]').waitFor();
  await openChecklist(app);
  assert.match(await app.page.locator('[data-ui-fallback]').textContent(), /not available in "es" yet, so it is shown in English/);
  await app.openCategory('B');
  assert.match(await app.service('B-1').locator('h3').textContent(), /ES Real time asset monitoring/);
  assert.equal(await app.root.getAttribute('lang'), 'en');
  await app.reload();
  assert.equal(await app.languageSelect.inputValue(), 'es');
  assert.deepEqual(app.errors, []);
});
