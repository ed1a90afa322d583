// The coordinator workbench (issue 15, docs/workbench.md): about forty returned files made here,
// half picked and half dropped; the intake rows and their reason codes; counts of the picture
// worked out by hand; k never below 3; grouping; leaving a file out; the four exports; no request
// leaves the page and the user's own storage is untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectEventually, DELIVERY } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';
import { expectNoViolations } from './lib/a11y.mjs';
import { BUILTIN_VERSION } from './lib/returned.mjs';

const env = useBrowser();
const pad = (n) => String(n).padStart(2, '0');

/**
 * Organisation `i`: sector Energy (0-19), Finance (20-26), Health (27-29). A-1 needed, delivery by
 * i % 4, current i % 6, target min(current + 2, 5); A-2 not needed (0-9), needed in-house 3 -> 3
 * (10-24), no answer (25-29). Org 5 leaves a level on A-4, marked not needed (a flag).
 */
function org(i) {
  const current = i % 6;
  const services = {
    'A-1': { need: 'needed', delivery: DELIVERY[i % 4], current, target: Math.min(current + 2, 5), owner: `Owner ${pad(i)}`, note: `Secret note ${pad(i)}` },
  };
  if (i < 10) services['A-2'] = { need: 'not_needed', reason: `Reason ${pad(i)}` };
  else if (i < 25) services['A-2'] = { need: 'needed', delivery: 'in_house', current: 3, target: 3 };
  if (i === 5) services['A-4'] = { need: 'not_needed', current: 2 };
  return {
    format: 'x1060-assessment', schema: 1,
    created: `2026-10-${pad(1 + (i % 28))}T09:00:00.000Z`, updated: `2026-11-${pad(1 + (i % 28))}T09:00:00.000Z`,
    catalogue: { id: 'x1060-builtin', version: BUILTIN_VERSION },
    profile: { organisation: `Org ${pad(i)}`, assessor: `Assessor ${pad(i)}`, sector: i < 20 ? 'Energy' : i < 27 ? 'Finance' : 'Health' },
    services,
  };
}

const json = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) });

