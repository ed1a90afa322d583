#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): writes the first screen rendered at build time, one file per
# language (first-<code>.html), beside the app (src/first_screen.rs, docs/performance.md). It is
# the app's own first screen, rendered on the host by yew's server renderer; the loader shows it
# to first-time visitors while the WebAssembly module is on its way.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
source_dir="${TRUNK_SOURCE_DIR:-$PWD}"
# A host build (debug: it renders five small pages, so compiling fast matters more than running
# fast). Cargo's own output stays quiet unless it fails.
cargo run --quiet --locked --offline --manifest-path "$source_dir/Cargo.toml" --bin x1060-first-screen -- "$TRUNK_STAGING_DIR"
