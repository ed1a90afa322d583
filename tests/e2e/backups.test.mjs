// Copies kept from earlier sessions (unreadable data, content before a replace) stay listed and
// downloadable byte for byte at every later start, not only in the notice of the start that made them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEYS } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser();

test('copies kept from earlier sessions are listed and download exactly as kept', async (t) => {
  const app = await env.open(t);
  const damaged = '{"format":"x1060-assessment","schema":1,"services":{"A-1":{"need":"need';
  await app.setStored(KEYS.legacy, damaged);
  await app.reload();
  assert.equal(await app.notice('corrupt').count(), 1);
  // A later start: no notice any more, but the copy is still there to download.
  await app.reload();
  assert.equal(await app.notice('corrupt').count(), 0);
  await app.openAssessments();
  const item = app.main.locator('[data-backups] li');
  assert.equal(await item.count(), 1);
  const key = await item.getAttribute('data-backup-key');
  assert.match(key, /^backup\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\/assessment$/);
  const file = await app.takeDownload(item.getByRole('button', { name: 'Download' }));
  assert.equal(file.text, damaged);
  assert.match(file.name, /^x1060-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-assessment\.json$/);
  assert.equal(await app.stored(`x1060/${key}`), damaged);
  assert.deepEqual(app.errors, []);
});
