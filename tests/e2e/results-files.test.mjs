// A known assessment, entered in the app, evaluated and taken away: every figure of the Results view
// and of the three downloads (summary report HTML, assessment data JSON, spreadsheet CSV) against
// numbers worked out by hand below; the report rendered in Chromium (charts drawn, no request, no
// script of the user's) and printed to PDF on A4 and Letter; the CSV parsed back strictly; and
// "Share without identifying details" on every download.
//
// How the assessment is entered: the profile and categories A, B and H (20 services: every kind of
// answer, the hostile and formula-like texts, a Japanese note, a not-applicable category) through
// the form, as a user does. Categories C, D, E, F, G and I, the assessment's name, one answer for a
// service outside the catalogue (Z-1) and two answers the form cannot produce (a delivery and level
// on an undecided service, and on a service marked not needed) are put under the first app
// version's storage key (`x1060/assessment`) before the app starts, and the app adopts them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { expectEventually, KEYS } from './lib/app-page.mjs';
import { useBrowser } from './lib/setup.mjs';
import { ROOT } from './lib/server.mjs';
import { validate } from './lib/json-schema.mjs';
import { watchErrors } from './lib/browser.mjs';

const env = useBrowser();
const SCHEMA = JSON.parse(await fs.readFile(path.join(ROOT, 'docs/assessment.schema.json'), 'utf8'));
const CATALOGUE = JSON.parse(await fs.readFile(path.join(ROOT, 'core/catalogue/builtin.json'), 'utf8'));
const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

const CLOCK = { timezoneId: 'Asia/Tokyo', fixedTime: new Date('2026-03-31T23:30:00Z') };
const DATE = '2026-04-01'; // the local date in Tokyo, in every file name

// ---- the assessment -----------------------------------------------------------------------------

// Every text that "Share without identifying details" must remove carries "SECRET-", so one search
// finds any that is left; the formula-like cells are searched for on their own.
const NAME = 'SECRET-NAME 2026 baseline';
const PROFILE = {
  organisation: 'SECRET-ORG Kaisha', sector: 'Telecommunications', size: '1200',
  country: 'Japan', assessor: 'SECRET-ASSESSOR Sato', date: '2026-03-30',
};
/** Sets window.__x1060Pwned if the report ever runs it. */
const NOTE_A1 = 'SECRET-NOTE-A1 first line\nsecond line, "quoted" <script>window.__x1060Pwned = "script"</script>'
  + '<img src=x onerror="window.__x1060Pwned = \'img\'">';
const REASON_A2 = 'SECRET-REASON-A2 done by ACME\'s CERT <img src=y onerror=alert(2)>';
const FORMULAS = { note: '=1+1', owner: '+cmd', evidence: '-x', reason: '@sum' };

/** Entered through the form. */
const UI_ANSWERS = {
  'A-1': { need: 'needed', delivery: 'in_house', current: 2, target: 4, priority: 'high', owner: 'SECRET-OWNER-A1', evidence: 'SECRET-EVIDENCE-A1', note: NOTE_A1 },
  'A-2': { need: 'not_needed', reason: REASON_A2 },
  'A-3': { need: 'needed', delivery: 'outsourced', current: 3, target: 3, priority: 'medium', owner: FORMULAS.owner, evidence: FORMULAS.evidence, note: FORMULAS.note },
  'A-4': { need: 'needed', delivery: 'shared', current: 1, target: 3, priority: 'high', note: 'SECRET-NOTE-A4 日本語のメモ' },
  'A-5': { need: 'needed', delivery: 'in_house', current: 4, target: 3, priority: 'low' },
  'A-6': { need: 'needed', delivery: 'not_yet', current: 0, target: 2, priority: 'low' },
  'A-7': { need: 'needed', delivery: 'in_house', current: 2 },
  'A-8': { need: 'needed', delivery: 'in_house', current: 3, target: 5, priority: 'high' },
  'A-9': { need: 'not_needed', reason: FORMULAS.reason },
  'A-10': { need: 'needed', delivery: 'outsourced', current: 2, target: 3 },
  'A-11': { need: 'not_needed' },
  'A-12': { need: 'not_needed' },
  // A-13 left unanswered.
  'B-1': { need: 'needed', delivery: 'outsourced', current: 3, target: 4, priority: 'medium' },
  'B-2': { need: 'needed', delivery: 'outsourced', current: 2, target: 4 },
  'B-3': { need: 'needed', current: 1, target: 2, priority: 'medium' }, // no delivery: not answered
  'B-4': { need: 'needed', delivery: 'in_house', current: 3, target: 3 },
  'H-1': { need: 'not_needed', reason: 'SECRET-REASON-H1' },
  'H-2': { need: 'not_needed' },
  'H-3': { need: 'not_needed' },
};

