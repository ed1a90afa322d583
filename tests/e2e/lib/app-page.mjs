// The page object for the X.1060 self-assessment app, one class for every spec: the locators and the
// user's intents, named once. One AppPage is one widget's live app:
//   - the standalone page: `AppPage.start(browser, url)`, or `env.open(t)` (setup.mjs);
//   - a widget in a host page or a frame: `new AppPage(pageOrFrame, '#widget')`, then `ready()`.
// Every locator is scoped to that widget (APP_ROOT in its host element's open shadow root, which
// Playwright's CSS and role locators pierce; code in page.evaluate must use el.shadowRoot).
//
// Two ways of finding a control, for two kinds of spec:
//   - By what the user reads: the visible label in the interface language (LABELS below: en, ja, ar,
//     mn). answerService, serviceAnswers, needRadio, deliveryRadio, levelRadio, group, field,
//     profileField, fillProfile, profile, nextUnanswered, nextUnansweredAfter. Use these where a spec
//     checks wording, or what a user of that language sees and names; in a language without LABELS
//     they throw (add the labels, docs/translations.md).
//   - By structure and stable data- attributes, in any language: ready, lang, setLanguage,
//     categories, openOverview, openCategory, shownCategory, service, answer, details, openDetails,
//     answered, levelMeaning, the progress, notices, downloads, storage and library helpers. Use
//     these where a spec must work whatever the language (a host page in French, a language switched
//     mid-test) or is about something else than wording (isolation, storage, requests, CSP).
// The header and the main content: on the standalone page (`landmarks: true`, as AppPage.start opens
// it) they are found as the page's banner and main landmarks, so every standalone spec also needs
// them to be landmarks; embedded they are not landmarks (a11y.test.mjs checks that) and are found by
// class.
//
// Answers use the save format's words (need: 'needed' | 'not_needed', delivery: 'in_house' | 'outsourced'
// | 'shared' | 'not_yet', priority: 'high' | 'medium' | 'low', levels 0-5), so a spec can compare what it
// entered with what the page, the storage and the downloads hold, field by field.
import fs from 'node:fs/promises';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { watchErrors } from './browser.mjs';

/**
 * The live app's root inside a widget's shadow root: not the first screen the loader shows while
 * the module is on its way (a picture in its own `.x1060-first-host`, src/first_screen.rs).
 */
export const APP_ROOT = '.x1060-host:not(.x1060-first-host) > .x1060';

/** The delivery choices in the form's order. */
export const DELIVERY = ['in_house', 'outsourced', 'shared', 'not_yet'];

/** Storage keys (boot.rs): the assessment, the preferences, and backups of unreadable data. */
export const KEYS = {
  /** Where the first app version kept its one assessment; the app adopts what it finds there. */
  legacy: 'x1060/assessment',
  /** The library's index (which assessments exist, which is open) and one key per assessment. */
  index: 'x1060/index',
  docPrefix: 'x1060/a/',
  prefs: 'x1060/prefs',
  backupPrefix: 'x1060/backup/',
};

/**
 * Asserts that `read()` comes to deep-equal `expected` within `timeout` ms. For what effects write after
 * an action (the save to storage, the "saved" indicator): yew runs effects after rendering and may leave
 * them to a later task when a render takes over 16 ms, so they can land after the action has returned.
 * This waits for that one condition; it never repeats an action.
 */
export async function expectEventually(read, expected, message, timeout = 5_000) {
  const end = Date.now() + timeout;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    actual = await read();
  }
  assert.deepEqual(actual, expected, message);
}

