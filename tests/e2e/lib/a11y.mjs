// Accessibility helpers for the end-to-end specs: axe-core in the page (it pierces the open
// shadow root), the focused element behind shadow roots, and overflow checks for reflow.
import { createRequire } from 'node:module';
import path from 'node:path';
import assert from 'node:assert/strict';
import { ROOT } from './server.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Every WCAG 2.0–2.2 A and AA rule, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Findings accepted on purpose, each with its reason; `node` says which element may have it.
 * Nothing else is excluded: every other finding fails the spec.
 */
export const ACCEPTED = [];
// (The skip control was a "#id" link, which axe cannot follow into the shadow root; it is a
// button that moves the focus since, so nothing needs accepting.)

/** Loads axe into the page (once per document) and runs it on the whole document. */
export async function axeRun(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  return page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), AXE_TAGS);
}

/** The violations left once the accepted findings are taken out, one line per rule and node. */
export function unexpected(results) {
  const out = [];
  for (const v of results.violations) {
    for (const n of v.nodes) {
      if (ACCEPTED.some((a) => a.rule === v.id && a.node(n.html))) continue;
      out.push(`${v.id} (${v.impact}): ${v.help}\n    at ${JSON.stringify(n.target)}\n    ${n.html.slice(0, 200)}\n    ${(n.failureSummary || '').replace(/\n/g, ' | ')}`);
    }
  }
  return out;
}

/** Runs axe and fails with every unexpected violation listed, naming the state checked. */
export async function expectNoViolations(page, state) {
  const results = await axeRun(page);
  const found = unexpected(results);
  assert.deepEqual(found, [], `axe found ${found.length} violation(s) in "${state}":\n  ${found.join('\n  ')}`);
  return results;
}

/** Describes the element that has the focus, behind any shadow roots, or null for the body. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').replace(/\s+/g, ' ').trim();
    const id = el.id || '';
    // A key that is stable for one element while the page stays: its path from the shadow root.
    const pathOf = (e) => {
      const parts = [];
      while (e && e.parentElement) {
        parts.unshift(`${e.tagName.toLowerCase()}:${[...e.parentElement.children].indexOf(e)}`);
        e = e.parentElement;
      }
      return parts.join('/');
    };
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      id,
      text: text.slice(0, 80),
      key: pathOf(el),
      inWidget: !!el.closest('.x1060'),
      service: el.closest('[data-service-id]')?.dataset.serviceId ?? null,
      classes: el.className && typeof el.className === 'string' ? el.className : '',
      tabindex: el.getAttribute('tabindex'),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) },
      rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

/**
 * Elements of the widget that stick out of the viewport sideways, other than those inside a box
 * that scrolls sideways on its own (tables and charts) or that are hidden. Empty when the layout
 * reflows. Each entry: "tag.class (left–right)".
 */
export async function overflowing(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out = [];
    const root = document.querySelector('[data-x1060-widget]')?.shadowRoot;
    if (!root) return ['no widget'];
    const scrolls = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') return true;
      }
      return false;
    };
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.closest('.x1060-skip')) continue; // off-screen until focused, on purpose
      if ((r.right > vw + 0.5 || r.left < -0.5) && !scrolls(el)) {
        out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
      }
    }
    if (document.documentElement.scrollWidth > vw) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    return out.slice(0, 20);
  });
}

/** Opens a view through the header's navigation. */
export async function openView(app, view) {
  const ready = {
    results: '[data-view="results"]', about: '[data-about-facts]', checklist: 'li[data-category]', assessments: '[data-view="assessments"]',
  }[view];
  await app.page.locator(`[data-nav="${view}"]`).click();
  await app.page.locator(ready).first().waitFor();
}

/** Chooses a catalogue file in About. */
export async function pickCatalogue(app, name, text) {
  await app.page.locator('[data-file-pick="catalogue"] input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