/** Adopted from the first app version's key at start. */
const INJECTED_ANSWERS = {
  'C-1': { need: 'not_needed', reason: 'SECRET-REASON-C1' },
  // Undecided, yet with a delivery and a level: kept, counted nowhere.
  'C-2': { delivery: 'in_house', current: 3, note: 'SECRET-NOTE-C2' },
  // C-3, C-4 unanswered: C is "Not answered", not "Not applicable".
  'D-1': { need: 'needed', delivery: 'in_house', current: 2, target: 3, priority: 'high', owner: 'SECRET-OWNER-D1 <b>bold</b>' },
  'D-2': { need: 'needed', delivery: 'in_house', current: 1, target: 4, priority: 'high' },
  'D-3': { need: 'needed', delivery: 'shared', current: 2, target: 2 },
  'D-4': { need: 'needed', delivery: 'outsourced', current: 1, target: 3, priority: 'medium' },
  'D-5': { need: 'needed', delivery: 'not_yet', current: 0, target: 3, priority: 'high' },
  'D-6': { need: 'needed' }, // needed, nothing else: not delivered, no level
  'D-7': { need: 'not_needed' },
  'E-1': { need: 'needed', delivery: 'in_house', current: 3, target: 4, priority: 'low' },
  'E-2': { need: 'needed', delivery: 'in_house', current: 3, target: 4, priority: 'low' },
  'E-3': { need: 'needed', delivery: 'in_house', current: 2, target: 4, priority: 'medium' },
  'E-4': { need: 'needed', delivery: 'in_house', current: 3 },
  'E-5': { need: 'needed', delivery: 'outsourced', current: 1, target: 3 },
  'E-6': { need: 'needed', delivery: 'outsourced', current: 2, target: 2 },
  'E-7': { need: 'needed', delivery: 'in_house', current: 4, target: 4 },
  'F-1': { need: 'needed', delivery: 'outsourced', current: 1, target: 2, priority: 'low' },
  // Not needed, yet with a delivery and levels: kept, counted nowhere.
  'F-2': { need: 'not_needed', delivery: 'in_house', current: 5, target: 5 },
  'F-3': { need: 'needed', delivery: 'shared', current: 2, target: 3, priority: 'low' },
  'F-4': { need: 'needed', delivery: 'outsourced', current: 0 },
  'F-5': { need: 'needed', delivery: 'outsourced', current: 3, target: 4 },
  'G-1': { need: 'not_needed' },
  'G-2': { need: 'needed', delivery: 'in_house', current: 1, target: 3, priority: 'medium' },
  'G-3': { need: 'not_needed' },
  'G-4': { need: 'needed', delivery: 'in_house', current: 2, target: 3, priority: 'medium' },
  'G-5': { need: 'not_needed' },
  'G-6': { need: 'not_needed' },
  'G-7': { need: 'needed', delivery: 'shared', current: 3, target: 3 },
  'G-8': { need: 'not_needed' },
  'G-9': { need: 'not_needed' },
  // Same priority and gap as G-2: catalogue order puts G-2 first (a string sort would not).
  'G-10': { need: 'needed', delivery: 'outsourced', current: 1, target: 3, priority: 'medium' },
  'I-1': { need: 'needed', delivery: 'outsourced', current: 2, target: 3 },
  'I-2': { need: 'needed', delivery: 'outsourced', current: 2, target: 2 },
  'I-3': { need: 'needed', delivery: 'not_yet', current: 0, target: 1, priority: 'low' },
  'I-4': { need: 'not_needed', reason: 'SECRET-REASON-I4' },
  'I-5': { need: 'needed', delivery: 'outsourced', current: 1, target: 4, priority: 'high', owner: 'SECRET-OWNER-I5', evidence: 'SECRET-EVIDENCE-I5', note: 'SECRET-NOTE-I5, with a comma' },
  // Not in the catalogue: kept and listed, in no figure (with this priority and gap it would head the plan).
  'Z-1': { need: 'needed', delivery: 'in_house', current: 0, target: 5, priority: 'high', note: 'SECRET-NOTE-Z1' },
};

const LEGACY = {
  format: 'x1060-assessment', schema: 1, name: NAME,
  created: '2026-03-01T09:00:00.000Z', updated: '2026-03-01T09:00:00.000Z',
  catalogue: { id: 'x1060-builtin', version: '2026.12' },
  profile: {},
  services: INJECTED_ANSWERS,
};
const ANSWERS = { ...UI_ANSWERS, ...INJECTED_ANSWERS };
/** Services not answered (neither not needed, nor needed with a delivery and a current level). */
const UNANSWERED = ['A-13', 'B-3', 'C-2', 'C-3', 'C-4', 'D-6'];
const SECRETS = ['SECRET-', 'Kaisha', 'Sato', FORMULAS.note, FORMULAS.owner, FORMULAS.reason];
/** The CSV has no name or profile columns, so only the services' texts are in it to begin with. */
const CSV_SECRETS = ['SECRET-OWNER', 'SECRET-EVIDENCE', 'SECRET-NOTE', 'SECRET-REASON', FORMULAS.note, FORMULAS.owner, FORMULAS.reason];

// ---- the figures, worked out by hand -------------------------------------------------------------
//
// Percentages: whole numbers, half up. Averages: one decimal, half up. "Not answered" / "Not
// applicable" where a figure has no value, never 0.
//
// A (13): needed A-1,3,4,5,6,7,8,10 = 8; not needed A-2,9,11,12 = 4; not answered A-13 = 1.
//   delivered: all needed but A-6 (not yet) = 7. coverage 7/8 = 87.5% -> 88%.
//   current (8 needed, all with a level): 2+3+1+4+0+2+3+2 = 17; 17/8 = 2.125 -> 2.1
//   target (needed with both levels: all but A-7): 4+3+3+3+2+5+3 = 23; 23/7 = 3.29 -> 3.3
//   gap: A-1 2, A-3 0, A-4 2, A-5 max(3-4,0)=0, A-6 2, A-8 2, A-10 1 = 9; 9/7 = 1.29 -> 1.3
//   delivery: in-house A-1,5,7,8 = 4; outsourced A-3,10 = 2; shared A-4 = 1; not yet A-6 = 1.
//   share outsourced 2/8 = 25%; share shared 1/8 = 12.5% -> 13%.
// B (4): needed 4; not answered B-3 (no delivery) = 1; delivered B-1,2,4 = 3; coverage 3/4 = 75%.
//   current 3+2+1+3 = 9; 9/4 = 2.25 -> 2.3 (half up). target 4+4+2+3 = 13; 13/4 = 3.25 -> 3.3.
//   gap 1+2+1+0 = 4; 4/4 = 1.0. in-house 1, outsourced 2, no delivery answer 1 (B-3).
//   share outsourced 2/(4-1 without a delivery answer) = 2/3 = 66.7% -> 67%; shared 0/3 = 0%.
// C (4): C-1 not needed, C-2..C-4 not answered (C-2's delivery and level count nowhere): no needed
//   service yet, some unanswered -> every figure "Not answered".
// D (7): needed D-1..D-6 = 6; not needed D-7; not answered D-6. delivered D-1,2,3,4 = 4 (D-5 not
//   yet, D-6 no answer); coverage 4/6 = 66.7% -> 67%.
//   current (D-1..D-5): 2+1+2+1+0 = 6; 6/5 = 1.2. target 3+4+2+3+3 = 15; 15/5 = 3.0.
//   gap 1+3+0+2+3 = 9; 9/5 = 1.8. in-house 2, outsourced 1, shared 1, not yet 1, no answer 1.
//   share outsourced 1/5 = 20%; shared 1/5 = 20%.
// E (7): all needed, all delivered: coverage 7/7 = 100%.
//   current 3+3+2+3+1+2+4 = 18; 18/7 = 2.57 -> 2.6. target (all but E-4) 4+4+4+3+2+4 = 21; 21/6 = 3.5.
//   gap 1+1+2+2+0+0 = 6; 6/6 = 1.0. in-house 5, outsourced 2: share 2/7 = 28.6% -> 29%; shared 0%.
// F (5): needed F-1,3,4,5 = 4; not needed F-2 (its delivery and levels count nowhere); delivered 4: 100%.
//   current 1+2+0+3 = 6; 6/4 = 1.5. target (F-1,3,5) 2+3+4 = 9; 9/3 = 3.0. gap 1+1+1 = 3; 3/3 = 1.0.
//   outsourced 3, shared 1: share outsourced 3/4 = 75%; shared 1/4 = 25%.
// G (10): needed G-2,4,7,10 = 4; not needed 6; delivered 4: 100%.
//   current 1+2+3+1 = 7; 7/4 = 1.75 -> 1.8 (half up). target 3+3+3+3 = 12; 12/4 = 3.0.
//   gap 2+1+0+2 = 5; 5/4 = 1.25 -> 1.3 (half up). in-house 2, outsourced 1, shared 1: 25%, 25%.
// H (3): every service not needed -> every figure "Not applicable".
// I (5): needed I-1,2,3,5 = 4; not needed I-4; delivered I-1,2,5 = 3 (I-3 not yet): 3/4 = 75%.
//   current 2+2+0+1 = 5; 5/4 = 1.25 -> 1.3. target 3+2+1+4 = 10; 10/4 = 2.5. gap 1+0+1+3 = 5; 5/4 -> 1.3.
//   outsourced 3, not yet 1: share outsourced 3/4 = 75%; shared 0/4 = 0%.
// Overall (every catalogue service once; Z-1 is not in the catalogue and counts nowhere):
//   needed 8+4+0+6+7+4+4+0+4 = 37; not needed 4+0+1+1+0+1+6+3+1 = 17; not answered 1+1+3+1 = 6
//   (37 + 17 + 6 = 60 = 58 + B-3 and D-6, needed and not answered). answered 58-6 = 52: 89.7% -> 89%
//   (progress alone rounds down, so that 100% means complete: progress.rs).
//   delivered 7+3+4+7+4+4+3 = 32; coverage 32/37 = 86.5% -> 86%.
//   with a level 8+4+5+7+4+4+4 = 36; current 17+9+6+18+6+7+5 = 68; 68/36 = 1.89 -> 1.9.
//   with both 7+4+5+6+3+4+4 = 33; target 23+13+15+21+9+12+10 = 103; 103/33 = 3.12 -> 3.1.
//   gap 9+4+9+6+3+5+5 = 41; 41/33 = 1.24 -> 1.2.
//   in-house 4+1+2+5+0+2+0 = 14; outsourced 2+2+1+2+3+1+3 = 14; shared 1+0+1+0+1+1+0 = 4;
//   not yet 1+1+1 = 3; no delivery answer B-3, D-6 = 2 (14+14+4+3+2 = 37).
//   share outsourced 14/(37-2) = 14/35 = 40%; share shared 4/35 = 11.4% -> 11%.

