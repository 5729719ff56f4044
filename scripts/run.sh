#!/usr/bin/env bash
# The run command: installs what is missing, builds, creates the SQLite database with demo data on
# first start (./data/qinqing.db) and serves the platform. Stop it with Ctrl+C.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
bash scripts/setup.sh
bash scripts/build.sh
exec build/bin/qinqing serve --listen "${QINQING_LISTEN:-127.0.0.1:8080}" --data "${QINQING_DATA:-$here/data}" --demo
