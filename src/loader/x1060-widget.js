// X.1060 self-assessment widget loader: the one script a page includes.
// It loads the WebAssembly app from the same folder and mounts it into every element with the
// attribute data-x1060-widget. Its only global name is `X1060Widget` (see README: Embedding).
import init, { mount_all } from './x1060.js';

const here = new URL('.', import.meta.url);
let ready = null;

/** Mounts the widget into every `[data-x1060-widget]` element not mounted yet. Returns the count. */
async function mountAll() {
  ready ??= init({ module_or_path: new URL('x1060_bg.wasm', here) });
  await ready;
  return mount_all(new URL('widget.css', here).href);
}

globalThis.X1060Widget = Object.freeze({ mountAll });

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => { mountAll(); }, { once: true });
} else {
  mountAll();
}
