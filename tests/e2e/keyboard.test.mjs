// Keyboard only: an assessment from the profile to the downloads without a mouse. Every Tab moves
// the focus forward in document order (backward with Shift), to an element with a visible focus
// ring inside the viewport, and never stays put (no trap). After an action that removes or adds
// what the user was on, the focus lands somewhere sensible, never back at the top of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KEYS, expectEventually } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';
import { focused, pickCatalogue } from './lib/a11y.mjs';

const env = useBrowser();
const BUILTIN = JSON.parse(await fs.readFile(path.join(ROOT, 'core/catalogue/builtin.json'), 'utf8'));

/** Records, in the page, the element that has the focus and says whether it comes after (or, with
 * `backward`, before) the one recorded last, in document order. Null when either is not in the widget. */
async function orderSinceLast(page, backward) {
  return page.evaluate((back) => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    const prev = window.__x1060KeyboardLast;
    window.__x1060KeyboardLast = el;
    if (!prev || !el || !prev.isConnected || !el.closest('.x1060') || !prev.closest('.x1060')) return null;
    const pos = prev.compareDocumentPosition(el);
    return back ? Boolean(pos & Node.DOCUMENT_POSITION_PRECEDING) : Boolean(pos & Node.DOCUMENT_POSITION_FOLLOWING);
  }, backward);
}

/** Asserts that the focus is visible: a focus ring of at least 2 px, on an element inside the viewport. */
function assertVisibleFocus(f, where) {
  assert.ok(f, `${where}: something has the focus`);
  assert.ok(f.outline.style !== 'none' && f.outline.width >= 2,
    `${where}: <${f.tag}> "${f.text}" shows a focus ring (outline ${f.outline.style} ${f.outline.width}px)`);
  assert.ok(f.rect.bottom > 0 && f.rect.top < f.viewport.height && f.rect.right > 0 && f.rect.left < f.viewport.width,
    `${where}: <${f.tag}> "${f.text}" is inside the viewport (${JSON.stringify(f.rect)})`);
}

/**
 * Presses Tab (Shift+Tab with `backward`) until `want(focused)` is true, at most `max` times, checking
 * at every step: the focus moved, in document order, to a visible focus ring. Returns the element.
 */
async function tabTo(app, want, { backward = false, max = 60, what = 'the wanted element' } = {}) {
  const seen = [];
  let segments = 0;
  await orderSinceLast(app.page, backward);
  for (let i = 0; i < max; i++) {
    const before = await focused(app.page);
    await app.page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
    const f = await focused(app.page);
    assert.ok(f && f.inWidget, `Tab ${i + 1} towards ${what}: the focus stays in the widget (after ${seen.join(' → ')})`);
    // A date field takes Tab between its own parts (day, month, year) before letting go.
    if (f.key === before?.key && f.type === 'date' && (segments += 1) <= 2) continue;
    assert.notEqual(f.key, before?.key, `Tab ${i + 1}: the focus moved on from <${f.tag}> "${f.text}" (a trap)`);
    const inOrder = await orderSinceLast(app.page, backward);
    assert.notEqual(inOrder, false, `Tab ${i + 1}: <${f.tag}> "${f.text}" comes ${backward ? 'before' : 'after'} the previous element in the document`);
    assertVisibleFocus(f, `Tab ${i + 1} towards ${what}`);
    seen.push(`${f.tag}${f.type ? `[${f.type}]` : ''} "${f.text.slice(0, 30)}"`);
    if (want(f)) return f;
  }
  assert.fail(`${what} not reached in ${max} presses of ${backward ? 'Shift+' : ''}Tab: ${seen.join(' → ')}`);
}

const isButton = (text) => (f) => f.tag === 'button' && f.text === text;
const isField = (id) => (f) => f.id.endsWith(id);

