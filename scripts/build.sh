#!/usr/bin/env bash
# Build styrapp as one folder, dist/styrapp/, holding the window `styrapp` and the command line
# `styrapp-cli` (build.spec). Needs the .venv (scripts/setup.sh, which installs PyInstaller). On Windows
# the same spec builds with `.venv\Scripts\pyinstaller --noconfirm build.spec`.
#   STYRAPP_PYTHON   the Python whose PyInstaller builds (default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${STYRAPP_PYTHON:-.venv/bin/python}
[ -n "${STYRAPP_PYTHON:-}" ] || bash scripts/setup.sh
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
end=$(date +%s)
echo "build: dist/styrapp/ in $((end - start)) s, $(du -sh dist/styrapp | cut -f1)"
