// The standalone page in an iframe on another origin: the host page is served by one server
// (127.0.0.1:P1), the widget by another (P2). As 127.0.0.1:P2 the frame is cross-origin but
// same-site, and storage works; as localhost:P2 it is cross-site, where the browser may partition
// or block its storage (headless Chromium 156 blocks it). Also with storage blocked on purpose: a
// localStorage that throws, and a sandbox without allow-same-origin. In every case the app works
// and says whether it can save.
import { test, before, after } from 'node:test';
import fs from 'node:fs/promises';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { AppPage } from './lib/app-page.mjs';
import { screenshot, savedAssessment, storage } from './lib/hosts.mjs';
import { useBrowser, BUILD } from './lib/setup.mjs';

// The host pages and the browser; the frame's own server is this file's alone.
const env = useBrowser({ hosts: true });
let app;
let sameSite; // http://127.0.0.1:P2/
let crossSite; // http://localhost:P2/
before(async () => {
  // CORS on the widget's files: needed only by the sandboxed frame, whose origin is opaque.
  app = await serve({ mounts: { '/': BUILD }, headers: () => ({ 'access-control-allow-origin': '*' }) });
  sameSite = `http://127.0.0.1:${app.port}/`;
  crossSite = `http://localhost:${app.port}/`;
});
after(async () => {
  await app?.close();
});

/** Opens the host page with the frame; returns the page, its errors and the widget in the frame. */
async function openFramed(t, { src = sameSite, sandbox, initScript } = {}) {
  const { context, page, errors } = await env.newPage(t);
  if (initScript) await context.addInitScript(initScript);
  const query = new URLSearchParams({ src });
  if (sandbox !== undefined) query.set('sandbox', sandbox);
  await page.goto(`${env.url}/iframe.html?${query}`);
  const frame = await framed(page, src);
  return { context, page, errors, frame, widget: await ready(frame) };
}

async function framed(page, src) {
  const handle = await page.waitForSelector('#frame');
  const frame = await handle.contentFrame();
  await frame.waitForURL(src);
  return frame;
}

async function ready(frame) {
  const widget = new AppPage(frame, '[data-x1060-widget]');
  await widget.ready();
  return widget;
}

/** A screenshot of the host page with the frame scrolled to its top, where the notices are. */
async function shot(page, frame, name) {
  await frame.evaluate(() => scrollTo(0, 0));
  await screenshot(page, name);
}

const STORAGE_NOTICE = '[data-notice="storage-unavailable"]';

test('in an iframe on another origin the app saves in the frame\'s storage and restores after a reload', async (t) => {
  const { page, errors, frame, widget } = await openFramed(t);
  assert.notEqual(new URL(frame.url()).origin, new URL(page.url()).origin);
  assert.equal(await widget.root.locator(STORAGE_NOTICE).count(), 0);
  await widget.answer('E-1', { delivery: 'outsourced', current: 2 });
  assert.match(await widget.saveStatus.textContent(), /Saved/);
  await shot(page, frame, 'embed-iframe.png');

  await page.reload();
  const frame2 = await framed(page, sameSite);
  const again = await ready(frame2);
  await again.openCategory('E');
  assert.equal(await again.service('E-1').locator('[data-answered]').getAttribute('data-answered'), 'true');
  assert.deepEqual((await savedAssessment(frame2, 'x1060')).services['E-1'], { need: 'needed', delivery: 'outsourced', current: 2 });
  assert.deepEqual(await storage(page), {}, "nothing in the host page's own storage");
  assert.deepEqual(errors, []);
});

test('in a cross-site iframe the app follows what the browser allows: saves if it may, says so if not', async (t) => {
  const { page, errors, frame, widget } = await openFramed(t, { src: crossSite });
  const canStore = await frame.evaluate(() => { try { return typeof localStorage.length === 'number'; } catch { return false; } });
  await widget.answer('E-2', { delivery: 'in_house', current: 1 });
  if (canStore) {
    assert.equal(await widget.root.locator(STORAGE_NOTICE).count(), 0);
    assert.match(await widget.saveStatus.textContent(), /Saved/);
    assert.deepEqual((await savedAssessment(frame, 'x1060')).services['E-2'], { need: 'needed', delivery: 'in_house', current: 1 });
  } else {
    await widget.root.locator(STORAGE_NOTICE).waitFor();
    assert.match(await widget.saveStatus.textContent(), /Not saved/);
  }
  t.diagnostic(`third-party storage in this browser: ${canStore ? 'allowed (partitioned)' : 'blocked'}`);
  await shot(page, frame, 'embed-iframe-cross-site.png');
  assert.deepEqual(errors, []);
});

test('when reading localStorage throws in the frame, the app works in memory and says so', async (t) => {
  const { page, errors, frame, widget } = await openFramed(t, {
    initScript: () => {
      if (window !== window.top) {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
        });
      }
    },
  });
  await widget.root.locator(STORAGE_NOTICE).waitFor();
  assert.match(await widget.saveStatus.textContent(), /Not saved/);
  await widget.answer('A-2', { delivery: 'in_house', current: 5 });
  assert.match(await widget.saveStatus.textContent(), /Not saved/);
  await widget.openCategory('B');
  await widget.openCategory('A');
  assert.ok(await widget.service('A-2').locator('fieldset').nth(2).getByRole('radio').nth(5).isChecked(), 'kept in memory');
  await shot(page, frame, 'embed-iframe-storage-blocked.png');
  assert.deepEqual(errors, []);
});

test('in a frame sandboxed without allow-same-origin the app works, says it cannot save, and downloads', async (t) => {
  const { page, errors, frame, widget } = await openFramed(t, { sandbox: 'allow-scripts allow-downloads' });
  assert.equal(await frame.evaluate(() => origin), 'null', 'an opaque origin');
  await widget.root.locator(STORAGE_NOTICE).waitFor();
  await widget.answer('F-1', { delivery: 'shared', current: 3 });
  assert.match(await widget.saveStatus.textContent(), /Not saved/);
  const [download] = await Promise.all([page.waitForEvent('download'), widget.root.locator('[data-download="json"]').click()]);
  const data = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
  assert.deepEqual(data.services['F-1'], { need: 'needed', delivery: 'shared', current: 3 });
  await shot(page, frame, 'embed-iframe-sandboxed.png');
  assert.deepEqual(errors, []);
});