const NA = 'Not applicable';
const NOT_ANSWERED = 'Not answered';

/** Catalogue evaluation, by the English column headings. */
const CATALOGUE_COLS = ['Services', 'Needed', 'Not needed', 'Not answered', 'Delivered', 'Coverage'];
const CATALOGUE_FIGURES = {
  A: ['13', '8', '4', '1', '7', '7 of 8 (88%)'],
  B: ['4', '4', '0', '1', '3', '3 of 4 (75%)'],
  C: ['4', '0', '1', '3', '0', NOT_ANSWERED],
  D: ['7', '6', '1', '1', '4', '4 of 6 (67%)'],
  E: ['7', '7', '0', '0', '7', '7 of 7 (100%)'],
  F: ['5', '4', '1', '0', '4', '4 of 4 (100%)'],
  G: ['10', '4', '6', '0', '4', '4 of 4 (100%)'],
  H: ['3', '0', '3', '0', '0', NA],
  I: ['5', '4', '1', '0', '3', '3 of 4 (75%)'],
  overall: ['58', '37', '17', '6', '32', '32 of 37 (86%)'],
};
const PROFILE_COLS = ['Needed services with a level', 'Average current level', 'Average target level', 'Average gap to target'];
const PROFILE_FIGURES = {
  A: ['8', '2.1', '3.3', '1.3'],
  B: ['4', '2.3', '3.3', '1.0'],
  C: ['0', NOT_ANSWERED, NOT_ANSWERED, NOT_ANSWERED],
  D: ['5', '1.2', '3.0', '1.8'],
  E: ['7', '2.6', '3.5', '1.0'],
  F: ['4', '1.5', '3.0', '1.0'],
  G: ['4', '1.8', '3.0', '1.3'],
  H: ['0', NA, NA, NA],
  I: ['4', '1.3', '2.5', '1.3'],
  overall: ['36', '1.9', '3.1', '1.2'],
};
const PORTFOLIO_COLS = ['In-house', 'Outsourced', 'Shared', 'Not delivered yet', 'Delivery not answered', '% outsourced', '% shared'];
const PORTFOLIO_FIGURES = {
  A: ['4', '2', '1', '1', '0', '2 of 8 (25%)', '1 of 8 (13%)'],
  B: ['1', '2', '0', '0', '1', '2 of 3 (67%)', '0 of 3 (0%)'],
  C: ['0', '0', '0', '0', '0', NOT_ANSWERED, NOT_ANSWERED],
  D: ['2', '1', '1', '1', '1', '1 of 5 (20%)', '1 of 5 (20%)'],
  E: ['5', '2', '0', '0', '0', '2 of 7 (29%)', '0 of 7 (0%)'],
  F: ['0', '3', '1', '0', '0', '3 of 4 (75%)', '1 of 4 (25%)'],
  G: ['2', '1', '1', '0', '0', '1 of 4 (25%)', '1 of 4 (25%)'],
  H: ['0', '0', '0', '0', '0', NA, NA],
  I: ['0', '3', '0', '1', '0', '3 of 4 (75%)', '0 of 4 (0%)'],
  overall: ['14', '14', '4', '3', '2', '14 of 35 (40%)', '4 of 35 (11%)'],
};
const HEADLINE = {
  Coverage: '32 of 37 (86%)', AvgCurrent: '1.9', AvgTarget: '3.1', Gap: '1.2',
  ShareOutsourced: '14 of 35 (40%)', Plan: '25',
};
/** The page and the summary report show the same ten (core::present). */
const REPORT_HEADLINE = { ...HEADLINE, Needed: '37', NotNeeded: '17', Undecided: '6', ShareShared: '4 of 35 (11%)' };
const PROGRESS = '52 of 58 services answered (89%)';

