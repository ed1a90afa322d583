// The two downloads: assessment data (JSON) and the summary report (HTML), their names and content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';
import { validate } from './lib/json-schema.mjs';

const env = useBrowser();

// 23:30 UTC on 31 March is 08:30 on 1 April in Tokyo: a file named with the UTC date would be wrong.
const CLOCK = { timezoneId: 'Asia/Tokyo', fixedTime: new Date('2026-03-31T23:30:00Z') };
const NOW_ISO = '2026-03-31T23:30:00.000Z';

const PROFILE = {
  organisation: 'Example Telecom', sector: 'Telecommunications', size: '1200',
  country: 'Japan', assessor: 'A. Tanaka', date: '2026-03-30',
};
const ANSWERS = {
  'A-1': { need: 'needed', delivery: 'in_house', current: 2, target: 4, priority: 'high', owner: 'CISO', evidence: 'Risk register v3', note: 'Reviewed yearly\nSecond line' },
  'A-2': { need: 'not_needed', reason: 'Covered by the group risk office' },
  'D-3': { need: 'needed', delivery: 'shared', current: 1, target: 3, priority: 'medium', owner: 'SOC lead' },
  'F-5': { need: 'needed', delivery: 'outsourced' },
  'H-1': { need: 'needed', delivery: 'not_yet', current: 0, evidence: 'None yet' },
};

async function fillIn(app) {
  await app.fillProfile(PROFILE);
  for (const [id, a] of Object.entries(ANSWERS)) await app.answerService(id, a);
}

test('the JSON download is named with the local date and holds every answer, field by field, in the documented format', async (t) => {
  const app = await env.open(t, CLOCK);
  await fillIn(app);

  const file = await app.download('json');
  assert.equal(file.name, 'x1060-assessment-2026-04-01.json');
  const data = JSON.parse(file.text);
  const schema = JSON.parse(await fs.readFile(`${ROOT}/docs/assessment.schema.json`, 'utf8'));
  assert.deepEqual(validate(schema, data), []);
  assert.equal(data.format, 'x1060-assessment');
  assert.equal(data.schema, 2);
  // The stable identifier given at creation: the assessment's id in storage.
  assert.equal(data.uid, await app.currentId());
  assert.deepEqual(data.catalogue, { id: 'x1060-builtin', version: '2026.12' });
  assert.equal(data.created, NOW_ISO);
  assert.equal(data.updated, NOW_ISO);
  assert.equal('revision' in data, false, 'a download carries no storage revision');
  assert.deepEqual(data.profile, PROFILE);
  assert.deepEqual(Object.keys(data.services), Object.keys(ANSWERS));
  for (const [id, a] of Object.entries(ANSWERS)) assert.deepEqual(data.services[id], a, `service ${id}`);
  assert.deepEqual(app.errors, []);
});

test('the HTML summary holds the profile, the progress, every service row with notes and evidence, and the same data as the JSON download', async (t) => {
  const app = await env.open(t, CLOCK);
  await fillIn(app);

  const html = await app.download('html');
  const json = await app.download('json');
  assert.equal(html.name, 'x1060-summary-2026-04-01.html');
  assert.doesNotMatch(html.text, /\s(src|href)=/, 'the report refers to no other file');

  const report = await app.openSummary(html.text);
  assert.equal(await report.lang(), 'en');
  assert.equal(await report.generated(), 'Generated: 2026-04-01 08:30');
  assert.deepEqual(await report.profile(), {
    'Organisation name': 'Example Telecom', Sector: 'Telecommunications', 'Size (staff)': '1200',
    Country: 'Japan', Assessor: 'A. Tanaka', 'Assessment date': '2026-03-30',
  });
  assert.equal(await report.overallProgress(), '4 of 58 services answered (6%)');
  const a = await report.row('data-category', 'A');
  assert.deepEqual([a.Services, a.Needed, a['Not needed'], a['Not answered']], ['13', '1', '1', '11']);
  const d = await report.row('data-category', 'D');
  assert.deepEqual([d.Services, d.Needed, d['Not needed'], d['Not answered']], ['7', '1', '0', '6']);

  assert.deepEqual(await report.row('data-service-id', 'A-1'), {
    Id: 'A-1', Service: 'Risk management', Needed: 'Needed', 'Who delivers it?': 'In-house',
    'Current level': '2 Repeatable', 'Target level': '4 Managed', Priority: 'High',
    Owner: 'CISO', Evidence: 'Risk register v3', Note: 'Reviewed yearly\nSecond line',
  });
  const a2 = await report.row('data-service-id', 'A-2');
  assert.equal(a2.Needed, 'Not needed\nCovered by the group risk office');
  const h1 = await report.row('data-service-id', 'H-1');
  assert.deepEqual([h1['Who delivers it?'], h1['Current level'], h1.Evidence], ['Not delivered yet', '0 Not performed', 'None yet']);
  const b1 = await report.row('data-service-id', 'B-1');
  assert.deepEqual([b1.Needed, b1['Current level'], b1.Note], ['Not answered', '—', '']);

  assert.deepEqual(await report.embedded(), JSON.parse(json.text));
  assert.deepEqual([report.dialogs, report.errors, app.errors], [[], [], []]);
});

