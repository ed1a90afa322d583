// Two tabs on the same assessment: two pages of ONE browser context share localStorage and receive
// each other's `storage` events. No update is lost; the other tab shows the change and says so; when
// both changed the same service differently, the conflict banner asks, and each answer to it ends
// with the expected data in storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectEventually, KEYS } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser();

const INFO = {
  updated: 'This assessment was changed in another tab. The latest version is shown.',
  merged: 'Changes made in another tab were added to this assessment. Nothing was lost.',
  added: 'An assessment was created in another tab. It is in the list of assessments.',
};

/**
 * Lets a tab's `storage` events be held back before the app sees them. Runs in the page before the
 * app, so that its listener comes first; it holds only while `window.__holding` is true.
 */
function newsGate() {
  window.__held = [];
  window.__holding = false;
  window.addEventListener('storage', (e) => {
    if (!window.__holding || !e.isTrusted) return;
    e.stopImmediatePropagation();
    window.__held.push({ key: e.key, oldValue: e.oldValue, newValue: e.newValue, url: e.url });
  });
}

/** Tab A with a saved assessment named `name`, and tab B opened on it. */
async function twoTabs(t, name = 'Shared review') {
  const a = await env.open(t);
  await expectEventually(async () => (await a.currentId()) !== null, true);
  const id = await a.currentId();
  await a.openAssessments();
  const row = a.assessmentRow(id);
  await row.locator('[data-action="rename"]').click();
  await row.getByLabel('Name of the assessment', { exact: true }).fill(name);
  await row.getByRole('button', { name: 'Save the name' }).click();
  await expectEventually(async () => (await a.storedDoc(id))?.name, name);
  const b = await a.openTab({ initScript: newsGate });
  assert.equal(await b.currentId(), id);
  assert.equal(await b.openName(), name);
  return { a, b, id };
}

/**
 * Switches to `tab`, as the user does before working in it. (Playwright's actions in a background
 * page are slow: its animation frames are throttled.)
 */
async function to(tab) {
  await tab.page.bringToFront();
  return tab;
}

function info(tab) {
  return tab.page.locator('[data-info] p');
}

/**
 * Makes tab B hear nothing from other tabs until released. Storage itself is shared and up to
 * date; only the news is late, as when B acts before the event arrives.
 */
async function holdNews(tab) {
  await tab.page.evaluate(() => { window.__holding = true; });
}

/** The keys of the storage events held back so far. */
function heldKeys(tab) {
  return tab.page.evaluate(() => window.__held.map((e) => e.key));
}

/** Delivers the held events, in order, and stops holding. */
async function releaseNews(tab) {
  await tab.page.evaluate(() => {
    window.__holding = false;
    for (const e of window.__held.splice(0)) window.dispatchEvent(new StorageEvent('storage', { ...e, storageArea: localStorage }));
  });
}

test('the other tab learns of each change and shows it; quick changes to different services from both tabs are all kept', async (t) => {
  const { a, b, id } = await twoTabs(t);
  const docKey = KEYS.docPrefix + id;
  await to(a);
  await a.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2 });
  await to(b);
  await expectEventually(() => b.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 2 });
  assert.equal(await info(b).textContent(), INFO.updated);

  await b.answerService('B-1', { need: 'not_needed', reason: 'Outsourced to the group SOC' });
  await to(a);
  await expectEventually(() => a.serviceAnswers('B-1'), { need: 'not_needed', reason: 'Outsourced to the group SOC' });
  assert.equal(await info(a).textContent(), INFO.updated);

  // In turn, without waiting for the other tab to catch up.
  const expected = {
    'A-1': { need: 'needed', delivery: 'in_house', current: 2 },
    'B-1': { need: 'not_needed', reason: 'Outsourced to the group SOC' },
  };
  for (let i = 1; i <= 4; i += 1) {
    await (await to(a)).answerService(`C-${i}`, { need: 'not_needed' });
    await (await to(b)).answerService(`D-${i}`, { need: 'not_needed' });
    expected[`C-${i}`] = { need: 'not_needed' };
    expected[`D-${i}`] = { need: 'not_needed' };
  }
  const storedServices = async () => JSON.parse(await a.stored(docKey)).services;
  await expectEventually(storedServices, expected);
  for (const tab of [a, b]) {
    await to(tab);
    for (const sid of Object.keys(expected)) {
      await expectEventually(() => tab.serviceAnswers(sid), expected[sid], `${sid} in tab ${tab === a ? 'A' : 'B'}`);
    }
  }
  assert.equal(await a.page.locator('[data-conflict]').count() + await b.page.locator('[data-conflict]').count(), 0);
  await b.reload();
  for (const sid of Object.keys(expected)) assert.deepEqual(await b.serviceAnswers(sid), expected[sid], sid);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

