#!/usr/bin/env bash
# The installable package, proven the way a family gets it: the Tauri bundler makes the .deb
# from the release binaries, Debian's lintian finds nothing to say (no error, no warning), its
# dependencies cover every shared library the binaries link (as dpkg-shlibdeps computes them)
# and its copyright file every licence of the code linked in; apt installs it, the AppStream
# metadata validates, the man pages render, both binaries answer --version, the desktop menu
# entry launches it (gtk-launch finds it by its id, as a menu does), the window opens and the
# diary lands in the user's app-data folder; then apt purges it. Needs root for apt: skipped
# locally without it, a failure in CI. Builds nothing: run build_app first (scripts/test.sh
# does).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

if [[ $(id -u) -ne 0 ]]; then
  [[ -n "${CENTINELA_REQUIRE_ROOT:-}${CI:-}" ]] && die "the .deb check installs with apt and needs root"
  log "Not root: skipping the .deb install check"
  exit 0
fi
[[ -x "$APP_BIN" ]] || die "no app at $APP_BIN; build it first (scripts/lib.sh build_app)"
METAINFO=usr/share/metainfo/org.centinela.desktop.metainfo.xml

ART="$REPO_ROOT/tests/artifacts"
mkdir -p "$ART"
fail() { die ".deb check: $*"; }

