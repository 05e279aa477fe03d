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
# A hung WebDriver must fail the run, not eat CI's 90 minutes: the suite takes a few minutes.
limit="${E2E_TIME_LIMIT:-1200}"
run=(timeout --kill-after=30 "$limit")
command -v dbus-run-session >/dev/null && run+=(dbus-run-session --)
run+=(npm test)

# The app must work with no network at all, so the suite runs in a network namespace whose
# only interface is loopback (tauri-driver, Xvfb and the bus all start inside it).
# E2E_NETNS=0 runs it on the host network instead.
if [[ "${E2E_NETNS:-1}" != 0 ]]; then
  if unshare --net true 2>/dev/null; then
    log "Offline: running inside a network namespace with loopback only"
    printf -v inner '%q ' "${run[@]}"
    exec unshare --net -- bash -c "ip link set lo up && E2E_OFFLINE=1 exec $inner"
  elif [[ -n "${CENTINELA_REQUIRE_ROOT:-}${CI:-}" ]]; then
    die "cannot create a network namespace (unshare --net needs root); set E2E_NETNS=0 to run online"
  else
    log "No network namespace here (not root?): running on the host network"
  fi
fi
exec "${run[@]}"
