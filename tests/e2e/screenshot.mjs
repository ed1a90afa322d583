// Not a test: takes screenshots of the built app for people to look at.
// node tests/e2e/screenshot.mjs [outdir]
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import fs from 'node:fs/promises';

const out = process.argv[2] || 'tests/e2e/artifacts';
await fs.mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
for (const [lang, width, height] of [['en', 1280, 900], ['ja', 1280, 900], ['en', 360, 780], ['ja', 360, 780], ['fr', 1280, 900]]) {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: lang });
  const page = await ctx.newPage();
  await page.goto(server.url + '/');
  await page.waitForSelector('.x1060-category-list');
  await page.screenshot({ path: `${out}/overview-${lang}-${width}.png`, fullPage: true });
  await page.click('[data-category="D"] button');
  await page.waitForSelector('[data-service-id="D-1"]');
  await page.check('[data-service-id="D-1"] input[type=radio] >> nth=0');
  await page.check('[data-service-id="D-1"] fieldset:nth-of-type(2) input >> nth=0');
  await page.check('[data-service-id="D-1"] fieldset:nth-of-type(3) input >> nth=2');
  await page.check('[data-service-id="D-2"] input[type=radio] >> nth=1');
  await page.screenshot({ path: `${out}/category-${lang}-${width}.png`, fullPage: false });
  await ctx.close();
}
await browser.close();
await server.close();
console.log('screenshots in', out);
