// Filling in the assessment: the overview, answers in two languages, saving and restoring,
// progress, the next unanswered service, the level meanings and the "saved" indicator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectEventually, KEYS } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser();

const SERVICES_PER_CATEGORY = { A: 13, B: 4, C: 4, D: 7, E: 7, F: 5, G: 10, H: 3, I: 5 };

test('the overview shows the introduction, the six profile fields and nine categories with progress', async (t) => {
  const app = await env.open(t);

  assert.equal(await app.main.getByRole('heading', { level: 2, name: 'What this is' }).count(), 1);
  for (const field of ['organisation', 'sector', 'size', 'country', 'assessor', 'date']) {
    assert.equal(await app.profileField(field).inputValue(), '', `profile field ${field} starts empty`);
  }
  assert.equal(await app.profileField('date').getAttribute('type'), 'date');
  const ids = await app.main.locator('li[data-category]').evaluateAll((li) => li.map((e) => e.dataset.category));
  assert.deepEqual(ids, Object.keys(SERVICES_PER_CATEGORY));
  for (const [id, total] of Object.entries(SERVICES_PER_CATEGORY)) {
    const p = await app.categoryProgress(id);
    assert.deepEqual([p.answered, p.total], [0, total], `category ${id}`);
    assert.match(p.label, new RegExp(`0 of ${total} answered$`));
  }
  assert.deepEqual(await app.overallProgress(), { answered: 0, total: 58, text: '0 of 58 services answered' });
  assert.deepEqual(app.errors, []);
});

test('answers given in English and in 日本語 across categories are restored after a reload, with profile and language', async (t) => {
  const app = await env.open(t);
  const profile = {
    organisation: 'Example Telecom', sector: 'Telecommunications', size: '1200',
    country: 'Japan', assessor: 'A. Tanaka', date: '2026-11-20',
  };
  const english = {
    'A-1': { need: 'needed', delivery: 'in_house', current: 2, target: 4, priority: 'high', owner: 'CISO', evidence: 'Risk register v3', note: 'Reviewed yearly' },
    'C-2': { need: 'not_needed', reason: 'Done by the national CERT' },
    'E-5': { need: 'needed', delivery: 'not_yet', current: 0, target: 2, priority: 'medium' },
  };
  const japanese = {
    'G-4': { need: 'needed', delivery: 'outsourced', current: 3, target: 5, priority: 'low', owner: '情報システム部', evidence: '監査報告書 2026', note: '年次レビュー済み' },
    'I-2': { need: 'not_needed', reason: '親会社の SOC が対応' },
    'D-7': { need: 'needed', delivery: 'shared', current: 5 },
  };

  await app.fillProfile(profile);
  for (const [id, a] of Object.entries(english)) await app.answerService(id, a);
  await app.setLanguage('ja');
  assert.equal(await app.main.locator('section[data-category="E"]').getByRole('heading', { level: 2 }).textContent(), 'E 診断と評価');
  for (const [id, a] of Object.entries(japanese)) await app.answerService(id, a);

  // Saved at once, before any reload.
  await expectEventually(async () => (await app.storedAssessment())?.services, { ...english, ...japanese }, 'stored services');
  assert.deepEqual((await app.storedAssessment()).profile, profile);
  assert.equal(await app.stored(KEYS.prefs), '{"lang":"ja"}');

  await app.reload();
  assert.equal(await app.lang(), 'ja');
  assert.equal(await app.languageSelect.inputValue(), 'ja');
  assert.equal(await app.page.getByRole('heading', { level: 1 }).textContent(), 'X.1060 サイバーディフェンスセンター自己評価');
  assert.deepEqual(await app.profile(), profile);
  for (const [id, a] of Object.entries({ ...english, ...japanese })) {
    assert.deepEqual(await app.serviceAnswers(id), a, `service ${id} after reload`);
    assert.equal(await app.answered(id), 'true', `service ${id} is marked answered`);
  }
  assert.deepEqual(app.errors, []);
});

test('the chosen current level shows its meaning, in the interface language', async (t) => {
  const app = await env.open(t);
  await app.answerService('B-3', { need: 'needed' });
  assert.equal(await app.levelMeaning('B-3'), null);

  await app.answerService('B-3', { current: 3 });
  assert.equal(await app.levelMeaning('B-3'), 'There is a documented procedure, assigned roles and trained staff.');
  await app.answerService('B-3', { current: 1 });
  assert.equal(await app.levelMeaning('B-3'), 'Done occasionally, without a plan. It depends on individuals. There is no procedure.');
  await app.setLanguage('ja');
  assert.equal(await app.levelMeaning('B-3'), '場当たり的に実施しています。個人に依存しており、手順はありません。');
  assert.deepEqual(app.errors, []);
});