/** Visible labels the page object finds controls by, per interface language (core/src/i18n). */
const LABELS = {
  en: {
    needLegend: 'Does your organisation need this service?',
    need: { needed: 'Needed', not_needed: 'Not needed' },
    reason: 'Why is it not needed? (optional)',
    deliveryLegend: 'Who delivers it?',
    delivery: { in_house: 'In-house', outsourced: 'Outsourced', shared: 'Shared', not_yet: 'Not delivered yet' },
    currentLegend: 'Current level',
    levels: ['Not performed', 'Initial', 'Repeatable', 'Defined', 'Managed', 'Optimising'],
    details: 'Target, priority, owner, evidence and note',
    target: 'Target level',
    priority: 'Priority',
    owner: 'Owner',
    evidence: 'Evidence',
    note: 'Note',
    nextUnanswered: 'Go to the next unanswered service',
    allCategories: 'All categories',
    profile: {
      organisation: 'Organisation name', sector: 'Sector', size: 'Size (staff)',
      country: 'Country', assessor: 'Assessor', date: 'Assessment date',
    },
  },
  ja: {
    needLegend: '組織にこのサービスは必要ですか？',
    need: { needed: '必要', not_needed: '不要' },
    reason: '不要な理由（任意）',
    deliveryLegend: '誰が提供していますか？',
    delivery: { in_house: '内製', outsourced: '外部委託', shared: '共同（内製と外部委託）', not_yet: '未提供' },
    currentLegend: '現在のレベル',
    levels: ['未実施', '初期', '反復可能', '定義された', '管理された', '最適化'],
    details: '目標、優先度、責任者、根拠資料、メモ',
    target: '目標レベル',
    priority: '優先度',
    owner: '責任者',
    evidence: '根拠資料',
    note: 'メモ',
    nextUnanswered: '次の未回答のサービスへ移動',
    allCategories: 'すべてのカテゴリ',
    profile: {
      organisation: '組織名', sector: '業種', size: '規模（従業員数）',
      country: '国', assessor: '評価者', date: '評価日',
    },
  },
  ar: {
    needLegend: 'هل تحتاج مؤسستك هذه الخدمة؟',
    need: { needed: 'مطلوبة', not_needed: 'غير مطلوبة' },
    reason: 'لماذا هي غير مطلوبة؟ (اختياري)',
    deliveryLegend: 'من يقدّمها؟',
    delivery: { in_house: 'داخلي', outsourced: 'مُسنَد إلى جهة خارجية', shared: 'مشترك', not_yet: 'لم يُقدَّم بعد' },
    currentLegend: 'المستوى الحالي',
    levels: ['غير منفَّذ', 'أولي', 'قابل للتكرار', 'محدَّد', 'مُدار', 'مُحسَّن'],
    details: 'المستوى المستهدف والأولوية والمسؤول والأدلة والملاحظة',
    target: 'المستوى المستهدف',
    priority: 'الأولوية',
    owner: 'المسؤول',
    evidence: 'الأدلة',
    note: 'ملاحظة',
    nextUnanswered: 'الانتقال إلى الخدمة التالية بلا إجابة',
    allCategories: 'كل الفئات',
    profile: {
      organisation: 'اسم المؤسسة', sector: 'القطاع', size: 'الحجم (عدد الموظفين)',
      country: 'البلد', assessor: 'القائم بالتقييم', date: 'تاريخ التقييم',
    },
  },
  mn: {
    needLegend: 'Танай байгууллагад энэ үйлчилгээ хэрэгтэй юу?',
    need: { needed: 'Шаардлагатай', not_needed: 'Шаардлагагүй' },
    reason: 'Яагаад шаардлагагүй вэ? (заавал биш)',
    deliveryLegend: 'Хэн гүйцэтгэдэг вэ?',
    delivery: { in_house: 'Дотооддоо', outsourced: 'Гадны гүйцэтгэгч', shared: 'Хамтарсан', not_yet: 'Одоогоор гүйцэтгээгүй' },
    currentLegend: 'Одоогийн түвшин',
    levels: ['Хэрэгжээгүй', 'Анхан шат', 'Давтагддаг', 'Тодорхойлогдсон', 'Удирдлагатай', 'Оновчлогдсон'],
    details: 'Зорилтот түвшин, тэргүүлэх ач холбогдол, хариуцагч, нотлох баримт, тэмдэглэл',
    target: 'Зорилтот түвшин',
    priority: 'Тэргүүлэх ач холбогдол',
    owner: 'Хариуцагч',
    evidence: 'Нотлох баримт',
    note: 'Тэмдэглэл',
    nextUnanswered: 'Хариулаагүй дараагийн үйлчилгээ рүү очих',
    allCategories: 'Бүх ангилал',
    profile: {
      organisation: 'Байгууллагын нэр', sector: 'Салбар', size: 'Хэмжээ (ажилтнуудын тоо)',
      country: 'Улс', assessor: 'Үнэлгээ хийсэн хүн', date: 'Үнэлгээний огноо',
    },
  },
};

