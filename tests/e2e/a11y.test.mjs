// Accessibility: axe-core (WCAG 2.2 A and AA rules and best practices) finds nothing on every view
// and state, in English, Japanese, French, Arabic and Mongolian; and the theme's colours meet the contrast minimums.
// The only accepted findings are listed, with their reasons, in lib/a11y.mjs (ACCEPTED).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KEYS, APP_ROOT } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';
import { axeRun, expectNoViolations, unexpected, openView, pickCatalogue } from './lib/a11y.mjs';
import { copyWithChanges, openWorkbenchWithFiles, showComparison } from './lib/returned.mjs';

const env = useBrowser();
const BUILTIN = JSON.parse(await fs.readFile(path.join(ROOT, 'core/catalogue/builtin.json'), 'utf8'));

/** Answers a few services of category A (in English) so that it is partly filled, every kind of control shown. */
async function partlyFill(app) {
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2, target: 4, priority: 'high', owner: 'CISO', evidence: 'Risk register', note: 'Yearly' });
  await app.answerService('A-2', { need: 'not_needed', reason: 'Group level' });
  await app.answerService('A-3', { need: 'needed', delivery: 'outsourced' });
  await app.answerService('B-1', { need: 'needed', delivery: 'shared', current: 1, target: 3 });
  await app.openCategory('A');
  // The short help open, and a clearing waiting for confirmation.
  await app.service('A-3').locator('[data-help="levels"] summary').click();
  await app.service('A-3').locator('[data-help="delivery"] summary').click();
  await app.service('A-2').locator('[data-clear="ask"]').click();
  await app.service('A-2').locator('[data-clear="confirm"]').waitFor();
}

test('axe checks inside the shadow root: a control without a label is found there', async (t) => {
  // Proves that the other specs can fail: an unlabelled field planted in the app is reported.
  const app = await env.open(t);
  await app.page.locator('[data-x1060-widget]').evaluate((host) => {
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'x1060-planted';
    host.shadowRoot.querySelector('.x1060-main').append(input);
  });
  const found = unexpected(await axeRun(app.page));
  assert.ok(found.some((f) => f.startsWith('label ') && f.includes('x1060-planted')), `expected a "label" violation, got:\n${found.join('\n')}`);
});

test('overview, empty, in English and in Japanese', async (t) => {
  const app = await env.open(t);
  await expectNoViolations(app.page, 'overview, empty, en');
  await app.page.locator('.x1060-intro summary').click();
  await expectNoViolations(app.page, 'overview, empty, en, level help open');
  await app.setLanguage('ja');
  await expectNoViolations(app.page, 'overview, empty, ja');
  assert.deepEqual(app.errors, []);
});

test('a category partly filled, with help open and a clearing to confirm, in English and in Japanese', async (t) => {
  const app = await env.open(t);
  await partlyFill(app);
  await expectNoViolations(app.page, 'category A, partly filled, en');
  await app.setLanguage('ja');
  await expectNoViolations(app.page, 'category A, partly filled, ja');
  await app.openOverview();
  await expectNoViolations(app.page, 'overview, partly filled, ja');
  assert.deepEqual(app.errors, []);
});

test('results, with answers and with none, in English and in Japanese', async (t) => {
  const app = await env.open(t);
  await openView(app, 'results');
  await expectNoViolations(app.page, 'results, no answers, en');
  await openView(app, 'checklist');
  await partlyFill(app);
  await openView(app, 'results');
  // Every "How is this calculated?" open.
  for (const s of await app.page.locator('.x1060-explain summary').all()) await s.click();
  await expectNoViolations(app.page, 'results, partly filled, en, explanations open');
  await app.setLanguage('ja');
  await expectNoViolations(app.page, 'results, partly filled, ja');
  assert.deepEqual(app.errors, []);
});

