#!/usr/bin/env bash
# Stages what the .deb carries beyond the app itself, where Tauri's bundler cannot make it:
# centinela-cli and centinela-tray (built beside the app), the man pages and the Debian changelog gzipped as
# Debian policy wants. Runs as the bundler's beforeBundleCommand (tauri.conf.json), so
# `tauri build` and `tauri bundle` both get them. Builds nothing: the release step does.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

CLI_BIN="$TARGET_DIR/release/centinela-cli"
TRAY_BIN="$TARGET_DIR/release/centinela-tray"
for bin in "$CLI_BIN" "$TRAY_BIN"; do
  [[ -x "$bin" ]] || die "no $(basename "$bin") at $bin; build it first (scripts/lib.sh build_app)"
done
GEN="$REPO_ROOT/packaging/gen"
rm -rf "$GEN"
mkdir -p "$GEN/man1"
install -m 0755 "$CLI_BIN" "$GEN/centinela-cli"
# In /usr/lib/centinela (a program of the app's, not a command): the app looks for it
# there when its window closes.
install -m 0755 "$TRAY_BIN" "$GEN/centinela-tray"
# -n: no name or time stamp inside, so the same page gives the same bytes.
for page in packaging/man/*.1; do
  gzip -9n -c "$page" >"$GEN/man1/$(basename "$page").gz"
done
gzip -9n -c packaging/debian/changelog >"$GEN/changelog.gz"
chmod 0644 "$GEN"/man1/*.gz "$GEN/changelog.gz"
log "Staged centinela-cli, centinela-tray, $(ls "$GEN/man1" | wc -l) man pages and the changelog in $GEN"
