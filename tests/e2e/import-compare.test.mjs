// Opening a file (our JSON, our HTML summary, an older schema) by picker or by drag and drop: strict
// checks with precise reasons, a size limit checked before reading, nothing in the file run, a
// preview, open as new or replace (with a backup), unknown services kept; comparing two
// assessments in the app and as a downloaded report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectEventually, KEYS } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser();

const BUILTIN = { id: 'x1060-builtin', version: '2026.12' };
const UTC = { timezoneId: 'UTC' };

/** An assessment data file as the app downloads it (schema 1), with `extra` fields on top. */
function dataFile({ name = '2026 baseline', services, profile = { organisation: 'Example Telecom' }, ...extra } = {}) {
  return {
    format: 'x1060-assessment', schema: 1, app_version: '0.1.0', name,
    created: '2026-01-10T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', catalogue: BUILTIN, profile,
    services: services ?? {
      'A-1': { need: 'needed', delivery: 'in_house', current: 2, target: 4, note: 'Reviewed yearly' },
      'A-2': { need: 'not_needed', reason: 'Group risk office' },
      'C-3': { need: 'needed', delivery: 'outsourced', current: 3 },
    },
    ...extra,
  };
}

/** The import preview's facts as { label: value }. */
async function preview(app) {
  const panel = app.main.locator('[data-import-preview]');
  return panel.locator('dl').evaluate((dl) => {
    const out = {};
    for (const dt of dl.querySelectorAll('dt')) out[dt.textContent] = dt.nextElementSibling.textContent;
    return out;
  });
}

/** The backup keys in storage and their texts. */
async function backups(app) {
  return Object.entries(await app.storage()).filter(([k]) => k.startsWith(KEYS.backupPrefix));
}

test('our JSON file by picker: a preview with name, organisation, last change, progress and catalogue, then opened as a new assessment', async (t) => {
  const app = await env.open(t, UTC);
  await app.answerService('H-2', { need: 'not_needed' });
  await expectEventually(async () => (await app.storedAssessment())?.services['H-2'], { need: 'not_needed' });
  const own = await app.currentId();
  const ownText = await app.stored(KEYS.docPrefix + own);
  const file = dataFile();

  await app.pickImport('2026 baseline.json', JSON.stringify(file, null, 2));
  assert.equal(await app.main.locator('[data-import-preview] h4').textContent(), 'File to open: 2026 baseline.json');
  assert.deepEqual(await preview(app), {
    Name: '2026 baseline', 'Organisation name': 'Example Telecom', 'Last change': '2026-02-01 09:00',
    Progress: '3 of 58 services answered', Catalogue: 'x1060-builtin 2026.12', State: 'Assessment data (JSON)',
  });
  assert.equal(await app.stored(KEYS.docPrefix + own), ownText, 'a preview changes nothing');

  await app.main.locator('[data-import="new"]').click();
  assert.equal(await app.openName(), '2026 baseline');
  const opened = await app.currentId();
  assert.notEqual(opened, own);
  assert.deepEqual(await app.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 2, target: 4, note: 'Reviewed yearly' });
  assert.equal((await app.profile()).organisation, 'Example Telecom');
  await expectEventually(async () => {
    const d = await app.storedDoc(opened);
    return d && [d.name, d.created, d.updated, d.catalogue, d.services];
  }, ['2026 baseline', file.created, file.updated, BUILTIN, file.services]);
  assert.equal(await app.stored(KEYS.docPrefix + own), ownText, 'the assessment open before is untouched');
  assert.deepEqual((await app.assessmentList()).map((e) => e.id).sort(), [own, opened].sort());
  assert.deepEqual(app.errors, []);
});

test('replacing the open assessment with a file keeps the previous content under a backup key first', async (t) => {
  const app = await env.open(t, UTC);
  await app.fillProfile({ organisation: 'Before the import' });
  await app.answerService('B-2', { need: 'needed', delivery: 'shared', current: 1, owner: 'NOC' });
  const id = await app.currentId();
  await expectEventually(async () => (await app.storedDoc(id))?.services['B-2'], { need: 'needed', delivery: 'shared', current: 1, owner: 'NOC' });
  const before = await app.stored(KEYS.docPrefix + id);
  assert.deepEqual(await backups(app), []);

  await app.pickImport('replacement.json', JSON.stringify(dataFile({ name: 'Replacement' })));
  await app.main.locator('[data-import="replace"]').click();
  const kept = await backups(app);
  assert.equal(kept.length, 1);
  assert.match(kept[0][0], new RegExp(`^x1060/backup/\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z/a/${id}$`));
  assert.equal(kept[0][1], before, 'the backup holds the previous content exactly');

  assert.equal(await app.currentId(), id, 'the same assessment, with new content');
  assert.equal(await app.openName(), 'Replacement');
  assert.equal(await app.profileField('organisation').inputValue(), 'Example Telecom');
  assert.deepEqual(await app.serviceAnswers('B-2'), {});
  await expectEventually(async () => (await app.storedDoc(id))?.name, 'Replacement');
  assert.deepEqual((await app.storedDoc(id)).services, dataFile().services);
  await app.reload();
  assert.equal((await backups(app))[0][1], before);
  assert.deepEqual(app.errors, []);
});

