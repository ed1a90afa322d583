// Catalogue editions (issue 14, docs/catalogue-editions.md): an assessment made with another
// catalogue shows where each answer would go before anything changes; applying keeps a backup;
// answers whose service is not certain wait for review, count in no figure, and are listed in the
// report until the user confirms them for a service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KEYS, expectEventually } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';
import { expectNoViolations } from './lib/a11y.mjs';

const env = useBrowser();
const BUILTIN = JSON.parse(await fs.readFile(path.join(ROOT, 'core/catalogue/builtin.json'), 'utf8'));
const PREVIOUS = { id: 'x1060-builtin', version: '2026.11' };

/** A stored assessment (schema 1) made with the previous built-in catalogue. */
function oldDoc(services) {
  return JSON.stringify({
    format: 'x1060-assessment', schema: 1, app_version: '0.1.0', revision: 2, name: 'Baseline 2026',
    created: '2026-01-10T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', catalogue: PREVIOUS, profile: {}, services,
  });
}

function oldIndex(id) {
  return JSON.stringify({
    format: 'x1060-library', schema: 1, current: id,
    entries: [{ id, name: 'Baseline 2026', created: '2026-01-10T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', catalogue: PREVIOUS }],
  });
}

const NEEDED = (current) => ({ need: 'needed', delivery: 'in_house', current });

async function openEditions(app) {
  await app.main.locator('[data-edition-check], [data-to-review] button').first().click();
  await app.main.locator('[data-editions]').waitFor();
}

test('the new built-in catalogue: preview, apply with a backup, D-3 waits for review until confirmed', async (t) => {
  const app = await env.open(t);
  await app.seed({ [KEYS.index]: oldIndex('k1'), [`${KEYS.docPrefix}k1`]: oldDoc({ 'A-1': NEEDED(2), 'D-3': NEEDED(3) }) });
  const banner = app.main.locator('[data-catalogue-mismatch]');
  assert.match(await banner.textContent(), /catalogue x1060-builtin 2026\.11/);
  await openEditions(app);
  const preview = app.main.locator('[data-edition-preview]');
  assert.match(await preview.textContent(), /The catalogue in use is x1060-builtin 2026\.12/);
  assert.equal(await preview.locator('[data-mapped]').count(), 1);
  assert.equal(await preview.locator('[data-edition-summary]').textContent(),
    'Answers that keep their service: 1. Answers to review: 1. Answers kept aside: 0.');
  // Only D-3 is touched: old title, the answer, the proposal and why.
  assert.deepEqual(await preview.locator('tr[data-move-from]').evaluateAll((rows) => rows.map((r) => r.dataset.moveFrom)), ['D-3']);
  const row = await preview.locator('tr[data-move-from="D-3"]').innerText();
  assert.match(row, /Incident classification/);
  assert.match(row, /Needed · In-house · 3 Defined/);
  assert.match(row, /To review D-3 Incident analysis/);
  assert.match(row, /new title is provisional/);
  // Nothing has changed yet.
  assert.equal(JSON.parse(await app.stored(`${KEYS.docPrefix}k1`)).catalogue.version, '2026.11');
  await expectNoViolations(app.page, 'editions preview, en');
  await app.setLanguage('ar');
  await expectNoViolations(app.page, 'editions preview, ar');
  await app.setLanguage('en');

  await preview.locator('[data-edition-apply]').click();
  const reviews = app.main.locator('[data-reviews]');
  await reviews.waitFor();
  const backups = Object.keys(await app.storage()).filter((k) => k.startsWith(KEYS.backupPrefix));
  assert.equal(backups.length, 1, 'a backup before the change');
  assert.equal(JSON.parse((await app.storage())[backups[0]]).catalogue.version, '2026.11');
  await expectEventually(async () => {
    const s = await app.storedAssessment();
    return [s.schema, s.catalogue.version, Object.keys(s.services), s.to_review?.map((r) => [r.service, r.from.service, r.why])];
  }, [2, '2026.12', ['A-1'], [['D-3', 'D-3', 'renamed']]], 'stored: moved, D-3 to review');

  // The service itself says it has an answer waiting.
  await app.openOverview();
  assert.equal(await app.main.locator('[data-to-review]').getAttribute('data-to-review'), '1');
  assert.equal((await app.overallProgress()).text, '1 of 58 services answered');
  await app.openCategory('D');
  assert.equal(await app.service('D-3').locator('[data-service-reviews]').getAttribute('data-service-reviews'), '1');
  assert.equal(await app.answered('D-3'), 'false');
  await app.service('D-3').locator('[data-service-reviews] button').click();
  await reviews.waitFor();
  const item = reviews.locator('li[data-review-from="D-3"]');
  assert.equal(await item.locator('select').inputValue(), 'D-3');
  await expectNoViolations(app.page, 'answers to review, en');
  await item.locator('[data-review-confirm]').click();
  await app.main.locator('[data-none-left]').waitFor();
  await expectEventually(async () => {
    const s = await app.storedAssessment();
    return [s.services['D-3']?.current, s.to_review ?? []];
  }, [3, []], 'confirmed: D-3 counts');
  await app.openOverview();
  assert.equal((await app.overallProgress()).text, '2 of 58 services answered');
  assert.deepEqual(app.errors, []);
});

