// Self-hosting: the build works when its folder sits under any path of a static server (relative
// URLs), both as dist/ and as the release bundle unpacked from the zip that `npm run bundle`
// makes (.ci/bundle.sh; here with X1060_BUNDLE_SKIP_BUILD=1 on the existing build).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT, DIST } from './lib/server.mjs';
import { AppPage } from './lib/app-page.mjs';
import { screenshot, savedAssessment, storage, CSP } from './lib/hosts.mjs';
import { useBrowser, requireBuild } from './lib/setup.mjs';

const run = promisify(execFile);
const DEEP = '/some/deep/path/';
const VERSION = (await fs.readFile(path.join(ROOT, 'Cargo.toml'), 'utf8')).match(/^version\s*=\s*"([^"]+)"/m)[1];
const FOLDER = `x1060-widget-${VERSION}`;

// The browser; each test serves its folder under DEEP itself.
const env = useBrowser({ serve: false });
let tmp;
let unpacked;
before(async () => {
  await requireBuild({ dist: DIST, hosts: true });
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'x1060-bundle-'));
  await run('bash', [path.join(ROOT, '.ci', 'bundle.sh')], {
    cwd: ROOT, env: { ...process.env, X1060_BUNDLE_SKIP_BUILD: '1', X1060_BUNDLE_OUT: tmp },
  });
  await run('python3', ['-m', 'zipfile', '-e', path.join(tmp, `${FOLDER}.zip`), path.join(tmp, 'unpacked')]);
  unpacked = path.join(tmp, 'unpacked');
});
after(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

test('the bundle is one versioned folder with the app, the hosting guide and the tested CSP', async () => {
  assert.deepEqual(await fs.readdir(unpacked), [FOLDER]);
  const files = (await fs.readdir(path.join(unpacked, FOLDER))).sort();
  const built = (await fs.readdir(DIST, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  assert.deepEqual(files, [...built, 'HOSTING.md'].sort());
  for (const f of ['index.html', 'x1060-widget.js', 'x1060.js', 'x1060_bg.wasm', 'widget.css']) assert.ok(files.includes(f), f);
  const guide = await fs.readFile(path.join(unpacked, FOLDER, 'HOSTING.md'), 'utf8');
  assert.ok(guide.includes(`Content-Security-Policy: ${CSP}`), 'HOSTING.md recommends the CSP the tests run under');
  assert.ok(guide.includes('application/wasm'));
  assert.ok(guide.includes(`${FOLDER}/x1060-widget.js`), 'the snippet names the versioned folder');
  assert.doesNotMatch(guide, /@[A-Z]+@/, 'no unfilled placeholder');
});

for (const source of ['dist', 'bundle']) {
  const folder = () => (source === 'dist' ? DIST : path.join(unpacked, FOLDER));

  test(`${source} under ${DEEP}: the host page and the standalone page load only from there, and keep answers`, async (t) => {
    const server = await env.serveHosts(t, { distAt: DEEP, dist: folder() });
    const { page, errors } = await env.newPage(t);
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });

    // Script and element on a page outside the folder.
    await page.goto(`${server.url}/subpath.html`);
    const widget = new AppPage(page, '#widget');
    await widget.ready();
    await widget.answer('C-2', { delivery: 'in_house', current: 4 });
    await page.reload();
    await widget.ready();
    assert.deepEqual((await savedAssessment(page, 'x1060.deep')).services['C-2'], { need: 'needed', delivery: 'in_house', current: 4 });
    await screenshot(page, `embed-subpath-${source}.png`);

    // The standalone page, opened at the folder's address.
    await page.goto(`${server.url}${DEEP}`);
    const standalone = new AppPage(page, '[data-x1060-widget]');
    await standalone.ready();
    await standalone.answer('A-1', { delivery: 'outsourced', current: 1 });
    assert.deepEqual((await savedAssessment(page, 'x1060')).services['A-1'], { need: 'needed', delivery: 'outsourced', current: 1 });
    assert.deepEqual(Object.keys(await storage(page)).filter((k) => !/^x1060(\.deep)?\//.test(k)), []);

    const outside = server.requests.filter((p) => p !== '/subpath.html' && !p.startsWith(DEEP));
    assert.deepEqual(outside, [], 'every request but the host page is under the folder');
    assert.ok(server.requests.includes(`${DEEP}x1060_bg.wasm`));
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
  });
}
