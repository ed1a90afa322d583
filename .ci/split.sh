#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): splits the app's WebAssembly into the first-screen module and
# the parts fetched on demand (src/parts.rs, docs/performance.md).
#
# Trunk has built the crate with the `split` feature (index.html: data-cargo-features) and
# `--emit-relocs` (.cargo/config.toml), run wasm-bindgen and wasm-opt on the whole module and put
# x1060.js and x1060_bg.wasm in its staging folder. This replaces both from rustc's own output:
#   1. wasm-split-cli: the main module, one module per part (and shared chunks), __wasm_split.js
#   2. wasm-bindgen --keep-lld-exports on the main module (the parts link against its exports)
#   3. wasm-opt on every module (release only, as Trunk does)
# File names are stable (no hashes), like the rest of the build: HOSTING.md and embed snippets rely
# on it.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
profile="${TRUNK_PROFILE:-release}"
source_dir="${TRUNK_SOURCE_DIR:-$PWD}"
target_dir="${CARGO_TARGET_DIR:-$source_dir/target}"
input="$target_dir/wasm32-unknown-unknown/$profile/x1060.wasm"
[ -f "$input" ] || { echo "split.sh: $input not found" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/split" "$work/bindgen"

# 1. Split. The main module is written as split/x1060.wasm; the parts and the link module next to it.
# (rustc's name section has a subsection the tools do not know: their warning about it is noise.)
quiet() { "$@" 2> >(grep -v 'unknown name subsection' >&2); }
quiet wasm-split-cli "$input" "$work/split" --target web --out-name x1060 >/dev/null
# 2. Bindings for the main module only, as Trunk makes them (target web, no TypeScript).
quiet wasm-bindgen --target=web --no-typescript --keep-lld-exports --no-demangle \
  --out-dir="$work/bindgen" --out-name=x1060 "$work/split/x1060.wasm"
mv "$work/split/x1060.wasm" "$work/main-unbound.wasm"

optimise() { # in out
  if [ "$profile" = release ]; then
    quiet wasm-opt -Oz --output="$2" "$1"
  else
    cp "$1" "$2"
  fi
}

# Parts from an earlier build must not linger in the staging folder.
rm -f "$TRUNK_STAGING_DIR"/split_*.wasm "$TRUNK_STAGING_DIR"/chunk_*.wasm "$TRUNK_STAGING_DIR"/__wasm_split.js
cp "$work/bindgen/x1060.js" "$TRUNK_STAGING_DIR/x1060.js"
optimise "$work/bindgen/x1060_bg.wasm" "$TRUNK_STAGING_DIR/x1060_bg.wasm"
for part in "$work"/split/*.wasm; do
  optimise "$part" "$TRUNK_STAGING_DIR/$(basename "$part")"
done
cp "$work/split/__wasm_split.js" "$TRUNK_STAGING_DIR/__wasm_split.js"
echo "split.sh: $(ls "$work"/split/*.wasm | wc -l) parts next to x1060_bg.wasm ($(stat -c %s "$TRUNK_STAGING_DIR/x1060_bg.wasm") bytes)"