/** The free-text fields of a needed service, in the order the form shows them. */
const TEXT_FIELDS = ['owner', 'evidence', 'note'];

export class AppPage {
  /**
   * Opens the app in a fresh browser context with the error watcher attached.
   * `options`: `timezoneId`, `locale` (default en-US), `fixedTime` (Date.now and new Date() frozen,
   * timers still run), `initScript` (a function run before the app in every navigation), `viewport` and
   * `deviceScaleFactor` (200% zoom is a half-width viewport at twice the density).
   * (A host page is opened with env.newPage in setup.mjs and its widget found with `new AppPage`.)
   */
  static async start(browser, baseUrl, { timezoneId, locale = 'en-US', fixedTime, initScript, viewport, deviceScaleFactor } = {}) {
    const context = await browser.newContext({ acceptDownloads: true, locale, timezoneId, viewport, deviceScaleFactor });
    context.setDefaultTimeout(10_000);
    if (initScript) await context.addInitScript(initScript);
    const page = await context.newPage();
    if (fixedTime !== undefined) await page.clock.setFixedTime(fixedTime);
    const app = new AppPage(page, '[data-x1060-widget]', { landmarks: true, baseUrl, errors: watchErrors(page) });
    await app.goto();
    return app;
  }

  /**
   * The widget whose host element `host` (a CSS selector) matches in `scope`, a Page or a Frame.
   * Call `ready()` before using it. `landmarks`: find the header and main content by their landmark
   * roles (the standalone page). `baseUrl`: where `goto()` opens the app. `errors`: the page's
   * watched errors (watchErrors in browser.mjs), if the spec reads them here.
   */
  constructor(scope, host = '[data-x1060-widget]', { landmarks = false, baseUrl, errors = [] } = {}) {
    this.scope = scope;
    /** The browser tab (the frame's page for a widget in a frame): downloads, reload, its context. */
    this.page = typeof scope.page === 'function' ? scope.page() : scope;
    this.baseUrl = baseUrl;
    this.landmarks = landmarks;
    /** Page errors and console errors seen so far; a spec asserts this is empty at its end. */
    this.errors = errors;
    /** The interface language whose LABELS the label-finding methods use (set by ready, setLanguage). */
    this.labelLang = 'en';
    this.hostSelector = host;
    // The widget's element on the page; the app lives in its (open) shadow root.
    this.host = scope.locator(host);
    this.root = this.host.locator(APP_ROOT);
    const header = landmarks ? this.root.getByRole('banner') : this.root.locator('.x1060-header');
    this.languageSelect = header.getByRole('combobox');
    this.saveStatus = header.getByRole('status');
    this.main = landmarks ? this.root.getByRole('main') : this.root.locator('.x1060-main');
  }

  /** The labels of the interface language shown now. */
  get t() {
    const labels = LABELS[this.labelLang];
    if (!labels) throw new Error(`app-page.mjs has no labels for language "${this.labelLang}"; add them to LABELS`);
    return labels;
  }

  async close() {
    await this.page.context().close();
  }

