#!/usr/bin/env bash
# Quick start: install what is missing, build, and open Centinela.
# Extra arguments go to the app, e.g. `bash scripts/launch.sh --data-dir /tmp/try`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bash "$REPO_ROOT/scripts/setup.sh"
build_ui
build_app
log "Starting Centinela"
exec "$APP_BIN" "$@"