/** 40 files and the reason codes expected on each row. */
function corpus() {
  const files = [];
  const codes = [];
  for (let i = 0; i < 30; i++) {
    files.push(json(`org-${pad(i)}.json`, org(i)));
    codes.push(i === 5 ? 'level-on-not-needed' : i === 6 ? 'older-copy' : '');
  }
  const add = (file, code) => { files.push(file); codes.push(code); };
  add(json('org-03-again.json', org(3)), 'same-content');
  add(json('org-03-third.json', org(3)), 'same-content');
  const later = org(6);
  later.updated = '2026-12-01T09:00:00.000Z';
  later.services['A-1'] = { ...later.services['A-1'], current: 5, target: 5 };
  add(json('org-06-corrected.json', later), '');
  add(json('national.json', { ...org(40), catalogue: { id: 'national-cdc', version: '1' } }), 'other-catalogue');
  add(json('old.json', { ...org(41), catalogue: { id: 'x1060-builtin', version: '2025.01' } }), 'other-catalogue-version');
  add({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello, not an assessment') }, 'unreadable');
  add({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "x1060-assessment",') }, 'unreadable');
  add({ name: 'binary.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0xff, 0xfe, 0x00]) }, 'unreadable');
  const bad = org(42);
  bad.services['A-1'].current = 9;
  add(json('bad-level.json', bad), 'invalid-data');
  add(json('empty.json', { ...org(43), services: {} }), 'no-answers');
  return { files, codes };
}

const workbench = (app) => app.main.locator('[data-view="workbench"]');
const picture = (app) => workbench(app).locator('[data-wb-picture]');

async function openWorkbench(app) {
  await app.page.locator('[data-nav="workbench"]').click();
  await workbench(app).waitFor();
}

/** Picks the first `split` files and drops the rest on the drop zone. */
async function give(app, files, split) {
  await workbench(app).locator('[data-file-pick="workbench"] [data-wb-files]').setInputFiles(files.slice(0, split));
  await workbench(app).locator('[data-file-row]').nth(split - 1).waitFor();
  const dropped = files.slice(split).map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] }));
  const dt = await app.page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, dropped);
  await workbench(app).locator('[data-file-pick="workbench"]').dispatchEvent('drop', { dataTransfer: dt });
  await workbench(app).locator('[data-file-row]').nth(files.length - 1).waitFor();
}

const cells = (row) => row.locator('td').evaluateAll((tds) => tds.map((td) => td.textContent.trim()));
const SECRETS = ['Org ', 'Assessor', 'Owner', 'Secret note', 'Reason 0', 'org-0'];

test('forty returned files: intake, the picture counted by hand, groups, k, leaving out, exports, nothing sent', async (t) => {
  const app = await env.open(t);
  const requests = [];
  app.page.on('request', (r) => requests.push(r.url()));
  const storageBefore = await app.storage();
  await openWorkbench(app);
  const { files, codes } = corpus();
  assert.equal(files.length, 40);
  await give(app, files, 20);

  // Intake: one row per file, in order, with its reason codes.
  const rows = await workbench(app).locator('[data-file-row]').evaluateAll((trs) => trs.map((tr) => [tr.dataset.codes, tr.dataset.status]));
  assert.deepEqual(rows.map(([c]) => c), codes);
  assert.equal(rows.filter(([, s]) => s === 'counted').length, 30);
  assert.equal(await workbench(app).locator('[data-wb-counted]').getAttribute('data-wb-counted'), '30');
  // Duplicates name the other file; refused files keep the importer's explanation.
  assert.equal(await workbench(app).locator('[data-file-row="30"] [data-other]').getAttribute('data-other'), '3');
  assert.equal(await workbench(app).locator('[data-file-row="6"] [data-other]').getAttribute('data-other'), '32');
  assert.match(await workbench(app).locator('[data-file-row="38"] .x1060-wb-detail').textContent(), /current/);

  // The picture, k = 5, all organisations. A-1 current levels 4, 5, 5, 5, 5, 6: the 4 is hidden,
  // and the smallest other part with it. Missing: 7 not delivered yet, 4 at level 0.
  assert.equal(await picture(app).locator('[data-wb-organisations]').getAttribute('data-wb-organisations'), '30');
  const a1 = picture(app).locator('tr[data-service="A-1"]');
  assert.deepEqual(await cells(a1.nth(0)), ['11'], 'first in "most often missing"');
  assert.deepEqual(await cells(a1.nth(1)), ['30', '0', '0', '<5', '<5', '5', '5', '5', '6', '30', '11']);
  assert.deepEqual(await cells(picture(app).locator('tr[data-service="A-2"]').nth(0)),
    ['15', '10', '5', '0', '0', '0', '15', '0', '0', '15', '0']);
  // the level left on a service marked not needed counts nowhere, and not as 0.
  assert.deepEqual((await cells(picture(app).locator('tr[data-service="A-4"]').nth(0))).slice(0, 3), ['0', '<5', '29']);
  // Bars per category, box plots per category, the heat map.
  assert.equal(await picture(app).locator('svg.x1060-chart').count(), 3);
  await expectNoViolations(app.page, 'workbench with forty files');

  // Group by sector: Energy 20, Finance 7; Health (3) is below k and not shown.
  await workbench(app).locator('[data-wb-group]').selectOption('sector');
  await expectEventually(() => picture(app).locator('[data-group]').evaluateAll((g) => g.map((e) => e.dataset.group)), ['Energy', 'Finance']);
  assert.equal(await picture(app).locator('[data-wb-hidden-groups]').getAttribute('data-wb-hidden-groups'), '1');

  // k below 3 becomes 3: Health appears.
  await workbench(app).locator('[data-wb-k]').fill('2');
  await workbench(app).locator('[data-wb-k]').dispatchEvent('change');
  await expectEventually(() => picture(app).getAttribute('data-k'), '3');
  await expectEventually(() => picture(app).locator('[data-group]').evaluateAll((g) => g.map((e) => e.dataset.group)), ['Energy', 'Finance', 'Health']);

  // Back to all, k = 5; leave org 0 out.
  await workbench(app).locator('[data-wb-group]').selectOption('all');
  await workbench(app).locator('[data-wb-k]').fill('5');
  await workbench(app).locator('[data-wb-k]').dispatchEvent('change');
  await workbench(app).locator('[data-leave-out="0"]').check();
  await expectEventually(() => picture(app).locator('[data-wb-organisations]').getAttribute('data-wb-organisations'), '29');
  assert.equal(await workbench(app).locator('[data-file-row="0"]').getAttribute('data-status'), 'left-out');
  await workbench(app).locator('[data-leave-out="0"]').uncheck();
  await expectEventually(() => picture(app).locator('[data-wb-organisations]').getAttribute('data-wb-organisations'), '30');

  // Exports.
  const take = (key) => app.takeDownload(workbench(app).locator(`[data-export="${key}"]`));
  const services = await take('services-csv');
  assert.match(services.name, /^x1060-aggregate-services-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = services.text.replace(/^\uFEFF/, '').split('\r\n');
  const head = lines[0].split(',');
  const a1Row = lines.find((l) => l.split(',')[4] === 'A-1').split(',');
  const col = (name) => a1Row[head.indexOf(name)];
  assert.deepEqual([col('needed'), col('current_0'), col('current_5'), col('in_house'), col('not_yet'), col('missing')], ['30', '<5', '6', '8', '7', '11']);
  const categories = await take('categories-csv');
  assert.match(categories.text, /^\uFEFFgroup_by,group,organisations,category,organisations_needing,/);
  const data = JSON.parse((await take('json')).text);
  assert.equal(data.format, 'x1060-aggregate');
  assert.equal(data.organisations, 30);
  assert.equal(data.groups[0].services[0].figures.current.parts[0], null);
  const report = await take('html');
  assert.match(report.name, /^x1060-aggregate-\d{4}-\d{2}-\d{2}\.html$/);
  assert.match(report.text, /<script type="application\/json" id="x1060-aggregate">/);
  for (const file of [services, categories, report]) {
    for (const s of SECRETS) assert.ok(!file.text.includes(s), `${file.name} holds "${s}"`);
  }

  // Nothing left the page, and the user's own assessments were neither read into nor changed.
  const origin = new URL(app.baseUrl).origin;
  const away = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(away, []);
  assert.deepEqual(await app.storage(), storageBefore);
  assert.deepEqual(app.errors, []);
});

test('the workbench is a part: fetched when first opened, not in the first screen', async (t) => {
  const app = await env.open(t, {
    initScript: () => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  });
  const fetched = () => app.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('split_workbench')));
  await app.page.waitForTimeout(1500);
  assert.deepEqual(await fetched(), []);
  await openWorkbench(app);
  assert.equal((await fetched()).length, 1);
  assert.deepEqual(app.errors, []);
});

