#!/usr/bin/env bash
# Installs everything the project needs, only what is missing. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive CARGO_TERM_COLOR=never
TRUNK_VERSION=0.21.14   # 0.22.x needs rustc >= 1.96.1
SPLIT_VERSION=0.2.4     # wasm-split-cli (.ci/split.sh); matches wasm_split_helpers 0.2 in Cargo.lock
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3}' Cargo.lock)

say() { printf '\n== %s\n' "$*"; }

# Chromium for the browser tests; Noto CJK so that Japanese renders in screenshots and PDFs, Noto
# core for Arabic (Noto Sans Arabic, Noto Naskh Arabic); poppler-utils (pdftotext) reads printed PDFs back.
APT_PACKAGES="chromium chromium-driver fonts-noto-cjk fonts-noto-core poppler-utils"
MISSING=""
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || MISSING="$MISSING $p"
done
if [ -n "$MISSING" ]; then
  say "installing$MISSING (apt)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq $MISSING >/dev/null
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (several minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (a few minutes, once)"
  # Not --locked: its lock file names a webpki-roots the registry here does not serve.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi
if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm-split-cli $SPLIT_VERSION (a few minutes, once)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (playwright-core, binaryen)"
  npm ci --no-audit --no-fund
fi
cargo fetch --locked >/dev/null