test('a replace can be undone from the list until the page is closed, as the import panel says', async (t) => {
  const app = await env.open(t, UTC);
  await app.answerService('B-2', { need: 'not_needed' });
  const id = await app.currentId();
  await expectEventually(async () => (await app.storedDoc(id))?.services['B-2'], { need: 'not_needed' });
  await app.pickImport('replacement.json', JSON.stringify(dataFile({ name: 'Replacement' })));
  assert.match(await app.main.locator('[data-import-preview]').textContent(), /you can undo until you close the page/);
  await app.main.locator('[data-import="replace"]').click();
  await app.openAssessments();
  const undo = app.main.locator('[data-trash]').getByRole('button', { name: 'Undo' });
  assert.equal(await undo.count(), 1, 'an Undo for the content before the replace');
  await undo.click();
  await expectEventually(async () => (await app.storedDoc(id))?.services, { 'B-2': { need: 'not_needed' } });
  assert.deepEqual(app.errors, []);
});

test('a file of an older schema (no "schema", or "schema": 0) is converted, said so in the preview, and opened', async (t) => {
  const app = await env.open(t, UTC);
  const { schema, ...noSchema } = dataFile({ name: 'Draft without schema' });
  const zero = dataFile({ name: 'Draft schema 0', schema: 0, services: { 'E-4': { need: 'needed', delivery: 'not_yet', current: 0 } } });
  for (const [fileName, file, name, serviceId] of [
    ['draft.json', noSchema, 'Draft without schema', 'A-1'],
    ['draft0.json', zero, 'Draft schema 0', 'E-4'],
  ]) {
    await app.pickImport(fileName, JSON.stringify(file));
    const panel = app.main.locator('[data-import-preview]');
    assert.match(await panel.textContent(), /It was converted from an older format\./, fileName);
    await panel.locator('[data-import="new"]').click();
    assert.equal(await app.openName(), name);
    assert.deepEqual(await app.serviceAnswers(serviceId), file.services[serviceId]);
    const id = await app.currentId();
    await expectEventually(async () => (await app.storedDoc(id))?.schema, 2, `${fileName} is stored in the current schema`);
    assert.deepEqual((await app.storedDoc(id)).services, file.services);
  }
  assert.deepEqual(app.errors, []);
});