  /** Loads the app and waits until it has rendered. */
  async goto() {
    await this.page.goto(`${this.baseUrl}/`);
    await this.ready();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** Waits until the live app has rendered and its stylesheet has loaded (the app is shown). */
  async ready() {
    await this.languageSelect.waitFor();
    await this.scope.waitForFunction((sel) => {
      const h = document.querySelector(sel)?.shadowRoot?.querySelector('.x1060-host:not(.x1060-first-host)');
      return h && !h.hidden;
    }, this.hostSelector);
    this.labelLang = await this.lang();
  }

  // ---- language ----------------------------------------------------------------------------------

  /** The interface language the app shows (its root's lang attribute). */
  lang() {
    return this.root.getAttribute('lang');
  }

  async setLanguage(code) {
    await this.languageSelect.selectOption(code);
    await this.host.locator(`${APP_ROOT}[lang="${code}"]`).waitFor();
    this.labelLang = code;
  }

  // ---- navigation --------------------------------------------------------------------------------

  /** The open category's id, or null on the overview. */
  async shownCategory() {
    const section = this.main.locator('section[data-category]');
    return (await section.count()) ? section.getAttribute('data-category') : null;
  }

  async openOverview() {
    if ((await this.shownCategory()) === null) {
      // Another section (assessments, results, about) may be shown instead of the checklist.
      if (!(await this.main.locator('li[data-category]').count())) {
        await this.root.locator('[data-nav="checklist"]').click();
        await this.main.locator('li[data-category]').first().waitFor();
      }
      return;
    }
    // "All categories": the first button of the category's navigation.
    await this.main.locator('.x1060-catnav').first().getByRole('button').first().click();
    await this.main.locator('li[data-category]').first().waitFor();
  }

  async openCategory(id) {
    if ((await this.shownCategory()) === id) return;
    await this.openOverview();
    await this.main.locator(`li[data-category="${id}"]`).getByRole('button').click();
    await this.main.locator(`section[data-category="${id}"]`).waitFor();
  }

  /** The ids of the categories listed on the overview (which it opens). */
  async categories() {
    await this.openOverview();
    return this.main.locator('li[data-category]').evaluateAll((els) => els.map((e) => e.dataset.category));
  }

  /** Clicks the view's own "next unanswered" button; returns the id of the service that got the focus. */
  async nextUnanswered() {
    await this.main.getByRole('button', { name: this.t.nextUnanswered, exact: true }).first().click();
    return this.focusedService();
  }

  /** Clicks the "next unanswered" button of an answered service; returns the id that got the focus. */
  async nextUnansweredAfter(serviceId) {
    await this.service(serviceId).getByRole('button', { name: this.t.nextUnanswered, exact: true }).click();
    return this.focusedService();
  }

  /** Whether service `id`'s heading is wholly inside the viewport (1 px sub-pixel tolerance). */
  async headingInView(id) {
    return this.service(id).getByRole('heading', { level: 3 }).evaluate((h) => {
      const r = h.getBoundingClientRect();
      return r.top >= -1 && r.bottom <= window.innerHeight + 1;
    });
  }

  /** Waits for a service heading to hold the focus and returns that service's id. */
  async focusedService() {
    const handle = await this.scope.waitForFunction(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el && el.matches('[data-service-id] h3') ? el.closest('[data-service-id]').dataset.serviceId : null;
    });
    return handle.jsonValue();
  }

  // ---- the profile -------------------------------------------------------------------------------

  profileField(key) {
    return this.main.getByLabel(this.t.profile[key], { exact: true });
  }

  /** Fills profile fields given as { organisation, sector, size, country, assessor, date }. */
  async fillProfile(profile) {
    await this.openOverview();
    for (const [key, value] of Object.entries(profile)) await this.profileField(key).fill(value);
  }

  /** The six profile fields as the page shows them. */
  async profile() {
    await this.openOverview();
    const out = {};
    for (const key of Object.keys(this.t.profile)) out[key] = await this.profileField(key).inputValue();
    return out;
  }

  // ---- services ----------------------------------------------------------------------------------

  service(id) {
    return this.main.locator(`[data-service-id="${id}"]`);
  }

  group(id, legend) {
    return this.service(id).getByRole('group', { name: legend, exact: true });
  }

  needRadio(id, need) {
    return this.group(id, this.t.needLegend).getByRole('radio', { name: this.t.need[need], exact: true });
  }