test('about, with a catalogue preview, a refused file and a catalogue in use', async (t) => {
  const app = await env.open(t);
  await openView(app, 'about');
  await expectNoViolations(app.page, 'about');
  const renamed = structuredClone(BUILTIN);
  renamed.id = 'cert-national';
  renamed.services.find((s) => s.id === 'A-2').title.en = 'Risk assessment and treatment';
  renamed.services = renamed.services.filter((s) => s.id !== 'E-7');
  await pickCatalogue(app, 'national.json', JSON.stringify(renamed));
  await app.page.locator('[data-catalogue-preview]').waitFor();
  await expectNoViolations(app.page, 'about, catalogue preview');
  await pickCatalogue(app, 'broken.json', '{"shopping":');
  await app.page.locator('[data-catalogue-refused]').waitFor();
  await expectNoViolations(app.page, 'about, refused file');
  await pickCatalogue(app, 'national.json', JSON.stringify(renamed));
  await app.page.locator('[data-catalogue-preview] button').first().click();
  await app.page.locator('[data-catalogue-loaded]').waitFor();
  await expectNoViolations(app.page, 'about, catalogue in use');
  await app.setLanguage('ja');
  await expectNoViolations(app.page, 'about, catalogue in use, ja');
  assert.deepEqual(app.errors, []);
});

test('notices: saved data that cannot be read, and storage that is blocked', async (t) => {
  const corrupt = await env.open(t);
  await corrupt.setStored(KEYS.legacy, '{"format":"x1060-assessment","schema":1,"services":{"A-1":');
  await corrupt.reload();
  await corrupt.notice('corrupt').waitFor();
  await expectNoViolations(corrupt.page, 'notice: corrupt data, en');
  await corrupt.setLanguage('ja');
  await expectNoViolations(corrupt.page, 'notice: corrupt data, ja');

  const blocked = await env.open(t, {
    initScript: () => Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    }),
  });
  await blocked.notice('storage-unavailable').waitFor();
  await expectNoViolations(blocked.page, 'notice: storage blocked');
  assert.deepEqual(corrupt.errors, []);
  assert.deepEqual(blocked.errors, []);
});

test('assessments: the list, a name being changed, a copy, a deletion to confirm, a comparison and a file to import', async (t) => {
  const app = await env.open(t);
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2 });
  const data = await app.download('json');
  await openView(app, 'assessments');
  await expectNoViolations(app.page, 'assessments, one');
  const row = app.main.locator('li.x1060-assessment-current');
  await row.locator('[data-action="rename"]').click();
  await expectNoViolations(app.page, 'assessments, renaming');
  await row.getByRole('button', { name: 'Save the name' }).click();
  await row.locator('[data-action="duplicate"]').click();
  await row.getByRole('button', { name: 'Make the copy' }).click();
  await openView(app, 'assessments');
  await app.main.locator('li[data-assessment-id]').first().locator('[data-action="delete"]').click();
  await expectNoViolations(app.page, 'assessments, two, a deletion to confirm');
  const panel = app.main.locator('[data-compare-panel]');
  await panel.locator('[data-compare="show"]').click();
  await panel.locator('[data-compare-result], [role="status"]').first().waitFor();
  await expectNoViolations(app.page, 'assessments, comparison');
  await app.main.locator('[data-file-pick="import"] input[type=file]')
    .setInputFiles({ name: data.name, mimeType: 'application/json', buffer: Buffer.from(data.text) });
  await app.main.locator('[data-import-preview]').waitFor();
  await expectNoViolations(app.page, 'assessments, import preview');
  await app.setLanguage('ja');
  await expectNoViolations(app.page, 'assessments, ja');
  assert.deepEqual(app.errors, []);
});

test('French: overview, a partly filled category, results and about', async (t) => {
  const app = await env.open(t);
  await partlyFill(app);
  await app.setLanguage('fr');
  await expectNoViolations(app.page, 'category A, fr');
  await openView(app, 'checklist'); // the page object has no French labels
  await expectNoViolations(app.page, 'overview, fr');
  await openView(app, 'results');
  await expectNoViolations(app.page, 'results, fr');
  await openView(app, 'about');
  await expectNoViolations(app.page, 'about, fr');
  await openView(app, 'assessments');
  await expectNoViolations(app.page, 'assessments, fr');
  assert.deepEqual(app.errors, []);
});

for (const lang of ['ar', 'mn']) {
  test(`${lang}: overview, a partly filled category, results, about and assessments`, async (t) => {
    const app = await env.open(t);
    await partlyFill(app);
    await app.setLanguage(lang);
    await expectNoViolations(app.page, `category A, ${lang}`);
    await app.openOverview();
    await expectNoViolations(app.page, `overview, ${lang}`);
    await openView(app, 'results');
    await expectNoViolations(app.page, `results, ${lang}`);
    await openView(app, 'about');
    await expectNoViolations(app.page, `about, ${lang}`);
    await openView(app, 'assessments');
    await expectNoViolations(app.page, `assessments, ${lang}`);
    assert.deepEqual(app.errors, []);
  });
}