test('the HTML summary is written in the interface language chosen', async (t) => {
  const app = await env.open(t, CLOCK);
  await app.answerService('A-1', ANSWERS['A-1']);
  await app.setLanguage('ja');

  const html = await app.download('html');
  assert.equal(html.name, 'x1060-summary-2026-04-01.html');
  const report = await app.openSummary(html.text);
  assert.equal(await report.lang(), 'ja');
  assert.equal(await report.page.title(), 'X.1060 CDC 自己評価：概要');
  assert.equal(await report.overallProgress(), '58 サービス中 1 件回答済み（1%）');
  const row = await report.row('data-service-id', 'A-1');
  assert.deepEqual(
    [row['サービス'], row['誰が提供していますか？'], row['現在のレベル'], row['目標レベル'], row['優先度'], row['メモ']],
    ['リスクマネジメント', '内製', '2 反復可能', '4 管理された', '高', 'Reviewed yearly\nSecond line'],
  );
  assert.deepEqual([report.dialogs, report.errors, app.errors], [[], [], []]);
});

test('hostile text in notes and evidence is escaped in the summary and kept exactly in the data', async (t) => {
  const app = await env.open(t, CLOCK);
  const note = '</script><img src=x onerror=alert(1)>';
  const evidence = '<b>bold</b> & "quoted" \'single\' <!-- comment';
  await app.answerService('C-1', { need: 'needed', delivery: 'in_house', current: 1, note, evidence });
  await app.answerService('C-2', { need: 'not_needed', reason: '<script>alert(2)</script>' });

  const html = await app.download('html');
  const json = await app.download('json');
  assert.equal(html.text.includes(note), false, 'the note is not in the report as markup');
  assert.ok(html.text.includes('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'), 'the note is escaped in the table');
  assert.ok(html.text.includes('\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e'), 'the note is escaped in the embedded data');
  assert.equal(html.text.match(/<\/script>/g).length, 1, 'only the embedded data block closes a script');

  const report = await app.openSummary(html.text);
  assert.equal(await report.count('img'), 0);
  assert.equal(await report.count('b'), 0);
  assert.equal(await report.count('script'), 1);
  const row = await report.row('data-service-id', 'C-1');
  assert.deepEqual([row.Note, row.Evidence], [note, evidence]);
  assert.equal((await report.row('data-service-id', 'C-2')).Needed, 'Not needed\n<script>alert(2)</script>');
  const embedded = await report.embedded();
  assert.deepEqual([embedded.services['C-1'].note, embedded.services['C-1'].evidence], [note, evidence]);
  assert.deepEqual(embedded, JSON.parse(json.text));
  assert.deepEqual(await app.serviceAnswers('C-1'), { need: 'needed', delivery: 'in_house', current: 1, note, evidence });
  assert.equal(await app.page.locator('img').count(), 0, 'no markup from a note reaches the app either');
  assert.deepEqual([report.dialogs, report.errors, app.errors], [[], [], []]);
});

test('both file names carry today\'s date in the browser\'s time zone (real clock)', async (t) => {
  // UTC+14: for most of each UTC day the local date differs from the UTC date.
  const timeZone = 'Pacific/Kiritimati';
  const app = await env.open(t, { timezoneId: timeZone });
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  const before = today();
  const json = await app.download('json');
  const html = await app.download('html');
  const dates = new Set([before, today()]); // two values only if local midnight passed meanwhile
  assert.ok(dates.has(json.name.replace(/^x1060-assessment-(.*)\.json$/, '$1')), `${json.name} vs ${[...dates]}`);
  assert.ok(dates.has(html.name.replace(/^x1060-summary-(.*)\.html$/, '$1')), `${html.name} vs ${[...dates]}`);
  assert.deepEqual(app.errors, []);
});
