// Bad saved data and storage that fails: nothing the user entered is lost, the app says what
// happened, and it stays usable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectEventually, KEYS } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser();

/** Replaces every storage write with one that fails as a full storage does. Runs in the page. */
function fullStorage() {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** Makes window.localStorage throw as a browser that blocks storage does. Runs in the page. */
function blockedStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
}

test('saved data that does not decode is kept under a backup key, reported, and the app starts clean and saves anew', async (t) => {
  const app = await env.open(t);
  // Cut off in the middle of a note, as an interrupted write leaves it.
  const damaged = '{"format":"x1060-assessment","schema":1,"catalogue":{"id":"x1060-builtin","version":"2026.11"},'
    + '"profile":{"organisation":"東京テレコム"},"services":{"A-1":{"need":"needed","note":"途中で';
  await app.setStored(KEYS.legacy, damaged);
  await app.reload();

  const notice = app.notice('corrupt');
  assert.match(await notice.textContent(), /Saved data in this browser could not be read\. It was kept, unchanged, as a backup/);
  const backups = Object.entries(await app.storage()).filter(([k]) => k.startsWith(KEYS.backupPrefix));
  assert.equal(backups.length, 1);
  const [backupKey, backupText] = backups[0];
  assert.match(backupKey, /^x1060\/backup\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\/assessment$/);
  assert.equal(backupText, damaged);
  assert.equal(await notice.locator('code').textContent(), backupKey, 'the notice names the backup key');
  const damagedFile = await app.takeDownload(notice.getByRole('button', { name: 'Download the damaged data' }));
  assert.match(damagedFile.name, /^x1060-damaged-data-\d{4}-\d\d-\d\d\.txt$/);
  assert.equal(damagedFile.text, damaged);

  // A clean start that works and saves.
  assert.equal(await app.profileField('organisation').inputValue(), '');
  assert.deepEqual(await app.overallProgress(), { answered: 0, total: 58, text: '0 of 58 services answered' });
  await app.answerService('B-1', { need: 'needed', delivery: 'outsourced', current: 3 });
  await expectEventually(async () => (await app.storedAssessment())?.services, { 'B-1': { need: 'needed', delivery: 'outsourced', current: 3 } });
  assert.equal(await app.stored(backupKey), damaged, 'the backup outlives the new save');

  await app.reload();
  assert.equal(await app.notice('corrupt').count(), 0);
  assert.deepEqual(await app.serviceAnswers('B-1'), { need: 'needed', delivery: 'outsourced', current: 3 });
  assert.equal(await app.stored(backupKey), damaged);
  assert.deepEqual(app.errors, []);
});

test('storage that throws on access leaves the app fully usable in memory, with a notice', async (t) => {
  const app = await env.open(t, { initScript: blockedStorage });

  assert.match(await app.notice('storage-unavailable').textContent(), /^This browser does not let the app save here/);
  assert.equal(await app.saveStatus.textContent(), 'Not saved: kept on this page only');
  await app.fillProfile({ organisation: 'Private Window Ltd' });
  await app.answerService('A-4', { need: 'needed', delivery: 'shared', current: 4, note: 'only in memory' });
  await app.answerService('G-2', { need: 'not_needed', reason: 'cloud provider' });
  assert.deepEqual(await app.overallProgress(), { answered: 2, total: 58, text: '2 of 58 services answered' });
  await app.setLanguage('ja');
  assert.deepEqual(await app.serviceAnswers('A-4'), { need: 'needed', delivery: 'shared', current: 4, note: 'only in memory' });

  const file = await app.download('json');
  const data = JSON.parse(file.text);
  assert.equal(data.profile.organisation, 'Private Window Ltd');
  assert.deepEqual(data.services, {
    'A-4': { need: 'needed', delivery: 'shared', current: 4, note: 'only in memory' },
    'G-2': { need: 'not_needed', reason: 'cloud provider' },
  });
  assert.equal(await app.notice('storage-unavailable').count(), 1);
  assert.deepEqual(app.errors, []);
});