// Improvement plan: target above current; priority high, medium, low, none; then gap, largest
// first; then catalogue order. Not on it: A-3, B-4, D-3, E-6, E-7, G-7, I-2 (at target), A-5 (above),
// A-7, E-4, F-4 (no target), F-2 and C-2 (not needed / undecided), Z-1 (not in the catalogue).
//   [id, priority, current, target, gap, delivery]
const PLAN = [
  ['D-2', 'High', '1 Initial', '4 Managed', '3', 'In-house'],
  ['D-5', 'High', '0 Not performed', '3 Defined', '3', 'Not delivered yet'],
  ['I-5', 'High', '1 Initial', '4 Managed', '3', 'Outsourced'],
  ['A-1', 'High', '2 Repeatable', '4 Managed', '2', 'In-house'],
  ['A-4', 'High', '1 Initial', '3 Defined', '2', 'Shared'],
  ['A-8', 'High', '3 Defined', '5 Optimising', '2', 'In-house'],
  ['D-1', 'High', '2 Repeatable', '3 Defined', '1', 'In-house'],
  ['D-4', 'Medium', '1 Initial', '3 Defined', '2', 'Outsourced'],
  ['E-3', 'Medium', '2 Repeatable', '4 Managed', '2', 'In-house'],
  ['G-2', 'Medium', '1 Initial', '3 Defined', '2', 'In-house'],
  ['G-10', 'Medium', '1 Initial', '3 Defined', '2', 'Outsourced'],
  ['B-1', 'Medium', '3 Defined', '4 Managed', '1', 'Outsourced'],
  ['B-3', 'Medium', '1 Initial', '2 Repeatable', '1', '—'],
  ['G-4', 'Medium', '2 Repeatable', '3 Defined', '1', 'In-house'],
  ['A-6', 'Low', '0 Not performed', '2 Repeatable', '2', 'Not delivered yet'],
  ['E-1', 'Low', '3 Defined', '4 Managed', '1', 'In-house'],
  ['E-2', 'Low', '3 Defined', '4 Managed', '1', 'In-house'],
  ['F-1', 'Low', '1 Initial', '2 Repeatable', '1', 'Outsourced'],
  ['F-3', 'Low', '2 Repeatable', '3 Defined', '1', 'Shared'],
  ['I-3', 'Low', '0 Not performed', '1 Initial', '1', 'Not delivered yet'],
  ['B-2', '—', '2 Repeatable', '4 Managed', '2', 'Outsourced'],
  ['E-5', '—', '1 Initial', '3 Defined', '2', 'Outsourced'],
  ['A-10', '—', '2 Repeatable', '3 Defined', '1', 'Outsourced'],
  ['F-5', '—', '3 Defined', '4 Managed', '1', 'Outsourced'],
  ['I-1', '—', '2 Repeatable', '3 Defined', '1', 'Outsourced'],
];
/** Services behind the overall share outsourced (from the delivery lists above, catalogue order). */
const OUTSOURCED = ['A-3', 'A-10', 'B-1', 'B-2', 'D-4', 'E-5', 'E-6', 'F-1', 'F-4', 'F-5', 'G-10', 'I-1', 'I-2', 'I-5'];

// The charts, from the same sums. Radar: 9 axes (A..I, index 0..8), axis i at angle -90° + 40°·i,
// centre (280, 250), level 5 at radius 190 (svg.rs). C (2) and H (7) have no value, so each outline
// is two open runs: D-E-F-G (3..6) and I-A-B (8, 0, 1).
const RADAR = {
  current: { A: 17 / 8, B: 9 / 4, D: 6 / 5, E: 18 / 7, F: 6 / 4, G: 7 / 4, I: 5 / 4 },
  target: { A: 23 / 7, B: 13 / 4, D: 15 / 5, E: 21 / 6, F: 9 / 3, G: 12 / 4, I: 10 / 4 },
};
const RUNS = [['D', 'E', 'F', 'G'], ['I', 'A', 'B']];
// Bars: parts in-house, shared, outsourced, not yet, no delivery answer; one scale, the longest bar
// (A, 8 needed) spans 540 units from x = 44: 67.5 units per service.
const BARS = {
  A: [4, 1, 2, 1, 0], B: [1, 0, 2, 0, 1], D: [2, 1, 1, 1, 1], E: [5, 0, 2, 0, 0],
  F: [0, 1, 3, 0, 0], G: [2, 1, 1, 0, 0], I: [0, 0, 3, 1, 0],
};
const BAR_PARTS = ['In-house', 'Shared', 'Outsourced', 'Not delivered yet', 'Delivery not answered'];
const NO_BAR = { C: NOT_ANSWERED, H: 'n/a' };

// ---- helpers ------------------------------------------------------------------------------------

/** Run before the app starts: puts the injected part under the first version's key, once. */
const ADOPT_LEGACY = `if (localStorage.getItem(${JSON.stringify(KEYS.index)}) === null) {
  localStorage.setItem(${JSON.stringify(KEYS.legacy)}, ${JSON.stringify(JSON.stringify(LEGACY))});
}`;

/** Opens the app with the injected part adopted, and enters the rest through the form. */
async function fillIn(t) {
  const app = await env.open(t, { ...CLOCK, initScript: ADOPT_LEGACY });
  await expectEventually(async () => (await app.storedAssessment())?.name, NAME, 'the first version\'s assessment is adopted and open');
  await app.fillProfile(PROFILE);
  for (const [id, answers] of Object.entries(UI_ANSWERS)) await app.answerService(id, answers);
  // What the app holds is exactly the known assessment, before any figure is looked at.
  await expectEventually(async () => {
    const a = await app.storedAssessment();
    return { name: a.name, profile: a.profile, services: a.services };
  }, { name: NAME, profile: PROFILE, services: ANSWERS }, 'the app holds the known assessment');
  return app;
}

async function openResults(app) {
  await app.page.locator('[data-nav="results"]').click();
  await app.main.locator('[data-results="headline"]').waitFor();
}

