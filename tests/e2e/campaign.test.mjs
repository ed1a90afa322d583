// Campaigns (issue 16): a host page names a campaign file on its own origin; the widget shows only
// the campaign's categories and its closed lists as menus; "Prepare my submission" shows the file
// field by field, and the downloaded file holds exactly that. With a public key in the campaign,
// the file is sealed in the browser and only the organiser's private key opens it; a changed byte
// is refused. Nothing is requested from another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { webcrypto } from 'node:crypto';
import { AppPage } from './lib/app-page.mjs';
import { screenshot, HOSTS } from './lib/hosts.mjs';
import { useBrowser } from './lib/setup.mjs';
import { axeRun, unexpected } from './lib/a11y.mjs';

/**
 * axe finds nothing in the widgets. The test host page itself has no main landmark and holds three
 * widgets named alike (the app's title): the page-level landmark rules are about the page, not
 * the widget (tests/e2e/a11y.test.mjs checks the widget's landmarks).
 */
async function expectNoViolations(page, state) {
  const pageRules = ['landmark-one-main', 'landmark-unique', 'region'];
  const found = unexpected(await axeRun(page)).filter((v) => !pageRules.some((r) => v.startsWith(`${r} `)));
  assert.deepEqual(found, [], `axe found ${found.length} violation(s) in "${state}":\n  ${found.join('\n  ')}`);
}

const env = useBrowser({ hosts: true });

/** Every field of a JSON value as [path, value], as the app's preview lists them. */
function flatten(v, at = [], out = []) {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, [...at, k], out);
  } else {
    const scalar = (x) => (typeof x === 'string' ? x : x === null ? '' : Array.isArray(x) ? x.map(scalar).join(', ') : String(x));
    out.push([at.join('.'), scalar(v)]);
  }
  return out;
}

async function text(download) {
  const chunks = await (await download.createReadStream()).toArray();
  return Buffer.concat(chunks).toString('utf8');
}

/** The preview's rows as the page shows them. */
function previewRows(w) {
  return w.root.locator('[data-preview-path]').evaluateAll((rows) => rows.map((r) => [r.dataset.previewPath, r.dataset.previewValue]));
}

async function prepare(page, w, { sector = 'telecom', size, city, share = [] } = {}) {
  await w.root.locator('[data-nav="campaign"]').click();
  await w.root.locator('section[data-view="campaign"][data-campaign-id]').waitFor();
  await w.root.locator('select[data-profile-field="sector"]').selectOption(sector);
  if (size) await w.root.locator('select[data-profile-field="size"]').selectOption(size);
  if (city) {
    await w.root.locator('input[data-profile-field="city"]').fill(city);
    await w.root.locator('input[data-profile-field="city"]').press('Tab');
  }
  for (const s of share) await w.root.locator(`input[data-share="${s}"]`).check();
  await w.root.locator('[data-prepare-submission]').click();
  await w.root.locator('[data-submission-preview]').waitFor();
}

