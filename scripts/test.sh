#!/usr/bin/env bash
# Every check, in the order CI runs them. Stops at the first failure and says which.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

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
# The shell embeds ui/dist at compile time, so the UI is built before anything compiles it.
step "build UI" build_ui
step "cargo clippy -D warnings" cargo clippy --workspace --all-targets -- -D warnings
step "UI type check (svelte-check)" in_ui npm run check
step "UI unit tests (vitest)" in_ui npm test
step "cargo test" cargo test --workspace
step "build release app" build_app
step "end-to-end tests" env E2E_SKIP_BUILD=1 bash scripts/e2e.sh

summary
printf '\nAll checks passed.\n' >&2
