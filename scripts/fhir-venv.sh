#!/usr/bin/env bash
# Makes .venv-fhir/: a Python with a real FHIR R4 model (fhir.resources, pinned in
# tests/fhir/requirements.txt) for the FHIR export test (core/tests/export_fhir.rs).
# Safe to run again: does nothing when the venv already has exactly these requirements.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_ROOT"

# Debian's Python: the one on PATH may be another build without the venv module.
PYTHON=/usr/bin/python3
VENV="$REPO_ROOT/.venv-fhir"
REQUIREMENTS="$REPO_ROOT/tests/fhir/requirements.txt"
STAMP="$VENV/.requirements.sha256"

[[ -f "$REQUIREMENTS" ]] || die "missing $REQUIREMENTS"
want="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"

# The model must load and be R4 (4.0.1), not only be installed.
model_ok() {
  "$VENV/bin/python" -c 'import fhir.resources as f, sys; sys.exit(f.__fhir_version__ != "4.0.1")' \
    2>/dev/null
}

if [[ -x "$VENV/bin/python" && -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]] && model_ok; then
  log "FHIR venv (.venv-fhir): up to date"
  exit 0
fi

[[ -x "$PYTHON" ]] || die "$PYTHON not found: install Debian's python3 (apt-get install python3 python3-venv)"
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null \
  || die "$PYTHON cannot make a venv: install python3-venv (apt-get install python3-venv)"

log "Making the FHIR venv (.venv-fhir) from $REQUIREMENTS"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV" || die "could not create $VENV"
"$VENV/bin/pip" install --disable-pip-version-check --no-input -q -r "$REQUIREMENTS" \
  || die "pip could not install $REQUIREMENTS into $VENV (is PyPI reachable?)"
model_ok || die "fhir.resources in $VENV does not load FHIR R4 4.0.1 models"
echo "$want" >"$STAMP"
log "FHIR venv (.venv-fhir): ready"
