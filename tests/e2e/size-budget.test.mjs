// Size budget of the first download (docs/performance.md): what a visitor fetches before the first
// screen is interactive, gzip -9, file by file and in total. Sizes are deterministic for a given
// toolchain, so this may fail the build; timings are measured by `npm run bench`, never asserted.
// When a change makes the first screen heavier on purpose, say why in docs/performance.md and raise
// the budget there and here together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './lib/server.mjs';

const dist = path.resolve(process.env.E2E_DIST || DIST);

/** What an embedding page fetches before the widget is interactive, with each file's budget (bytes, gzip -9). */
export const FIRST_DOWNLOAD = {
  'x1060-widget.js': 2_900,
  'x1060.js': 10_000,
  '__wasm_split.js': 2_100,
  'x1060_bg.wasm': 247_500,
  'widget.css': 6_600,
  // The first screen rendered at build time, for a first visit in English (src/first_screen.rs).
  'first-en.html': 3_300,
};
/** The whole first download, gzip -9 (KB = 1,024 bytes). */
export const FIRST_DOWNLOAD_BUDGET = 271_000;
/** The first screen in any language (a first visit fetches one of them). */
export const FIRST_SCREEN_BUDGET = 4_100;

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

test('the first download stays within its budget', async () => {
  let total = 0;
  const over = [];
  for (const [file, budget] of Object.entries(FIRST_DOWNLOAD)) {
    const size = gzip(await fs.readFile(path.join(dist, file)));
    total += size;
    if (size > budget) over.push(`${file} is ${size.toLocaleString('en')} bytes gzip (${kb(size)}), over its budget of ${budget.toLocaleString('en')}`);
  }
  assert.deepEqual(over, [], over.join('\n'));
  assert.ok(total <= FIRST_DOWNLOAD_BUDGET,
    `the first download is ${total.toLocaleString('en')} bytes gzip (${kb(total)}), over the budget of ${FIRST_DOWNLOAD_BUDGET.toLocaleString('en')} (${kb(FIRST_DOWNLOAD_BUDGET)})`);
});

test('the index page preloads nothing but the first download', async () => {
  const html = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="\.\/([^"]+)"/g)].map((m) => m[1]);
  for (const f of preloaded) assert.ok(f in FIRST_DOWNLOAD, `index.html preloads ${f}, which is not part of the first download`);
});

test('the first screen rendered at build time stays small in every language', async () => {
  const files = (await fs.readdir(dist)).filter((f) => /^first-[a-z]+\.html$/.test(f)).sort();
  assert.deepEqual(files, ['first-ar.html', 'first-en.html', 'first-fr.html', 'first-ja.html', 'first-mn.html']);
  for (const f of files) {
    const size = gzip(await fs.readFile(path.join(dist, f)));
    assert.ok(size <= FIRST_SCREEN_BUDGET,
      `${f} is ${size.toLocaleString('en')} bytes gzip (${kb(size)}), over its budget of ${FIRST_SCREEN_BUDGET.toLocaleString('en')}`);
  }
});