test('many files: the intake lists the first 200 and counts every file; "List every file" lists the rest', async (t) => {
  const app = await env.open(t);
  await openWorkbench(app);
  const files = Array.from({ length: 230 }, (_, i) => json(`many-${i}.json`, org(i % 30 === 6 ? 7 : i % 30)));
  files.forEach((f, i) => {
    const value = JSON.parse(f.buffer.toString());
    value.profile.organisation = `Many ${i}`;
    f.buffer = Buffer.from(JSON.stringify(value));
  });
  await workbench(app).locator('[data-file-pick="workbench"] [data-wb-files]').setInputFiles(files);
  const shown = workbench(app).locator('[data-wb-rows-shown]');
  await shown.waitFor();
  assert.equal(await workbench(app).locator('[data-file-row]').count(), 200);
  assert.equal(await shown.getAttribute('data-wb-rows-shown'), '200');
  assert.match(await shown.textContent(), /Files listed: 200 of 230\. The figures count every file\./);
  assert.equal(await workbench(app).locator('[data-wb-counted]').getAttribute('data-wb-counted'), '230');
  await shown.getByRole('button', { name: 'List every file' }).click();
  await workbench(app).locator('[data-file-row="229"]').waitFor();
  assert.equal(await workbench(app).locator('[data-file-row]').count(), 230);
  assert.equal(await shown.count(), 0);
  assert.deepEqual(app.errors, []);
});
