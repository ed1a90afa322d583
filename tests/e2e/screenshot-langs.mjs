// Not a test: screenshots of every view in Arabic and Mongolian, one screen at a time (the
// viewport, scrolled), at 360 px and 1280 px, for people to look at (issue 17): the checklist's
// overview, a category, results, about, assessments with a comparison shown, the workbench with
// returned files loaded, and the downloaded comparison and aggregate reports.
// node tests/e2e/screenshot-langs.mjs [outdir] [screens per view]
import fs from 'node:fs/promises';
import { AppPage } from './lib/app-page.mjs';
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { openView } from './lib/a11y.mjs';
import { copyWithChanges, openWorkbenchWithFiles, showComparison } from './lib/returned.mjs';

const out = process.argv[2] || 'tests/e2e/artifacts/langs';
const screens = Number(process.argv[3] || 3);
await fs.mkdir(out, { recursive: true });

const server = await serve();
const browser = await launch();
for (const lang of ['ar', 'mn']) {
  for (const [width, height] of [[360, 780], [1280, 900]]) {
    const app = await AppPage.start(browser, server.url, { viewport: { width, height } });
    await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 2, target: 4, priority: 'high', owner: 'CISO' });
    await app.answerService('A-2', { need: 'not_needed', reason: 'Group' });
    await app.answerService('A-3', { need: 'needed', delivery: 'outsourced' });
    await app.answerService('B-1', { need: 'needed', delivery: 'shared', current: 1, target: 3 });
    await app.answerService('D-1', { need: 'needed', delivery: 'not_yet', current: 0, target: 2 });
    // A copy with later answers, to compare with.
    await copyWithChanges(app);
    await app.setLanguage(lang);
    const shoot = async (view) => {
      const total = await app.page.evaluate(() => document.documentElement.scrollHeight);
      for (let i = 0; i < screens && i * height < total; i++) {
        await app.page.evaluate((y) => window.scrollTo(0, y), i * (height - 80));
        await app.page.waitForTimeout(100);
        await app.page.screenshot({ path: `${out}/${lang}-${width}-${view}-${i}.png` });
      }
    };
    await openView(app, 'checklist');
    await shoot('overview');
    await app.page.locator('li[data-category="A"] button').click();
    await app.page.locator('section[data-category="A"]').waitFor();
    await shoot('category');
    await openView(app, 'results');
    await shoot('results');
    await openView(app, 'about');
    await shoot('about');
    await openView(app, 'assessments');
    await shoot('assessments');
    const panel = await showComparison(app);
    await panel.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `${out}/${lang}-${width}-compare-0.png` });
    const report = await app.takeDownload(panel.locator('[data-download="comparison"]'));
    const wb = await openWorkbenchWithFiles(app);
    await shoot('workbench');
    const aggregate = await app.takeDownload(wb.locator('[data-export="html"]'));
    // The downloaded reports, opened as files.
    for (const [name, file] of [['comparison-report', report], ['aggregate-report', aggregate]]) {
      const page = await app.page.context().newPage();
      await page.setContent(file.text);
      await page.screenshot({ path: `${out}/${lang}-${width}-${name}-0.png` });
      await page.close();
    }
    await app.close();
  }
}
await browser.close();
await server.close();
console.log('screenshots in', out);