test('storage that is full when the app starts: the saved answers load, a failed write is reported, the saved copy stays intact', async (t) => {
  const app = await env.open(t);
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2 });
  await expectEventually(async () => (await app.storedAssessment())?.services, { 'A-1': { need: 'needed', delivery: 'in_house', current: 2 } });
  const savedKey = await app.currentKey();
  const savedCopy = await app.stored(savedKey);

  await app.page.context().addInitScript(fullStorage);
  await app.reload();
  assert.equal(await app.notice('storage-unavailable').count(), 0, 'a full storage can still be read');
  assert.deepEqual(await app.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 2 });

  await app.answerService('B-2', { need: 'not_needed' });
  assert.match(await app.notice('quota').textContent(), /^The browser's storage is full, so your last change was not saved\./);
  assert.equal(await app.saveStatus.textContent(), 'Last change not saved');
  assert.equal(await app.stored(savedKey), savedCopy);
  assert.equal(await app.answered('B-2'), 'true');
  assert.equal(await app.needRadio('B-2', 'not_needed').isChecked(), true);
  assert.deepEqual(app.errors, []);
});

test('storage that fills up while working keeps the previous saved copy and the answer on the page', async (t) => {
  const app = await env.open(t);
  await app.answerService('E-1', { need: 'needed', delivery: 'outsourced', current: 1 });
  await expectEventually(async () => (await app.storedAssessment())?.services, { 'E-1': { need: 'needed', delivery: 'outsourced', current: 1 } });
  const savedKey = await app.currentKey();
  const savedCopy = await app.stored(savedKey);

  await app.page.evaluate(fullStorage);
  await app.answerService('E-1', { current: 2, note: 'after the storage filled up' });
  assert.match(await app.notice('quota').textContent(), /^The browser's storage is full/);
  assert.equal(await app.saveStatus.textContent(), 'Last change not saved');
  assert.equal(await app.stored(savedKey), savedCopy);
  assert.deepEqual(await app.serviceAnswers('E-1'), { need: 'needed', delivery: 'outsourced', current: 2, note: 'after the storage filled up' });
  assert.deepEqual(app.errors, []);
});

test('in memory only, a file to import is offered as a new assessment, never as a replacement it could not back up', async (t) => {
  const app = await env.open(t, { initScript: blockedStorage });
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 1 });
  await app.openAssessments();
  const file = {
    format: 'x1060-assessment', schema: 1, app_version: '0.1.0', name: 'From a file',
    created: '2026-01-10T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z',
    catalogue: { id: 'x1060-builtin', version: '2026.12' }, profile: {},
    services: { 'C-3': { need: 'needed', delivery: 'outsourced', current: 3 } },
  };
  await app.pickImport('file.json', JSON.stringify(file));
  const preview = app.main.locator('[data-import-preview]');
  await preview.waitFor();
  assert.equal(await preview.locator('[data-import="new"]').count(), 1);
  assert.equal(await preview.locator('[data-import="replace"]').count(), 0, 'no Replace where no backup can be made');
  await preview.locator('[data-import="new"]').click();
  const list = await app.assessmentList();
  assert.equal(list.length, 2, 'the file is a second assessment, beside the one in memory');
  assert.deepEqual(list.filter((a) => a.current).map((a) => a.name), ['From a file']);
  assert.deepEqual(app.errors, []);
});

test('a language choice that cannot be saved is reported, like any other write', async (t) => {
  const app = await env.open(t, { initScript: fullStorage });
  // The start's own write already failed and said so: dismiss that, then choose a language.
  const quota = app.notice('quota');
  if (await quota.count()) await quota.getByRole('button').click();
  await quota.waitFor({ state: 'detached' });
  await app.setLanguage('fr');
  await quota.waitFor();
  assert.deepEqual(app.errors, []);
});