  deliveryRadio(id, delivery) {
    return this.group(id, this.t.deliveryLegend).getByRole('radio', { name: this.t.delivery[delivery], exact: true });
  }

  levelRadio(id, level) {
    return this.group(id, this.t.currentLegend).getByRole('radio', { name: `${level} ${this.t.levels[level]}`, exact: true });
  }

  field(id, key) {
    return this.service(id).getByLabel(this.t[key], { exact: true });
  }

  /**
   * Answers service `id` (opening its category first) as needed, with a delivery and a current level,
   * choosing the radios by their place in the form, so in any language:
   * { delivery: 'in_house' | 'outsourced' | 'shared' | 'not_yet', current: 0-5 }. Waits until the
   * service shows as answered. (answerService does it by the labels, and takes every field.)
   */
  async answer(id, { delivery, current }) {
    if (!DELIVERY.includes(delivery)) throw new Error(`answer: delivery "${delivery}" is not one of ${DELIVERY}`);
    await this.openCategory(id.split('-')[0]);
    const svc = this.service(id);
    await svc.locator('fieldset').nth(0).getByRole('radio').nth(0).check();
    await svc.locator('fieldset').nth(1).getByRole('radio').nth(DELIVERY.indexOf(delivery)).check();
    await svc.locator('fieldset').nth(2).getByRole('radio').nth(current).check();
    await this.scope.waitForFunction(
      ([sel, sid]) => document.querySelector(sel)?.shadowRoot
        ?.querySelector(`[data-service-id="${sid}"] [data-answered="true"]`),
      [this.hostSelector, id],
    );
  }

  /** The <details> of a needed service that holds its text fields (target, priority, owner, evidence, note). */
  details(id) {
    return this.service(id).locator('details:has(input[type="text"])');
  }

  /** Opens the details of an answered service, if they are closed. */
  async openDetails(id) {
    const details = this.details(id);
    if (await details.getAttribute('open') === null) await details.locator(':scope > summary').click();
  }

  /** The "answered" badge: 'true' or 'false'. */
  async answered(id) {
    await this.openCategory(id.split('-')[0]);
    return this.service(id).locator('[data-answered]').getAttribute('data-answered');
  }

  /** The meaning of the chosen current level, or null when none is shown. */
  async levelMeaning(id) {
    await this.openCategory(id.split('-')[0]);
    const p = this.service(id).locator('[data-level-meaning]');
    return (await p.count()) ? p.textContent() : null;
  }

  /**
   * Records answers for service `id` (opening its category first):
   * { need, reason, delivery, current, target, priority, owner, evidence, note }; any may be left out.
   */
  async answerService(id, answers) {
    await this.openCategory(id.split('-')[0]);
    const a = answers;
    if (a.need) await this.needRadio(id, a.need).check();
    if (a.reason !== undefined) await this.field(id, 'reason').fill(a.reason);
    if (a.delivery) await this.deliveryRadio(id, a.delivery).check();
    if (a.current !== undefined) await this.levelRadio(id, a.current).check();
    const details = ['target', 'priority', ...TEXT_FIELDS].filter((k) => a[k] !== undefined);
    if (details.length && !(await this.field(id, 'target').isVisible())) {
      await this.service(id).getByText(this.t.details, { exact: true }).click();
    }
    if (a.target !== undefined) await this.field(id, 'target').selectOption(String(a.target));
    if (a.priority !== undefined) await this.field(id, 'priority').selectOption(a.priority);
    for (const k of TEXT_FIELDS) if (a[k] !== undefined) await this.field(id, k).fill(a[k]);
  }