test('a host page campaign: only its categories, its closed lists, and a file that is the preview', async (t) => {
  const { page, errors } = await env.newPage(t);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.url}/campaign.html`);
  const w = new AppPage(page, '#widget');
  await w.ready();
  await w.root.locator('[data-nav="campaign"]').waitFor();
  assert.deepEqual(await w.categories(), ['A', 'C'], 'only the categories in scope');
  await w.answer('A-1', { delivery: 'in_house', current: 2 });
  await w.answer('C-2', { delivery: 'shared', current: 3 });

  await w.root.locator('[data-nav="campaign"]').click();
  const view = w.root.locator('section[data-view="campaign"]');
  await view.waitFor();
  assert.equal(await view.getAttribute('data-campaign-id'), 'apcert-2027');
  assert.equal(await w.root.locator('[data-campaign-organiser]').textContent(), 'Example Regional CERT');
  assert.equal(await w.root.locator('[data-campaign-deadline]').textContent(), '2027-03-31');
  assert.deepEqual(await w.root.locator('[data-scope-category]').evaluateAll((els) => els.map((e) => e.dataset.scopeCategory)), ['A', 'C']);
  // Closed lists are native menus of the campaign's values; free text is a text box.
  assert.deepEqual(
    await w.root.locator('select[data-profile-field="sector"] option').evaluateAll((os) => os.map((o) => o.value)),
    ['', 'telecom', 'finance', 'government'],
  );
  assert.deepEqual(
    await w.root.locator('select[data-profile-field]').evaluateAll((s) => s.map((e) => e.dataset.profileField)),
    ['sector', 'size', 'assessment_type'],
  );
  assert.equal(await w.root.locator('input[data-profile-field="city"]').getAttribute('type'), 'text');
  assert.deepEqual(await w.root.locator('[data-share]').evaluateAll((els) => els.map((e) => e.dataset.share)), ['names', 'notes']);
  assert.equal(await w.root.locator('[data-campaign-sealed]').getAttribute('data-campaign-sealed'), 'false');

  // A required field left empty: a clear reason, no preview.
  await w.root.locator('[data-prepare-submission]').click();
  assert.equal(await w.root.locator('[data-submission-refused]').getAttribute('data-submission-refused'), 'missing-field');

  await prepare(page, w, { sector: 'telecom', size: '250-999', city: 'Osaka' });
  const rows = await previewRows(w);
  const paths = rows.map(([p]) => p);
  assert.ok(paths.includes('services.A-1.current') && paths.includes('services.C-2.delivery'));
  assert.ok(!paths.some((p) => p.startsWith('services.B') || p.startsWith('names') || p.endsWith('.note')), paths.join(' '));
  assert.deepEqual(rows.filter(([p]) => p.startsWith('profile.')), [
    ['profile.city', 'Osaka'], ['profile.sector', 'telecom'], ['profile.size', '250-999'],
  ]);

  // No file before the consent box is ticked.
  const download = w.root.locator('[data-download-submission]');
  assert.equal(await download.isDisabled(), true);
  await w.root.locator('input[data-consent]').check();
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const today = rows.find(([p]) => p === 'date')[1];
  assert.equal(file.suggestedFilename(), `x1060-submission-apcert-2027-${today}.json`);
  const json = JSON.parse(await text(file));
  assert.deepEqual(flatten(json), rows, 'the file holds exactly what the preview showed');
  assert.equal(json.format, 'x1060-submission');

  // The participant's copy carries the same file.
  const [copy] = await Promise.all([page.waitForEvent('download'), w.root.locator('[data-download-copy]').click()]);
  assert.equal(copy.suggestedFilename(), `x1060-submission-apcert-2027-${today}.html`);
  const html = await text(copy);
  const embedded = html.match(/<script type="application\/json" id="x1060-submission">([^<]*)<\/script>/)[1];
  assert.deepEqual(JSON.parse(embedded), json);

  await expectNoViolations(page, 'the campaign view with its preview');

  // Changing a choice takes the preview away; agreeing to send notes puts them in.
  await prepare(page, w, { sector: 'finance', share: ['notes'] });
  assert.deepEqual((await previewRows(w)).filter(([p]) => p === 'shared'), [['shared', 'notes']]);

  // Remembered in this widget's namespace, through the one storage module.
  const stored = await page.evaluate(() => localStorage.getItem('x1060.campaign/campaign'));
  assert.equal(stored, await fs.readFile(path.join(HOSTS, 'campaigns', 'cdc-2027.json'), 'utf8'));
  await screenshot(page, 'campaign.png');

  // A campaign on another origin is refused without any request.
  const foreign = new AppPage(page, '#widget-foreign');
  await foreign.root.locator('[data-notice="campaign-remote"]').waitFor();
  assert.match(await foreign.root.locator('[data-notice="campaign-remote"]').textContent(), /is not on this site/);
  assert.equal(await foreign.root.locator('[data-nav="campaign"]').count(), 0);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), [], 'nothing fetched from another origin');
  assert.deepEqual(errors, []);
});

const b64 = (s) => Buffer.from(s, 'base64');

async function open(envelope, privateJwk) {
  const key = await webcrypto.subtle.importKey('jwk', privateJwk, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt']);
  const raw = await webcrypto.subtle.decrypt({ name: 'RSA-OAEP' }, key, b64(envelope.wrapped_key));
  const aes = await webcrypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
  const plain = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv: b64(envelope.iv) }, aes, b64(envelope.ciphertext));
  return JSON.parse(Buffer.from(plain).toString('utf8'));
}

test('with a public key, the submission is sealed: the right key opens it in the workbench, another does not, a changed byte is refused', async (t) => {
  const { page, errors } = await env.newPage(t);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.url}/campaign.html`);
  const w = new AppPage(page, '#widget-sealed');
  await w.ready();
  await w.root.locator('[data-nav="campaign"]').waitFor();
  await w.answer('A-1', { delivery: 'outsourced', current: 4 });
  await prepare(page, w, { sector: 'government' });
  assert.equal(await w.root.locator('[data-campaign-sealed]').getAttribute('data-campaign-sealed'), 'true');
  const rows = await previewRows(w);
  await w.root.locator('input[data-consent]').check();
  const [file] = await Promise.all([page.waitForEvent('download'), w.root.locator('[data-download-submission]').click()]);
  const today = rows.find(([p]) => p === 'date')[1];
  assert.equal(file.suggestedFilename(), `x1060-submission-apcert-2027-sealed-${today}.sealed.json`);
  const body = await text(file);
  const envelope = JSON.parse(body);
  assert.equal(envelope.format, 'x1060-sealed');
  assert.equal(envelope.alg, 'RSA-OAEP-256+A256GCM');
  assert.equal(envelope.kid, 'test-organiser-2027');
  assert.ok(!body.includes('government'), 'nothing of the content is readable');

  const privateJwk = JSON.parse(await fs.readFile(path.join(HOSTS, 'campaigns', 'test-organiser.private.jwk.json'), 'utf8'));
  const opened = await open(envelope, privateJwk);
  assert.deepEqual(flatten(opened), rows, 'the sealed file holds exactly what the preview showed');

  // Another organiser's key cannot open it.
  const other = await webcrypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  const otherJwk = await webcrypto.subtle.exportKey('jwk', other.privateKey);
  await assert.rejects(open(envelope, otherJwk));
  // One changed byte of the ciphertext: the GCM tag refuses it.
  const ct = b64(envelope.ciphertext);
  ct[5] ^= 1;
  await assert.rejects(open({ ...envelope, ciphertext: ct.toString('base64') }, privateJwk));
  await screenshot(page, 'campaign-sealed.png');

  // The workbench: sealed files stay closed without the key; with it, the sealed file and a plain
  // submission count; another key's file and a changed file are refused with their reason.
  const plainSubmission = { ...opened, date: '2027-01-15', profile: { sector: 'telecom' } };
  const otherPublic = await webcrypto.subtle.exportKey('jwk', other.publicKey);
  const forOther = await sealFor(JSON.stringify(plainSubmission), otherPublic);
  const files = [
    { name: 'sealed.json', mimeType: 'application/json', buffer: Buffer.from(body) },
    { name: 'plain.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plainSubmission)) },
    { name: 'other-key.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forOther)) },
    { name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...envelope, ciphertext: ct.toString('base64') })) },
  ];
  await w.root.locator('[data-nav="workbench"]').click();
  const wb = w.root.locator('[data-workbench]');
  await wb.locator('[data-file-pick="workbench"] [data-wb-files]').setInputFiles(files);
  const codes = () => wb.locator('[data-file-row]').evaluateAll((rows) => rows.map((r) => r.dataset.codes));
  await wb.locator('[data-file-row]').nth(3).waitFor();
  assert.deepEqual(await codes(), ['sealed', '', 'sealed', 'sealed']);
  // A file that is not a private key is refused clearly.
  await wb.locator('[data-file-pick="private-key"] input[type=file]').setInputFiles(
    { name: 'public.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(otherPublic)) });
  await wb.locator('[data-wb-key-refused]').waitFor();
  await wb.locator('[data-file-pick="private-key"] input[type=file]').setInputFiles(
    path.join(HOSTS, 'campaigns', 'test-organiser.private.jwk.json'));
  await wb.locator('[data-wb-key-loaded]').waitFor();
  await page.waitForFunction(() => document.querySelector('#widget-sealed').shadowRoot
    .querySelector('[data-file-row="0"]')?.dataset.codes === '');
  assert.deepEqual(await codes(), ['', '', 'wrong-key', 'tampered']);
  assert.equal(await wb.locator('[data-wb-counted]').getAttribute('data-wb-counted'), '2');
  // The key is nowhere in storage.
  const stored = JSON.stringify(await page.evaluate(() => Object.entries(localStorage)));
  assert.ok(!stored.includes(privateJwk.d.slice(0, 20)));
  await screenshot(page, 'campaign-workbench.png');
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), []);
  assert.deepEqual(errors, []);
});