test('an assessment from the profile to the downloads, with the keyboard only', async (t) => {
  const app = await env.open(t);
  const { page } = app;

  // The skip link comes first, shows when focused, and moves the focus to the main content.
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  assert.match(skip.classes, /x1060-skip/, 'the first Tab reaches the skip link');
  assertVisibleFocus(skip, 'skip link');
  assert.ok(skip.rect.top >= 0, 'the skip link slides into view');
  await page.keyboard.press('Enter');
  assert.match((await focused(page))?.classes ?? '', /x1060-main/, 'the skip link moved the focus to the main content');

  // The profile, field by field.
  const profile = { organisation: 'Keyboard Corp', sector: 'Energy', size: '300', country: 'France', assessor: 'K. Board' };
  for (const [key, value] of Object.entries(profile)) {
    await tabTo(app, isField(`profile-${key}`), { what: `profile field ${key}` });
    await page.keyboard.type(value);
  }
  await tabTo(app, isField('profile-date'), { what: 'the assessment date' });
  await page.keyboard.type('11202026');

  // "Next unanswered" takes the focus to the first service's heading.
  await tabTo(app, isButton('Go to the next unanswered service'), { what: '"next unanswered"' });
  await page.keyboard.press('Enter');
  assert.equal(await app.focusedService(), 'A-1');
  assertVisibleFocus(await focused(page), 'A-1 heading after "next unanswered"');

  // A-1: needed, outsourced, level 3, with details.
  await tabTo(app, (f) => f.service === 'A-1' && f.type === 'radio', { what: 'the need question of A-1' });
  await page.keyboard.press('Space');
  await tabTo(app, (f) => f.tag === 'summary' && f.text === 'What do these options mean?', { what: 'the delivery help' });
  await page.keyboard.press('Enter');
  assert.equal(await app.service('A-1').locator('[data-help="delivery"]').getAttribute('open'), '', 'Enter opens the help');
  await tabTo(app, (f) => f.service === 'A-1' && f.type === 'radio', { what: 'the delivery options' });
  await page.keyboard.press('ArrowRight'); // In-house → Outsourced
  await tabTo(app, (f) => f.service === 'A-1' && f.type === 'radio', { what: 'the levels' });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // 0 → 3
  await tabTo(app, (f) => f.tag === 'summary' && f.text === 'Target, priority, owner, evidence and note', { what: 'the details' });
  await page.keyboard.press('Enter');
  await tabTo(app, isField('A-1-target'), { what: 'the target level' });
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown'); // not set → 4
  await tabTo(app, isField('A-1-priority'), { what: 'the priority' });
  await page.keyboard.press('ArrowDown'); // not set → high
  await tabTo(app, isField('A-1-owner'), { what: 'the owner' });
  await page.keyboard.type('SOC lead');
  await tabTo(app, isField('A-1-evidence'), { what: 'the evidence' });
  await page.keyboard.type('Runbook v2');
  assert.equal(await app.answered('A-1'), 'true');

  // From an answered service, "next unanswered" moves on to A-2.
  await tabTo(app, (f) => f.service === 'A-1' && f.text === 'Go to the next unanswered service', { what: 'A-1\'s "next unanswered"' });
  await page.keyboard.press('Enter');
  assert.equal(await app.focusedService(), 'A-2');

  // A-2: not needed, with a reason.
  await tabTo(app, (f) => f.service === 'A-2' && f.type === 'radio', { what: 'the need question of A-2' });
  await page.keyboard.press('ArrowRight'); // → Not needed
  await tabTo(app, isField('A-2-reason'), { what: 'the reason' });
  await page.keyboard.type('Done by the group');

  // A-3: answered, then cleared: the focus follows the confirmation, the cancel and the clearing.
  await tabTo(app, (f) => f.service === 'A-3' && f.type === 'radio', { what: 'the need question of A-3' });
  await page.keyboard.press('ArrowRight');
  await tabTo(app, (f) => f.service === 'A-3' && f.text === 'Clear the answers to this service…', { what: 'A-3\'s "Clear…"' });
  await page.keyboard.press('Enter');
  let f = await focused(page);
  assert.equal(f.text, 'Clear the answers to this service', 'the focus moved to the confirmation');
  assertVisibleFocus(f, 'confirmation');
  await tabTo(app, isButton('Cancel'), { what: 'Cancel' });
  await page.keyboard.press('Enter');
  f = await focused(page);
  assert.equal(f.text, 'Clear the answers to this service…', 'after Cancel the focus is back on "Clear…"');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // confirm
  f = await focused(page);
  assert.equal(f.tag, 'h3', 'after clearing, the focus is on the service heading');
  assert.equal(f.service, 'A-3');
  assert.equal(await app.answered('A-3'), 'false');

  // Back up to the navigation, to the results: the focus goes to the results heading.
  await tabTo(app, isButton('Results'), { backward: true, max: 80, what: 'the Results tab' });
  await page.keyboard.press('Enter');
  f = await focused(page);
  assert.equal(f.tag, 'h2', 'the results heading has the focus');
  assert.equal(f.text, 'Results');
  assertVisibleFocus(f, 'results heading');
  // An explanation opens from the keyboard.
  await tabTo(app, (f2) => f2.tag === 'summary' && f2.text.startsWith('How is this calculated?'), { what: 'an explanation' });
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-results="headline"] .x1060-explain[open]').count(), 1);

  // On to the downloads, past every figure, table and chart.
  await tabTo(app, (f2) => f2.tag === 'button' && f2.text === 'Summary report (HTML)', { max: 120, what: 'the summary report button' });
  const [html] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const report = await fs.readFile(await html.path(), 'utf8');
  assert.match(report, /Keyboard Corp/);
  await tabTo(app, (f2) => f2.tag === 'button' && f2.text === 'Assessment data (JSON)', { what: 'the data button' });
  const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const data = JSON.parse(await fs.readFile(await json.path(), 'utf8'));
  assert.deepEqual(data.profile, { ...profile, date: '2026-11-20' });
  assert.deepEqual(data.services, {
    'A-1': { need: 'needed', delivery: 'outsourced', current: 3, target: 4, priority: 'high', owner: 'SOC lead', evidence: 'Runbook v2' },
    'A-2': { need: 'not_needed', reason: 'Done by the group' },
  });
  assert.deepEqual(app.errors, []);
});

