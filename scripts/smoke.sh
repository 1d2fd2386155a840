#!/usr/bin/env bash
# Start the real window (Qt's xcb platform) on a new copy of the demo plan, show every page and quit:
# `styrapp --smoke`, which also makes one report of each kind. Without a display (a server, CI) it runs inside its own Xvfb, which is stopped
# afterwards whatever happens. Fails when the app does not start, fails or hangs (timeout).
# Needs the .venv (scripts/setup.sh) and the libraries of scripts/qt-libs.sh; Xvfb only without a display.
#   bash scripts/smoke.sh [--xvfb] [PROGRAM]   PROGRAM: the built program instead (dist/styrapp/styrapp)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${STYRAPP_SMOKE_TIMEOUT:-180}
python=${STYRAPP_PYTHON:-.venv/bin/python}
xvfb_pid=""
use_xvfb=""
program=""
for argument in "$@"; do
  case "$argument" in
    --xvfb) use_xvfb=1 ;;
    *) program=$argument ;;
  esac
done
if [ -n "$program" ]; then
  command=("$program" --smoke)
else
  command=("$python" -m styrapp --smoke)
fi
folder=$(mktemp -d)
stop_xvfb() {
  if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$folder"
}
trap stop_xvfb EXIT
trap 'exit 130' INT TERM
if [ -z "${DISPLAY:-}" ] || [ -n "$use_xvfb" ]; then
  command -v Xvfb >/dev/null 2>&1 || { echo "smoke: no display and no Xvfb (Debian: apt-get install xvfb)" >&2; exit 1; }
  # Xvfb picks a free display itself and writes its number to fd 3.
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$folder/display" 2>"$folder/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 1 100); do
    [ -s "$folder/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$folder/xvfb.log" >&2; echo "smoke: Xvfb did not start" >&2; exit 1; }
    sleep 0.1
  done
  [ -s "$folder/display" ] || { echo "smoke: Xvfb gave no display in 10 s" >&2; exit 1; }
  export DISPLAY=":$(head -n1 "$folder/display")"
fi
echo "smoke: ${command[*]} on DISPLAY=$DISPLAY (timeout ${seconds} s)"
status=0
QT_QPA_PLATFORM=xcb timeout -k 10 "$seconds" "${command[@]}" | tee "$folder/out" || status=$?
if [ "$status" != 0 ]; then
  echo "smoke: styrapp --smoke failed (exit status $status; 124 is the timeout)" >&2
  exit 1
fi
grep -q "platform xcb" "$folder/out" || { echo "smoke: the window did not start on Qt's xcb platform" >&2; exit 1; }
echo "smoke: passed"
