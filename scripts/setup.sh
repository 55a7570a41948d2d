#!/usr/bin/env bash
# Idempotent set-up: Debian system packages (when root), a virtualenv in .venv, the project and its
# dev tools. Quiet and fast when everything is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
SYS_PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 fonts-dejavu-core xvfb xauth xdotool poppler-utils qpdf
  tesseract-ocr tesseract-ocr-eng postgresql pdftk-java"
missing=""
if command -v dpkg >/dev/null 2>&1; then
  for p in $SYS_PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages:$missing"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "setup: these system packages are missing (install them as root):$missing" >&2
    echo "setup: continuing; OCR, PDF rendering or PostgreSQL tests may be skipped." >&2
  fi
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.portdesk-installed
want=$(cat pyproject.toml | sha256sum | cut -c1-64)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing Python packages into .venv (first run takes a minute)"
  log=.venv/setup.log
  if ! { .venv/bin/python -m pip install -q --upgrade pip &&
         .venv/bin/python -m pip install -q -e '.[dev]'; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "setup: installing Python packages failed; the whole log is in $log" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