  /** What the page shows for service `id`, in the shape `answerService` takes (unset fields left out). */
  async serviceAnswers(id) {
    await this.openCategory(id.split('-')[0]);
    const out = {};
    const checked = async (options, radio) => {
      for (const value of options) if (await radio(value).isChecked()) return value;
      return undefined;
    };
    out.need = await checked(Object.keys(this.t.need), (v) => this.needRadio(id, v));
    if (out.need === 'not_needed') {
      out.reason = await this.field(id, 'reason').inputValue();
    }
    if (out.need === 'needed') {
      out.delivery = await checked(Object.keys(this.t.delivery), (v) => this.deliveryRadio(id, v));
      out.current = await checked([0, 1, 2, 3, 4, 5], (v) => this.levelRadio(id, v));
      const target = await this.field(id, 'target').inputValue();
      if (target !== '') out.target = Number(target);
      const priority = await this.field(id, 'priority').inputValue();
      if (priority !== '') out.priority = priority;
      for (const k of TEXT_FIELDS) out[k] = await this.field(id, k).inputValue();
    }
    for (const k of Object.keys(out)) if (out[k] === undefined || out[k] === '') delete out[k];
    return out;
  }

  // ---- progress ----------------------------------------------------------------------------------

  /** Overall progress on the overview: { answered, total, text }. */
  async overallProgress() {
    await this.openOverview();
    const bar = this.main.getByRole('progressbar');
    return {
      answered: Number(await bar.getAttribute('value')),
      total: Number(await bar.getAttribute('max')),
      text: await this.main.locator('[data-progress="overall"]').textContent(),
    };
  }

  /** One category's progress as the overview lists it: { answered, total, label }. */
  async categoryProgress(id) {
    await this.openOverview();
    const item = this.main.locator(`li[data-category="${id}"]`);
    const bar = item.getByRole('progressbar', { includeHidden: true });
    return {
      answered: Number(await bar.getAttribute('value')),
      total: Number(await bar.getAttribute('max')),
      label: await item.getByRole('button').textContent(),
    };
  }

  /** The progress line at the top of an open category. */
  async categoryViewProgress(id) {
    await this.openCategory(id);
    return this.main.locator(`[data-progress="${id}"]`).textContent();
  }

  // ---- notices, downloads, storage ---------------------------------------------------------------

  notice(kind) {
    return this.root.locator(`[data-notice="${kind}"]`);
  }

  /** Clicks a download button ('json' or 'html'); returns the file as { name, text }. */
  async download(kind) {
    return this.takeDownload(this.root.locator(`[data-download="${kind}"]`));
  }

  /** Clicks `button` and returns the file it downloads as { name, text, bytes } (bytes: a Buffer). */
  async takeDownload(button) {
    const [dl] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const bytes = await fs.readFile(await dl.path());
    return { name: dl.suggestedFilename(), text: bytes.toString('utf8'), bytes };
  }

  /** The raw text under a storage key, or null. */
  async stored(key) {
    return this.scope.evaluate((k) => localStorage.getItem(k), key);
  }

  /** The storage key of the open assessment, as the saved index names it, or null. */
  async currentKey() {
    const index = await this.stored(KEYS.index);
    const current = index === null ? null : JSON.parse(index).current;
    return current ? KEYS.docPrefix + current : null;
  }

  /** The saved copy of the open assessment, parsed (without the storage-only revision), or null. */
  async storedAssessment() {
    const key = await this.currentKey();
    const text = key === null ? null : await this.stored(key);
    if (text === null) return null;
    const { revision, ...assessment } = JSON.parse(text);
    return assessment;
  }

  /** Every storage key and its value. */
  async storage() {
    return this.scope.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }

  async setStored(key, value) {
    await this.scope.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
  }

