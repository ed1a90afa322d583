// A host page names a catalogue file on its own origin; the widget uses it, says where it comes
// from, and refuses one on another origin without any request. The export downloads the catalogue
// in use as a file that the app reads back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from './lib/hosts.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser({ hosts: true });

test('a catalogue file named by the host page is used, and one on another origin is refused', async (t) => {
  const { page, errors } = await env.newPage(t);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.url}/catalogue.html`);
  const w = page.locator('#widget');
  const about = w.locator('[data-nav="about"]');
  await about.click();
  await w.locator('[data-catalogue-id="cert-example-national"]').waitFor();
  assert.match(await w.locator('[data-catalogue-source]').textContent(), /provided by this web site/);
  await w.locator('[data-nav="checklist"]').click();
  await w.locator('li[data-category="B"] button').click();
  assert.match(await w.locator('[data-service-id="B-3"] h3').textContent(), /national SOC network/);
  // The host's catalogue is not stored: it is fetched at each start.
  assert.equal(await page.evaluate(() => localStorage.getItem('x1060.national/catalogue')), null);

  const foreign = page.locator('#widget-foreign');
  await foreign.locator('[data-notice="catalogue-remote"]').waitFor();
  assert.match(await foreign.locator('[data-notice="catalogue-remote"]').textContent(), /is not on this site/);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), [], 'nothing fetched from another origin');

  // Export: the catalogue in use, as a file the parser accepts.
  await about.click();
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('[data-catalogue-export]').click()]);
  assert.equal(download.suggestedFilename(), 'x1060-catalogue-cert-example-national-2027.1.json');
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  assert.equal(exported.id, 'cert-example-national');
  assert.equal(exported.services.length, 57);
  assert.equal(exported.services.find((s) => s.id === 'B-3').title.en, 'Alerting and warning (national SOC network)');
  await screenshot(page, 'embed-catalogue.png');
  assert.deepEqual(errors, []);
});