test('both tabs change different services before hearing of each other: both changes are kept, and the tab says so', async (t) => {
  const { a, b, id } = await twoTabs(t);
  const docKey = KEYS.docPrefix + id;
  await holdNews(b);
  await to(a);
  await a.answerService('A-1', { need: 'needed', delivery: 'outsourced', current: 3 });
  await expectEventually(async () => (await heldKeys(b)).includes(docKey), true, 'B has been sent the news');
  await to(b);
  assert.equal(await b.answered('A-1'), 'false', 'B has not heard it');

  await b.answerService('E-2', { need: 'needed', delivery: 'in_house', current: 1, note: 'from B' });
  const both = {
    'A-1': { need: 'needed', delivery: 'outsourced', current: 3 },
    'E-2': { need: 'needed', delivery: 'in_house', current: 1, note: 'from B' },
  };
  await expectEventually(async () => JSON.parse(await a.stored(docKey)).services, both);
  assert.equal(await info(b).textContent(), INFO.merged);
  assert.deepEqual(await b.serviceAnswers('A-1'), both['A-1']);
  await to(a);
  await expectEventually(() => a.serviceAnswers('E-2'), both['E-2']);

  await releaseNews(b);
  await to(b);
  assert.deepEqual(await b.serviceAnswers('A-1'), both['A-1']);
  assert.deepEqual(JSON.parse(await a.stored(docKey)).services, both);
  assert.equal(await b.page.locator('[data-conflict]').count(), 0);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

/**
 * Both tabs know A-1 at level 1; A moves it to 2 and B, before hearing of it, to 4. Returns the
 * text A wrote, which storage holds while B's banner asks.
 */
async function conflict(t) {
  const tabs = await twoTabs(t);
  const { a, b, id } = tabs;
  const docKey = KEYS.docPrefix + id;
  await to(a);
  await a.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 1 });
  await to(b);
  await expectEventually(() => b.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 1 });
  await holdNews(b);
  await to(a);
  await a.answerService('A-1', { current: 2 });
  await expectEventually(async () => (await heldKeys(b)).includes(docKey), true);
  const theirs = await a.stored(docKey);
  await to(b);
  await b.answerService('A-1', { current: 4 });

  const banner = b.page.locator('[data-conflict]');
  assert.equal(await banner.locator('p').first().textContent(), 'This assessment was also changed in another tab');
  assert.equal(await banner.locator('p').nth(1).textContent(),
    'Both tabs changed the same answers in different ways: services.A-1. Both versions are kept until you choose.');
  assert.equal(await a.stored(docKey), theirs, 'nothing is written while B must decide');
  assert.equal((await b.serviceAnswers('A-1')).current, 4, 'B still shows its own answer');
  assert.equal((await b.assessmentList()).find((e) => e.id === id).state, 'Changed in another tab: your decision is needed');
  assert.equal(await a.page.locator('[data-conflict]').count(), 0);
  return { ...tabs, docKey, theirs, banner };
}

test('a conflict resolved with "keep mine": B\'s answer is written and tab A shows it', async (t) => {
  const { a, b, docKey, banner } = await conflict(t);
  await banner.locator('[data-resolve="ours"]').click();
  await banner.waitFor({ state: 'detached' });
  await expectEventually(async () => JSON.parse(await a.stored(docKey)).services['A-1'], { need: 'needed', delivery: 'in_house', current: 4 });
  await to(a);
  await expectEventually(async () => (await a.serviceAnswers('A-1')).current, 4);
  assert.equal(await info(a).textContent(), INFO.updated);
  await releaseNews(b);
  await to(b);
  assert.equal((await b.serviceAnswers('A-1')).current, 4);
  assert.equal(JSON.parse(await a.stored(docKey)).services['A-1'].current, 4);
  assert.equal(await b.page.locator('[data-conflict]').count(), 0);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

test('a conflict resolved with "take theirs": B shows A\'s answer and storage keeps A\'s copy as it was', async (t) => {
  const { a, b, docKey, theirs, banner } = await conflict(t);
  await banner.locator('[data-resolve="theirs"]').click();
  await banner.waitFor({ state: 'detached' });
  await to(b);
  assert.deepEqual(await b.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 2 });
  await releaseNews(b);
  assert.deepEqual(await b.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 2 });
  assert.equal(await a.stored(docKey), theirs);
  await to(a);
  assert.equal((await a.serviceAnswers('A-1')).current, 2);
  assert.equal(await b.page.locator('[data-conflict]').count(), 0);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

test('a conflict resolved with "keep both": A\'s copy stays, B\'s answer becomes a new assessment, and tab A lists it', async (t) => {
  const { a, b, id, docKey, theirs, banner } = await conflict(t);
  await banner.locator('[data-resolve="both"]').click();
  await banner.waitFor({ state: 'detached' });
  const copyEntry = async () => Object.entries(await a.storage())
    .filter(([k]) => k.startsWith(KEYS.docPrefix) && k !== docKey)
    .map(([k, v]) => { const d = JSON.parse(v); return [k.slice(KEYS.docPrefix.length), d.name, d.services['A-1']]; });
  await expectEventually(async () => (await copyEntry()).map(([, name, a1]) => [name, a1]),
    [['Shared review (2)', { need: 'needed', delivery: 'in_house', current: 4 }]]);
  const [[copyId]] = await copyEntry();
  assert.equal(await a.stored(docKey), theirs, 'A\'s copy is kept as it was');
  await to(b);
  assert.equal(await b.openName(), 'Shared review');
  assert.deepEqual(await b.serviceAnswers('A-1'), { need: 'needed', delivery: 'in_house', current: 2 });

  await expectEventually(() => info(a).textContent(), INFO.added);
  await to(a);
  const listA = await a.assessmentList();
  assert.deepEqual(listA.map((e) => [e.id, e.name]).sort(), [[id, 'Shared review'], [copyId, 'Shared review (2)']].sort());
  await a.assessmentRow(copyId).locator('[data-action="open"]').click();
  assert.equal((await a.serviceAnswers('A-1')).current, 4);
  await releaseNews(b);
  assert.equal(await b.page.locator('[data-conflict]').count(), 0);
  assert.deepEqual(JSON.parse(await a.stored(KEYS.docPrefix + copyId)).services['A-1'].current, 4);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});
