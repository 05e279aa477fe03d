# Shared bits for the scripts in this folder. Sourced, not run.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
# Scripts use the normal target/ unless the caller points elsewhere.
TARGET_DIR="${CARGO_TARGET_DIR:-$REPO_ROOT/target}"
APP_BIN="$TARGET_DIR/release/centinela"

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

build_ui() {
  log "Building the UI (ui/dist)"
  (cd "$REPO_ROOT/ui" && npm run build)
}

build_app() {
  log "Building the release app ($APP_BIN), centinela-tray and centinela-cli"
  # The default `custom-protocol` feature embeds ui/dist; no dev server involved. The .deb
  # carries centinela-tray (what runs with the window closed) and centinela-cli beside the
  # app, from the same profile.
  (cd "$REPO_ROOT" && cargo build --release -p centinela --bin centinela \
    -p centinela-background --bin centinela-tray -p centinela-cli --bin centinela-cli)
}
