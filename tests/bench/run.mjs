// The benchmark: builds the release, two floors (a static page, a bare Yew app) and a probe of the
// domain crate, then measures in one run on this machine: transfer sizes, first render and
// interactive (cold loads, side by side with the floors), click latency, download times, the
// catalogue's start-up cost and memory. Not part of `npm test`.
//
//   npm run bench                        # = bash .ci/setup.sh && node tests/bench/run.mjs
//   node tests/bench/run.mjs --runs=12 --clicks=300 --downloads=10   # the defaults
//     --no-build      reuse the builds in tests/bench/out
//     --no-mobile     skip the throttled (slow 4G, 4x CPU) loads
//     --baseline=DIR  also load another build of the app (a dist folder), side by side
//     --workbench=1000,10000   file counts of the workbench scenario (the default)
//     --only=workbench         only the workbench scenario, on the last build (or --app=DIR, a dist folder)
//
// Prints Markdown tables; writes tests/bench/out/results.{md,json}. See docs/performance.md.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../e2e/lib/browser.mjs';
import { folderSizes, total, wasmSections } from './lib/sizes.mjs';
import { releaseProfile, wasmOptAttributes, writeStaticFloor } from './lib/floors.mjs';
import { downloadProbe, interactionProbe, loadProbe } from './lib/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'tests/bench/out');
const DIST = { app: path.join(OUT, 'app'), yew: path.join(OUT, 'floor-yew'), static: path.join(OUT, 'floor-static'), probe: path.join(OUT, 'probe-core') };
const CRATES = { yew: path.join(ROOT, 'tests/bench/floor-yew'), probe: path.join(ROOT, 'tests/bench/probe-core') };
const CATALOGUE = path.join(ROOT, 'core/catalogue/builtin.json');
// The first app version's key: the app adopts an assessment found there into its library.
const SEED_KEY = 'x1060/assessment';

const opt = Object.fromEntries(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, '').split('=');
  return [k, v ?? true];
}));
const RUNS = Number(opt.runs ?? 12);
const CLICKS = Number(opt.clicks ?? 300);
const DOWNLOAD_REPEATS = Number(opt.downloads ?? 10);
const PART_RUNS = Number(opt['part-runs'] ?? 5);
const MOBILE = !opt['no-mobile'];
// --baseline=DIR: another build of the app (a dist folder) loaded side by side with this one, in
// the same run, to compare before and after a change on a busy machine.
const BASELINE = opt.baseline ? path.resolve(String(opt.baseline)) : null;
if (BASELINE) DIST.base = BASELINE;
if (opt.app) DIST.app = path.resolve(String(opt.app));
const KINDS = ['static', 'yew', 'app', ...(BASELINE ? ['base'] : [])];
const LABEL = { static: 'static HTML floor', yew: 'bare Yew floor', app: '**app**', base: `baseline app (${opt.baseline})` };

// Lighthouse's "slow 4G" mobile setting: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower.
const SCENARIOS = [{ name: 'local', label: 'this machine, no throttling' }];
if (MOBILE) {
  SCENARIOS.push({
    name: 'mobile', label: 'slow 4G (150 ms RTT, 1.6 Mbit/s) and 4x CPU slowdown',
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 }, cpu: 4,
  });
}

const log = (...a) => console.error('[bench]', ...a);

// ---------------------------------------------------------------------------------------------
// 1. Builds: the app's release, the bare Yew floor and the probe (same profile, same Trunk), the
//    static floor.

