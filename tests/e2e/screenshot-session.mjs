// Not a test: screenshots of what the fourth session of 2026-12-02 changed, for people to look at:
// a service card (its parts now in src/components/service/), the list of assessments with an
// inline editor, the trash and a refused file (src/components/assessments/), and a refused
// catalogue file in About, whose reason is now in the user's language. Japanese at 360 px, and
// French and Arabic at 1280 px.
// node tests/e2e/screenshot-session.mjs [outdir]
import fs from 'node:fs/promises';
import { AppPage } from './lib/app-page.mjs';
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { openView, pickCatalogue } from './lib/a11y.mjs';

const out = process.argv[2] || 'tests/e2e/artifacts/session';
await fs.mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
for (const [lang, width, height] of [['ja', 360, 780], ['fr', 1280, 900], ['ar', 1280, 900]]) {
  const app = await AppPage.start(browser, server.url, { viewport: { width, height } });
  const shot = (name) => app.page.screenshot({ path: `${out}/${lang}-${width}-${name}.png` });
  // Answered in English (the page object knows its labels), then shown in the language.
  await app.answerService('A-1', { need: 'needed', current: 2 });
  await app.answerService('A-2', { need: 'needed', delivery: 'in_house', current: 3, target: 4, priority: 'high', owner: 'CISO' });
  await app.setLanguage(lang);
  await app.openCategory('A');
  await app.service('A-1').scrollIntoViewIfNeeded();
  await shot('service-missing-delivery');
  await app.service('A-2').locator('[data-clear="ask"]').click();
  await app.service('A-2').scrollIntoViewIfNeeded();
  await shot('service-clear-confirm');
  await app.openAssessments();
  await app.page.locator('[data-action="duplicate"]').first().click();
  await shot('assessments-duplicate');
  await app.page.locator('li[data-assessment-id] .x1060-inline-form .x1060-button-primary').click();
  // The copy opens (on the overview); back to the list to delete the original.
  await app.openAssessments();
  await app.page.locator('[data-action="delete"]').last().click();
  await app.page.locator('li[data-assessment-id] .x1060-inline-form .x1060-button-danger').click();
  await app.page.locator('[data-trash]').scrollIntoViewIfNeeded();
  await shot('assessments-trash');
  await app.pickImport('notes.txt', 'just some notes, not ours');
  await app.page.locator('[data-import-refused]').scrollIntoViewIfNeeded();
  await shot('assessments-refused');
  await openView(app, 'about');
  await pickCatalogue(app, 'other.json', '{"format":"something-else","schema":1}');
  await app.page.locator('[data-catalogue-refused]').scrollIntoViewIfNeeded();
  await shot('about-refused');
  await app.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
