// Several assessments in one browser: create, rename, duplicate, delete with undo; the list; data
// that cannot be read (damaged, or from a newer app) kept byte for byte next to good data; when the
// assessment was last saved and downloaded; a reload in the middle of typing loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expectEventually, KEYS } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';

const env = useBrowser();

// 23:30 UTC on 31 March is 08:30 on 1 April in Tokyo: every "last change" and "last downloaded"
// time shown is the local one.
const CLOCK = { timezoneId: 'Asia/Tokyo', fixedTime: new Date('2026-03-31T23:30:00Z') };
const BUILTIN = { id: 'x1060-builtin', version: '2026.12' };

/** A stored assessment document (schema 1) as another app session would have written it. */
function doc({ name, services = {}, revision = 3, updated = '2026-02-01T09:00:00.000Z', profile = {} }) {
  return JSON.stringify({
    format: 'x1060-assessment', schema: 1, app_version: '0.1.0', revision, name,
    created: '2026-01-10T09:00:00.000Z', updated, catalogue: BUILTIN, profile, services,
  });
}

/** A stored index naming `entries` ([id, name]) with `current` open. */
function index(current, entries, schema = 1) {
  return JSON.stringify({
    format: 'x1060-library', schema, current,
    entries: entries.map(([id, name]) => ({
      id, name, created: '2026-01-10T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', catalogue: BUILTIN,
    })),
  });
}

/** Clicks a row's action and fills its inline form's field, then presses the form's button. */
async function rowForm(app, id, action, label, value, submit) {
  const row = app.assessmentRow(id);
  await row.locator(`[data-action="${action}"]`).click();
  await row.getByLabel(label, { exact: true }).fill(value);
  await row.getByRole('button', { name: submit, exact: true }).click();
}

test('assessments are created, renamed and duplicated; the list shows name, date, progress and last change; each records its catalogue', async (t) => {
  const app = await env.open(t, CLOCK);
  await expectEventually(async () => (await app.currentId()) !== null, true, 'the first visit saves its new assessment');
  const baseline = await app.currentId();
  await app.fillProfile({ date: '2026-03-30' });
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2, target: 4 });
  await app.answerService('A-2', { need: 'not_needed', reason: 'Group risk office' });

  await app.openAssessments();
  await rowForm(app, baseline, 'rename', 'Name of the assessment', '2026 baseline', 'Save the name');
  assert.equal(await app.openName(), '2026 baseline');
  await expectEventually(() => app.assessmentList(), [{
    id: baseline, name: '2026 baseline', date: '2026-03-30', progress: '2 of 58 answered',
    lastChange: '2026-04-01 08:30', state: 'Saved', current: true,
  }]);

  // The copy's name field starts from the original's name.
  await app.assessmentRow(baseline).locator('[data-action="duplicate"]').click();
  assert.equal(await app.assessmentRow(baseline).getByLabel('Name of the copy', { exact: true }).inputValue(), '2026 baseline (2)');
  await app.assessmentRow(baseline).getByRole('button', { name: 'Cancel', exact: true }).click();
  await rowForm(app, baseline, 'duplicate', 'Name of the copy', '2027 review', 'Make the copy');
  // The copy is opened, with the original's profile and answers.
  assert.equal(await app.openName(), '2027 review');
  const review = await app.currentId();
  assert.notEqual(review, baseline);
  assert.equal(await app.profileField('date').inputValue(), '2026-03-30');
  assert.deepEqual(await app.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 2, target: 4 });
  await app.answerService('A-1', { current: 3 });
  await expectEventually(async () => (await app.storedDoc(review))?.services['A-1'].current, 3);
  assert.equal((await app.storedDoc(baseline)).services['A-1'].current, 2, 'the original keeps its own answers');

  await app.openAssessments();
  await app.main.locator('[data-new-assessment]').getByLabel('Name of the new assessment (optional)').fill('Tokyo SOC');
  await app.main.locator('[data-new-assessment]').getByRole('button', { name: 'Create and open' }).click();
  assert.equal(await app.openName(), 'Tokyo SOC');
  assert.deepEqual(await app.overallProgress(), { answered: 0, total: 58, text: '0 of 58 services answered' });
  const soc = await app.currentId();
  await expectEventually(async () => (await app.storedDoc(soc))?.name, 'Tokyo SOC');

  // Each assessment records the catalogue it was made with, in its document and in the index.
  for (const id of [baseline, review, soc]) assert.deepEqual((await app.storedDoc(id)).catalogue, BUILTIN, id);
  const idx = JSON.parse(await app.stored(KEYS.index));
  assert.equal(idx.current, soc);
  assert.deepEqual(idx.entries.map((e) => [e.id, e.name, e.catalogue]).sort(),
    [[baseline, '2026 baseline', BUILTIN], [review, '2027 review', BUILTIN], [soc, 'Tokyo SOC', BUILTIN]].sort());

  const expected = [
    { id: baseline, name: '2026 baseline', date: '2026-03-30', progress: '2 of 58 answered', lastChange: '2026-04-01 08:30', state: 'Saved', current: false },
    { id: review, name: '2027 review', date: '2026-03-30', progress: '2 of 58 answered', lastChange: '2026-04-01 08:30', state: 'Saved', current: false },
    { id: soc, name: 'Tokyo SOC', date: '—', progress: '0 of 58 answered', lastChange: '2026-04-01 08:30', state: 'Saved', current: true },
  ];
  await expectEventually(() => app.assessmentList(), expected);
  await app.reload();
  assert.equal(await app.openName(), 'Tokyo SOC', 'the assessment open last is open after a reload');
  assert.deepEqual(await app.assessmentList(), expected);

  await app.assessmentRow(baseline).locator('[data-action="open"]').click();
  assert.equal(await app.openName(), '2026 baseline');
  assert.deepEqual(await app.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 2, target: 4 });
  assert.deepEqual(app.errors, []);
});

