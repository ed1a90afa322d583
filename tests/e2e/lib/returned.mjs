// Returned files for the coordinator workbench, made here: eight assessments (sectors Energy and
// Finance) and one file that is not an assessment. Shared by the language, layout and
// accessibility specs that look at the workbench with files loaded (issue 17).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

/**
 * The version of the built-in catalogue (core/catalogue/builtin.json): a returned file made with
 * another version is not counted, so the files made here carry this one.
 */
export const BUILTIN_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'core/catalogue/builtin.json'), 'utf8')).version;

/** Eight assessment files and a text file, as playwright file payloads. */
export function returnedFiles() {
  const files = [];
  for (let i = 0; i < 8; i++) {
    const services = {
      'A-1': { need: 'needed', delivery: ['in_house', 'outsourced', 'shared', 'not_yet'][i % 4], current: i % 6, target: Math.min((i % 6) + 2, 5) },
      'A-2': i < 3 ? { need: 'not_needed' } : { need: 'needed', delivery: 'in_house', current: 3, target: 3 },
      'B-1': { need: 'needed', delivery: 'shared', current: (i + 1) % 6 },
    };
    const a = {
      format: 'x1060-assessment', schema: 1,
      created: `2026-10-0${1 + i}T09:00:00.000Z`, updated: `2026-11-0${1 + i}T09:00:00.000Z`,
      catalogue: { id: 'x1060-builtin', version: BUILTIN_VERSION },
      profile: { organisation: `Org ${i}`, sector: i < 5 ? 'Energy' : 'Finance' },
      services,
    };
    files.push({ name: `org-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(a)) });
  }
  files.push({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an assessment') });
  return files;
}

/** Opens the workbench, loads the files, sets k to 3 and groups by sector; returns its section. */
export async function openWorkbenchWithFiles(app) {
  await app.page.locator('[data-nav="workbench"]').click();
  const wb = app.main.locator('[data-view="workbench"]');
  await wb.waitFor();
  await wb.locator('[data-file-pick="workbench"] [data-wb-files]').setInputFiles(returnedFiles());
  await wb.locator('[data-wb-picture]').waitFor();
  await wb.locator('[data-wb-k]').fill('3');
  await wb.locator('[data-wb-k]').dispatchEvent('change');
  await wb.locator('[data-wb-group]').selectOption('sector');
  await wb.locator('[data-wb-picture][data-k="3"][data-group-by="sector"]').waitFor();
  return wb;
}

/**
 * Makes a copy of the open assessment (in English: the button is found by its English name) and
 * changes three answers in it, so that a comparison has something to show.
 */
export async function copyWithChanges(app) {
  await app.page.locator('[data-nav="assessments"]').click();
  const row = app.main.locator('li.x1060-assessment-current');
  await row.locator('[data-action="duplicate"]').click();
  await row.getByRole('button', { name: 'Make the copy' }).click();
  await app.answerService('A-1', { need: 'needed', delivery: 'in_house', current: 3, target: 4 });
  await app.answerService('B-1', { need: 'needed', delivery: 'in_house', current: 2, target: 3 });
  await app.answerService('C-1', { need: 'needed', delivery: 'outsourced', current: 1, target: 2 });
}

/** Shows the comparison of the two assessments in the assessments view; returns its panel. */
export async function showComparison(app) {
  await app.page.locator('[data-nav="assessments"]').click();
  const panel = app.main.locator('[data-compare-panel]');
  await panel.locator('[data-compare="show"]').click();
  await panel.locator('[data-compare-result]').waitFor();
  return panel;
}