function sh(cmd, cwd = ROOT) {
  log(cmd);
  const r = spawnSync('bash', ['-c', `source "${ROOT}/.ci/env.sh" && cd "${cwd}" && ${cmd}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`failed (${r.status}): ${cmd}`);
}

/** The bare Yew floor and the probe must be built like the app: same profile, same wasm-opt. */
function checkBuiltAlike() {
  const appProfile = releaseProfile(path.join(ROOT, 'Cargo.toml'));
  const appOpt = wasmOptAttributes(path.join(ROOT, 'index.html'));
  const problems = [];
  for (const dir of Object.values(CRATES)) {
    const name = path.relative(ROOT, dir);
    const profile = releaseProfile(path.join(dir, 'Cargo.toml'));
    const wasmOpt = wasmOptAttributes(path.join(dir, 'index.html'));
    if (profile !== appProfile) problems.push(`${name}: [profile.release] is "${profile.replace(/\n/g, '; ')}", the app's is "${appProfile.replace(/\n/g, '; ')}"`);
    if (wasmOpt !== appOpt) problems.push(`${name}: wasm-opt attributes are "${wasmOpt}", the app's are "${appOpt}"`);
  }
  if (problems.length) throw new Error(`Build the bench crates like the app:\n${problems.join('\n')}`);
  return { profile: appProfile.replace(/\n/g, '; '), wasmOpt: appOpt };
}

function build() {
  const same = checkBuiltAlike();
  if (!opt['no-build']) {
    sh(`trunk build --release --offline --locked --dist "${DIST.app}"`);
    for (const [k, dir] of Object.entries(CRATES)) {
      // The app's lock file, so that yew, wasm-bindgen and serde are the very versions the app
      // uses (cargo drops what the crate does not need); the copy is ignored by git.
      fs.copyFileSync(path.join(ROOT, 'Cargo.lock'), path.join(dir, 'Cargo.lock'));
      // Without the app's `--emit-relocs` (.cargo/config.toml, which applies to every crate under
      // the repository): the floors are not split, and wasm-opt cannot shrink a module that still
      // has its linking section.
      sh(`RUSTFLAGS= trunk build --release --offline --dist "${DIST[k]}"`, dir);
    }
  }
  writeStaticFloor(CATALOGUE, DIST.static);
  return same;
}

function versions() {
  const v = (cmd) => { try { return execFileSync('bash', ['-c', `source "${ROOT}/.ci/env.sh" >/dev/null && ${cmd}`], { encoding: 'utf8' }).trim().split('\n')[0]; } catch { return '?'; } };
  return {
    rustc: v('rustc --version'), trunk: v('trunk --version'), wasmBindgen: v('wasm-bindgen --version'),
    wasmOpt: v('wasm-opt --version'), node: process.version, commit: v('git rev-parse --short HEAD') + (v('git status --porcelain -- src core Cargo.toml Cargo.lock index.html styles') ? ' (with uncommitted changes)' : ''),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. A static server with the compression a real host would use (brotli if the browser takes it,
//    else gzip), no caching, and a log of what each page fetched.

function startServer() {
  // Compressed once, before the first request (brotli -q 11 of the wasm takes a second or two).
  const cache = new Map();
  const compressed = (file) => {
    if (!cache.has(file)) {
      const raw = fs.readFileSync(file);
      cache.set(file, {
        raw,
        gzip: zlib.gzipSync(raw, { level: 9 }),
        br: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
      });
    }
    return cache.get(file);
  };
  for (const dir of Object.values(DIST)) if (fs.existsSync(dir)) for (const { file } of folderSizes(dir)) compressed(path.join(dir, file));
  const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const [, mount, ...rest] = url.pathname.split('/');
    const dir = DIST[mount];
    let rel = decodeURIComponent(rest.join('/'));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = dir && path.join(dir, rel);
    if (!file || !file.startsWith(dir) || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
    const entry = compressed(file);
    const ae = String(req.headers['accept-encoding'] || '');
    const enc = /\bbr\b/.test(ae) && entry.br.length < entry.raw.length ? 'br'
      : /\bgzip\b/.test(ae) && entry.gzip.length < entry.raw.length ? 'gzip' : null;
    const body = enc ? entry[enc] : entry.raw;
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', 'content-length': body.length };
    if (enc) headers['content-encoding'] = enc;
    requests.push({ mount, file: rel, enc: enc || 'identity', bytes: body.length });
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({
    url: `http://127.0.0.1:${server.address().port}`, log: requests, close: () => new Promise((c) => server.close(c)),
  })));
}

// ---------------------------------------------------------------------------------------------
// 3. Measurements in Chromium.

async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
  });
}

/** A fresh context (no cache, no storage) with the HTTP cache disabled and the scenario's throttling. */
async function coldPage(browser, scenario, { init = [] } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  let resolveDone;
  const done = new Promise((r) => { resolveDone = r; });
  await context.exposeBinding('__benchDone', (_src, r) => resolveDone(r));
  for (const [fn, arg] of init) await context.addInitScript(fn, arg);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (scenario.network) await cdp.send('Network.emulateNetworkConditions', scenario.network);
  if (scenario.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.cpu });
  return { context, page, cdp, done };
}

