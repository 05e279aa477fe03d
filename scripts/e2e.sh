#!/usr/bin/env bash
# End-to-end tests only: the real release app in a real window, driven through tauri-driver
# and WebKitWebDriver on a private Xvfb display (the harness starts and stops it).
# Builds first unless E2E_SKIP_BUILD=1. Screenshots and logs land in tests/artifacts/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ "${E2E_SKIP_BUILD:-0}" != 1 ]]; then
  build_ui
  build_app
fi
[[ -x "$APP_BIN" ]] || die "no app at $APP_BIN; build it first"
command -v tauri-driver >/dev/null || die "tauri-driver not found; run scripts/setup.sh"
command -v WebKitWebDriver >/dev/null || die "WebKitWebDriver not found; run scripts/setup.sh"

log "Running the E2E suite against $APP_BIN"
cd "$REPO_ROOT/tests"
export CENTINELA_APP="$APP_BIN"
# A private session bus, torn down with the run, so WebKit does not autolaunch one that outlives it.
# A hung WebDriver must fail the run, not eat CI's 90 minutes: the suite takes about a minute.
limit="${E2E_TIME_LIMIT:-900}"
if command -v dbus-run-session >/dev/null; then
  exec timeout --kill-after=30 "$limit" dbus-run-session -- npm test
else
  exec timeout --kill-after=30 "$limit" npm test
fi