  /** Empties this origin's storage, writes `entries` ({ key: text }) and reloads: the app starts on them. */
  async seed(entries) {
    await this.scope.evaluate((e) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
    }, entries);
    await this.reload();
  }

  // ---- the library of assessments ---------------------------------------------------------------

  /** The id of the open assessment, as the saved index names it, or null. */
  async currentId() {
    const key = await this.currentKey();
    return key === null ? null : key.slice(KEYS.docPrefix.length);
  }

  /** The saved copy of assessment `id`, parsed (revision included), or null. */
  async storedDoc(id) {
    const text = await this.stored(KEYS.docPrefix + id);
    return text === null ? null : JSON.parse(text);
  }

  /** The name of the open assessment, as the strip under the header shows it. */
  openName() {
    return this.root.locator('[data-open-name]').textContent();
  }

  /** Shows the list of assessments. */
  async openAssessments() {
    await this.root.locator('[data-nav="assessments"]').click();
    await this.main.locator('[data-view="assessments"]').waitFor();
  }

  assessmentRow(id) {
    return this.main.locator(`li[data-assessment-id="${id}"]`);
  }

  /** The list of assessments as shown: [{ id, name, date, progress, lastChange, state, current }]. */
  async assessmentList() {
    await this.openAssessments();
    return this.main.locator('li[data-assessment-id]').evaluateAll((rows) => rows.map((li) => {
      const dd = [...li.querySelectorAll('dl dd')].map((d) => d.textContent);
      return {
        id: li.dataset.assessmentId,
        name: li.querySelector('h3').textContent,
        date: dd[0], progress: dd[1], lastChange: dd[2], state: dd[3],
        current: li.classList.contains('x1060-assessment-current'),
      };
    }));
  }

  /** Chooses a file in the Assessments view's "Open a file" picker. `content`: text or a Buffer. */
  async pickImport(name, content, mimeType = name.endsWith('.html') ? 'text/html' : 'application/json') {
    await this.openAssessments();
    const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
    await this.main.locator('[data-file-pick="import"] input[type=file]').setInputFiles({ name, mimeType, buffer });
  }

  /**
   * A second tab on this app in the same browser context: it shares localStorage and receives the
   * `storage` events of this one's writes. `initScript` runs before the app in that tab only.
   * Closed with the context.
   */
  async openTab({ initScript } = {}) {
    const page = await this.page.context().newPage();
    if (initScript) await page.addInitScript(initScript);
    const tab = new AppPage(page, this.hostSelector, { landmarks: this.landmarks, baseUrl: this.baseUrl, errors: watchErrors(page) });
    await tab.goto();
    return tab;
  }

  /** Opens a downloaded summary report's text in a new page of this context, scripts enabled. */
  async openSummary(html) {
    const page = await this.page.context().newPage();
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    const errors = watchErrors(page);
    await page.setContent(html);
    return new SummaryPage(page, dialogs, errors);
  }
}

/** A downloaded summary report, rendered: its parts as plain values. */
export class SummaryPage {
  constructor(page, dialogs, errors) {
    this.page = page;
    /** Messages of any alert/confirm/prompt the report opened (a script ran: it must stay empty). */
    this.dialogs = dialogs;
    this.errors = errors;
  }

  async lang() {
    return this.page.locator('html').getAttribute('lang');
  }

  /** The profile section as { label: value }. */
  async profile() {
    return this.page.locator('#profile dl').evaluate((dl) => {
      const out = {};
      for (const dt of dl.querySelectorAll('dt')) out[dt.textContent] = dt.nextElementSibling.textContent;
      return out;
    });
  }

  async overallProgress() {
    return this.page.locator('#progress-overall').textContent();
  }

  /** The line that says when the report was made. */
  async generated() {
    return this.page.getByRole('banner').locator('p.muted').textContent();
  }

  /**
   * The row of a table whose <tr> has `attr`="`id`", as { column heading: cell text } (cell text as
   * rendered, so a line break shows as "\n").
   */
  async row(attr, id) {
    return this.page.locator(`tr[${attr}="${id}"]`).evaluate((tr) => {
      const heads = [...tr.closest('table').querySelectorAll('thead th')].map((th) => th.textContent);
      const out = {};
      [...tr.cells].forEach((cell, i) => { out[heads[i]] = cell.innerText; });
      return out;
    });
  }

  /** The number of elements matching a CSS selector (e.g. 'img', 'script[src]'). */
  async count(selector) {
    return this.page.locator(selector).count();
  }

  /** The assessment embedded in <script type="application/json" id="x1060-assessment">, parsed. */
  async embedded() {
    const script = this.page.locator('script#x1060-assessment');
    assert.equal(await script.getAttribute('type'), 'application/json');
    return JSON.parse(await script.textContent());
  }

  async close() {
    await this.page.close();
  }
}