/** JS heap after a garbage collection, wasm memory, DOM counters. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
  const page_ = await page.evaluate(() => ({
    wasm: window.__benchWasm?.exports?.memory?.buffer?.byteLength ?? 0,
    perfMemory: performance.memory ? performance.memory.usedJSHeapSize : null,
  }));
  return { jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize, perfMemoryUsed: page_.perfMemory, wasmMemory: page_.wasm, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

async function coldLoad(browser, server, kind, scenario) {
  const probe = kind === 'base' ? 'app' : kind;
  const { context, page, cdp, done: result } = await coldPage(browser, scenario, { init: [[loadProbe, { kind: probe }]] });
  let wire = 0;
  cdp.on('Network.loadingFinished', (e) => { wire += e.encodedDataLength; });
  const timeout = setTimeout(() => log(`slow load: ${kind} ${scenario.name}`), 30_000);
  await page.goto(`${server.url}/${kind}/`, { waitUntil: 'commit' });
  const r = await result;
  clearTimeout(timeout);
  await page.waitForLoadState('load');
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
      resources: Object.fromEntries(performance.getEntriesByType('resource')
        .map((e) => [e.name.split('/').pop(), { start: e.startTime, end: e.responseEnd, transfer: e.transferSize }])) };
  });
  const mem = scenario.name === 'local' ? await memory(page, cdp) : null;
  await context.close();
  const longTaskMs = r.longTasks.reduce((s, [, d]) => s + d, 0);
  return { ...r.t, ...nav, wire, longTaskMs, longTasks: r.longTasks.length, mem };
}

/** A full assessment: every service of the catalogue answered, every field used somewhere. */
function fullAssessment() {
  const cat = JSON.parse(fs.readFileSync(CATALOGUE, 'utf8'));
  const services = {};
  const deliveries = ['in_house', 'outsourced', 'shared', 'not_yet'];
  const priorities = ['high', 'medium', 'low'];
  cat.services.forEach((s, i) => {
    services[s.id] = i % 7 === 6 && s.category !== 'A'
      ? { need: 'not_needed', reason: `Provided by the national CERT under agreement ${i}.` }
      : { need: 'needed', delivery: deliveries[i % 4], current: i % 6, target: Math.min(5, (i % 6) + 1 + (i % 2)),
        priority: priorities[i % 3], owner: `Team lead ${i}`, evidence: `Procedure manual v${i % 4 + 1}, section ${i % 9 + 1}; audit report 2026-${String(i % 12 + 1).padStart(2, '0')}`,
        note: `Reviewed with the ${s.id} owner; next review in the second quarter. <b>Markup</b> & "quotes" stay text.` };
  });
  return {
    format: 'x1060-assessment', schema: 1, app_version: '0.1.0', name: 'Benchmark assessment',
    created: '2026-11-01T09:00:00.000Z', updated: '2026-11-02T17:30:00.000Z',
    catalogue: { id: cat.id, version: cat.version },
    profile: { organisation: 'Example Telecom', sector: 'Telecommunications', size: '1200', country: 'Kenya', assessor: 'A. Mwangi', date: '2026-11-02' },
    services,
  };
}

// ---------------------------------------------------------------------------------------------
// The coordinator workbench at scale: N returned files of a full assessment (each another
// organisation, with its own uid), written to a temporary folder and given to the page through
// "Choose a folder" (setInputFiles with the folder). Measured: choice → the picture shows N
// organisations (in the page's clock), the peak JS heap (CDP Performance.getMetrics, sampled every
// 100 ms) and the longest main-thread task (PerformanceObserver).

const WORKBENCH_COUNTS = String(opt.workbench ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);

function workbenchFolder(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `x1060-wb-${n}-`));
  const base = fullAssessment();
  for (let i = 0; i < n; i++) {
    const a = { ...base, schema: 2, uid: `bench-${i}`, created: `2026-11-01T09:${String(i % 60).padStart(2, '0')}:00.000Z`,
      profile: { ...base.profile, organisation: `Organisation ${i}`, sector: ['Energy', 'Finance', 'Health', 'Telecommunications'][i % 4] } };
    fs.writeFileSync(path.join(dir, `org-${String(i).padStart(5, '0')}.json`), JSON.stringify(a, null, 2));
  }
  return dir;
}

async function workbenchScale(browser, server, n) {
  const dir = workbenchFolder(n);
  const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  const { context, page, cdp } = await coldPage(browser, SCENARIOS[0]);
  try {
    await page.goto(`${server.url}/app/`);
    const host = page.locator('[data-x1060-widget]');
    await host.locator('[data-nav="workbench"]').click();
    const wb = host.locator('[data-view="workbench"]');
    await wb.locator('[data-file-pick="workbench"] [data-wb-folder]').waitFor({ state: 'attached' });
    await cdp.send('Performance.enable');
    await page.evaluate(() => {
      window.__wbLong = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__wbLong.push(e.duration); }).observe({ type: 'longtask' });
    });
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const m = await cdp.send('Performance.getMetrics').catch(() => null);
        const used = m?.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
        if (used > peak) peak = used;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t0 = await page.evaluate(() => performance.now());
    await wb.locator('[data-file-pick="workbench"] [data-wb-folder]').setInputFiles(dir);
    const shown = await page.waitForFunction((count) => {
      const root = document.querySelector('[data-x1060-widget]').shadowRoot;
      return root.querySelector(`[data-wb-organisations="${count}"]`) ? performance.now() : null;
    }, n, { timeout: 30 * 60_000, polling: 'raf' });
    const t1 = await shown.jsonValue();
    sampling = false;
    await sampler;
    const long = await page.evaluate(() => window.__wbLong);
    return { files: n, bytes, toPicture: t1 - t0, peakJsHeap: peak, longest: long.length ? Math.max(...long) : 0, longTasks: long.length, longTotal: long.reduce((a, b) => a + b, 0) };
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function workbenchTable(rows) {
  const md = ['', '### Coordinator workbench at scale (files of a full assessment, chosen as a folder; this machine, no throttling)', '',
    '| files | total size | choice → picture shown | peak JS heap | longest main-thread task | long tasks (count, total) |', '|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    if (r.error) { md.push(`| ${r.files} | | **failed:** ${String(r.error.message ?? r.error).split('\n')[0]} | | | |`); continue; }
    md.push(`| ${r.files} | ${(r.bytes / 2 ** 20).toFixed(1)} MB | ${(r.toPicture / 1000).toFixed(2)} s | ${(r.peakJsHeap / 2 ** 20).toFixed(1)} MB | ${ms(r.longest)} ms | ${r.longTasks}, ${ms(r.longTotal)} ms |`);
  }
  return md;
}