test('bad files are refused with the field and what was expected, and change nothing', async (t) => {
  const app = await env.open(t, UTC);
  await app.answerService('A-3', { need: 'not_needed' });
  await expectEventually(async () => (await app.storedAssessment())?.services['A-3'], { need: 'not_needed' });
  const before = await app.storage();
  const json = (x) => JSON.stringify(x);
  const good = dataFile();
  const cases = [
    ['level.json', json(dataFile({ services: { 'A-1': { need: 'needed', current: 9 } } })),
      'The assessment data is not valid: services.A-1.current: level 9 is outside the scale 0 to 5.'],
    ['need.json', json(dataFile({ services: { 'A-1': { need: 'maybe' } } })),
      /^The assessment data is not valid: services\.A-1\.need: unknown variant `maybe`, expected `needed` or `not_needed`/],
    ['field.json', json(dataFile({ services: { 'A-1': { need: 'needed', colour: 'red' } } })),
      'The assessment data is not valid: services.A-1.colour: unknown field `colour`, expected one of `need`, `reason`, `delivery`, `current`, `target`, `priority`, `owner`, `evidence`, `note`.'],
    ['created.json', json({ ...good, created: 'yesterday' }),
      'The assessment data is not valid: created: "yesterday" is not a date; expected a date and time such as 2026-11-25T10:00:00.000Z.'],
    ['catalogue.json', json({ ...good, catalogue: undefined }),
      /^The assessment data is not valid: the top level: missing field `catalogue`/],
    ['newer.json', json({ ...good, schema: 3 }),
      'The assessment data is not valid: the data uses schema 3, made by a newer version of this app; this version reads schema 2 and older.'],
    ['schema-text.json', json({ ...good, schema: '1' }),
      'The assessment data is not valid: "schema" must be a whole number such as 2.'],
    ['other.json', json({ ...good, format: 'x1060-catalogue' }),
      'The assessment data is not valid: this is not an X.1060 assessment: "format" is "x1060-catalogue", expected "x1060-assessment".'],
    ['dup.json', '{"format":"x1060-assessment","schema":1,"schema":1,"catalogue":{"id":"x","version":"1"}}',
      'The file cannot be read: the top level: the key "schema" appears twice.'],
    ['cut.json', '{"format":"x1060-assessment","schema":1,"name":"a","created":"2026',
      'The file cannot be read: not valid JSON at line 1, column 66: EOF while parsing a string.'],
    ['page.html', '<!DOCTYPE html><html><body><h1>Minutes</h1></body></html>',
      'This HTML file holds no assessment data: expected a summary report from this app, with a <script type="application/json" id="x1060-assessment"> element.'],
    ['empty.json', '  \n', 'The file is empty.'],
    ['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json(good), 'utf16le')]),
      'The file is saved as UTF-16 text; expected UTF-8. Save it again as UTF-8.'],
    ['photo.json', Buffer.from([0x7b, 0x22, 0xff, 0xd8, 0xff, 0xe0]),
      'The file is not UTF-8 text: the byte at position 2 is not valid. Expected a JSON data file or an HTML summary report from this app.'],
  ];
  for (const [name, content, detail] of cases) {
    await app.pickImport(name, content);
    const refused = app.main.locator('[data-import-refused]');
    await refused.waitFor();
    assert.equal(await refused.locator('strong').textContent(), 'This file was not opened. Nothing was changed.', name);
    const text = await refused.locator('.x1060-notice-detail').textContent();
    if (typeof detail === 'string') assert.equal(text, `${name}: ${detail}`);
    else assert.match(text.slice(name.length + 2), detail, name);
    assert.equal(await app.main.locator('[data-import-preview]').count(), 0, name);
  }
  assert.deepEqual(await app.storage(), before);
  assert.equal((await app.assessmentList()).length, 1);
  assert.deepEqual(app.errors, []);
});

