#!/usr/bin/env bash
# Builds the release and packs it for self-hosting: dist-bundle/x1060-widget-<version>.zip holds one
# folder, x1060-widget-<version>/, with the app's files and HOSTING.md (the hosting guide).
# The folder name carries the version, so a new release gets new URLs (cache busting) while the
# file names inside stay the same for the embed snippet.
#   X1060_BUNDLE_SKIP_BUILD=1  pack the dist/ that is there (tests use this)
#   X1060_BUNDLE_OUT=<dir>     write the zip there instead of dist-bundle/
set -euo pipefail
source "$(dirname "$0")/env.sh"   # repository root, PATH with trunk, wasm-bindgen and wasm-opt

VERSION=$(awk -F'"' '/^version *=/ { print $2; exit }' Cargo.toml)
[ -n "$VERSION" ] || { echo "bundle: no version in Cargo.toml" >&2; exit 1; }
NAME="x1060-widget-$VERSION"
OUT="${X1060_BUNDLE_OUT:-dist-bundle}"

if [ "${X1060_BUNDLE_SKIP_BUILD:-}" != 1 ]; then
  trunk build --release --offline --locked
fi
for f in index.html x1060-widget.js x1060.js x1060_bg.wasm __wasm_split.js widget.css first-en.html; do
  [ -f "dist/$f" ] || { echo "bundle: dist/$f is missing; build first" >&2; exit 1; }
done

# python3 is on every machine; zip may not be. Entries are sorted and dated by the last commit, so
# the same sources give the same zip.
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}" \
python3 - "$NAME" "$VERSION" "$OUT" <<'PY'
import hashlib, os, sys, time, zipfile

name, version, out = sys.argv[1:4]
mime = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
        '.css': 'text/css', '.svg': 'image/svg+xml', '.md': 'text/markdown; charset=utf-8'}
purpose = {
    'x1060-widget.js': 'the one script a page includes (loads the two below, mounts the widget)',
    'x1060.js': 'WebAssembly glue code, loaded by x1060-widget.js',
    'x1060_bg.wasm': 'the app, loaded by x1060-widget.js',
    'widget.css': "the widget's styles, loaded into each widget's shadow root",
    'index.html': 'the standalone page (also what an iframe points at)',
    'page.css': 'styles of the standalone page only',
    'icon.svg': 'icon of the standalone page',
    '__wasm_split.js': 'loads the parts below when first used (imported by x1060.js)',
}
def purpose_of(f):
    if f.startswith('split_') and f.endswith('.wasm'):
        return f'a part of the app fetched when first used: {f[6:-5]}'
    if f.startswith('first-') and f.endswith('.html'):
        return f'the first screen in one language ({f[6:-5]}), shown to first-time visitors while the app loads'
    if f.startswith('chunk_') and f.endswith('.wasm'):
        return 'code shared by several parts, fetched with the first of them'
    return purpose.get(f, '')
files = sorted(f for f in os.listdir('dist') if os.path.isfile(os.path.join('dist', f)))
rows = []
for f in files:
    data = open(os.path.join('dist', f), 'rb').read()
    ext = os.path.splitext(f)[1]
    rows.append(f"| `{f}` | {len(data):,} | `{mime.get(ext, 'application/octet-stream')}` | {purpose_of(f)} |")
table = '| file | bytes | Content-Type | what it is |\n| --- | --- | --- | --- |\n' + '\n'.join(rows)
guide = open('.ci/bundle/HOSTING.md', encoding='utf-8').read()
guide = guide.replace('@VERSION@', version).replace('@FOLDER@', name).replace('@FILES@', table)
epoch = int(os.environ['SOURCE_DATE_EPOCH'])
stamp = time.gmtime(max(epoch, 315532800))[:6]   # zip dates start in 1980
os.makedirs(out, exist_ok=True)
path = os.path.join(out, f'{name}.zip')
tmp = path + '.part'
with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    def add(arcname, data):
        info = zipfile.ZipInfo(f'{name}/{arcname}', date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data)
    dir_info = zipfile.ZipInfo(f'{name}/', date_time=stamp)
    dir_info.external_attr = (0o40755 << 16) | 0x10
    z.writestr(dir_info, b'')
    for f in sorted(files + ['HOSTING.md']):
        add(f, guide.encode('utf-8') if f == 'HOSTING.md' else open(os.path.join('dist', f), 'rb').read())
os.replace(tmp, path)
digest = hashlib.sha256(open(path, 'rb').read()).hexdigest()
print(f'{path}  {os.path.getsize(path):,} bytes  sha256 {digest}')
PY