async function workbenchOnly() {
  const server = await startServer();
  const browser = await launch();
  const rows = [];
  try {
    for (const n of WORKBENCH_COUNTS) {
      log(`workbench: ${n} files`);
      rows.push(await workbenchScale(browser, server, n).catch((e) => ({ files: n, error: e })));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const text = workbenchTable(rows).join('\n');
  console.log(text);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'workbench.md'), text + '\n');
  if (rows.some((r) => r.error)) process.exitCode = 1;
}

function seedStorage({ key, value }) {
  if (!sessionStorage.getItem('bench-seeded')) {
    localStorage.setItem(key, value);
    localStorage.setItem('x1060/prefs', '{"lang":"en"}');
    sessionStorage.setItem('bench-seeded', '1');
  }
}

async function interactionAndDownloads(browser, server) {
  const assessment = fullAssessment();
  const { context, page, cdp, done: loaded } = await coldPage(browser, SCENARIOS[0], {
    init: [[seedStorage, { key: SEED_KEY, value: JSON.stringify(assessment) }], [loadProbe, { kind: 'app' }]],
  });
  await page.goto(`${server.url}/app/`);
  await loaded;
  const host = page.locator('[data-x1060-widget]');
  // The probe opened category A; the full assessment must have been read (no notice, all answered).
  await host.locator('[data-service-id="A-1"]').waitFor();
  const notices = await host.locator('[data-notice]').count();
  if (notices) throw new Error(`the seeded assessment was not read cleanly (${notices} notice(s))`);
  const unanswered = await host.locator('[data-service-id] [data-answered="false"]').count();
  if (unanswered) throw new Error(`the seeded assessment should answer every service; ${unanswered} unanswered in category A`);
  const ids = await host.locator('[data-service-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-service-id')));
  const legend = await host.locator(`[data-service-id="${ids[0]}"] fieldset`).nth(2).locator('legend').textContent();
  if (!/current level/i.test(legend)) throw new Error(`expected the third fieldset to be the current level, found "${legend}"`);

  await page.evaluate(interactionProbe, { prefix: 'x1060/' });
  const levels = Object.fromEntries(ids.map((id) => [id, assessment.services[id].current]));
  const clicks = [];
  for (let i = 0; i < CLICKS; i++) {
    const id = ids[i % ids.length];
    const level = (levels[id] + 1 + (i % 4)) % 6; // always a different level than now
    levels[id] = level;
    await page.evaluate(([a, b]) => window.__lat.arm(a, b), [id, level]);
    await host.locator(`[data-service-id="${id}"] fieldset`).nth(2).locator('input[type=radio]').nth(level).click();
    clicks.push(await page.evaluate(() => window.__lat.wait()));
  }
  const slowEvents = await page.evaluate(() => performance.getEntriesByType('event').filter((e) => e.name === 'click').map((e) => e.duration));

  // Downloads of the full assessment (every button the app offers).
  await page.evaluate(downloadProbe);
  const kinds = await host.locator('[data-download]').evaluateAll((els) => els.map((e) => e.getAttribute('data-download')));
  const downloads = {};
  for (const kind of kinds) {
    downloads[kind] = [];
    for (let i = 0; i < DOWNLOAD_REPEATS; i++) {
      // The time is the page's own (click → the app hands the file over). Headless Chromium now
      // and then drops a download event of a quick series; that costs the Playwright column only.
      await page.evaluate(() => { window.__dl.pending = null; });
      const t0 = Date.now();
      const event = page.waitForEvent('download', { timeout: 5000 }).then((d) => ({ d, t: Date.now() - t0 }), () => null);
      await host.locator(`[data-download="${kind}"]`).click();
      const got = await event;
      const rec = await page.evaluate(() => window.__dl.pending);
      if (rec?.ready == null) throw new Error(`download "${kind}": the app made no file after the click`);
      downloads[kind].push({ ready: rec.ready, bytes: rec.bytes, name: rec.name, event: got ? got.t : null });
      await got?.d.delete();
    }
  }
  const mem = await memory(page, cdp);
  await context.close();
  return { clicks, slowEvents, downloads, mem, services: Object.keys(assessment.services).length };
}

/**
 * Each on-demand part, from the click to the view on screen (the next animation frame after its
 * element exists; the files part: to the file handed to the browser), fresh page per mode:
 * "prefetched" waits until the idle prefetch has fetched every part; "first use" asks for Save-Data,
 * which turns the prefetch off, so the click fetches the part.
 */