/** Records every read of a File or Blob's content (arrayBuffer, text, stream, FileReader). Runs in the page. */
function recordFileReads() {
  window.__fileReads = [];
  const wrap = (proto, name) => {
    const original = proto[name];
    proto[name] = function recorded(...args) {
      window.__fileReads.push({ how: name, size: (args[0] instanceof Blob ? args[0] : this).size });
      return original.apply(this, args);
    };
  };
  for (const name of ['arrayBuffer', 'text', 'stream']) wrap(Blob.prototype, name);
  for (const name of ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']) wrap(FileReader.prototype, name);
}

test('a file over the 11 MiB limit is refused by its size without being read', async (t) => {
  const app = await env.open(t, { ...UTC, initScript: recordFileReads });
  const before = await app.storage();
  const limit = 11 * 1024 * 1024;
  await app.pickImport('huge.json', Buffer.alloc(limit + 1, 0x20));
  const refused = app.main.locator('[data-import-refused]');
  assert.equal(await refused.locator('.x1060-notice-detail').textContent(),
    'The file is too large (11265 KB). The limit is 11264 KB. It was not read.');
  // The same wording as every other picker, in the interface language (issue 12, defect 4).
  await app.setLanguage('ja');
  await app.pickImport('huge.json', Buffer.alloc(limit + 1, 0x20));
  assert.equal(await refused.locator('.x1060-notice-detail').textContent(),
    'ファイルが大きすぎます（11265 KB）。上限は 11264 KB です。読み込んでいません。');
  await app.setLanguage('en');
  assert.deepEqual(await app.page.evaluate(() => window.__fileReads), [], 'nothing of the file was read');

  // A small file after it is read (once) and previewed: the recorder does see reads.
  await app.pickImport('small.json', JSON.stringify(dataFile()));
  await app.main.locator('[data-import-preview]').waitFor();
  assert.equal(await app.main.locator('[data-import-refused]').count(), 0);
  assert.equal((await app.page.evaluate(() => window.__fileReads)).length, 1);
  // Nothing stored changed but the language chosen meanwhile (it was English and is again).
  const { 'x1060/prefs': prefs, ...after } = await app.storage();
  assert.deepEqual(after, before);
  assert.equal(JSON.parse(prefs).lang, 'en');
  assert.deepEqual(app.errors, []);
});

test('an HTML summary report is read from its embedded data, and nothing in it runs: no script, no handler, no dialog', async (t) => {
  // The report is made by the app in one browser context and opened in another, as by a colleague.
  const clock = { ...UTC, fixedTime: new Date('2026-11-25T10:00:00Z') };
  const maker = await env.open(t, clock);
  const hostile = {
    note: '</script><script>window.__x1060Pwned = "note"; alert("note")</script>',
    evidence: '<img src=x onerror="window.__x1060Pwned = \'evidence\'; alert(\'evidence\')">',
  };
  await maker.fillProfile({ organisation: 'Example <b>Telecom</b>' });
  await maker.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 3, ...hostile });
  await maker.answerService('G-4', { need: 'not_needed', reason: '<svg onload="alert(\'reason\')">' });
  const summary = await maker.download('html');
  // A tampered copy: live markup added outside the data as well.
  const tampered = summary.text.replace('<body>', '<body>\n<script>window.__x1060Pwned = "outer"; alert("outer")</script>'
    + '<img src="x" onerror="window.__x1060Pwned = \'outer-img\'">');
  assert.notEqual(tampered, summary.text);

  const app = await env.open(t, clock);
  const dialogs = [];
  app.page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await app.pickImport('x1060-summary-2026-11-25.html', tampered);
  const panel = app.main.locator('[data-import-preview]');
  assert.deepEqual(await preview(app), {
    Name: 'x1060-summary-2026-11-25', 'Organisation name': 'Example <b>Telecom</b>', 'Last change': '2026-11-25 10:00',
    Progress: '2 of 58 services answered', Catalogue: 'x1060-builtin 2026.12', State: 'Summary report (HTML)',
  });
  await panel.locator('[data-import="new"]').click();
  assert.deepEqual(await app.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 3, ...hostile });
  assert.deepEqual(await app.serviceAnswers('G-4'), { need: 'not_needed', reason: '<svg onload="alert(\'reason\')">' });
  await expectEventually(async () => (await app.storedAssessment())?.services['A-1']?.note, hostile.note);
  await app.openOverview();
  assert.equal(await app.page.evaluate(() => window.__x1060Pwned), undefined);
  assert.equal(await app.host.locator('img, svg[onload], script:not([type="application/json"])').count(), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(app.errors, []);
  assert.deepEqual(maker.errors, []);
});

test('answers for services the catalogue lacks are kept: listed in the preview, in the overview, and in the download', async (t) => {
  const app = await env.open(t, UTC);
  const file = dataFile({
    name: 'With unknown services',
    services: {
      'A-1': { need: 'needed', delivery: 'in_house', current: 2 },
      'Z-9': { need: 'needed', delivery: 'outsourced', current: 4, target: 5, note: 'From a national catalogue' },
    },
  });
  await app.pickImport('unknown.json', JSON.stringify(file));
  const orphans = app.main.locator('[data-preview-orphans]');
  assert.equal(await orphans.getAttribute('data-preview-orphans'), 'Z-9');
  assert.match(await orphans.textContent(), /1 answer is for a service that is not in the catalogue in use\. It is kept and listed\. Z-9$/);
  assert.equal((await preview(app)).Progress, '1 of 58 services answered');
  await app.main.locator('[data-import="new"]').click();

  await app.openOverview();
  assert.equal(await app.main.locator('[data-orphans]').getAttribute('data-orphans'), 'Z-9');
  assert.match(await app.main.locator('[data-orphan="Z-9"]').textContent(), /Z-9 · Needed · Outsourced · 4 Managed/);
  await expectEventually(async () => (await app.storedAssessment())?.services['Z-9'], file.services['Z-9']);
  const data = JSON.parse((await app.download('json')).text);
  assert.deepEqual(data.services, file.services);
  await app.reload();
  assert.equal(await app.main.locator('[data-orphans]').getAttribute('data-orphans'), 'Z-9');
  assert.deepEqual(app.errors, []);
});

