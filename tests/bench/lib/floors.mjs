// The two floors the app is measured against, built in the same run as the app:
// - a static HTML page with no script that lists the same checklist (from core/catalogue/builtin.json);
// - a bare Yew app that renders one line (tests/bench/floor-yew), with the app's profile and Trunk.
import fs from 'node:fs';
import path from 'node:path';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * Writes `outDir/index.html`: every category of the catalogue as a native disclosure (so that a
 * click on a category changes the view without script, like the app's category buttons), with
 * its services, titles and descriptions in English.
 */
export function writeStaticFloor(cataloguePath, outDir) {
  const cat = JSON.parse(fs.readFileSync(cataloguePath, 'utf8'));
  const en = (t) => (t && (t.en ?? Object.values(t)[0])) || '';
  const parts = [];
  parts.push(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor: static checklist</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;color:#1b1f24;background:#f5f7f9;margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem}
details{background:#fff;border:1px solid #c9d2da;border-radius:.4rem;margin:.5rem 0;padding:.5rem .75rem}
summary{cursor:pointer;font-weight:600}li{margin:.4rem 0}li p{margin:.1rem 0;color:#4a5561}
</style>
</head>
<body>
<main>
<h1>X.1060 cyber defence centre self-assessment</h1>
<p>${esc(en(cat.source))}</p>
<h2>Categories</h2>`);
  for (const c of cat.categories) {
    const services = cat.services.filter((s) => s.category === c.id);
    parts.push(`<details data-category="${esc(c.id)}">
<summary class="floor-category">${esc(c.id)} ${esc(en(c.title))} (${services.length} services)</summary>
<p>${esc(en(c.description))}</p>
<ol>`);
    for (const s of services) {
      parts.push(`<li data-service-id="${esc(s.id)}"><strong>${esc(s.id)} ${esc(en(s.title))}</strong><p>${esc(en(s.description))}</p></li>`);
    }
    parts.push('</ol>\n</details>');
  }
  parts.push('</main>\n</body>\n</html>\n');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'index.html'), parts.join('\n'));
}

/** The `[profile.release]` table of a Cargo.toml, normalised (comments and blank lines dropped). */
export function releaseProfile(cargoToml) {
  const text = fs.readFileSync(cargoToml, 'utf8');
  const m = text.match(/^\[profile\.release\]\s*\n([\s\S]*?)(?=^\[|(?![\s\S]))/m);
  if (!m) return '';
  return m[1].split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).join('\n');
}

/** The `data-wasm-opt*` attributes of the Trunk rust link in an index.html, as one string. */
export function wasmOptAttributes(indexHtml) {
  const text = fs.readFileSync(indexHtml, 'utf8');
  const link = text.match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/);
  if (!link) return '';
  return [...link[0].matchAll(/(data-wasm-opt[a-z-]*)="([^"]*)"/g)].map((m) => `${m[1]}="${m[2]}"`).sort().join(' ');
}
