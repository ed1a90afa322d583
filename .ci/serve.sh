#!/usr/bin/env bash
# Builds the release and serves it at http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
source "$(dirname "$0")/env.sh"
echo "Serving the app at http://127.0.0.1:${PORT:-8080}/ (Ctrl+C to stop)"
exec trunk serve --release --offline --locked --port "${PORT:-8080}"