test('a file dropped on the picker is read like a chosen one', async (t) => {
  const app = await env.open(t, UTC);
  await app.openAssessments();
  const drop = app.main.locator('[data-file-pick="import"]');
  const text = JSON.stringify(dataFile({ name: 'Dropped' }));
  const transfer = await app.page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  await drop.dispatchEvent('dragenter', { dataTransfer: transfer });
  await drop.dispatchEvent('dragover', { dataTransfer: transfer });
  assert.match(await drop.getAttribute('class'), /\bx1060-drop-over\b/);
  await drop.dispatchEvent('drop', { dataTransfer: transfer });
  assert.equal(await app.main.locator('[data-import-preview] h4').textContent(), 'File to open: dropped.json');
  assert.doesNotMatch(await drop.getAttribute('class'), /\bx1060-drop-over\b/);
  assert.equal(await app.main.locator('[data-preview-name]').textContent(), 'Dropped');
  await app.main.locator('[data-import="new"]').click();
  assert.equal(await app.openName(), 'Dropped');
  assert.deepEqual(await app.serviceAnswers('C-3'), { need: 'needed', delivery: 'outsourced', current: 3 });
  assert.deepEqual(app.errors, []);
});

// ---- comparing ---------------------------------------------------------------------------------

const BASELINE = {
  'A-1': { need: 'needed', delivery: 'in_house', current: 2, target: 4 },
  'A-2': { need: 'needed', delivery: 'not_yet', current: 0, target: 2 },
  'A-3': { need: 'not_needed' },
};
// Worked by hand (method.md; category A and overall alike, nothing else answered):
// before: answered 3; needed, delivered A-1: coverage 50%; current (2+0)/2 = 1.0;
//         target (4+2)/2 = 3.0; gap (2+2)/2 = 2.0.
// after:  answered 3 in A, 4 overall (B-1); needed 3, all delivered: 100%; current (3+1+2)/3 = 2.0;
//         target (4+3)/2 = 3.5 (A-3 has none); gap over: (1+2)/2 = 1.5.
const EXPECTED_ROWS = {
  A: ['A Strategic management of CDC', '0', '+50 pt', '+1.0', '+0.5', '−0.5'],
  B: ['B Real-time analysis', '+1', '—', '—', '—', '—'],
  overall: ['Overall', '+1', '+50 pt', '+1.0', '+0.5', '−0.5'],
};
const EXPECTED_CHANGES = {
  'A-1': 'Current level: 2 Repeatable → 3 Defined',
  'A-2': 'Who delivers it?: Not delivered yet → Outsourced; Current level: 0 Not performed → 1 Initial; Target level: 2 Repeatable → 3 Defined',
  'A-3': 'Need: Not needed → Needed; Who delivers it?: — → Shared; Current level: — → 2 Repeatable',
  'B-1': 'New answer; Need: — → Not needed',
};

/** The app's comparison: { rows: { key: [cells] }, changes: { id: text after the title } , count }. */
async function shownComparison(app) {
  const result = app.main.locator('[data-compare-result]');
  const rows = await result.locator('[data-compare-row]').evaluateAll((trs) => Object.fromEntries(
    trs.map((tr) => [tr.dataset.compareRow, [...tr.cells].map((c) => c.textContent)]),
  ));
  const changes = await result.locator('[data-changed-service]').evaluateAll((lis) => Object.fromEntries(
    lis.map((li) => [li.dataset.changedService, li.textContent.slice(li.querySelector('strong').textContent.length + 2)]),
  ));
  return { count: await result.getAttribute('data-change-count'), rows, changes };
}

async function makeBaselineAndReview(app) {
  await app.answerService('A-1', BASELINE['A-1']);
  await app.answerService('A-2', BASELINE['A-2']);
  await app.answerService('A-3', BASELINE['A-3']);
  const baseline = await app.currentId();
  await app.openAssessments();
  const row = app.assessmentRow(baseline);
  await row.locator('[data-action="rename"]').click();
  await row.getByLabel('Name of the assessment', { exact: true }).fill('2026 baseline');
  await row.getByRole('button', { name: 'Save the name' }).click();
  await row.locator('[data-action="duplicate"]').click();
  await row.getByLabel('Name of the copy', { exact: true }).fill('2027 review');
  await row.getByRole('button', { name: 'Make the copy' }).click();
  const review = await app.currentId();
  await app.answerService('A-1', { current: 3 });
  await app.answerService('A-2', { delivery: 'outsourced', current: 1, target: 3 });
  await app.answerService('A-3', { need: 'needed', delivery: 'shared', current: 2 });
  await app.answerService('B-1', { need: 'not_needed' });
  return { baseline, review };
}

