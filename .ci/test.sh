#!/usr/bin/env bash
# Builds the release and runs every test: domain (host), browser unit tests, end-to-end.
set -euo pipefail
source "$(dirname "$0")/env.sh"
say() { printf '\n== %s\n' "$*"; }

say "format and lint (rustfmt.toml; clippy on the host, and on the browser build with and without the split)"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p x1060 --lib --bins --features split -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown -p x1060 --test web -- -D warnings

say "release build"
trunk build --release --offline --locked
ls -l dist

say "domain and unit tests (host)"
cargo test --locked --workspace --lib --tests --exclude x1060
cargo test --locked -p x1060 --lib

say "browser unit tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

say "end-to-end tests (playwright-core, Chromium, release build)"
node --test --test-concurrency=1 tests/e2e/