test('an assessment records the catalogue it was made with: one created under a national catalogue keeps that id and version', async (t) => {
  const app = await env.open(t);
  await expectEventually(async () => (await app.currentId()) !== null, true);
  const first = await app.currentId();
  const national = JSON.parse(await fs.readFile(path.join(ROOT, 'core/catalogue/builtin.json'), 'utf8'));
  national.id = 'cert-national';
  national.version = '2027.1';
  await app.page.locator('[data-nav="about"]').click();
  await app.page.locator('[data-file-pick="catalogue"] input[type=file]')
    .setInputFiles({ name: 'national.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(national)) });
  await app.page.locator('[data-catalogue-preview]').getByRole('button', { name: 'Use this catalogue' }).click();
  await app.page.locator('[data-catalogue-loaded]').waitFor();

  await app.openAssessments();
  await app.main.locator('[data-new-assessment]').getByLabel('Name of the new assessment (optional)').fill('Under the national catalogue');
  await app.main.locator('[data-new-assessment]').getByRole('button', { name: 'Create and open' }).click();
  const second = await app.currentId();
  await expectEventually(async () => (await app.storedDoc(second))?.catalogue, { id: 'cert-national', version: '2027.1' });
  assert.deepEqual((await app.storedDoc(first)).catalogue, BUILTIN, 'the earlier assessment keeps its own');
  const entries = JSON.parse(await app.stored(KEYS.index)).entries;
  assert.deepEqual(Object.fromEntries(entries.map((e) => [e.id, e.catalogue])),
    { [first]: BUILTIN, [second]: { id: 'cert-national', version: '2027.1' } });
  assert.deepEqual(app.errors, []);
});

test('deleting asks first, and Undo brings the assessment back with every answer until the page is closed', async (t) => {
  const app = await env.open(t);
  await expectEventually(async () => (await app.currentId()) !== null, true);
  const keep = await app.currentId();
  await app.openAssessments();
  await rowForm(app, keep, 'rename', 'Name of the assessment', 'Keep me', 'Save the name');
  await app.main.locator('[data-new-assessment]').getByLabel('Name of the new assessment (optional)').fill('Delete me');
  await app.main.locator('[data-new-assessment]').getByRole('button', { name: 'Create and open' }).click();
  const gone = await app.currentId();
  await app.answerService('C-2', { need: 'needed', delivery: 'shared', current: 4, note: 'Weekly review' });
  await expectEventually(async () => (await app.storedDoc(gone))?.services['C-2']?.note, 'Weekly review');
  const savedText = await app.stored(KEYS.docPrefix + gone);

  await app.openAssessments();
  const row = app.assessmentRow(gone);
  await row.locator('[data-action="delete"]').click();
  assert.equal(await row.getByRole('group').locator('p').textContent(), 'Delete "Delete me"? You can undo this until you close the page.');
  await row.getByRole('button', { name: 'Cancel', exact: true }).click();
  assert.equal(await row.getByRole('group').count(), 0);
  assert.equal(await app.stored(KEYS.docPrefix + gone), savedText, 'a cancelled deletion changes nothing');

  await row.locator('[data-action="delete"]').click();
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await row.waitFor({ state: 'detached' });
  await expectEventually(() => app.stored(KEYS.docPrefix + gone), null);
  await expectEventually(async () => JSON.parse(await app.stored(KEYS.index)).entries.map((e) => e.id), [keep]);
  assert.equal(await app.openName(), 'Keep me', 'the other assessment is opened');
  const trash = app.main.locator('[data-trash]');
  assert.equal(await trash.locator(`[data-trashed="${gone}"]`).textContent(), 'Delete me Undo');

  await trash.getByRole('button', { name: 'Undo' }).click();
  await app.assessmentRow(gone).waitFor();
  assert.equal(await trash.count(), 0);
  await expectEventually(async () => {
    const { revision, ...rest } = (await app.storedDoc(gone)) ?? {};
    return [rest.name, rest.services];
  }, ['Delete me', { 'C-2': { need: 'needed', delivery: 'shared', current: 4, note: 'Weekly review' } }]);
  await app.assessmentRow(gone).locator('[data-action="open"]').click();
  assert.deepEqual(await app.serviceAnswers('C-2'), { need: 'needed', delivery: 'shared', current: 4, note: 'Weekly review' });

  // Deleted again, then the page is closed (reloaded): the undo is gone with it.
  await app.openAssessments();
  await app.assessmentRow(gone).locator('[data-action="delete"]').click();
  await app.assessmentRow(gone).getByRole('button', { name: 'Delete', exact: true }).click();
  await expectEventually(() => app.stored(KEYS.docPrefix + gone), null);
  await app.reload();
  await app.openAssessments();
  assert.equal(await app.main.locator('[data-trash]').count(), 0);
  assert.deepEqual((await app.assessmentList()).map((e) => e.name), ['Keep me']);

  // Deleting the last one leaves a new, empty assessment open.
  await app.assessmentRow(keep).locator('[data-action="delete"]').click();
  await app.assessmentRow(keep).getByRole('button', { name: 'Delete', exact: true }).click();
  await expectEventually(() => app.stored(KEYS.docPrefix + keep), null);
  const list = await app.assessmentList();
  assert.deepEqual(list.map((e) => [e.name, e.progress, e.current]), [['Untitled assessment', '0 of 58 answered', true]]);
  await expectEventually(async () => (await app.storedDoc(list[0].id))?.format, 'x1060-assessment');
  assert.deepEqual(app.errors, []);
});

test('a damaged assessment next to a good one: the good one opens, the damaged one is listed as damaged and its kept data downloads byte for byte', async (t) => {
  const app = await env.open(t, { timezoneId: 'UTC' });
  const good = doc({ name: 'Good one', services: { 'A-1': { need: 'needed', delivery: 'in_house', current: 3 } } });
  // Cut off in the middle of a note, as an interrupted write leaves it.
  const damaged = '{"format":"x1060-assessment","schema":1,"revision":7,"name":"Damaged one","catalogue":{"id":"x1060-builtin","version":"2026.11"},'
    + '"services":{"B-1":{"need":"needed","note":"監視は途中で';
  await app.seed({
    [KEYS.index]: index('bad01', [['good01', 'Good one'], ['bad01', 'Damaged one']]),
    [`${KEYS.docPrefix}good01`]: good,
    [`${KEYS.docPrefix}bad01`]: damaged,
  });

  assert.equal(await app.openName(), 'Good one');
  assert.deepEqual(await app.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 3 });
  const notice = app.notice('corrupt');
  const backupKey = await notice.locator('code').textContent();
  assert.match(backupKey, /^x1060\/backup\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\/a\/bad01$/);
  assert.match(await notice.textContent(), /could not be read\. It was kept, unchanged, as a backup/);
  assert.equal(await app.stored(backupKey), damaged);
  assert.equal(await app.stored(`${KEYS.docPrefix}bad01`), null, 'moved to the backup key');
  assert.equal(await app.stored(`${KEYS.docPrefix}good01`), good, 'the good one is not rewritten');

  const list = await app.assessmentList();
  assert.deepEqual(list.find((e) => e.id === 'bad01'), {
    id: 'bad01', name: 'Damaged one', date: '—', progress: '—', lastChange: '2026-02-01 09:00',
    state: 'Damaged: kept unchanged as a backup', current: false,
  });
  const row = app.assessmentRow('bad01');
  assert.deepEqual(await row.locator('[data-action]').evaluateAll((bs) => bs.map((b) => b.dataset.action)), ['download-kept', 'delete'],
    'a damaged assessment cannot be opened, renamed or copied');
  const kept = await app.takeDownload(row.locator('[data-action="download-kept"]'));
  assert.equal(kept.name, `x1060-backup-${backupKey.slice('x1060/backup/'.length).replace(/[:/]/g, '-')}.json`);
  assert.deepEqual(kept.bytes, Buffer.from(damaged, 'utf8'));
  const fromNotice = await app.takeDownload(notice.getByRole('button', { name: 'Download the damaged data' }));
  assert.deepEqual(fromNotice.bytes, Buffer.from(damaged, 'utf8'));

  // The good one is used as before and the backup outlives its saves.
  await app.answerService('A-2', { need: 'not_needed' });
  await expectEventually(async () => (await app.storedDoc('good01'))?.services['A-2'], { need: 'not_needed' });
  assert.equal(await app.stored(backupKey), damaged);
  assert.deepEqual(app.errors, []);
});

test('an assessment saved by a newer app version stays byte-identical while the user works and reloads, and is listed as read-only', async (t) => {
  const app = await env.open(t);
  const future = JSON.stringify({
    format: 'x1060-assessment', schema: 3, app_version: '9.0.0', revision: 12, name: 'From the future',
    created: '2027-01-01T00:00:00.000Z', updated: '2027-02-01T00:00:00.000Z', catalogue: BUILTIN,
    services: { 'A-1': { need: 'needed', maturity: { current: 4, evidence_links: ['https://example.org/a'] } } },
  }, null, 1);
  const good = doc({ name: 'Ours', services: { 'D-1': { need: 'needed', delivery: 'outsourced', current: 1 } } });
  const futureKey = `${KEYS.docPrefix}future01`;
  await app.seed({
    [KEYS.index]: index('future01', [['future01', 'From the future'], ['ours01', 'Ours']]),
    [futureKey]: future,
    [`${KEYS.docPrefix}ours01`]: good,
  });

  assert.match(await app.notice('newer-schema').textContent(), /made by a newer version of this app\. It is kept unchanged and is never overwritten/);
  assert.equal(await app.openName(), 'Ours');
  const row = (await app.assessmentList()).find((e) => e.id === 'future01');
  assert.deepEqual([row.name, row.progress, row.state, row.current], ['From the future', '—', 'Made by a newer version of this app: read-only', false]);
  assert.equal(await app.assessmentRow('future01').locator('[data-action="open"]').count(), 0);
  const kept = await app.takeDownload(app.assessmentRow('future01').locator('[data-action="download-kept"]'));
  assert.deepEqual(kept.bytes, Buffer.from(future, 'utf8'));

  // Work: answer, rename, copy, create; then reload and work again.
  await app.answerService('D-1', { current: 2, note: 'after the upgrade test' });
  await app.openAssessments();
  await rowForm(app, 'ours01', 'rename', 'Name of the assessment', 'Ours, renamed', 'Save the name');
  await rowForm(app, 'ours01', 'duplicate', 'Name of the copy', 'Ours, copy', 'Make the copy');
  await app.answerService('E-1', { need: 'not_needed' });
  await expectEventually(async () => (await app.storedAssessment())?.services['E-1'], { need: 'not_needed' });
  assert.equal(await app.stored(futureKey), future);
  await app.reload();
  assert.equal(await app.notice('newer-schema').count(), 1);
  await app.answerService('E-2', { need: 'not_needed' });
  await expectEventually(async () => (await app.storedAssessment())?.services['E-2'], { need: 'not_needed' });
  assert.equal(await app.stored(futureKey), future);
  assert.deepEqual((await app.assessmentList()).map((e) => e.name).sort(), ['From the future', 'Ours, copy', 'Ours, renamed']);
  assert.deepEqual(app.errors, []);
});

/** Storage as an app version with a newer index format left it: one assessment, readable by this version. */
const NEWER_INDEX = {
  [KEYS.index]: index('ours01', [['ours01', 'Ours']], 2),
  [`${KEYS.docPrefix}ours01`]: doc({ name: 'Ours', services: { 'A-1': { need: 'not_needed' } } }),
};

test('an index saved by a newer app version makes the whole library read-only: its assessment is shown, nothing in storage is written, across a reload', async (t) => {
  const app = await env.open(t);
  await app.seed(NEWER_INDEX);
  assert.equal(await app.notice('newer-schema').count(), 1);
  assert.equal(await app.saveStatus.textContent(), 'Not saved: kept on this page only');
  assert.equal(await app.openName(), 'Ours');
  assert.deepEqual(await app.serviceAnswers('A-1'), { need: 'not_needed' });
  assert.deepEqual(JSON.parse((await app.download('json')).text).services, { 'A-1': { need: 'not_needed' } });
  await app.openAssessments();
  assert.equal(await app.main.locator('[data-new-assessment]').count(), 0);
  assert.equal(await app.main.locator('[data-action="delete"]').count(), 0);
  assert.deepEqual(await app.storage(), NEWER_INDEX);
  await app.reload();
  assert.deepEqual(await app.storage(), NEWER_INDEX);
  assert.deepEqual(app.errors, []);
});

// Data of a newer app version is read-only: the checklist's controls are disabled and say why,
// downloads still work, and storage is never written.
test('in a read-only library the checklist cannot be changed, says why, still downloads, and storage stays as it was', async (t) => {
  const app = await env.open(t);
  await app.seed(NEWER_INDEX);
  assert.match(await app.page.locator('[data-read-only]').textContent(), /read-only: it was saved by a newer version/);
  await app.openCategory('B');
  assert.equal(await app.needRadio('B-3', 'not_needed').isDisabled(), true);
  assert.equal(await app.needRadio('B-3', 'needed').isDisabled(), true);
  await app.openOverview();
  assert.equal(await app.profileField('organisation').isDisabled(), true);
  const data = JSON.parse((await app.download('json')).text);
  assert.equal(data.format, 'x1060-assessment');
  await app.openAssessments();
  assert.equal(await app.main.locator('[data-action="rename"]').count(), 0);
  assert.equal(await app.main.locator('[data-new-assessment]').count(), 0);
  assert.deepEqual(await app.storage(), NEWER_INDEX);
  assert.deepEqual(app.errors, []);
});

test('the strip shows when the assessment was last downloaded, and a reminder after 20 answer changes that a download clears', async (t) => {
  const app = await env.open(t, CLOCK);
  const status = app.page.locator('[data-backup-status]');
  const reminder = app.page.locator('[data-backup-reminder]');
  assert.equal(await status.textContent(), 'Not downloaded yet');
  await expectEventually(() => app.saveStatus.textContent(), 'Saved in this browser at 08:30');

  await app.download('json');
  assert.equal(await status.textContent(), 'Last downloaded: 2026-04-01 08:30');
  await app.reload();
  assert.equal(await status.textContent(), 'Last downloaded: 2026-04-01 08:30', 'remembered across a reload');

  // 19 answer changes: no reminder yet. Text fields do not count as answer changes.
  const ids = Array.from({ length: 13 }, (_, i) => `A-${i + 1}`);
  for (const id of ids) await app.answerService(id, { need: 'needed' });
  for (const id of ids.slice(0, 6)) await app.answerService(id, { delivery: 'in_house' });
  await app.answerService('A-1', { note: 'a note is not an answer change' });
  assert.equal(await reminder.count(), 0);
  await app.answerService('A-7', { delivery: 'outsourced' });
  assert.match(await reminder.textContent(), /You have changed many answers since your last download/);

  // A spreadsheet cannot restore the assessment: it does not count as a backup.
  await app.download('csv');
  assert.equal(await reminder.count(), 1);
  await app.download('html');
  assert.equal(await reminder.count(), 0);
  assert.equal(await status.textContent(), 'Last downloaded: 2026-04-01 08:30');
  await expectEventually(async () => (await app.storedAssessment())?.services['A-7'], { need: 'needed', delivery: 'outsourced' });

  // The date is kept per assessment: a new one has not been downloaded.
  await app.openAssessments();
  await app.main.locator('[data-new-assessment]').getByRole('button', { name: 'Create and open' }).click();
  assert.equal(await status.textContent(), 'Not downloaded yet');
  assert.deepEqual(app.errors, []);
});

test('a reload right after the last key of a long note keeps the whole note', async (t) => {
  const app = await env.open(t);
  await app.answerService('F-3', { need: 'needed', delivery: 'in_house', current: 2 });
  await app.service('F-3').getByText('Target, priority, owner, evidence and note', { exact: true }).click();
  const note = 'Checked with the SOC lead on 2026-03-30: playbooks cover phishing, ransomware and DDoS; '
    + 'the insider-threat playbook is still a draft (owner: 田中). Next review in Q3.';
  await app.field('F-3', 'note').focus();
  await app.page.keyboard.type(note);
  // No wait at all: the page is reloaded as soon as the last key is handled.
  await app.reload();
  assert.equal((await app.storedAssessment()).services['F-3'].note, note);
  assert.deepEqual(await app.serviceAnswers('F-3'), { need: 'needed', delivery: 'in_house', current: 2, note });
  assert.deepEqual(app.errors, []);
});