/** Clicks a download button; returns { name, bytes, text } (text keeps a byte-order mark). */
async function download(app, kind) {
  const [dl] = await Promise.all([app.page.waitForEvent('download'), app.page.locator(`[data-download="${kind}"]`).click()]);
  const bytes = await fs.readFile(await dl.path());
  return { name: dl.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

async function downloadAll(app) {
  return { html: await download(app, 'html'), json: await download(app, 'json'), csv: await download(app, 'csv') };
}

/**
 * A table's rows as { key: { column heading: cell text } }; key = the row's `keyAttr`, or 'overall'
 * for a row without it (the report's overall row, in <tfoot>). The row heading is under its column.
 */
async function tableRows(table, keyAttr) {
  return table.evaluate((el, attr) => {
    const heads = [...el.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const out = {};
    for (const tr of el.querySelectorAll('tbody tr, tfoot tr')) {
      const row = {};
      [...tr.cells].forEach((cell, i) => { row[heads[i]] = cell.textContent.trim(); });
      out[tr.getAttribute(attr) ?? 'overall'] = row;
    }
    return out;
  }, keyAttr);
}

/** Asserts `rows` hold `expected` ({ key: [values] }) under `cols`, for every key and no other. */
function assertFigures(rows, cols, expected, where) {
  assert.deepEqual(Object.keys(rows).sort(), Object.keys(expected).sort(), `${where}: one row per category and overall`);
  for (const [key, values] of Object.entries(expected)) {
    assert.deepEqual(cols.map((c) => rows[key][c]), values, `${where}, row ${key} (${cols.join(' | ')})`);
  }
}

/** Drops the columns one table does not have. */
function only(cols, expected, keep) {
  const idx = cols.map((c, i) => (keep.includes(c) ? i : -1)).filter((i) => i >= 0);
  return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, idx.map((i) => v[i])]));
}

/**
 * Strict RFC 4180: fields unquoted (no quote, comma, CR or LF) or quoted (quotes doubled, anything
 * else inside); every record, the last included, ends with CRLF; a bare CR or LF outside quotes, or a
 * quote inside an unquoted field, is an error. Returns the records as arrays of strings.
 */
function parseCsv(text) {
  const records = [];
  let record = [];
  let i = 0;
  const plain = /[^",\r\n]*/y;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new Error(`CSV: quoted field at offset ${i} never ends`);
        field += text.slice(j, q);
        if (text[q + 1] === '"') { field += '"'; j = q + 2; } else { i = q + 1; break; }
      }
    } else {
      plain.lastIndex = i;
      field = plain.exec(text)[0];
      i += field.length;
    }
    record.push(field);
    if (text[i] === ',') { i += 1; continue; }
    if (text.startsWith('\r\n', i)) { records.push(record); record = []; i += 2; continue; }
    throw new Error(`CSV: expected a comma or CRLF at offset ${i}, found ${JSON.stringify(text.slice(i, i + 12))}`);
  }
  if (record.length) throw new Error('CSV: the last record does not end with CRLF');
  return records;
}

const CSV_COLUMNS = ['category', 'category_title', 'id', 'title', 'provenance', 'need', 'reason', 'delivery',
  'current', 'target', 'priority', 'owner', 'evidence', 'note', 'answered'];
const FREE_TEXT = ['reason', 'owner', 'evidence', 'note'];

/** The expected cell: a value starting with = + - @ (tab, CR) gets a leading quote (docs). */
const neutral = (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** The CSV rows the known assessment must give, in `lang`: catalogue order, then Z-1. */
function expectedCsv(lang, { redacted = false } = {}) {
  const title = (x) => x.title[lang];
  const cells = (head, r) => {
    const text = (k) => (redacted ? '' : neutral(r[k] ?? ''));
    return [...head, r.need ?? '', text('reason'), r.delivery ?? '', String(r.current ?? ''), String(r.target ?? ''),
      r.priority ?? '', text('owner'), text('evidence'), text('note')];
  };
  const rows = CATALOGUE.services.map((s) => {
    const cat = CATALOGUE.categories.find((c) => c.id === s.category);
    return [...cells([s.category, title(cat), s.id, title(s), s.provenance], ANSWERS[s.id] ?? {}), String(!UNANSWERED.includes(s.id))];
  });
  rows.push([...cells(['', '', 'Z-1', '', 'not_in_catalogue'], ANSWERS['Z-1']), 'true']);
  return rows;
}

/** Reads and checks the CSV's bytes; returns the data records (header checked and dropped). */
function readCsv(file) {
  assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  // The parser refuses a record that does not end with CRLF, and a bare CR or LF outside quotes.
  const records = parseCsv(file.text.slice(1));
  assert.deepEqual(records[0], CSV_COLUMNS, 'header row of stable keys');
  for (const r of records) assert.equal(r.length, CSV_COLUMNS.length, `15 fields in ${JSON.stringify(r.slice(0, 3))}`);
  return records.slice(1);
}

/** A fresh page (own context, scripts on) holding a report, with every request and dialog recorded. */
async function renderReport(app, html) {
  const context = await app.page.context().browser().newContext();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const errors = watchErrors(page);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.setContent(html);
  return { context, page, requests, errors, dialogs };
}

/** The report's figures: headline, progress and the three evaluation tables. */
async function reportFigures(page) {
  return {
    headline: await page.locator('#headline dd[data-figure]').evaluateAll((dds) => Object.fromEntries(dds.map((d) => [d.dataset.figure, d.textContent]))),
    progress: await page.locator('#progress-overall').textContent(),
    catalogue: await tableRows(page.locator('#catalogue-eval table'), 'data-category'),
    profile: await tableRows(page.locator('#profile-eval table'), 'data-profile-category'),
    portfolio: await tableRows(page.locator('#portfolio-eval table'), 'data-portfolio-category'),
    plan: await page.locator('#plan tr[data-plan-id]').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent))),
  };
}

function assertReportFigures(f, where) {
  assert.deepEqual(f.headline, REPORT_HEADLINE, `${where}: headline figures`);
  assert.equal(f.progress, PROGRESS, `${where}: progress`);
  assertFigures(f.catalogue, CATALOGUE_COLS, CATALOGUE_FIGURES, `${where}: catalogue evaluation`);
  assertFigures(f.profile, PROFILE_COLS, PROFILE_FIGURES, `${where}: profile evaluation`);
  assertFigures(f.portfolio, PORTFOLIO_COLS, PORTFOLIO_FIGURES, `${where}: portfolio evaluation`);
  // Report plan columns: rank, id, title, priority, current, target, gap, delivery, owner.
  assert.deepEqual(f.plan.map((c) => [c[1], c[3], c[4], c[5], c[6], c[7]]), PLAN, `${where}: improvement plan`);
  assert.deepEqual(f.plan.map((c) => c[0]), PLAN.map((_, i) => String(i + 1)), `${where}: plan ranks`);
}

