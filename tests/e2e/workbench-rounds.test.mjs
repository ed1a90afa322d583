// The coordinator workbench, rounds and "you are here" (issue 15, docs/workbench.md): ten
// organisations this round (schema 2, each with a uid) and ten last round (eight with the same
// uid, two written before schema 2 without one, their names spelt another way). Matching by uid,
// then by name once the coordinator agrees; the change counted by hand; grouping by round; the
// changes CSV; the "you are here" report holds one organisation's name and no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectEventually } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';
import { expectNoViolations } from './lib/a11y.mjs';

const env = useBrowser();
const pad = (n) => String(n).padStart(2, '0');

/** Organisation `i` in a round: A-1 needed in-house at `level`; A-2 not needed. */
function org(i, { level, uid, name, year }) {
  const file = {
    format: 'x1060-assessment', schema: uid ? 2 : 1,
    created: `${year}-10-${pad(1 + i)}T09:00:00.000Z`, updated: `${year}-11-${pad(1 + i)}T09:00:00.000Z`,
    catalogue: { id: 'x1060-builtin', version: '2026.11' },
    profile: { organisation: name ?? `Org ${pad(i)}`, assessor: `Assessor ${pad(i)}` },
    services: {
      'A-1': { need: 'needed', delivery: 'in_house', current: level, target: 5, note: `Secret note ${pad(i)}` },
      'A-2': { need: 'not_needed' },
    },
  };
  if (uid) file.uid = uid;
  return file;
}

const json = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) });
const thisRound = () => Array.from({ length: 10 }, (_, i) => json(`org-${pad(i)}.json`, org(i, { level: 3, uid: `u-${i}`, year: 2026 })));
const lastRound = () => Array.from({ length: 10 }, (_, i) => json(`last-${pad(i)}.json`,
  i < 8 ? org(i, { level: 2, uid: `u-${i}`, year: 2025 }) : org(i, { level: 2, name: ` ORG  ${pad(i)} `, year: 2025 })));

const workbench = (app) => app.main.locator('[data-view="workbench"]');

test('two rounds: matched by uid, by name when agreed; change counted by hand; group by round; "you are here"', async (t) => {
  const app = await env.open(t);
  const requests = [];
  app.page.on('request', (r) => requests.push(r.url()));
  await app.page.locator('[data-nav="workbench"]').click();
  await workbench(app).waitFor();
  await workbench(app).locator('[data-file-pick="workbench"] [data-wb-files]').setInputFiles(thisRound());
  await expectEventually(() => workbench(app).locator('[data-wb-counted]').getAttribute('data-wb-counted'), '10');
  const last = workbench(app).locator('[data-round="last"]');
  await last.locator('summary').click();
  await last.locator('[data-file-pick="workbench-last"] [data-wb-files]').setInputFiles(lastRound());
  await expectEventually(() => last.locator('[data-wb-last-counted]').getAttribute('data-wb-last-counted'), '10');

  // By uid only: 8 in both rounds; 2 of each round not matched (fewer than 5: hidden).
  const changes = workbench(app).locator('[data-wb-changes]');
  const match = (key) => changes.locator(`[data-wb-match="${key}"]`).textContent();
  await expectEventually(() => match('matched'), '8');
  assert.equal(await match('by-uid'), '8');
  assert.equal(await match('this-unmatched'), '<5');
  await expectNoViolations(app.page, 'workbench with two rounds');
  // The coordinator agrees to names: " ORG  08 " is "Org 08".
  await changes.locator('[data-wb-by-name]').check();
  await expectEventually(() => match('matched'), '10');
  assert.equal(await match('by-name'), '<5');

  // Changes CSV: A-1 went up from 2 to 3 for all ten.
  const take = (key) => app.takeDownload(workbench(app).locator(`[data-export="${key}"]`));
  const csv = await take('changes-csv');
  assert.match(csv.name, /^x1060-aggregate-changes-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  const head = lines[0].split(',');
  const a1 = lines.find((l) => l.startsWith('service,10,A,A-1,')).split(',');
  const col = (name) => a1[head.indexOf(name)];
  assert.deepEqual([col('before_2'), col('after_3'), col('up'), col('same'), col('down'), col('delivery_same')], ['10', '10', '10', '0', '0', '10']);
  const data = JSON.parse((await take('json')).text);
  assert.equal(data.schema, 2);
  assert.equal(data.changes.matched, 10);
  const report = await take('html');
  assert.match(report.text, /data-changes/);

  // Group by round: the last round, then this one.
  await workbench(app).locator('[data-wb-group]').selectOption('round');
  await expectEventually(() => workbench(app).locator('[data-wb-picture] [data-group]').evaluateAll((els) => els.map((e) => e.dataset.group).join(' ')), 'last this');
  assert.equal(await workbench(app).locator('[data-wb-picture]').getAttribute('data-group-by'), 'round');

  // "You are here" for org 04.
  await workbench(app).locator('[data-wb-yah-file]').selectOption({ label: 'org-04.json' });
  const yah = await app.takeDownload(workbench(app).locator('[data-wb-yah-download]'));
  assert.match(yah.name, /^x1060-you-are-here-\d{4}-\d{2}-\d{2}\.html$/);
  assert.ok(yah.text.includes('Org 04'));
  for (let i = 0; i < 10; i++) if (i !== 4) assert.ok(!yah.text.includes(`Org ${pad(i)}`), `org ${i} in the report of org 4`);
  for (const s of ['Assessor', 'Secret note', 'u-4', '<script']) assert.ok(!yah.text.includes(s), `"${s}" in the report`);
  assert.match(yah.text, /data-you=""/);

  const origin = new URL(app.baseUrl).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')), []);
  assert.deepEqual(app.errors, []);
});

test('a whole folder: "Choose a folder" reads its .json and .html files, sorted by path, and lists the rest as left aside', async (t) => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x1060-wb-folder-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'sub'));
  const files = thisRound();
  for (const [i, f] of files.slice(0, 6).entries()) fs.writeFileSync(path.join(dir, i < 3 ? '' : 'sub', f.name), f.buffer);
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an assessment');
  fs.writeFileSync(path.join(dir, 'sub', 'logo.png'), 'not an image either');
  const app = await env.open(t);
  await app.page.locator('[data-nav="workbench"]').click();
  await workbench(app).waitFor();
  await workbench(app).locator('[data-file-pick="workbench"] [data-wb-folder]').setInputFiles(dir);
  await expectEventually(() => workbench(app).locator('[data-wb-counted]').getAttribute('data-wb-counted'), '6');
  const names = await workbench(app).locator('[data-file-row] .x1060-wb-file').allTextContents();
  assert.equal(names.length, 6);
  assert.ok(names.every((n) => /org-0\d\.json$/.test(n)), names.join(' '));
  const skipped = workbench(app).locator('[data-file-pick="workbench"] [data-wb-skipped]');
  assert.equal(await skipped.getAttribute('data-wb-skipped'), '2');
  assert.match(await skipped.textContent(), /notes\.txt/);
  assert.match(await skipped.textContent(), /logo\.png/);
  assert.deepEqual(app.errors, []);
});
