// Not a test: screenshots of what a visitor on a slow connection sees while a part loads, when a
// part cannot be fetched, and at 360 px in Japanese, for people to look at.
// node tests/e2e/screenshot-parts.mjs [outdir]   (E2E_DIST: the build to serve; default dist/)
import path from 'node:path';
import fs from 'node:fs/promises';
import { serve, DIST } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';

const out = process.argv[2] || 'tests/e2e/artifacts/parts';
await fs.mkdir(out, { recursive: true });
const server = await serve({ mounts: { '/': path.resolve(process.env.E2E_DIST || DIST) } });
const browser = await launch();
const SAVE_DATA = () => Object.defineProperty(navigator, 'connection', { value: { saveData: true } });

async function open({ width = 1280, height = 900, locale = 'en', throttle = false } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height }, locale });
  await ctx.addInitScript(SAVE_DATA); // no prefetch: every part is fetched at its first use
  const page = await ctx.newPage();
  if (throttle) {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 400e3 / 8, uploadThroughput: 400e3 / 8 });
  }
  await page.goto(server.url + '/');
  await page.waitForSelector('.x1060-category-list', { timeout: 60_000 });
  return { ctx, page };
}

// Loading, on a very slow connection (400 kbit/s, 400 ms).
{
  const { ctx, page } = await open({ throttle: true });
  await page.click('[data-nav="results"]');
  await page.waitForSelector('[data-part="results"][data-part-state="loading"]');
  await page.screenshot({ path: `${out}/results-loading-en-1280.png` });
  await page.waitForSelector('[data-view="results"]', { timeout: 60_000 });
  await page.screenshot({ path: `${out}/results-loaded-en-1280.png` });
  await ctx.close();
}
// A part that cannot be fetched, in Japanese at 360 px, and a download that cannot be made.
{
  const { ctx, page } = await open({ width: 360, height: 780, locale: 'ja' });
  await page.route(/\/(split|chunk)_(?!text)[^/]*\.wasm$/, (r) => r.abort('internetdisconnected'));
  await page.click('[data-nav="results"]');
  await page.waitForSelector('[data-part="results"][data-part-state="failed"]');
  await page.screenshot({ path: `${out}/results-failed-ja-360.png` });
  await page.click('[data-download="html"]');
  await page.waitForSelector('[data-part="files"][data-part-state="failed"]');
  await page.locator('[data-part="files"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/download-failed-ja-360.png` });
  await ctx.close();
}
// A language that cannot be fetched.
{
  const { ctx, page } = await open({ width: 360, height: 780 });
  await page.route(/\/split_text_fr\.wasm$/, (r) => r.abort('internetdisconnected'));
  await page.selectOption('.x1060-header select', 'fr');
  await page.waitForSelector('[data-notice="language-unavailable"]');
  await page.screenshot({ path: `${out}/language-failed-en-360.png` });
  await ctx.close();
}
await browser.close();
await server.close();
console.log('screenshots in', out);
