// Transfer sizes: raw, gzip -9 and brotli -q 11 of every file, and what a wasm module is made of.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a buffer, in bytes. */
export function sizes(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    br: zlib.brotliCompressSync(buf, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/** Every file under `dir` (recursively, no dot-folders such as Trunk's .stage), with its sizes. */
export function folderSizes(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push({ file: path.relative(dir, p), ...sizes(fs.readFileSync(p)) });
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw - a.raw);
}

export function total(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
}

const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element',
  'code', 'data', 'datacount'];

/**
 * The sections of a wasm module with their sizes (each compressed on its own, so the parts add up
 * to a little more than the whole). A `name` custom section left in a release build means that
 * wasm-opt did not run (wasm-bindgen keeps it; wasm-opt drops it).
 */
export function wasmSections(buf) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, x; do { x = buf[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
  const out = [];
  while (p < buf.length) {
    const id = buf[p++];
    const len = leb();
    const start = p;
    let name = SECTION[id] ?? `unknown-${id}`;
    if (id === 0) { const n = leb(); name = `custom:${buf.subarray(p, p + n).toString()}`; }
    out.push({ section: name, ...sizes(buf.subarray(start, start + len)) });
    p = start + len;
  }
  return out;
}