test('changing the language from the keyboard keeps the focus on the menu', async (t) => {
  const app = await env.open(t);
  await tabTo(app, (f) => f.tag === 'select', { what: 'the language menu' });
  await app.page.keyboard.press('ArrowDown'); // English → 日本語
  await app.host.locator('div[lang="ja"]').first().waitFor();
  const f = await focused(app.page);
  assert.equal(f.tag, 'select', 'the menu keeps the focus after the page turned Japanese');
  assertVisibleFocus(f, 'language menu');
  assert.deepEqual(app.errors, []);
});

test('dismissing a notice moves the focus to the main content, not to the top of the page', async (t) => {
  const app = await env.open(t);
  await app.setStored(KEYS.legacy, '{"format":"x1060-assessment","schema":1,"services":');
  await app.reload();
  await tabTo(app, isButton('Dismiss'), { what: 'the notice\'s Dismiss button' });
  await app.page.keyboard.press('Enter');
  await app.notice('corrupt').waitFor({ state: 'detached' });
  const f = await focused(app.page);
  assert.match(f?.classes ?? '', /x1060-main/, 'the main content has the focus');
  assert.deepEqual(app.errors, []);
});

test('a catalogue file from the keyboard: the focus follows the preview, the cancel and the use', async (t) => {
  const app = await env.open(t);
  await tabTo(app, isButton('About'), { what: 'the About tab' });
  await app.page.keyboard.press('Enter');
  // The About view is a part: the focus moves to its heading when it has arrived (it may still be
  // on its way on a busy machine, so this waits for it; it never presses again).
  await expectEventually(async () => (await focused(app.page)).text, 'About this tool and its catalogue', 'the heading has the focus');
  await tabTo(app, (f) => f.type === 'file', { what: 'the file picker' });
  const other = structuredClone(BUILTIN);
  other.id = 'cert-national';
  // The file chooser is the browser's own dialog: the file is handed to the picker directly.
  await pickCatalogue(app, 'national.json', JSON.stringify(other));
  await app.page.locator('[data-catalogue-preview]').waitFor();
  let f = await focused(app.page);
  assert.equal(f.tag, 'h4', 'the preview heading has the focus');
  assert.equal(f.text, 'Catalogue to load: national.json');
  await tabTo(app, isButton('Do not load'), { what: '"Do not load"' });
  await app.page.keyboard.press('Enter');
  f = await focused(app.page);
  assert.equal(f.type, 'file', 'after "Do not load" the focus is back on the file picker');

  await pickCatalogue(app, 'national.json', JSON.stringify(other));
  await app.page.locator('[data-catalogue-preview]').waitFor();
  await tabTo(app, isButton('Use this catalogue'), { what: '"Use this catalogue"' });
  await app.page.keyboard.press('Enter');
  f = await focused(app.page);
  assert.equal(f.text, 'The catalogue is now in use and remembered in this browser.', 'the confirmation has the focus');
  await tabTo(app, isButton('Use the built-in catalogue again'), { what: '"Use the built-in catalogue again"' });
  await app.page.keyboard.press('Enter');
  f = await focused(app.page);
  assert.equal(f.text, 'Download the current catalogue (JSON)', 'after going back, the focus is on the export button');
  assert.deepEqual(app.errors, []);
});
