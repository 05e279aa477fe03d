#!/usr/bin/env bash
# Installs what building and testing Centinela needs. Safe to run again: it only installs
# what is missing. Works without a terminal (CI=true, no stdin).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

APT_PACKAGES=(
  # Tauri 2 on Linux
  libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  libssl-dev build-essential pkg-config
  # The audible alarm (issue 16): cpal plays through ALSA (PulseAudio and PipeWire serve it)
  libasound2-dev
  # Issue 20: whether the sound output is muted or too quiet (libpulse, which PipeWire also
  # serves); the E2E starts its own PulseAudio with a null sink and mutes it with pactl
  libpulse-dev pulseaudio pulseaudio-utils
  # End-to-end tests: WebKitWebDriver, a virtual display, a session bus
  webkit2gtk-driver xvfb xauth dbus-x11 python3-dbusmock
  # Background life (tests/e2e/background.test.js): find, close and inspect X windows, and
  # click the tray menu over D-Bus (gdbus)
  xdotool x11-utils libglib2.0-bin
  # Issue 18: the call card's Copy, read back from the clipboard
  xclip
  # Image and PDF checks
  imagemagick poppler-utils
  # Issue 7: the offline E2E namespace (ip), the .deb check (validate and launch the menu
  # entry, find the process), the full-disk and read-only tests (mount, fallocate)
  iproute2 desktop-file-utils libgtk-3-bin procps util-linux
  # Issue 19: Debian's package checker, the AppStream validator, man for the man pages
  lintian appstream man-db
  # The catalogue's spelling check (scripts/spelling.py, issue 17)
  hunspell hunspell-en-us hunspell-es
  # The E2E's English and Spanish computers (locale-gen)
  locales
  # The FHIR export is validated by a real FHIR R4 model in a Python venv (scripts/fhir-venv.sh)
  python3 python3-venv
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  log "Installing Debian packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "need root or sudo to install: ${missing[*]}"
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y "${missing[@]}" </dev/null
else
  log "Debian packages: all present"
fi

command -v cargo >/dev/null || die "cargo not found; install Rust (https://rustup.rs)"
command -v npm >/dev/null || die "npm not found; install Node.js 20 or newer"
if command -v rustup >/dev/null; then
  for c in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
  done
fi

# npm ci only when node_modules is missing or older than the lockfile.
for dir in ui tests; do
  [[ -f "$dir/package.json" ]] || continue
  if ! node -e 'const p = require(process.argv[1]);
      process.exit(Object.keys({ ...p.dependencies, ...p.devDependencies }).length ? 0 : 1)' \
      "$REPO_ROOT/$dir/package.json"; then
    log "npm packages in $dir/: none needed"
    continue
  fi
  stamp="$dir/node_modules/.package-lock.json"
  if [[ -f "$stamp" && "$stamp" -nt "$dir/package-lock.json" ]]; then
    log "npm packages in $dir/: up to date"
  else
    log "npm ci in $dir/"
    # Some registry mirrors lack other platforms' optional binaries (e.g. the macOS builds of
    # @tauri-apps/cli), which makes npm ci's lockfile check fail although nothing we need is
    # missing. npm install then still installs the locked versions.
    if ! (cd "$dir" && npm ci --no-audit --no-fund </dev/null); then
      log "npm ci failed in $dir/; falling back to npm install with the same lockfile"
      (cd "$dir" && npm install --no-audit --no-fund --no-save </dev/null)
    fi
  fi
done

if ! command -v tauri-driver >/dev/null; then
  log "Installing tauri-driver (compiles from crates.io)"
  cargo install tauri-driver --version '^2' --locked
else
  log "tauri-driver: $(command -v tauri-driver)"
fi

# A real FHIR R4 model for the export tests (a venv from PyPI; Debian's Python).
bash "$REPO_ROOT/scripts/fhir-venv.sh"

# Issue 17: the E2E runs the app on an English and on a Mexican Spanish computer, so both
# locales must exist (the web engine falls back to en-US for a locale that is not generated).
if ! locale -a 2>/dev/null | grep -qi '^es_MX\.utf-\?8$' || ! locale -a 2>/dev/null | grep -qi '^en_US\.utf-\?8$'; then
  log "Generating the en_US.UTF-8 and es_MX.UTF-8 locales"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  for l in "en_US.UTF-8 UTF-8" "es_MX.UTF-8 UTF-8"; do
    grep -qx "$l" /etc/locale.gen 2>/dev/null || echo "$l" | $SUDO tee -a /etc/locale.gen >/dev/null
  done
  $SUDO locale-gen >/dev/null
else
  log "Locales: en_US.UTF-8 and es_MX.UTF-8 present"
fi
