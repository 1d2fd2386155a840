#!/usr/bin/env bash
# Set up styrapp and open it on a fresh copy of the demo plan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/styrapp --demo "$@"
