#!/usr/bin/env bash
# Set up styrapp and open it on a fresh copy of the demo plan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
case "${QT_QPA_PLATFORM:-}" in
  offscreen*|minimal*|vnc*|wayland*) ;;  # a platform that does not use X11
  *) bash scripts/qt-libs.sh ;;  # the libraries Qt's X11 platform needs (installed on Debian when missing)
esac
exec .venv/bin/styrapp --demo "$@"
