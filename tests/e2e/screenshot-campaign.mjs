// Screenshots of the campaign screens (issue 16) at 1280 and 360 px, in English and Arabic, for
// review: node tests/e2e/screenshot-campaign.mjs [out-dir]. Not a test.
import { launch } from './lib/browser.mjs';
import { AppPage } from './lib/app-page.mjs';
import { serveHosts } from './lib/hosts.mjs';

const out = process.argv[2] || 'tests/e2e/artifacts';
const server = await serveHosts();
const browser = await launch();
try {
  for (const [width, lang] of [[1280, 'en'], [360, 'en'], [360, 'ar'], [1280, 'ja']]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}/campaign.html`);
    const w = new AppPage(page, '#widget-sealed');
    await w.ready();
    if (lang !== 'en') {
      await w.languageSelect.selectOption(lang);
      await page.waitForFunction((l) => document.querySelector('#widget-sealed').shadowRoot.querySelector('.x1060-host:not(.x1060-first-host) > .x1060')?.getAttribute('lang') === l, lang);
    }
    await w.root.locator('[data-nav="campaign"]').waitFor();
    await w.answer('A-1', { delivery: 'in_house', current: 2 });
    await w.root.locator('[data-nav="campaign"]').click();
    await w.root.locator('select[data-profile-field="sector"]').selectOption('finance');
    await w.root.locator('input[data-share="notes"]').check();
    await w.root.locator('[data-prepare-submission]').click();
    await w.root.locator('[data-submission-preview]').waitFor();
    await w.root.locator('input[data-consent]').check();
    await w.host.screenshot({ path: `${out}/campaign-${width}-${lang}.png` });
    await w.root.locator('[data-nav="workbench"]').click();
    await w.root.locator('[data-wb-organiser] summary').click();
    await w.host.screenshot({ path: `${out}/campaign-workbench-${width}-${lang}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
