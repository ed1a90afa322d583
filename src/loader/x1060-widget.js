// X.1060 self-assessment widget loader: the one script a page includes.
// It loads the WebAssembly app from the same folder and mounts it into every element with the
// attribute data-x1060-widget. Its only global name is `X1060Widget` (see README: Embedding).
//
// While the app is on its way, a first-time visitor sees its first screen at once: rendered at
// build time (first-<lang>.html, src/first_screen.rs), shown as a picture (inert, with a line
// saying it is loading) and replaced by the live app as soon as the app has rendered. A click on a
// category meanwhile is remembered; the app opens that category when it starts.

const here = new URL('.', import.meta.url);
const LANGS = ['en', 'ja', 'fr', 'ar', 'mn'];
const MOUNTED = 'data-x1060-mounted';
let ready = null;
let failed = false; // the app itself could not be fetched

/** Mounts the widget into every `[data-x1060-widget]` element not mounted yet. Returns the count. */
async function mountAll() {
  const firsts = [];
  for (const host of document.querySelectorAll('[data-x1060-widget]')) {
    const lang = firstScreenLang(host);
    if (lang) firsts.push(showFirstScreen(host, lang));
  }
  failed = false;
  ready ??= (async () => {
    // Fetched at once (the page may have preloaded it), started below.
    const wasm = fetch(new URL('x1060_bg.wasm', here), { credentials: 'same-origin' });
    const glue = await import('./x1060.js');
    // A first screen on its way is painted before the module starts, since starting holds the
    // main thread; it is a few KB against the module's 200, so it normally comes first. Its
    // wait is bounded: never more than 300 ms after the module has arrived.
    if (firsts.length) {
      const late = wasm.then(() => new Promise((r) => setTimeout(r, 300)), () => {});
      await Promise.race([Promise.all(firsts), late]);
    }
    await glue.default({ module_or_path: wasm });
    return glue;
  })();
  let glue;
  try {
    glue = await ready;
  } catch (error) {
    ready = null; // the next call tries again
    failed = true;
    for (const host of document.querySelectorAll('[data-x1060-widget]')) sayFailed(host.shadowRoot);
    throw error;
  }
  return glue.mount_all(new URL('widget.css', here).href);
}

/** The primary language subtag of `code` if the app has that language ("fr-CA" → "fr"). */
function known(code) {
  const primary = (code || '').trim().split(/[-_]/)[0].toLowerCase();
  return LANGS.includes(primary) ? primary : null;
}

/**
 * The language of the first screen to show in `host`, or null when the live app would show
 * something else: data of this widget already in storage (a returning visitor: their answers,
 * language or catalogue), or a page that sets the catalogue, a campaign or the categories.
 * The language and namespace rules are the app's (src/boot.rs, src/config.rs).
 */
function firstScreenLang(host) {
  if (host.hasAttribute(MOUNTED) || host.shadowRoot) return null;
  for (const name of ['data-catalogue', 'data-campaign', 'data-categories']) {
    if ((host.getAttribute(name) || '').trim()) return null;
  }
  const value = (host.getAttribute('data-namespace') || '').trim();
  if (value && !/^[A-Za-z0-9._-]{1,64}$/.test(value)) return null;
  const prefix = (value ? `x1060.${value}` : 'x1060') + '/';
  try {
    for (let i = 0; i < localStorage.length; i++) {
      if ((localStorage.key(i) || '').startsWith(prefix)) return null;
    }
  } catch {
    // Storage blocked: the app starts empty too (in memory).
  }
  return known(host.getAttribute('data-lang')) || known(navigator.language) || 'en';
}

/**
 * Fetches the first screen in `lang` and shows it in `host`, unless the app got there first.
 * Resolves once it is painted, or at once when it will not be shown.
 */
async function showFirstScreen(host, lang) {
  let html;
  try {
    const response = await fetch(new URL(`first-${lang}.html`, here), { credentials: 'same-origin' });
    if (!response.ok) return;
    html = await response.text();
  } catch {
    return; // No first screen: the app shows when it is ready, as without one.
  }
  if (host.hasAttribute(MOUNTED) || host.shadowRoot) return;
  let shown;
  try {
    const shadow = host.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('widget.css', here).href;
    const root = document.createElement('div');
    root.className = 'x1060-host x1060-first-host';
    root.hidden = true; // never unstyled
    root.innerHTML = html;
    shown = new Promise((resolve) => {
      // Marked once loaded or failed: the app, mounted later, knows the stylesheet is settled.
      // Both listeners go once either fires: the link stays, and must not keep the picture alive.
      const listening = new AbortController();
      const reveal = () => {
        listening.abort();
        root.hidden = false;
        link.setAttribute('data-x1060-settled', '');
        requestAnimationFrame(() => setTimeout(resolve, 0)); // after the frame that paints it
      };
      link.addEventListener('load', reveal, { signal: listening.signal });
      link.addEventListener('error', reveal, { signal: listening.signal });
    });
    shadow.append(link, root);
    const first = root.querySelector('[data-x1060-first]');
    first?.addEventListener('click', (event) => remember(first, event));
    if (failed) sayFailed(shadow);
  } catch {
    // A page that forbids this (Trusted Types, a host element that cannot hold a shadow root):
    // the app mounts as without a first screen.
    return;
  }
  await shown;
}

/** A first screen on show must not say "loading" forever: it says the app could not be loaded. */
function sayFailed(shadow) {
  const note = shadow?.querySelector('[data-x1060-first] .x1060-first-note');
  if (!note) return;
  note.classList.add('x1060-first-failed-note');
  for (const span of note.children) span.hidden = !span.classList.contains('x1060-first-failed');
}

/**
 * A click on the first screen: its content is inert, so the click lands on the wrapper. If it
 * was on a category, that category is remembered (the app opens it when it starts) and marked.
 */
function remember(first, event) {
  for (const item of first.querySelectorAll('[data-first-category]')) {
    const box = item.getBoundingClientRect();
    if (event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom) {
      first.querySelector('[data-first-pending]')?.removeAttribute('data-first-pending');
      item.setAttribute('data-first-pending', '');
      first.setAttribute('data-x1060-pending', item.getAttribute('data-first-category'));
      first.querySelector('.x1060-first-opening')?.removeAttribute('hidden');
      return;
    }
  }
}

globalThis.X1060Widget = Object.freeze({ mountAll });

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => { mountAll(); }, { once: true });
} else {
  mountAll();
}
