#!/usr/bin/env bash
# The benchmark: Centinela against a minimal Tauri v2 app (bench/minimal-app), both built
# here with the same release profile and crate versions, measured in the same run:
# start-up, memory, binary size, CPU with the window closed, and the core criterion benches.
#
#   scripts/bench.sh [--check] [--quick]
#
# --check  exit 1 when a target is missed (start-up <= 1.5x, memory <= 1.3x, binary <= 3x,
#          window closed <= 15 % of the open memory, open again from the tray <= 1.5x the
#          minimal app's start-up, idle CPU < 1 s in 5 min, save < 5 ms, 21-day view < 20 ms).
# --quick  3 start-up runs, 30 s idle, shorter criterion runs: for trying things locally,
#          not for figures. A full run rewrites the table in README.md's Performance section.
# BENCH_SKIP_BUILD=1 uses the release app already in the target folder (e.g. after e2e.sh).
# BENCH_DROP_CACHES=1 (root) drops the page cache before every start-up (a cold disk).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

check=0
quick=0
for a in "$@"; do
  case "$a" in
    --check) check=1 ;;
    --quick) quick=1 ;;
    *) die "unknown option $a (accepted: --check, --quick)" ;;
  esac
done

# Both apps build into the same target folder, so the minimal app reuses every crate the
# app already compiled with the same features.
export CARGO_TARGET_DIR="$TARGET_DIR"
MINIMAL_DIR="$REPO_ROOT/bench/minimal-app"
MINIMAL_BIN="$TARGET_DIR/release/minimal-app"

# A fair yardstick: the same release profile and the same tauri, wry and webkit2gtk.
same_versions() {
  local crate a b
  for crate in tauri tauri-runtime-wry wry tao webkit2gtk; do
    a=$(grep -A1 "^name = \"$crate\"$" "$REPO_ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')
    b=$(grep -A1 "^name = \"$crate\"$" "$MINIMAL_DIR/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')
    [[ -n "$a" && "$a" == "$b" ]] ||
      die "$crate is '$a' in Cargo.lock but '$b' in bench/minimal-app/Cargo.lock; copy the root lock there and rebuild"
  done
  profile() { sed -n '/^\[profile.release\]/,/^\[/{/^[a-z]/p}' "$1"; }
  [[ "$(profile "$REPO_ROOT/Cargo.toml")" == "$(profile "$MINIMAL_DIR/Cargo.toml")" ]] ||
    die "bench/minimal-app/Cargo.toml's [profile.release] differs from the root one"
}
same_versions

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  build_ui
  build_app
fi
[[ -x "$APP_BIN" ]] || die "no app at $APP_BIN; build it first"

log "Building the minimal Tauri app ($MINIMAL_BIN)"
(cd "$MINIMAL_DIR" && cargo build --release --locked)

log "Core benches (criterion, 100 000 readings)"
if ((quick)); then
  crit=(--warm-up-time 1 --measurement-time 2 --noplot)
else
  crit=(--warm-up-time 1 --measurement-time 5 --noplot)
fi
(cd "$REPO_ROOT" && cargo bench -p centinela-core --bench diary -- "${crit[@]}")

log "Measuring both apps (own Xvfb and D-Bus session)"
args=(--app "$APP_BIN" --minimal "$MINIMAL_BIN" --criterion "$TARGET_DIR/criterion"
  --out "$TARGET_DIR/bench/results.json" --markdown "$TARGET_DIR/bench/results.md")
((quick)) && args+=(--runs 3 --idle-seconds 30)
((check)) && args+=(--check)
[[ "${BENCH_DROP_CACHES:-0}" == 1 ]] && args+=(--drop-caches)
status=0
mkdir -p "$TARGET_DIR/bench"
log_file="$TARGET_DIR/bench/measure.log"
# The session's own services (portals, accessibility bus) talk a lot on stderr: into the log.
if command -v dbus-run-session >/dev/null; then
  dbus-run-session -- node "$REPO_ROOT/tests/bench/measure.mjs" "${args[@]}" 2>"$log_file" || status=$?
else
  node "$REPO_ROOT/tests/bench/measure.mjs" "${args[@]}" 2>"$log_file" || status=$?
fi
if ((status == 2)); then
  tail -n 40 "$log_file" >&2
  die "the measurement itself failed (log: $log_file)"
fi

# Only a full run's figures go into the README (between the markers of its Performance section).
if ((!quick)); then
  readme="$REPO_ROOT/README.md"
  if grep -q '<!-- bench:start -->' "$readme" && grep -q '<!-- bench:end -->' "$readme"; then
    block="$TARGET_DIR/bench/readme-block.md"
    node -e '
      const r = require(process.argv[1]);
      const when = r.date.slice(0, 10);
      const m = r.machine;
      console.log(require("fs").readFileSync(process.argv[2], "utf8").trim());
      console.log("");
      console.log(`Measured ${when} on ${m.cpu}, ${m.memoryGiB} GiB RAM, ${m.os}, kernel ${m.kernel}, WebKitGTK ${m.webkit2gtk}; ` +
        `${r.settings.runs} start-ups each (median, warm page cache, fresh process and home), ${r.settings.idleSeconds} s idle, with \`bash scripts/bench.sh\`.`);
    ' "$TARGET_DIR/bench/results.json" "$TARGET_DIR/bench/results.md" >"$block"
    tmp="$(mktemp "$REPO_ROOT/README.md.XXXXXX")"
    awk -v block="$block" '
      /<!-- bench:start -->/ { print; while ((getline l < block) > 0) print l; skip = 1; next }
      /<!-- bench:end -->/ { skip = 0 }
      !skip { print }
    ' "$readme" >"$tmp"
    chmod --reference="$readme" "$tmp"
    mv "$tmp" "$readme"
    log "README.md Performance table updated"
  else
    log "README.md has no <!-- bench:start --> / <!-- bench:end --> markers; table left in $TARGET_DIR/bench/results.md"
  fi
fi
exit "$status"
