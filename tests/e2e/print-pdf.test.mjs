// The printed report shows its script (issue 17): the Arabic and Mongolian golden summaries are
// printed to PDF by Chromium (A4, as a user would print them) and read back with pdftotext
// (poppler-utils): the titles, category and service names come back intact, so the fonts had the
// glyphs and no text was lost. Arabic is also checked to be laid out right to left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';

const GOLDEN = path.join(ROOT, 'core/tests/golden');
const env = useBrowser({ serve: false });

/** Prints a summary report to PDF and returns the text pdftotext reads from it. */
async function printed(browser, file) {
  const page = await browser.newPage();
  await page.setContent(await fs.readFile(path.join(GOLDEN, file), 'utf8'), { waitUntil: 'load' });
  const dir = await page.evaluate(() => document.documentElement.dir);
  const pdf = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'x1060-pdf-')), file.replace('.html', '.pdf'));
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.close();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  // pdftotext marks directions with bidi controls (U+202A–U+202E): not part of the text.
  return { dir, text: text.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '').normalize('NFC') };
}

test('the Arabic and Mongolian summaries print with their text intact', async () => {
  const ar = await printed(env.browser, 'summary-ar.html');
  assert.equal(ar.dir, 'rtl');
  // Words without a lam-alef ligature (لا، لإ، لآ): pdftotext writes a ligature's two letters in
  // visual order (« اإل » for « الإ »), although the PDF shows them right.
  for (const words of ['ملخص', 'مركز الدفاع السيبراني', 'إدارة المخاطر', 'تقييم محفظة الخدمات', 'خطة التحسين', 'التغطية']) {
    assert.ok(ar.text.includes(words), `ar: "${words}" is in the printed text`);
  }
  const mn = await printed(env.browser, 'summary-mn.html');
  assert.equal(mn.dir, 'ltr');
  for (const words of ['хураангуй', 'Эрсдэлийн', 'Бодит хугацааны шинжилгээ', 'Сайжруулах төлөвлөгөө', 'Хамрах хүрээ']) {
    assert.ok(mn.text.includes(words), `mn: "${words}" is in the printed text`);
  }
});
