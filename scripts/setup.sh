#!/usr/bin/env bash
# Set up DIVÄ Desktop for development or use: Debian libraries that Qt needs, a virtual
# environment in .venv and the Python packages. Idempotent: a second run only checks.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      PY="$cand"; break
    fi
  done
fi
if [ -z "$PY" ]; then
  echo "DIVÄ Desktop needs Python 3.11 or newer; none was found. Install it (e.g. 'sudo apt-get install python3 python3-venv') and run again." >&2
  exit 1
fi

# Debian/Ubuntu libraries that Qt's xcb/offscreen platforms and text rendering need.
# The xcb platform plugin (a real window on X11) needs the libxcb-* and libxkbcommon-x11 ones.
debs="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core \
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $debs; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = "0" ]; then
      echo "Installing Debian packages Qt needs:$missing"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      echo "Installing Debian packages Qt needs:$missing"
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      echo "Qt needs these Debian packages, which are missing. Run:" >&2
      echo "    sudo apt-get install -y$missing" >&2
      echo "and then this command again." >&2
      exit 1
    fi
  fi
fi

if [ ! -x .venv/bin/python ] && ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  # Debian splits venv/ensurepip out of python3: python3-venv (or python3.X-venv).
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null || true
fi
if [ ! -x .venv/bin/python ]; then
  rm -rf .venv
  "$PY" -m venv .venv || {
    echo "Could not create a virtual environment. On Debian/Ubuntu run: sudo apt-get install -y python3-venv" >&2
    exit 1
  }
fi

# Reinstall only when the package metadata changed since the last successful install.
stamp=.venv/.diva-installed
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing DIVÄ Desktop and its Python packages into .venv (once) ..."
  log=.venv/install.log
  if ! { .venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e ".[dev]"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "Installing the Python packages failed; the whole log is in $log." >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