/** "M x y L x y ..." as [[x, y], ...]. */
const pathPoints = (d) => [...d.matchAll(/[ML] ?(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
const AXES = 'ABCDEFGHI';
function radarPoint(category, level) {
  const a = -Math.PI / 2 + (2 * Math.PI * AXES.indexOf(category)) / 9;
  const r = (190 * level) / 5;
  return [280 + r * Math.cos(a), 250 + r * Math.sin(a)];
}
function assertNear(actual, expected, what) {
  assert.equal(actual.length, expected.length, `${what}: number of points`);
  actual.forEach(([x, y], k) => {
    const [ex, ey] = expected[k];
    assert.ok(Math.abs(x - ex) <= 0.006 && Math.abs(y - ey) <= 0.006, `${what}, point ${k}: (${x}, ${y}) vs (${ex.toFixed(3)}, ${ey.toFixed(3)})`);
  });
}

// ---- the specs ----------------------------------------------------------------------------------

test('the Results view shows every hand-worked figure, per category and overall, with "Not applicable" and "Not answered" in words, and the plan in order', async (t) => {
  const app = await fillIn(t);
  await openResults(app);
  const results = app.main.locator('[data-view="results"]');

  const headline = await results.locator('[data-results="headline"] li[data-figure]').evaluateAll((lis) => Object.fromEntries(
    lis.map((li) => [li.dataset.figure, li.querySelector('.x1060-figure-value').textContent]),
  ));
  assert.deepEqual(headline, REPORT_HEADLINE, 'the same headline figures as the summary report');
  for (const kind of Object.keys(REPORT_HEADLINE)) {
    const explain = results.locator(`[data-results="headline"] li[data-figure="${kind}"] details[data-explain="${kind}"]`);
    assert.match(await explain.locator('summary').textContent(), /^How is this calculated\?/, `${kind} explains itself`);
  }
  // The explanation lists exactly the services the figure is made from.
  const shareExplain = results.locator('[data-results="headline"] details[data-explain="ShareOutsourced"]');
  await shareExplain.locator('summary').click();
  assert.equal(await shareExplain.locator('p').nth(1).textContent(), `Outsourced: ${OUTSOURCED.join(', ')}`);
  const planExplain = results.locator('[data-results="headline"] details[data-explain="Plan"]');
  await planExplain.locator('summary').click();
  const inCatalogueOrder = PLAN.map((p) => p[0]).sort((a, b) => CATALOGUE.services.findIndex((s) => s.id === a) - CATALOGUE.services.findIndex((s) => s.id === b));
  assert.equal(await planExplain.locator('[data-explain-over]').textContent(), `Service: ${inCatalogueOrder.join(', ')}`);

  const appCatalogueCols = CATALOGUE_COLS.filter((c) => c !== 'Services');
  const appPortfolioCols = PORTFOLIO_COLS; // the same columns as the summary report (core::present)
  const table = (name) => results.locator(`[data-results="${name}"] table`);
  assertFigures(await tableRows(table('catalogue'), 'data-category'), appCatalogueCols,
    only(CATALOGUE_COLS, CATALOGUE_FIGURES, appCatalogueCols), 'app, catalogue evaluation');
  assertFigures(await tableRows(table('profile'), 'data-category'), PROFILE_COLS, PROFILE_FIGURES, 'app, profile evaluation');
  assertFigures(await tableRows(table('portfolio'), 'data-category'), appPortfolioCols,
    only(PORTFOLIO_COLS, PORTFOLIO_FIGURES, appPortfolioCols), 'app, portfolio evaluation');
  // The row heading says why a category has no figures.
  const heads = await tableRows(table('catalogue'), 'data-category');
  assert.equal(heads.H.Category, 'H Support of internal fraud response (Not applicable)');
  assert.equal(heads.C.Category, 'C Deep analysis (Not answered)');
  assert.equal(heads.A.Category, 'A Strategic management of CDC');

  const plan = await results.locator('[data-results="plan"] tr[data-plan-service]').evaluateAll((trs) => trs.map((tr) => ({
    id: tr.dataset.planService, cells: [...tr.cells].map((c) => c.textContent),
  })));
  assert.deepEqual(plan.map((p) => p.id), PLAN.map((p) => p[0]), 'plan order');
  // App plan columns: rank, "id title", priority, current, target, gap, delivery.
  assert.deepEqual(plan.map((p) => [p.cells[0], p.cells[1].split(' ')[0], ...p.cells.slice(2)]),
    PLAN.map((row, i) => [String(i + 1), ...row]), 'plan rows: rank, id, priority, levels, gap, delivery');
  assert.equal(plan.find((p) => p.id === 'G-10').cells[1], 'G-10 New security tool research and development');

  // Charts in the app: the same drawing as the report's (checked in detail there).
  assert.equal(await results.locator('svg.x1060-chart g.x1060-current > circle').count(), 7);
  assert.equal(await results.locator('svg.x1060-chart g.x1060-bar').count(), 9);
  assert.deepEqual(app.errors, []);
});

test('the three downloads hold the hand-worked figures: the report\'s tables, a strict RFC 4180 CSV with every service and the orphan, and schema-valid JSON', async (t) => {
  const app = await fillIn(t);
  const files = await downloadAll(app);
  assert.deepEqual([files.html.name, files.json.name, files.csv.name],
    [`x1060-summary-${DATE}.html`, `x1060-assessment-${DATE}.json`, `x1060-services-${DATE}.csv`]);

  // JSON: valid against the published schema, and the known assessment, field by field.
  const data = JSON.parse(files.json.text);
  assert.deepEqual(validate(SCHEMA, data), []);
  assert.deepEqual([data.name, data.profile, data.services], [NAME, PROFILE, ANSWERS]);

  // CSV: BOM, CRLF, one row per catalogue service in catalogue order (58), then Z-1.
  const rows = readCsv(files.csv);
  assert.equal(rows.length, 58 + 1);
  assert.deepEqual(rows, expectedCsv('en'));
  const byId = Object.fromEntries(rows.map((r) => [r[2], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]));
  // Formula-like cells start with a quote; the raw file quotes what needs it and doubles quotes.
  assert.deepEqual([byId['A-3'].note, byId['A-3'].owner, byId['A-3'].evidence, byId['A-9'].reason], ["'=1+1", "'+cmd", "'-x", "'@sum"]);
  assert.ok(files.csv.text.includes('"SECRET-NOTE-I5, with a comma"'));
  assert.ok(files.csv.text.includes('"SECRET-NOTE-A1 first line\nsecond line, ""quoted"" <script>'));
  assert.equal(byId['A-4'].note, 'SECRET-NOTE-A4 日本語のメモ');
  // Not answered is an empty cell, never 0; "not yet" level 0 is a 0.
  assert.deepEqual([byId['A-13'].need, byId['A-13'].current, byId['A-13'].answered], ['', '', 'false']);
  assert.deepEqual([byId['D-6'].delivery, byId['D-6'].current, byId['D-6'].answered], ['', '', 'false']);
  assert.deepEqual([byId['A-6'].current, byId['A-6'].answered], ['0', 'true']);

  // HTML: every figure as worked out, and the same data embedded.
  const report = await renderReport(app, files.html.text);
  t.after(() => report.context.close());
  assertReportFigures(await reportFigures(report.page), 'report');
  const orphan = await report.page.locator('tr[data-orphan-id="Z-1"]').evaluate((tr) => [...tr.cells].map((c) => c.textContent));
  assert.deepEqual([orphan[0], orphan[2], orphan[9]], ['Z-1', 'Needed', 'SECRET-NOTE-Z1']);
  assert.equal(await report.page.locator('tr[data-service-id]').count(), 58);
  const embedded = JSON.parse(await report.page.locator('script#x1060-assessment').textContent());
  assert.deepEqual(embedded, data);
  assert.deepEqual(validate(SCHEMA, embedded), []);
  assert.deepEqual([report.requests, report.dialogs, report.errors, app.errors], [[], [], [], []]);
});

test('the summary report renders its charts in Chromium with no request and none of the user\'s script, and prints on A4 and Letter', async (t) => {
  const app = await fillIn(t);
  const html = (await download(app, 'html')).text;
  const report = await renderReport(app, html);
  t.after(() => report.context.close());
  const { page } = report;

  // No user text became markup or script.
  assert.equal(await page.evaluate(() => window.__x1060Pwned), undefined, 'no script of a note ran');
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('script')].map((s) => [s.id, s.type])),
    [['x1060-assessment', 'application/json']], 'the only script element is the embedded data');
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes]
    .filter((a) => /^on/i.test(a.name) || /^(src|href|xlink:href|srcset|action)$/i.test(a.name)).map((a) => `${el.localName} ${a.name}`))), [],
  'no event handler and no reference to another resource');
  assert.equal(await page.locator('img, iframe, object, embed, link, b').count(), 0);
  assert.equal((await page.locator('tr[data-service-id="A-1"] td').nth(9).textContent()), NOTE_A1, 'the note reads as written');

  // Radar: drawn, two outlines of two runs each (gaps at C and H), a marker per value, notes under C and H.
  const radar = page.locator('svg#x1060-radar');
  const box = await radar.boundingBox();
  assert.ok(box.width > 100 && box.height > 100, `radar drawn at ${box.width}×${box.height}`);
  for (const outline of ['current', 'target']) {
    const paths = await radar.locator(`g.x1060-${outline} > path`).evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
    assert.equal(paths.length, 2, `${outline}: two runs`);
    paths.forEach((d, k) => {
      assert.doesNotMatch(d, /Z/, `${outline} run ${k} is open (there are gaps)`);
      assertNear(pathPoints(d), RUNS[k].map((c) => radarPoint(c, RADAR[outline][c])), `${outline} run ${RUNS[k].join('')}`);
    });
    const pathBox = await radar.locator(`g.x1060-${outline} > path`).first().boundingBox();
    assert.ok(pathBox.width > 0 && pathBox.height > 0, `${outline} outline has a size`);
  }
  const circles = await radar.locator('g.x1060-current > circle').evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
  assertNear(circles, 'ABDEFGI'.split('').map((c) => radarPoint(c, RADAR.current[c])), 'current markers');
  const squares = await radar.locator('g.x1060-target > rect').evaluateAll((rs) => rs.map((r) => [Number(r.getAttribute('x')) + 4, Number(r.getAttribute('y')) + 4]));
  assertNear(squares, 'ABDEFGI'.split('').map((c) => radarPoint(c, RADAR.target[c])), 'target markers');
  assert.deepEqual(await radar.locator('g.x1060-axis-labels tspan.x1060-na').allTextContents(), [NOT_ANSWERED, 'n/a']);

  // Bars: one per category, segments as counted, 67.5 units per service, no bar for C and H.
  const bars = page.locator('svg#x1060-delivery');
  const barsBox = await bars.boundingBox();
  assert.ok(barsBox.width > 100 && barsBox.height > 100, `bars drawn at ${barsBox.width}×${barsBox.height}`);
  for (const c of AXES) {
    const g = bars.locator(`g.x1060-bar[data-category="${c}"]`);
    const rects = await g.locator('rect').evaluateAll((rs) => rs.map((r) => ({
      x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')), title: r.querySelector('title').textContent,
    })));
    if (NO_BAR[c]) {
      assert.deepEqual(rects, [], `${c}: no bar`);
      assert.equal(await g.locator('text.x1060-na').textContent(), NO_BAR[c]);
      continue;
    }
    let x = 44;
    const expected = [];
    BARS[c].forEach((n, k) => {
      if (n) expected.push({ x, width: n * 67.5, title: `${BAR_PARTS[k]}: ${n}` });
      x += n * 67.5;
    });
    assert.deepEqual(rects, expected, `${c}: bar segments`);
    const rendered = await g.locator('rect').first().boundingBox();
    assert.ok(rendered.width > 0 && rendered.height > 0, `${c}: bar has a size`);
  }

  // Print: every chart fits within one page and is kept whole; sections start on a new page.
  await fs.mkdir(ARTIFACTS, { recursive: true });
  await fs.writeFile(path.join(ARTIFACTS, 'results-files-report.html'), html);
  await page.emulateMedia({ media: 'print' });
  const mm = 96 / 25.4;
  for (const [format, w, h] of [['A4', 210, 297], ['Letter', 215.9, 279.4]]) {
    // @page margin: 15 mm top and bottom, 12 mm left and right.
    const content = { width: Math.floor((w - 24) * mm), height: Math.floor((h - 30) * mm) };
    await page.setViewportSize(content);
    const layout = await page.evaluate(() => ({
      figures: [...document.querySelectorAll('figure')].map((f) => ({ height: f.getBoundingClientRect().height, breakInside: getComputedStyle(f).breakInside })),
      sections: [...document.querySelectorAll('section.page')].map((s) => [s.id, getComputedStyle(s).breakBefore]),
      // A footer group is repeated at every page break: the overall row would print under a part of its table.
      footers: [...document.querySelectorAll('tfoot')].map((f) => getComputedStyle(f).display),
      headers: [...document.querySelectorAll('section.page thead')].map((h) => getComputedStyle(h).display),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    assert.equal(layout.figures.length, 2);
    for (const f of layout.figures) {
      assert.ok(f.height > 100 && f.height <= content.height, `${format}: a chart is ${f.height}px high, a page holds ${content.height}px`);
      assert.equal(f.breakInside, 'avoid', `${format}: a chart is not cut across pages`);
    }
    assert.deepEqual(layout.sections, ['catalogue-eval', 'profile-eval', 'portfolio-eval', 'plan', 'services', 'about'].map((id) => [id, 'page']));
    assert.deepEqual(layout.footers, ['table-row-group', 'table-row-group', 'table-row-group'], `${format}: "Overall" printed once, after every category`);
    assert.ok(layout.headers.every((d) => d === 'table-header-group'), `${format}: column headings repeat on every page`);
    assert.ok(layout.overflow <= 0, `${format}: nothing wider than the page (${layout.overflow}px over)`);
    await page.screenshot({ path: path.join(ARTIFACTS, `results-files-print-${format}.png`), fullPage: true });

    const pdf = await page.pdf({ format });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    assert.ok(pages >= 7, `${format}: ${pages} pages (header and headline, three evaluations, plan, services, about)`);
    await fs.writeFile(path.join(ARTIFACTS, `results-files-${format}.pdf`), pdf);
  }
  assert.deepEqual([report.requests, report.dialogs, report.errors, app.errors], [[], [], [], []]);
});

test('in 日本語 the CSV keeps Japanese titles intact, with the same keys and answers, and the report says 対象外 and 未回答 in words', async (t) => {
  const app = await fillIn(t);
  await app.setLanguage('ja');
  const csv = await download(app, 'csv');
  const rows = readCsv(csv);
  assert.deepEqual(rows, expectedCsv('ja'));
  assert.deepEqual(rows[0].slice(0, 4), ['A', 'CDC の戦略マネジメント', 'A-1', 'リスクマネジメント']);
  assert.deepEqual(rows.find((r) => r[2] === 'G-10').slice(1, 4), ['CDC 基盤の開発と保守', 'G-10', '新規セキュリティツールの調査・開発']);

  const report = await renderReport(app, (await download(app, 'html')).text);
  t.after(() => report.context.close());
  const catalogue = await tableRows(report.page.locator('#catalogue-eval table'), 'data-category');
  // Coverage is the last column.
  assert.deepEqual([Object.values(catalogue.H).at(-1), Object.values(catalogue.C).at(-1)], ['対象外', '未回答']);
  assert.equal(Object.values(catalogue.overall).at(-1), '37 件中 32 件（86%）');
  const profile = await tableRows(report.page.locator('#profile-eval table'), 'data-profile-category');
  assert.deepEqual(Object.values(profile.H).slice(2), ['対象外', '対象外', '対象外']);
  assert.deepEqual(Object.values(profile.overall).slice(2), ['1.9', '3.1', '1.2']);
  assert.deepEqual([report.requests, report.dialogs, report.errors, app.errors], [[], [], [], []]);
});

test('"Share without identifying details" removes the name, organisation, assessor, owners, evidence, notes and reasons from all three files, and leaves every figure unchanged', async (t) => {
  const app = await fillIn(t);
  const full = await downloadAll(app);
  for (const [kind, file] of Object.entries(full)) {
    for (const secret of kind === 'csv' ? CSV_SECRETS : SECRETS) {
      assert.ok(file.text.includes(secret), `the full ${kind} holds ${JSON.stringify(secret)} (so the search below can find it)`);
    }
  }

  await app.page.locator('[data-redact]').check();
  const files = await downloadAll(app);
  assert.deepEqual([files.html.name, files.json.name, files.csv.name],
    [`x1060-summary-${DATE}-redacted.html`, `x1060-assessment-${DATE}-redacted.json`, `x1060-services-${DATE}-redacted.csv`]);
  for (const [kind, file] of Object.entries(files)) {
    for (const secret of SECRETS) assert.equal(file.text.includes(secret), false, `the redacted ${kind} has no ${JSON.stringify(secret)}`);
  }

  // JSON: valid; identifying fields gone, everything else as entered.
  const data = JSON.parse(files.json.text);
  assert.deepEqual(validate(SCHEMA, data), []);
  assert.equal(data.name ?? '', '');
  assert.deepEqual(data.profile, { sector: 'Telecommunications', size: '1200', country: 'Japan', date: '2026-03-30' });
  const strip = (r) => Object.fromEntries(Object.entries(r).filter(([k]) => !FREE_TEXT.includes(k)));
  const kept = Object.fromEntries(Object.entries(ANSWERS).map(([id, r]) => [id, strip(r)]).filter(([, r]) => Object.keys(r).length));
  assert.deepEqual(data.services, kept);

  // CSV: the same rows with the four free-text columns empty (so "-x" is gone too).
  assert.deepEqual(readCsv(files.csv), expectedCsv('en', { redacted: true }));

  // HTML: the same figures, nothing identifying in the profile or the tables, and it says so.
  const report = await renderReport(app, files.html.text);
  t.after(() => report.context.close());
  assertReportFigures(await reportFigures(report.page), 'redacted report');
  assert.equal(await report.page.locator('p.redacted[role="note"]').count(), 1);
  const profile = await report.page.locator('#profile dl').evaluate((dl) => [...dl.querySelectorAll('dd')].map((dd) => dd.textContent));
  assert.deepEqual(profile, ['—', 'Telecommunications', '1200', 'Japan', '—', '2026-03-30']);
  const embedded = JSON.parse(await report.page.locator('script#x1060-assessment').textContent());
  assert.deepEqual(embedded, data, 'the embedded data is the redacted copy');
  assert.deepEqual([report.requests, report.dialogs, report.errors, app.errors], [[], [], [], []]);
});