for (const lang of ['ar', 'mn']) {
  test(`${lang}: a comparison shown and the workbench with returned files`, async (t) => {
    const app = await env.open(t);
    await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2, target: 4 });
    await copyWithChanges(app);
    await app.setLanguage(lang);
    await showComparison(app);
    await expectNoViolations(app.page, `assessments, comparison, ${lang}`);
    await openWorkbenchWithFiles(app);
    await expectNoViolations(app.page, `workbench with files, ${lang}`);
    assert.deepEqual(app.errors, []);
  });
}

test('a language only the catalogue has: its titles carry their own lang inside the English interface', async (t) => {
  const app = await env.open(t);
  const es = structuredClone(BUILTIN);
  es.id = 'x1060-es'; es.languages.push('es');
  for (const x of [...es.categories, ...es.services]) {
    x.title.es = `ES ${x.title.en}`;
    x.description.es = `ES ${x.description.en}`;
  }
  await openView(app, 'about');
  await pickCatalogue(app, 'es.json', JSON.stringify(es));
  await app.page.locator('[data-catalogue-preview] button').first().click();
  await app.languageSelect.selectOption('es');
  await app.page.locator('[data-ui-fallback]').waitFor();
  await openView(app, 'checklist');
  assert.equal(await app.root.getAttribute('lang'), 'en', 'the interface is in English');
  assert.equal(await app.main.locator('li[data-category="B"] .x1060-category-name').getAttribute('lang'), 'es');
  await app.main.locator('li[data-category="B"] button').click();
  assert.equal(await app.main.locator('section[data-category="B"] h2 [lang="es"]').textContent(), 'ES Real-time analysis');
  assert.match(await app.service('B-1').locator('h3 [lang="es"]').textContent(), /^ES /);
  await expectNoViolations(app.page, 'catalogue-only language');
  // In an interface language, no extra lang attributes.
  await app.setLanguage('ja');
  assert.equal(await app.service('B-1').locator('h3 [lang]').count(), 0);
  assert.deepEqual(app.errors, []);
});

test('embedded in host pages, the widget claims no page-level landmark (banner, contentinfo) of its own', async (t) => {
  const server = await env.serveHosts(t);
  const found = [];
  for (const host of ['plain.html', 'two-widgets.html']) {
    const { page } = await env.newPage(t);
    await page.goto(`${server.url}/${host}`);
    await page.waitForFunction((app) => [...document.querySelectorAll('[data-x1060-widget]')]
      .every((h) => h.shadowRoot?.querySelector(`${app} select`)), APP_ROOT);
    // Only what the widget brings: findings on the host page's own markup are the host's, except a
    // duplicate landmark, which the host page's one header or footer has only beside the widget's.
    const results = await axeRun(page);
    const ours = (v, n) => Array.isArray(n.target[0]) || v.id.startsWith('landmark-no-duplicate');
    results.violations = results.violations.map((v) => ({ ...v, nodes: v.nodes.filter((n) => ours(v, n)) }));
    for (const f of unexpected(results)) found.push(`${host}: ${f}`);
    await page.close();
  }
  assert.deepEqual(found, []);
});

// ---- contrast of the theme's colours ------------------------------------------------------------

