#!/usr/bin/env bash
# Make sure the system libraries Qt's xcb platform (a window under X11, and XWayland) needs are there.
# On Debian/Ubuntu the missing ones are installed with apt-get (with sudo when not root); elsewhere, or
# when that is not possible, this says exactly what to install and fails. Then Qt's own xcb plugin is
# asked (ldd) which libraries it still cannot find. Quick when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."
# What PySide6's libqxcb.so links (ldd) and what Qt's X11 requirements list for Debian.
packages="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 libglib2.0-0"
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=""
  for p in $packages; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "styrapp: Qt's X11 platform needs these Debian packages, which are missing:$missing"
    if [ "$(id -u)" = 0 ]; then
      SUDO=""
    elif command -v sudo >/dev/null 2>&1; then
      SUDO="sudo"
      echo "styrapp: installing them with sudo apt-get (your password may be asked for)"
    else
      echo "styrapp: as root, run: apt-get install$missing" >&2
      exit 1
    fi
    if ! { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
           $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null; }; then
      echo "styrapp: could not install them; run: sudo apt-get install$missing" >&2
      exit 1
    fi
  fi
fi
python=${STYRAPP_PYTHON:-.venv/bin/python}
if [ -x "$python" ] && command -v ldd >/dev/null 2>&1; then
  venv=$(dirname "$(dirname "$python")")
  plugin=$(ls "$venv"/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null | head -n1 || true)
  if [ -z "$plugin" ]; then  # not where pip puts it: ask Qt
    plugin="$("$python" -c 'from PySide6.QtCore import QLibraryInfo as L; print(L.path(L.LibraryPath.PluginsPath))')/platforms/libqxcb.so"
  fi
  if [ -f "$plugin" ]; then
    absent=$(ldd "$plugin" | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
    if [ -n "$absent" ]; then
      echo "styrapp: Qt's xcb platform ($plugin) cannot find: $absent" >&2
      echo "styrapp: install the packages that hold them (Debian: apt-file search <name>), then start again" >&2
      exit 1
    fi
  fi
fi
