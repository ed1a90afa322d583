// Not a test: screenshots of a catalogue change (the first-screen notice, the preview, the answers
// to review) in English at 1280 px and in Japanese and Arabic at 360 px, for people to look at.
// node tests/e2e/screenshot-editions.mjs [outdir]   (E2E_DIST: the build to serve; default dist/)
import path from 'node:path';
import fs from 'node:fs/promises';
import { serve, DIST } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';

const out = process.argv[2] || 'tests/e2e/artifacts/editions';
await fs.mkdir(out, { recursive: true });
const server = await serve({ mounts: { '/': path.resolve(process.env.E2E_DIST || DIST) } });
const browser = await launch();
const PREVIOUS = { id: 'x1060-builtin', version: '2026.11' };
const answer = (current) => ({ need: 'needed', delivery: 'in_house', current });
const doc = JSON.stringify({
  format: 'x1060-assessment', schema: 1, name: 'Baseline 2026', created: '2026-01-10T09:00:00.000Z',
  updated: '2026-02-01T09:00:00.000Z', catalogue: PREVIOUS, profile: {},
  services: { 'A-1': answer(2), 'D-3': answer(3), 'D-4': answer(1), 'D-5': { need: 'not_needed' } },
});
const index = JSON.stringify({ format: 'x1060-library', schema: 1, current: 'k1',
  entries: [{ id: 'k1', name: 'Baseline 2026', created: '2026-01-10T09:00:00.000Z', updated: '2026-02-01T09:00:00.000Z', catalogue: PREVIOUS }] });

for (const [lang, width] of [['en', 1280], ['ja', 360], ['ar', 360]]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang });
  await ctx.addInitScript(([i, d, l]) => {
    if (!localStorage.getItem('x1060/index')) {
      localStorage.setItem('x1060/index', i);
      localStorage.setItem('x1060/a/k1', d);
      localStorage.setItem('x1060/prefs', JSON.stringify({ lang: l }));
    }
  }, [index, doc, lang]);
  const page = await ctx.newPage();
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-catalogue-mismatch]', { timeout: 30_000 });
  await page.waitForSelector(`div[lang="${lang}"]`);
  await page.screenshot({ path: `${out}/notice-${lang}-${width}.png` });
  await page.click('[data-edition-check]');
  await page.waitForSelector('[data-edition-preview]');
  await page.screenshot({ path: `${out}/preview-${lang}-${width}.png`, fullPage: true });
  await page.click('[data-edition-apply]');
  await page.waitForSelector('[data-reviews]');
  await page.screenshot({ path: `${out}/review-${lang}-${width}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
