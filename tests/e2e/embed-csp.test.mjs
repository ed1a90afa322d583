// Strict Content Security Policy: every file (host pages and the widget's) is served with the
// policy recommended in HOSTING.md as an HTTP header, and a test fails on any violation
// (securitypolicyviolation events, in any frame or shadow root, become console errors; see
// openPage in lib/browser.mjs) or console error. The first test proves that this detector does detect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppPage } from './lib/app-page.mjs';
import { screenshot, savedAssessment, CSP } from './lib/hosts.mjs';
import { useBrowser } from './lib/setup.mjs';

const env = useBrowser({ hosts: { headers: () => ({ 'content-security-policy': CSP }) } });

async function open(t, pathname, hostSelector) {
  const { page, errors } = await env.newPage(t);
  const response = await page.goto(`${env.url}${pathname}`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  const widget = new AppPage(page, hostSelector);
  await widget.ready();
  return { page, errors, widget };
}

/** Everything a user does, under the policy: answers, details, typing, language, views, downloads, reload. */
async function exercise(page, widget) {
  await widget.answer('B-1', { delivery: 'outsourced', current: 3 });
  await widget.openDetails('B-1');
  await widget.details('B-1').locator('input[type="text"]').fill('SOC lead');
  await widget.details('B-1').locator('select').first().selectOption('4');
  await widget.languageSelect.selectOption('ja');
  // Every view (checklist, results with its charts, about), then back.
  const views = widget.root.locator('[data-nav]');
  for (let i = (await views.count()) - 1; i >= 0; i--) {
    await views.nth(i).click();
    await page.waitForTimeout(100);
  }
  for (const kind of ['html', 'json']) {
    const [download] = await Promise.all([page.waitForEvent('download'), widget.root.locator(`[data-download="${kind}"]`).click()]);
    assert.ok(await download.path(), `${kind} download saved`);
  }
  await page.reload();
  await widget.ready();
  assert.equal(await widget.lang(), 'ja');
}

test('the policy is enforced and violations are detected (canary)', async (t) => {
  const { page, errors } = await open(t, '/csp.html', '#widget');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineScript = "ran"';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { color: red }';
    document.head.append(style);
  });
  for (let i = 0; i < 50 && errors.filter((e) => e.startsWith('console: CSP violation')).length < 2; i++) await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.inlineScript), undefined, 'the inline script did not run');
  assert.ok(errors.some((e) => /CSP violation: script-src-elem/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => /CSP violation: style-src-elem/.test(e)), errors.join('\n'));
});

test('embedded with script and element, the widget works under the policy without a single violation', async (t) => {
  const { page, errors, widget } = await open(t, '/csp.html', '#widget');
  assert.equal(await widget.lang(), 'fr');
  await exercise(page, widget);
  assert.deepEqual((await savedAssessment(page, 'x1060.csp')).services['B-1'],
    { need: 'needed', delivery: 'outsourced', current: 3, target: 4, owner: 'SOC lead' });
  await screenshot(page, 'embed-csp.png');
  assert.deepEqual(errors, []);
});

test('the standalone page works under the policy without a single violation', async (t) => {
  const { page, errors, widget } = await open(t, '/x1060/', '[data-x1060-widget]');
  await exercise(page, widget);
  assert.equal((await savedAssessment(page, 'x1060')).services['B-1'].owner, 'SOC lead');
  await screenshot(page, 'embed-csp-standalone.png');
  assert.deepEqual(errors, []);
});
