// Not a test: screenshots of the first screen rendered at build time, as a first-time visitor sees
// it while the app is on its way (the module held back), after a click on a category meanwhile,
// once the live app has taken over, and when the module cannot be fetched; in English at 1280 px,
// in Japanese and Arabic at 360 px.
// node tests/e2e/screenshot-first.mjs [outdir]   (E2E_DIST: the build to serve; default dist/)
import path from 'node:path';
import fs from 'node:fs/promises';
import { serve, DIST } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';

const out = process.argv[2] || 'tests/e2e/artifacts/first';
await fs.mkdir(out, { recursive: true });
const server = await serve({ mounts: { '/': path.resolve(process.env.E2E_DIST || DIST) } });
const browser = await launch();

for (const { locale, width, height } of [
  { locale: 'en', width: 1280, height: 900 },
  { locale: 'ja', width: 360, height: 780 },
  { locale: 'ar', width: 360, height: 780 },
]) {
  const ctx = await browser.newContext({ viewport: { width, height }, locale });
  const page = await ctx.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\/x1060_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-x1060-first]');
  await page.screenshot({ path: `${out}/loading-${locale}-${width}.png` });
  const item = page.locator('[data-first-category="B"]');
  await item.scrollIntoViewIfNeeded();
  const box = await item.boundingBox();
  await page.mouse.click(box.x + 20, box.y + 10);
  await page.waitForSelector('[data-x1060-pending="B"]');
  await page.screenshot({ path: `${out}/clicked-${locale}-${width}.png` });
  release();
  await page.waitForSelector('[data-view="category"], .x1060-category', { timeout: 60_000 });
  await page.screenshot({ path: `${out}/live-${locale}-${width}.png` });
  await ctx.close();
}
{
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'fr' });
  const page = await ctx.newPage();
  await page.route(/\/x1060_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-x1060-first] .x1060-first-failed:not([hidden])');
  await page.screenshot({ path: `${out}/failed-fr-360.png` });
  await ctx.close();
}
await browser.close();
await server.close();
console.log('screenshots in', out);