test('progress per category and overall counts only answered services', async (t) => {
  const app = await env.open(t);
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2 });
  await app.answerService('A-2', { need: 'not_needed' });
  await app.answerService('A-3', { need: 'needed', delivery: 'outsourced' }); // no current level: not answered
  await app.answerService('C-4', { need: 'needed', delivery: 'shared', current: 0 });

  assert.equal(await app.answered('A-3'), 'false');
  assert.equal(await app.categoryViewProgress('A'), '2 of 13 answered');
  assert.equal(await app.categoryViewProgress('C'), '1 of 4 answered');
  const a = await app.categoryProgress('A');
  assert.deepEqual([a.answered, a.total], [2, 13]);
  assert.match(a.label, /2 of 13 answered$/);
  const b = await app.categoryProgress('B');
  assert.deepEqual([b.answered, b.total], [0, 4]);
  const c = await app.categoryProgress('C');
  assert.deepEqual([c.answered, c.total], [1, 4]);
  assert.deepEqual(await app.overallProgress(), { answered: 3, total: 58, text: '3 of 58 services answered' });

  await app.setLanguage('ja');
  assert.deepEqual(await app.overallProgress(), { answered: 3, total: 58, text: '58 サービス中 3 件回答済み' });
  assert.equal(await app.categoryViewProgress('A'), '13 件中 2 件回答済み');
  assert.deepEqual(app.errors, []);
});

test('"next unanswered" opens the right category, scrolls to the first unanswered service and focuses it', async (t) => {
  const app = await env.open(t);
  assert.equal(await app.nextUnanswered(), 'A-1');
  assert.equal(await app.shownCategory(), 'A');

  await app.answerService('A-1', { need: 'not_needed' });
  await app.answerService('A-3', { need: 'not_needed' });
  assert.equal(await app.nextUnansweredAfter('A-1'), 'A-2');
  assert.equal(await app.nextUnansweredAfter('A-3'), 'A-4');

  for (let i = 2; i <= 11; i++) await app.answerService(`A-${i}`, { need: 'not_needed' });
  await app.page.evaluate(() => window.scrollTo(0, 0));
  assert.equal(await app.headingInView('A-12'), false, 'A-12 starts below the fold');
  assert.equal(await app.nextUnanswered(), 'A-12');
  assert.equal(await app.headingInView('A-12'), true, 'the focused service is scrolled into view');

  await app.answerService('A-12', { need: 'not_needed' });
  await app.answerService('A-13', { need: 'not_needed' });
  await app.answerService('B-1', { need: 'not_needed' });
  await app.openOverview();
  assert.equal(await app.nextUnanswered(), 'B-2');
  assert.equal(await app.shownCategory(), 'B');
  assert.equal(await app.headingInView('B-2'), true);
  assert.deepEqual(app.errors, []);
});

test('the "saved" indicator reports each change as saved, with the local time', async (t) => {
  // 23:30 UTC is 08:30 the next day in Tokyo.
  const app = await env.open(t, { timezoneId: 'Asia/Tokyo', fixedTime: new Date('2026-03-31T23:30:00Z') });
  // A first visit saves its new, empty assessment at once.
  await expectEventually(() => app.saveStatus.textContent(), 'Saved in this browser at 08:30');

  await app.answerService('F-2', { need: 'needed' });
  await expectEventually(() => app.saveStatus.textContent(), 'Saved in this browser at 08:30');
  await expectEventually(async () => (await app.storedAssessment())?.services['F-2'], { need: 'needed' });
  await app.answerService('F-2', { owner: 'SOC lead' });
  await expectEventually(async () => (await app.storedAssessment()).services['F-2'], { need: 'needed', owner: 'SOC lead' });

  await app.setLanguage('ja');
  assert.equal(await app.saveStatus.textContent(), '08:30 にこのブラウザーに保存済み');
  assert.deepEqual(app.errors, []);
});

test('a needed service with some answers says what it still lacks, not "not answered"', async (t) => {
  const app = await env.open(t);
  const badge = () => app.service('A-2').locator('[data-answered]');
  await app.answerService('A-2', { need: 'needed', current: 2 });
  assert.equal(await badge().innerText(), 'Still to answer: who delivers it');
  assert.equal(await app.answered('A-2'), 'false', 'it does not count as answered yet');
  await app.answerService('A-2', { delivery: 'shared' });
  assert.equal(await badge().innerText(), 'Answered');
  await app.answerService('A-3', { need: 'needed' });
  assert.equal(await app.service('A-3').locator('[data-answered]').innerText(), 'Still to answer: who delivers it, current level');
  assert.equal(await app.service('A-4').locator('[data-answered]').innerText(), 'Not answered');
  assert.deepEqual(app.errors, []);
});