/** Relative luminance of "#rrggbb" (WCAG 2.2 definition). */
function luminance(hex) {
  const c = hex.replace('#', '').match(/../g).map((h) => parseInt(h, 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

function contrast(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

test('contrast formula matches known values', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
  assert.equal(contrast('#ffffff', '#ffffff').toFixed(2), '1.00');
});

test('the default theme colours (styles/widget.css) and chart colours meet WCAG 2.2 AA contrast', async () => {
  const css = await fs.readFile(path.join(ROOT, 'styles/widget.css'), 'utf8');
  const theme = {};
  for (const [, name, value] of css.matchAll(/--_([a-z-]+):\s*var\(--x1060-[a-z-]+,\s*(#[0-9a-fA-F]{6})\)/g)) theme[name] = value.toLowerCase();
  for (const k of ['text', 'muted', 'accent', 'accent-strong', 'accent-soft', 'bg', 'card', 'ok', 'ok-soft', 'warn', 'warn-soft', 'danger', 'focus']) {
    assert.ok(theme[k], `widget.css defines --_${k} with a #rrggbb default`);
  }
  // Colours written in rules rather than in the theme.
  const fieldBorder = css.match(/\.x1060-radio \{[^}]*border: 1px solid (#[0-9a-f]{6})/)[1];
  const badgeTodo = css.match(/\.x1060-badge-todo \{[^}]*background: (#[0-9a-f]{6})/)[1];
  const svg = await fs.readFile(path.join(ROOT, 'core/src/report/svg.rs'), 'utf8');
  const konst = (name) => svg.match(new RegExp(`const ${name}: &str = "(#[0-9a-f]{6})"`))[1];
  const part = (name) => svg.match(new RegExp(`Part::${name} => \\("(#[0-9a-f]{6})", "?(#[0-9a-f]{6}|INK)`)).slice(1).map((c) => (c === 'INK' ? konst('INK') : c));
  const white = '#ffffff';

  // [what, foreground, background, minimum]: 4.5 for text, 3 for boundaries of controls, focus and chart marks.
  const pairs = [
    ['body text on the page', theme.text, theme.bg, 4.5],
    ['body text on a card', theme.text, theme.card, 4.5],
    ['muted text (hints, descriptions) on a card', theme.muted, theme.card, 4.5],
    ['muted text on the page', theme.muted, theme.bg, 4.5],
    ['muted text (category progress) on the category button', theme.muted, theme['accent-soft'], 4.5],
    ['muted text on a "not answered" badge', theme.muted, badgeTodo, 4.5],
    ['muted text (notice details) on a notice', theme.muted, theme['warn-soft'], 4.5],
    ['link-like text (accent-strong) on a card', theme['accent-strong'], theme.card, 4.5],
    ['link-like text (accent-strong) on the page (tabs)', theme['accent-strong'], theme.bg, 4.5],
    ['accent-strong text on accent-soft (category name, hover)', theme['accent-strong'], theme['accent-soft'], 4.5],
    ['text on a table heading (accent-soft)', theme.text, theme['accent-soft'], 4.5],
    ['white text on the accent (primary button, category letter, skip link)', white, theme.accent, 4.5],
    ['white text on accent-strong (primary button, hover)', white, theme['accent-strong'], 4.5],
    ['"saved" and "answered" text (ok on ok-soft)', theme.ok, theme['ok-soft'], 4.5],
    ['privacy line (ok) on a card', theme.ok, theme.card, 4.5],
    ['warning text on warn-soft (status, provisional title)', theme.warn, theme['warn-soft'], 4.5],
    ['danger button text on white', theme.danger, white, 4.5],
    ['focus ring against the page', theme.focus, theme.bg, 3],
    ['focus ring against a card', theme.focus, theme.card, 3],
    ['focus ring against accent-soft', theme.focus, theme['accent-soft'], 3],
    ['field and radio borders against white', fieldBorder, white, 3],
    ['field and radio borders against the page', fieldBorder, theme.bg, 3],
    ['button border (accent) against a card', theme.accent, theme.card, 3],
    ['notice border (warn) against the page', theme.warn, theme.bg, 3],
    ['chart: ink on white', konst('INK'), white, 4.5],
    ['chart: level numbers and notes (#4a5561) on white', '#4a5561', white, 4.5],
    ['chart: current-level line against white', konst('CURRENT'), white, 3],
    ['chart: target-level line against white', konst('TARGET'), white, 3],
    ['chart: number in an in-house bar', part('InHouse')[1], part('InHouse')[0], 4.5],
    ['chart: number in a shared bar', part('Shared')[1], part('Shared')[0], 4.5],
    ['chart: number in an outsourced bar', part('Outsourced')[1], part('Outsourced')[0], 4.5],
    ['chart: number in a not-delivered bar', part('NotYet')[1], part('NotYet')[0], 4.5],
  ];
  const failing = [];
  const table = [];
  for (const [what, fg, bg, min] of pairs) {
    assert.ok(fg && bg, `colours for "${what}" were found`);
    const ratio = contrast(fg, bg);
    table.push(`${ratio.toFixed(2).padStart(6)}:1 (min ${min}) ${what}: ${fg} on ${bg}`);
    if (ratio < min) failing.push(`${what}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1, below ${min}:1`);
  }
  if (process.env.CONTRAST_TABLE) console.log(table.join('\n'));
  assert.deepEqual(failing, []);
});