/** The built-in catalogue as a file whose provisional ids E-1…E-3 carry each other's titles. */
function shuffled() {
  const c = structuredClone(BUILTIN);
  c.id = 'official-test';
  c.version = '2021';
  const e = ['E-1', 'E-2', 'E-3'].map((id) => c.services.find((s) => s.id === id));
  const titles = e.map((s) => s.title);
  e[0].title = titles[2];
  e[1].title = titles[0];
  e[2].title = titles[1];
  return c;
}

test('a catalogue with shuffled provisional ids: confirm some answers, the report lists the others and counts none of them', async (t) => {
  const app = await env.open(t);
  await app.answerService('A-1', NEEDED(2));
  await app.answerService('E-1', NEEDED(1));
  await app.answerService('E-2', NEEDED(4));
  await app.answerService('E-3', { need: 'not_needed' });
  const oldTitle = (id) => BUILTIN.services.find((s) => s.id === id).title.en;

  await app.page.locator('[data-nav="about"]').click();
  await app.page.locator('[data-file-pick="catalogue"] input[type=file]')
    .setInputFiles({ name: 'official.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(shuffled())) });
  await app.page.locator('[data-catalogue-preview]').getByRole('button', { name: 'Use this catalogue' }).click();
  await app.page.locator('[data-catalogue-loaded]').waitFor();
  await app.page.locator('[data-nav="checklist"]').click();
  await openEditions(app);
  const preview = app.main.locator('[data-edition-preview]');
  // A-1 is confirmed in both: it keeps its service and is not listed; E-1…E-3 wait for review.
  assert.deepEqual(await preview.locator('tr[data-move-from]').evaluateAll((rows) => rows.map((r) => [r.dataset.moveFrom, r.dataset.outcome])),
    [['E-1', 'review'], ['E-2', 'review'], ['E-3', 'review']]);
  assert.match(await preview.locator('tr[data-move-from="E-1"]').innerText(), new RegExp(oldTitle('E-1')));
  await preview.locator('[data-edition-apply]').click();
  const reviews = app.main.locator('[data-reviews]');
  await reviews.waitFor();
  assert.equal(await reviews.getAttribute('data-reviews'), '3');

  // E-1's answer was about the service now numbered E-2 (its title moved there): confirm it for E-2.
  const e1 = reviews.locator('li[data-review-from="E-1"]');
  await e1.locator('select').selectOption('E-2');
  await e1.locator('[data-review-confirm]').click();
  await expectEventually(async () => (await app.storedAssessment()).services['E-2']?.current, 1, 'E-1 confirmed for E-2');
  // E-2's answer is proposed for E-2, which has an answer now: refused, nothing overwritten.
  const e2 = reviews.locator('li[data-review-from="E-2"]');
  await e2.locator('[data-review-confirm]').click();
  await e2.locator('[data-review-refused]').waitFor();
  await expectNoViolations(app.page, 'answers to review, a confirmation refused, en');
  assert.equal((await app.storedAssessment()).services['E-2'].current, 1);
  assert.equal(await reviews.getAttribute('data-reviews'), '2');

  await app.openOverview();
  assert.equal((await app.overallProgress()).text, '2 of 58 services answered', 'A-1 and E-2; the two to review count nowhere');
  const summary = await app.download('html');
  const report = await app.openSummary(summary.text);
  assert.equal(await report.overallProgress(), '2 of 58 services answered (3%)');
  assert.deepEqual(await report.page.locator('tr[data-review-from]').evaluateAll((rows) => rows.map((r) => r.dataset.reviewFrom)), ['E-2', 'E-3']);
  const row = await report.row('data-review-from', 'E-3');
  assert.match(row['In the old catalogue'], new RegExp(oldTitle('E-3')));
  assert.match(row['In the old catalogue'].replace(/[\u2068\u2069]/g, ''), /Given to E-3 in the catalogue x1060-builtin 2026\.12/);
  // Ids and catalogue names are set into the sentence as bidirectional isolates (U+2068 … U+2069).
  assert.ok(summary.text.includes('Given to \u2068E-3\u2069 in the catalogue \u2068x1060-builtin 2026.12\u2069'),
    JSON.stringify(summary.text.slice(summary.text.indexOf('Given to'), summary.text.indexOf('Given to') + 80)));
  assert.equal(row.Needed, 'Not needed');
  assert.deepEqual((await report.embedded()).to_review.map((r) => r.from.service), ['E-2', 'E-3']);
  await report.close();
  const csv = await app.download('csv');
  assert.equal(csv.text.split('\r\n').filter((l) => l.includes(',to_review,')).length, 2);
  assert.deepEqual(app.errors, []);
});