/** Seals a text for a public JWK as the app does (docs/campaigns.md). */
async function sealFor(plain, publicJwk) {
  const rsa = await webcrypto.subtle.importKey('jwk', publicJwk, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
  const aes = await webcrypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const ct = await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, Buffer.from(plain));
  const wrapped = await webcrypto.subtle.encrypt({ name: 'RSA-OAEP' }, rsa, await webcrypto.subtle.exportKey('raw', aes));
  const b = (x) => Buffer.from(x).toString('base64');
  return { format: 'x1060-sealed', schema: 1, campaign: 'apcert-2027-sealed', alg: 'RSA-OAEP-256+A256GCM', wrapped_key: b(wrapped), iv: b(iv), ciphertext: b(ct) };
}

test('the organiser makes the campaign file and a key pair in the browser; the private key is offered once', async (t) => {
  const { page, errors } = await env.newPage(t);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.url}/campaign.html`);
  const w = new AppPage(page, '#widget-foreign');
  await w.ready();
  await w.root.locator('[data-nav="workbench"]').click();
  const tool = w.root.locator('[data-wb-organiser]');
  await tool.locator('summary').click();
  // A bad id is refused with the place, and no key is made.
  await tool.locator('[data-org="org-id"]').fill('My Campaign');
  await tool.locator('[data-org-make]').click();
  await tool.locator('[data-org-refused]').waitFor();
  assert.match(await tool.locator('[data-org-refused]').textContent(), /^.*id:/);
  await tool.locator('[data-org="org-id"]').fill('cdc-2028');
  await tool.locator('[data-org="org-name"]').fill('CDC self-assessment 2028');
  await tool.locator('[data-org="org-organiser"]').fill('Example CERT');
  await tool.locator('[data-org="org-consent"]').fill('I agree that Example CERT counts this file.');
  await tool.locator('[data-org="org-deadline"]').fill('2028-03-31');
  await tool.locator('[data-org="org-cat-B"]').uncheck();
  await tool.locator('[data-org="org-sectors"]').fill('Finance\nTelecommunications\nGovernment');
  await tool.locator('[data-org="org-ask-notes"]').check();
  const [campaignFile] = await Promise.all([page.waitForEvent('download'), tool.locator('[data-org-make]').click()]);
  assert.equal(campaignFile.suggestedFilename(), 'x1060-campaign-cdc-2028.json');
  const campaign = JSON.parse(await text(campaignFile));
  assert.equal(campaign.format, 'x1060-campaign');
  assert.ok(!campaign.catalogue.categories.includes('B') && campaign.catalogue.categories.includes('A'));
  assert.deepEqual(campaign.profile[0].choices.map((c) => c.key), ['finance', 'telecommunications', 'government']);
  assert.deepEqual(campaign.asks, ['notes']);
  assert.equal(campaign.public_key.kty, 'RSA');
  assert.equal(campaign.public_key.d, undefined, 'only the public key is in the campaign file');

  await tool.locator('[data-org-key]').waitFor();
  await expectNoViolations(page, 'the workbench with the organiser\'s tool');
  const [keyFile] = await Promise.all([page.waitForEvent('download'), tool.locator('[data-org-key-download]').click()]);
  assert.equal(keyFile.suggestedFilename(), 'x1060-private-key-cdc-2028.jwk.json');
  const privateJwk = JSON.parse(await text(keyFile));
  assert.equal(await tool.locator('[data-org-key-download]').count(), 0, 'offered once');
  await tool.locator('[data-org-done]').waitFor();
  // The pair works: what the public key seals, the private key opens.
  const envelope = await sealFor('{"ok":true}', campaign.public_key);
  assert.deepEqual(await open(envelope, privateJwk), { ok: true });
  const stored = JSON.stringify(await page.evaluate(() => Object.entries(localStorage)));
  assert.ok(!stored.includes(privateJwk.d.slice(0, 20)), 'the private key is not stored');
  await screenshot(page, 'campaign-organiser.png');
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), []);
  assert.deepEqual(errors, []);
});