log "Bundling the .deb (tauri bundle -b deb)"
BUNDLE_DIR="$TARGET_DIR/release/bundle/deb"
rm -f "$BUNDLE_DIR"/*.deb
ui/node_modules/.bin/tauri bundle -b deb --ci --no-sign
shopt -s nullglob
debs=("$BUNDLE_DIR"/*.deb)
((${#debs[@]} == 1)) || fail "expected one .deb in $BUNDLE_DIR, found ${#debs[@]}"
DEB="${debs[0]}"

log "Inspecting $DEB"
info="$(dpkg-deb -I "$DEB")"
contents="$(dpkg-deb -c "$DEB")"
grep -q '^ Package: centinela$' <<<"$info" || fail "package name is not centinela"
# libasound2: the alarm's sound (issue 16).
for dep in libwebkit2gtk-4.1-0 libgtk-3-0 libayatana-appindicator3-1 libasound2; do
  grep -q "^ Depends:.*\b$dep\b" <<<"$info" || fail "Depends lacks $dep"
done
for f in usr/bin/centinela usr/bin/centinela-cli usr/lib/centinela/centinela-tray usr/share/applications/Centinela.desktop \
  usr/share/icons/hicolor/32x32/apps/centinela.png usr/share/icons/hicolor/128x128/apps/centinela.png \
  usr/share/icons/hicolor/256x256/apps/centinela.png "$METAINFO" \
  usr/share/doc/centinela/copyright usr/share/doc/centinela/changelog.gz \
  usr/share/man/man1/centinela.1.gz usr/share/man/man1/centinela-cli.1.gz; do
  grep -q " \\.\\?/\\?$f\$" <<<"$contents" || fail "the package lacks $f"
done

log "lintian (Debian's package checker): no error, no warning"
# Root is only needed for apt below; lintian says so on stderr, nothing more.
lint="$(lintian --display-info --pedantic "$DEB" 2> >(grep -v 'root privileges' >&2))" || true
printf '%s\n' "$lint" >"$ART/lintian.txt"
if grep -E '^[EW]: ' <<<"$lint"; then
  fail "lintian reports the errors and warnings above (all of it in tests/artifacts/lintian.txt)"
fi
log "lintian: no error or warning ($(grep -c '^[IP]: ' <<<"$lint" || true) info or pedantic notes)"

log "Depends covers every shared library the binaries link (dpkg-shlibdeps)"
SHL="$(mktemp -d)"
dpkg-deb -x "$DEB" "$SHL/root"
mkdir -p "$SHL/debian"
printf 'Source: centinela\n\nPackage: centinela\nArchitecture: any\n' >"$SHL/debian/control"
shlibs="$(cd "$SHL" && dpkg-shlibdeps -O root/usr/bin/centinela root/usr/bin/centinela-cli root/usr/lib/centinela/centinela-tray 2>/dev/null |
  sed -n 's/^shlibs:Depends=//p')"
[[ -n "$shlibs" ]] || fail "dpkg-shlibdeps computed nothing"
depends="$(sed -n 's/^ Depends: //p' <<<"$info")"
IFS=',' read -ra needed <<<"$shlibs"
for rel in "${needed[@]}"; do
  rel="${rel# }"
  grep -qF "$rel" <<<"$depends" ||
    fail "Depends lacks '$rel' (dpkg-shlibdeps: $shlibs); add it to bundle.linux.deb.depends"
done
rm -rf "$SHL"

log "The copyright file covers the licence of every crate linked in"
cargo tree -e normal --prefix none -f '{p}|{l}' -p centinela -p centinela-cli -p centinela-background \
  --target x86_64-unknown-linux-gnu --offline 2>/dev/null | sort -u |
  python3 scripts/licence-check.py packaging/debian/copyright || fail "the copyright file misses a licence (above)"

log "Installing with apt"
if dpkg-query -W centinela >/dev/null 2>&1; then apt-get purge -y centinela </dev/null; fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "$DEB" </dev/null
[[ -x /usr/bin/centinela ]] || fail "/usr/bin/centinela missing after install"
desktop="$(dpkg -L centinela | grep '/usr/share/applications/.*\.desktop$')"
desktop-file-validate "$desktop" || fail "desktop-file-validate refused $desktop"
grep -qx 'Exec=centinela' "$desktop" || fail "$desktop: Exec is not 'centinela'"
grep -qx 'Icon=centinela' "$desktop" || fail "$desktop: Icon is not 'centinela'"
grep -q '^Comment\[es\]=' "$desktop" || fail "$desktop: no Spanish comment"

log "AppStream metadata, man pages and --version from the installed package"
appstreamcli validate --no-net --pedantic "/$METAINFO" || fail "appstreamcli refused /$METAINFO"
grep -q '<launchable type="desktop-id">'"$(basename "$desktop")"'</launchable>' "/$METAINFO" ||
  fail "the metainfo does not launch $(basename "$desktop")"
for page in centinela centinela-cli centinela-cli-assess; do
  MANWIDTH=80 man "$page" 2>&1 | grep -q "^NAME" || fail "man $page does not render"
done
MANWIDTH=80 man centinela-cli | grep -q "centinela-cli-restore(1)" ||
  fail "man centinela-cli does not list the subcommands"
/usr/bin/centinela --version | grep -qx "centinela $(sed -n 's/^ Version: //p' <<<"$info")" ||
  fail "/usr/bin/centinela --version does not give the package's version"
/usr/bin/centinela-cli --version | grep -q "^centinela-cli " || fail "centinela-cli --version failed"
rc=0
echo '{}' | /usr/bin/centinela-cli assess >/dev/null || rc=$?
((rc == 2)) || fail "centinela-cli assess gave exit $rc for an empty scenario, not 2"

log "Launching from the desktop menu entry under Xvfb"
WORK="$(mktemp -d)"
APP_PID=""
XVFB_PID=""
LAUNCHER=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
  # The launcher's session (bus, document portal) goes as one process group.
  [[ -n "$LAUNCHER" ]] && kill -- "-$LAUNCHER" 2>/dev/null || true
  # GTK may start the document portal, which mounts a FUSE folder in the runtime dir.
  if mountpoint -q "$WORK/run/doc" 2>/dev/null; then
    fusermount -uz "$WORK/run/doc" 2>/dev/null || umount -l "$WORK/run/doc" || true
  fi
  [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
sleep 1
mkdir -p "$WORK/home" "$WORK/run"
chmod 700 "$WORK/run"
# A fresh user: no data folder yet, so the app must make it in the default place.
launch_env=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME="$WORK/home"
  DISPLAY="$display" XDG_RUNTIME_DIR="$WORK/run" WEBKIT_DISABLE_COMPOSITING_MODE=1 LANG=C.UTF-8)
# gtk-launch looks the entry up by its id in XDG_DATA_DIRS, as a desktop menu does.
setsid "${launch_env[@]}" dbus-run-session -- bash -c \
  'gtk-launch Centinela.desktop && sleep 60' >"$WORK/launch.log" 2>&1 &
LAUNCHER=$!

deadline=$((SECONDS + 45))
while ((SECONDS < deadline)); do
  APP_PID="$( (pgrep -x centinela || true) | while read -r p; do
    [[ "$(readlink "/proc/$p/exe")" == /usr/bin/centinela ]] && echo "$p"
  done | head -1 || true)"
  [[ -n "$APP_PID" ]] && break
  sleep 0.5
done
[[ -n "$APP_PID" ]] || { cat "$WORK/launch.log" >&2; fail "no /usr/bin/centinela process after launching the menu entry"; }
DISPLAY="$display" timeout 30 xdotool search --sync --onlyvisible --name '^Centinela$' >/dev/null ||
  fail "no visible 'Centinela' window within 30 s"
diary="$WORK/home/.local/share/org.centinela.desktop/diary.sqlite3"
for _ in $(seq 60); do [[ -f "$diary" ]] && break; sleep 0.5; done
[[ -f "$diary" ]] || fail "the diary was not created at $diary"
mode="$(stat -c %a "$(dirname "$diary")")"
[[ "$mode" == 700 ]] || fail "the data folder is $mode, not 700"
sleep 3
DISPLAY="$display" import -window root "$ART/deb-launched.png" || true
log "Window up, diary at $diary (folder $mode); screenshot tests/artifacts/deb-launched.png"

kill "$APP_PID" 2>/dev/null || true
APP_PID=""

log "Removing with apt purge"
apt-get purge -y centinela </dev/null
[[ ! -e /usr/bin/centinela ]] || fail "/usr/bin/centinela still there after purge"
[[ ! -e "$desktop" ]] || fail "$desktop still there after purge"
log ".deb check passed: built, installed with apt, launched from its menu entry, purged"
