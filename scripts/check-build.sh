#!/usr/bin/env bash
# Build styrapp (scripts/build.sh) and prove the built program works headless, as .ci/run does:
# the window's smoke (dist/styrapp/styrapp --smoke under Xvfb: the demo plan, every page, one report of
# each kind) and the command line (styrapp-cli demo, then a verksamhetsplan as a tagged PDF).
#   --no-build   check the dist/styrapp/ that is there
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-build" ] || bash scripts/build.sh
program=dist/styrapp
bash scripts/smoke.sh --xvfb "$program/styrapp"
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
cli="$PWD/$program/styrapp-cli"
(
  cd "$folder"
  export HOME="$folder" XDG_CONFIG_HOME="$folder/config" XDG_DATA_HOME="$folder/data" XDG_CACHE_HOME="$folder/cache"
  "$cli" --version
  "$cli" demo X.styrplan && "$cli" report X.styrplan --kind verksamhetsplan -o X.pdf
  head -c 5 X.pdf | grep -q '%PDF-' || { echo "check-build: X.pdf is not a PDF" >&2; exit 1; }
  if command -v pdfinfo >/dev/null 2>&1; then
    pdfinfo X.pdf | grep -q '^Tagged: *yes' || { echo "check-build: X.pdf is not a tagged PDF" >&2; exit 1; }
  fi
)
echo "check-build: passed ($(du -sh "$program" | cut -f1) in $program)"