test('two assessments compared: per category and per service what changed, with the evaluation deltas; the downloaded report shows the same', async (t) => {
  const app = await env.open(t, UTC);
  const { baseline, review } = await makeBaselineAndReview(app);

  await app.openAssessments();
  const panel = app.main.locator('[data-compare-panel]');
  await panel.locator('[data-compare="before"]').selectOption(baseline);
  await panel.locator('[data-compare="after"]').selectOption(review);
  await panel.locator('[data-compare="show"]').click();
  const shown = await shownComparison(app);
  assert.equal(shown.count, '4');
  assert.deepEqual(shown.changes, EXPECTED_CHANGES);
  for (const [key, cells] of Object.entries(EXPECTED_ROWS)) assert.deepEqual(shown.rows[key], cells, `row ${key}`);
  assert.match(await panel.locator('[data-compare-result]').textContent(), /4 services changed/);

  const file = await app.takeDownload(panel.locator('[data-download="comparison"]'));
  assert.match(file.name, /^x1060-comparison-\d{4}-\d\d-\d\d\.html$/);
  assert.doesNotMatch(file.text, /<script|\s(src|href)=|@import|url\(/i, 'self-contained: no script, no other file');
  const report = await app.openSummary(file.text);
  const rp = report.page;
  assert.deepEqual(await rp.locator('#sides thead th').allTextContents(), ['Before2026 baseline', 'After2027 review']);
  assert.equal(await rp.locator('#change-count').textContent(), '4 services changed');
  assert.deepEqual(await rp.locator('#services tr[data-service-id]').evaluateAll((trs) => trs.map((tr) => tr.dataset.serviceId)),
    Object.keys(EXPECTED_CHANGES));
  // Each figure's change in the report, "before → after (change)", is the one the app shows.
  for (const [key, cells] of Object.entries(EXPECTED_ROWS)) {
    const reportCells = await rp.locator(`#figures tr[data-category="${key}"] td`).allTextContents();
    const changes = reportCells.map((c) => (c.match(/\(([^)]*)\)$/) || [null, '—'])[1]);
    assert.deepEqual(changes, cells.slice(1).map((c) => c.replace(' pt', '')), `report row ${key}`);
  }
  assert.deepEqual(await rp.locator('#figures tr[data-category="A"] td').allTextContents(),
    ['3 → 3 (0)', '50% → 100% (+50)', '1.0 → 2.0 (+1.0)', '3.0 → 3.5 (+0.5)', '2.0 → 1.5 (−0.5)']);
  // Per service, one row per answer that changed: answer, before, after, change.
  const perService = await rp.locator('#services tr[data-field]').evaluateAll((trs) => {
    const out = {};
    let id = null;
    for (const tr of trs) {
      id = tr.dataset.serviceId ?? id;
      (out[id] ??= {})[tr.dataset.field] = [...tr.cells].slice(-4).map((c) => c.textContent);
    }
    return out;
  });
  assert.deepEqual(perService['A-2'], {
    delivery: ['Delivery', 'Not delivered yet', 'Outsourced', ''],
    current: ['Current level', '0 Not performed', '1 Initial', '+1'],
    target: ['Target level', '2 Repeatable', '3 Defined', '+1'],
  });
  assert.deepEqual(perService['A-1'], { current: ['Current level', '2 Repeatable', '3 Defined', '+1'] });
  assert.equal(await report.count('script'), 0);
  assert.deepEqual(report.dialogs, []);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(app.errors, []);
});

test('an opened file can be one side of a comparison', async (t) => {
  const app = await env.open(t, UTC);
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 4, target: 4 });
  const own = await app.currentId();
  await app.pickImport('2026 baseline.json', JSON.stringify(dataFile()));
  const panel = app.main.locator('[data-compare-panel]');
  await panel.locator('[data-compare="before"]').selectOption({ label: 'The file opened above' });
  await panel.locator('[data-compare="after"]').selectOption(own);
  await panel.locator('[data-compare="show"]').click();
  const shown = await shownComparison(app);
  assert.equal(shown.count, '3');
  assert.deepEqual(shown.changes, {
    // The file's A-1 has a note and its A-2 a reason; the open assessment has neither.
    'A-1': 'Current level: 2 Repeatable → 4 Managed; Text changed',
    'A-2': 'Answers cleared; Need: Not needed → —; Text changed',
    'C-3': 'Answers cleared; Need: Needed → —; Who delivers it?: Outsourced → —; Current level: 3 Defined → —',
  });
  assert.equal(await app.currentId(), own, 'comparing opens nothing');
  assert.equal((await app.assessmentList()).length, 1);
  assert.deepEqual(app.errors, []);
});