async function partTimes(browser, server, scenario, mode) {
  const init = [[loadProbe, { kind: 'app' }], [downloadProbe, undefined]];
  if (mode === 'first use') init.push([() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }), undefined]);
  const { context, page, done } = await coldPage(browser, scenario, { init });
  await page.goto(`${server.url}/app/`);
  await done;
  // What the idle prefetch fetches: the view parts and the files part (other languages are not prefetched).
  const prefetched = fs.readdirSync(DIST.app).filter((f) => /^split_/.test(f) && !/^split_text_/.test(f));
  if (mode === 'prefetched') {
    await page.waitForFunction((names) => {
      const got = new Set(performance.getEntriesByType('resource').filter((e) => e.responseEnd > 0).map((e) => e.name.split('/').pop()));
      return names.every((n) => got.has(n));
    }, prefetched, { timeout: 120_000 });
    await page.waitForTimeout(1000); // their instantiation
  }
  const out = {};
  for (const [name, nav, view] of [['Results', 'results', 'results'], ['Assessments', 'assessments', 'assessments'], ['About', 'about', 'about']]) {
    out[name] = await page.evaluate(([navSel, viewSel]) => new Promise((resolve) => {
      const root = document.querySelector('[data-x1060-widget]').shadowRoot;
      const t0 = performance.now();
      root.querySelector(navSel).click();
      const check = () => (root.querySelector(viewSel) ? resolve(performance.now() - t0) : requestAnimationFrame(check));
      check();
    }), [`[data-nav="${nav}"]`, `[data-view="${view}"]`]);
  }
  await page.evaluate(() => { window.__dl.pending = null; });
  const event = page.waitForEvent('download', { timeout: 60_000 }).catch(() => null);
  await page.locator('[data-x1060-widget] [data-download="json"]').click();
  await page.waitForFunction(() => window.__dl.pending?.ready != null, null, { timeout: 60_000 });
  out['Files (JSON download)'] = await page.evaluate(() => window.__dl.pending.ready);
  await (await event)?.delete();
  await context.close();
  return out;
}

/** The domain's start-up work (reading the built-in catalogue), timed in release wasm apart from the app. */
async function probeCore(browser, server) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const { context, page } = await coldPage(browser, SCENARIOS[0]);
    await page.goto(`${server.url}/probe/`);
    await page.waitForFunction(() => window.wasmBindings?.parse_builtin);
    runs.push(await page.evaluate(() => {
      const b = window.wasmBindings;
      let t0 = performance.now();
      const services = b.parse_builtin();
      const first = performance.now() - t0;
      const warm = [];
      for (let k = 0; k < 31; k++) { t0 = performance.now(); b.parse_builtin(); warm.push(performance.now() - t0); }
      warm.sort((x, y) => x - y);
      return { services, bytes: b.builtin_bytes(), first, warm: warm[15] };
    }));
    await context.close();
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// 4. Statistics and the report.

const q = (xs, p) => {
  const s = [...xs].filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * p;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const stat = (xs) => ({ n: xs.length, median: q(xs, 0.5), p25: q(xs, 0.25), p75: q(xs, 0.75), p95: q(xs, 0.95), min: q(xs, 0), max: q(xs, 1) });
const ms = (x) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : '–');
const kb = (b) => (b / 1024).toFixed(1);
const spread = (s) => `${ms(s.median)} (${ms(s.p25)}–${ms(s.p75)}; ${ms(s.min)}–${ms(s.max)})`;
const ratio = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');

/** A part of the app fetched after the first screen (src/parts.rs): a split module or a shared chunk. */
const isPart = (file) => /^(split|chunk)_.*\.wasm$/.test(file);

