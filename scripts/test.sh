#!/usr/bin/env bash
# Every check, in the order CI runs them. Stops at the first failure and says which.
#   --long      the long proofs: 500 crash kills, 4096 property cases, 200 fuzz calls per command
#   --no-bench  skip the benchmark against a minimal Tauri app (about 15 minutes)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

bench=1
for arg in "$@"; do
  case "$arg" in
    --long) export CENTINELA_CRASH_KILLS=500 PROPTEST_CASES=4096 E2E_FUZZ_CASES=200 ;;
    --no-bench) bench=0 ;;
    *) die "unknown option $arg (accepted: --long, --no-bench)" ;;
  esac
done
# As root (CI is), the tests that need root (a full disk on a small tmpfs, a read-only mount,
# installing the .deb, the offline namespace) must run: they fail instead of skipping.
if [[ $(id -u) -eq 0 ]]; then
  export CENTINELA_REQUIRE_ROOT_TESTS=1 E2E_REQUIRE_ROOT=1 CENTINELA_REQUIRE_ROOT=1
fi

# A CI checkout is fresh, built once and thrown away: incremental caches would only take disk.
ci=0
if [[ "${CI:-}" == "true" ]]; then
  ci=1
  export CARGO_INCREMENTAL=0
fi

results=()
started=$SECONDS

summary() {
  printf '\n==== Summary ====\n' >&2
  for r in "${results[@]}"; do printf '  %s\n' "$r" >&2; done
  printf '  total: %ss\n' "$((SECONDS - started))" >&2
}

step() {
  local name="$1"
  shift
  log "$name"
  local t0=$SECONDS
  if "$@"; then
    results+=("ok    ${name} ($((SECONDS - t0))s)")
  else
    local rc=$?
    results+=("FAIL  ${name} ($((SECONDS - t0))s, exit $rc)")
    summary
    printf '\nFAILED: %s\n' "$name" >&2
    exit 1
  fi
}

in_ui() { (cd "$REPO_ROOT/ui" && "$@"); }

step "setup" bash scripts/setup.sh
step "cargo fmt --check" cargo fmt --all --check
# Issue 17: every catalogue word known to hunspell, and the check itself catches a planted typo.
step "spelling of the catalogue (hunspell en_US, es_MX)" bash -c "/usr/bin/python3 scripts/spelling.py && /usr/bin/python3 scripts/spelling.py --self-test"
# The shell embeds ui/dist at compile time, so the UI is built before anything compiles it.
step "build UI" build_ui
step "cargo clippy -D warnings" cargo clippy --workspace --all-targets --all-features -- -D warnings
step "UI type check (svelte-check)" in_ui npm run check
step "UI unit tests (vitest)" in_ui npm test
# --all-features builds the crash test's writer (a test-only binary).
# On a session bus of its own: the tray's D-Bus objects are tested against a real bus.
step "cargo test" dbus-run-session -- cargo test --workspace --all-features
# Under CI the debug build (clippy, tests) is not needed by the release steps: free its disk.
if ((ci)); then
  step "free the debug build's disk (CI)" rm -rf "$TARGET_DIR/debug"
fi
step "build release app" build_app
step "end-to-end tests (offline: loopback only)" env E2E_SKIP_BUILD=1 bash scripts/e2e.sh
step ".deb: build, install with apt, launch from the menu" bash scripts/deb-check.sh
if ((bench)); then
  # The release step built the app: the benchmark measures that binary instead of rebuilding
  # the UI and relinking the app (minutes with LTO on a cold machine).
  step "benchmark vs a minimal Tauri app (--check)" env BENCH_SKIP_BUILD=1 bash scripts/bench.sh --check
fi

summary
printf '\nAll checks passed.\n' >&2