function sizeTable(rows, requested) {
  const lines = ['| file | raw | gzip | brotli | fetched |', '|---|---:|---:|---:|---|'];
  const when = (f) => (!requested.has(f) ? 'no' : isPart(f) ? 'after the first screen (part)' : 'first screen');
  for (const r of rows) lines.push(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.br} | ${when(r.file)} |`);
  const all = total(rows);
  const got = total(rows.filter((r) => requested.has(r.file) && !isPart(r.file)));
  const parts = total(rows.filter((r) => isPart(r.file)));
  lines.push(`| **all files** | ${all.raw} | ${all.gzip} | ${all.br} | |`);
  if (parts.raw) lines.push(`| all parts, together | ${parts.raw} | ${parts.gzip} (${kb(parts.gzip)} KB) | ${parts.br} | |`);
  lines.push(`| **first download** (fetched before the first screen) | **${got.raw}** | **${got.gzip}** (${kb(got.gzip)} KB) | **${got.br}** | |`);
  return { text: lines.join('\n'), fetched: got, parts, all };
}

async function main() {
  const started = new Date();
  const load0 = os.loadavg();
  fs.mkdirSync(OUT, { recursive: true });
  const same = build();
  const ver = versions();

  const sizeRows = Object.fromEntries(Object.entries(DIST).map(([k, d]) => [k, folderSizes(d)]));
  const wasmFile = (k) => sizeRows[k].find((r) => r.file.endsWith('_bg.wasm'))?.file;
  const sections = wasmSections(fs.readFileSync(path.join(DIST.app, wasmFile('app'))));
  const wasmOptRan = !sections.some((s) => s.section === 'custom:name');
  const wasmName = wasmFile('app');

  const server = await startServer();
  const browser = await launch();
  const chromiumVersion = browser.version();
  const loads = {};
  let inter;
  let probe;
  let partRuns = null;
  const workbenchRows = [];
  try {
    for (const sc of SCENARIOS) {
      loads[sc.name] = Object.fromEntries(KINDS.map((k) => [k, []]));
      const kinds = KINDS;
      for (const k of kinds) await coldLoad(browser, server, k, sc); // warm-up, not counted
      for (let i = 0; i < RUNS; i++) {
        const order = kinds.map((_, j) => kinds[(i + j) % kinds.length]); // rotate, so drift hits all alike
        for (const k of order) loads[sc.name][k].push(await coldLoad(browser, server, k, sc));
        log(`${sc.name}: ${i + 1}/${RUNS} cold loads of each`);
      }
    }
    log(`interaction: ${CLICKS} clicks, downloads: ${DOWNLOAD_REPEATS} each`);
    // A failure here must not lose the load measurements above: it is reported instead.
    inter = await interactionAndDownloads(browser, server).catch((e) => ({ error: e }));
    probe = await probeCore(browser, server).catch((e) => ({ error: e }));
    log('parts: prefetched and first use');
    partRuns = {};
    for (const sc of SCENARIOS) {
      for (const mode of ['prefetched', 'first use']) {
        const key = `${sc.name}|${mode}`;
        partRuns[key] = [];
        for (let i = 0; i < PART_RUNS; i++) {
          const r = await partTimes(browser, server, sc, mode).catch((e) => ({ error: e }));
          if (r.error) { partRuns[key] = { error: r.error }; break; }
          partRuns[key].push(r);
        }
      }
    }
    for (const n of WORKBENCH_COUNTS) {
      log(`workbench: ${n} files`);
      workbenchRows.push(await workbenchScale(browser, server, n).catch((e) => ({ files: n, error: e })));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const requested = Object.fromEntries(Object.keys(DIST).map((k) => [k, new Set(server.log.filter((r) => r.mount === k).map((r) => r.file))]));
  const encodings = [...new Set(server.log.filter((r) => r.file.endsWith('.wasm')).map((r) => r.enc))].join(', ');

  // ---- report
  const md = [];
  const cpu = os.cpus();
  md.push(`## Results ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  md.push('');
  md.push(`Machine: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; load average ${load0.map((x) => x.toFixed(2)).join(' ')} at start, ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} at the end.`);
  md.push(`Tools: ${ver.rustc}; ${ver.trunk}; ${ver.wasmBindgen}; ${ver.wasmOpt}; Chromium ${chromiumVersion} (headless); node ${ver.node}. Commit ${ver.commit}.`);
  md.push(`Profile (app and bare-Yew floor): ${same.profile}; ${same.wasmOpt}. wasm-opt ran on the app: ${wasmOptRan ? 'yes (no name section left)' : '**NO** (name section present)'}.`);
  md.push('');
  md.push('### Transfer sizes (bytes)');
  const app = sizeTable(sizeRows.app, requested.app);
  const yewT = sizeTable(sizeRows.yew, requested.yew);
  const stT = sizeTable(sizeRows.static, requested.static);
  md.push('', 'App (standalone page, `tests/bench/out/app`):', '', app.text);
  md.push('', 'Bare Yew floor:', '', yewT.text);
  if (BASELINE) {
    const b = sizeTable(sizeRows.base, requested.base);
    md.push('', `Baseline app (${opt.baseline}): fetched by a visitor ${b.fetched.raw} raw, ${b.fetched.gzip} gzip (${kb(b.fetched.gzip)} KB), ${b.fetched.br} brotli.`);
  }
  md.push('', `Static floor: index.html ${stT.all.raw} raw, ${stT.all.gzip} gzip, ${stT.all.br} brotli.`);
  md.push('', 'Sections of the app\'s wasm (each compressed alone):', '', '| section | raw | gzip | brotli |', '|---|---:|---:|---:|');
  for (const s of sections.filter((s) => s.raw > 500)) md.push(`| ${s.section} | ${s.raw} | ${s.gzip} | ${s.br} |`);
  md.push('', `The server sent the wasm as: ${encodings}.`);

  md.push('', `### Load: first render and interactive (ms after navigation start; median (p25–p75; min–max) of ${RUNS} cold loads)`);
  for (const sc of SCENARIOS) {
    const L = loads[sc.name];
    const s = (k, f) => stat(L[k].map(f));
    const fr = Object.fromEntries(KINDS.map((k) => [k, s(k, (r) => r.firstRender)]));
    const ti = Object.fromEntries(KINDS.map((k) => [k, s(k, (r) => r.interactive)]));
    md.push('', `**${sc.name}** (${sc.label}):`, '');
    md.push('| page | first render | interactive | long tasks (ms, median) | bytes on the wire (median) |', '|---|---:|---:|---:|---:|');
    for (const k of KINDS) {
      md.push(`| ${LABEL[k]} | ${spread(fr[k])} | ${spread(ti[k])} | ${ms(q(L[k].map((r) => r.longTaskMs), 0.5))} | ${q(L[k].map((r) => r.wire), 0.5)} |`);
    }
    md.push('', `Ratios of medians: first render app/static **${ratio(fr.app.median, fr.static.median)}**, app/bare-Yew ${ratio(fr.app.median, fr.yew.median)}; interactive app/static ${ratio(ti.app.median, ti.static.median)}, app/bare-Yew ${ratio(ti.app.median, ti.yew.median)}.`);
    if (BASELINE) md.push(`Baseline: first render baseline/static ${ratio(fr.base.median, fr.static.median)}, app/baseline ${ratio(fr.app.median, fr.base.median)}; interactive app/baseline ${ratio(ti.app.median, ti.base.median)}.`);
    md.push(`First render came from: app ${[...new Set(L.app.map((r) => r.firstRenderSource))].join(', ')}.`);
    const med = (f) => ms(q(L.app.map(f), 0.5));
    const res = (name, k) => (r) => r.resources?.[name]?.[k];
    md.push(`Where the app's time goes (medians, ms from navigation start): wasm requested ${med(res(wasmName, 'start'))}, received ${med(res(wasmName, 'end'))}; `
      + `instantiated ${med((r) => r.wasmInstantiated)}; category list in the DOM (still hidden) ${med((r) => r.inDom)}; `
      + `widget.css requested ${med(res('widget.css', 'start'))}, received ${med(res('widget.css', 'end'))}; shown ${med((r) => r.visible)}; painted ${med((r) => r.firstRender)}.`);
    loads[sc.name].summary = { fr, ti };
  }

  const failed = (what, e) => md.push('', `### ${what}`, '', `**Failed:** ${String(e?.message ?? e).split('\n')[0]}`);
  let lat = null;
  const dlSummary = {};
  if (inter.error) {
    failed('Interaction, downloads and memory after a full assessment', inter.error);
  } else {
    lat = stat(inter.clicks.map((c) => c.latency));
    const frame = stat(inter.clicks.map((c) => c.frame));
    const save = stat(inter.clicks.map((c) => c.save));
    md.push('', `### Interaction: a click on a level, to the updated screen and the saved data (${inter.clicks.length} clicks, ${inter.services} services answered)`);
    md.push('', '| measure | median | p95 | max |', '|---|---:|---:|---:|');
    md.push(`| click → screen updated and localStorage written | ${ms(lat.median)} | **${ms(lat.p95)}** | ${ms(lat.max)} |`);
    md.push(`| click → localStorage written | ${ms(save.median)} | ${ms(save.p95)} | ${ms(save.max)} |`);
    md.push(`| click → next frame after both (includes waiting for the frame) | ${ms(frame.median)} | ${ms(frame.p95)} | ${ms(frame.max)} |`);
    md.push('', `Event Timing entries of 16 ms or more (click to next paint): ${inter.slowEvents.length} of ${inter.clicks.length}${inter.slowEvents.length ? ` (max ${ms(Math.max(...inter.slowEvents))} ms)` : ''}.`);

    md.push('', `### Downloads of the full assessment (${DOWNLOAD_REPEATS} each; click → file handed to the browser)`);
    md.push('', '| file | size (bytes) | median (ms) | max (ms) | click → download event in Playwright (median ms) |', '|---|---:|---:|---:|---:|');
    for (const [kind, xs] of Object.entries(inter.downloads)) {
      const s = stat(xs.map((x) => x.ready));
      dlSummary[kind] = s;
      md.push(`| ${xs[0]?.name ?? kind} | ${xs[0]?.bytes ?? '?'} | ${ms(s.median)} | **${ms(s.max)}** | ${ms(q(xs.map((x) => x.event), 0.5))} (${xs.filter((x) => x.event != null).length} of ${xs.length} events seen) |`);
    }
  }

  const probeWasm = sizeRows.probe.find((r) => r.file.endsWith('.wasm'));
  if (probe.error) {
    failed('Start-up work of the domain', probe.error);
  } else {
    md.push('', '### Start-up work of the domain (tests/bench/probe-core: x1060-core alone, same profile, release wasm in Chromium)', '');
    md.push(`Reading and validating the built-in catalogue (${probe[0].bytes} bytes, ${probe[0].services} services) with \`Catalogue::parse\`, as the app does at start: `
      + `first call ${ms(q(probe.map((r) => r.first), 0.5))} ms, later calls ${ms(q(probe.map((r) => r.warm), 0.5))} ms (medians of ${probe.length} fresh pages). `
      + `The probe's wasm: ${probeWasm.raw} bytes raw, ${probeWasm.gzip} gzip.`);
  }

  const partSummary = [];
  if (partRuns) {
    md.push('', `### Parts on demand: click → shown (ms; median (min–max) of ${PART_RUNS} fresh pages per row)`, '');
    md.push(`Parts: ${app.parts.gzip} bytes gzip (${kb(app.parts.gzip)} KB) together; first download ${app.fetched.gzip} bytes gzip; both together ${app.parts.gzip + app.fetched.gzip} bytes (${kb(app.parts.gzip + app.fetched.gzip)} KB).`, '');
    const names = ['Results', 'Assessments', 'About', 'Files (JSON download)'];
    md.push(`| setting | mode | ${names.join(' | ')} |`, `|---|---|${names.map(() => '---:').join('|')}|`);
    for (const sc of SCENARIOS) {
      for (const mode of ['prefetched', 'first use']) {
        const runs = partRuns[`${sc.name}|${mode}`];
        if (runs.error) { md.push(`| ${sc.name} | ${mode} | **failed:** ${String(runs.error.message ?? runs.error).split('\n')[0]} |`); continue; }
        const cells = names.map((n) => { const s = stat(runs.map((r) => r[n])); partSummary.push({ sc: sc.name, mode, n, s }); return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`; });
        md.push(`| ${sc.name} | ${mode} | ${cells.join(' | ')} |`);
      }
    }
  }

  const memOf = (k) => loads.local[k].map((r) => r.mem).filter(Boolean);
  const mm = (xs, f) => q(xs.map(f), 0.5);
  md.push('', '### Memory (after a forced garbage collection)', '', '| state | JS heap used | wasm memory | DOM nodes | listeners |', '|---|---:|---:|---:|---:|');
  for (const [label, xs] of [['static floor, loaded', memOf('static')], ['bare Yew floor, loaded', memOf('yew')], ['app, loaded (empty), median', memOf('app')]]) {
    md.push(`| ${label} | ${kb(mm(xs, (m) => m.jsHeapUsed))} KB | ${kb(mm(xs, (m) => m.wasmMemory))} KB | ${mm(xs, (m) => m.nodes)} | ${mm(xs, (m) => m.listeners)} |`);
  }
  if (!inter.error) {
    const m = inter.mem;
    md.push(`| **app, full assessment after ${inter.clicks.length} clicks and all downloads** | ${kb(m.jsHeapUsed)} KB | ${kb(m.wasmMemory)} KB | ${m.nodes} | ${m.listeners} |`);
  }

  md.push(...workbenchTable(workbenchRows));

  // ---- targets
  const t = [];
  const mark = (ok) => (ok ? 'met' : '**missed**');
  t.push(`- First download ≤ 150 KB gzip: ${kb(app.fetched.gzip)} KB — ${mark(app.fetched.gzip <= 150 * 1024)} (all parts together: ${kb(app.parts.gzip)} KB more)`);
  for (const { sc, mode, n, s } of partSummary) {
    if (mode === 'prefetched' && sc === 'local') t.push(`- ${n}, prefetched, shown ≤ 150 ms: median ${ms(s.median)}, max ${ms(s.max)} ms — ${mark(s.max <= 150)}`);
    if (mode === 'first use' && sc === 'mobile') t.push(`- ${n}, first use on slow 4G, shown ≤ 1.5 s: median ${ms(s.median)}, max ${ms(s.max)} ms — ${mark(s.max <= 1500)}`);
  }
  for (const sc of SCENARIOS) {
    const f = loads[sc.name].summary.fr;
    t.push(`- First render ≤ 2× the static floor (${sc.name}): ${ratio(f.app.median, f.static.median)} — ${mark(f.app.median <= 2 * f.static.median)}`);
  }
  if (lat) t.push(`- Interaction p95 ≤ 16 ms including the save: ${ms(lat.p95)} ms — ${mark(lat.p95 <= 16)}`);
  for (const [kind, s] of Object.entries(dlSummary)) t.push(`- Download ${kind} ready ≤ 100 ms: max ${ms(s.max)} ms — ${mark(s.max <= 100)}`);
  md.push('', '### Targets', '', ...t);

  const text = md.join('\n');
  console.log(text);
  fs.writeFileSync(path.join(OUT, 'results.md'), text + '\n');
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ started, versions: ver, same, sizes: sizeRows, sections, loads, interaction: inter, parts: partRuns }, null, 1));
  log(`written: ${path.relative(ROOT, path.join(OUT, 'results.md'))} and results.json`);
  if (inter.error || probe.error) process.exitCode = 1;
}

(opt.only === 'workbench' ? workbenchOnly : main)().catch((e) => { console.error(e); process.exit(1); });
