#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test: the layering check, the
# native GoogleTest suites (shared domain and backend against a real server), the same shared domain
# suite compiled to wasm under node (its results must equal the native run), and the browser tests in
# Debian's headless chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
bash scripts/setup.sh
bash scripts/build.sh

echo "== layering"
bash scripts/check_layering.sh

echo "== native tests (ctest)"
# Side by side: the suites and the integration suite's shards are independent processes, each
# with its own servers on ports of their own and data in temporary directories.
(cd build/native && ctest --output-on-failure -j3)

echo "== native unit suites under ASan+UBSan"
bash scripts/test_sanitized.sh

echo "== wasm tests under node (ctest)"
(cd build/wasm && NODE_PATH=/usr/share/nodejs ctest --output-on-failure)

echo "== shared domain: native and wasm give the same results"
bash scripts/compare_shared_runs.sh

echo "== browser tests (headless chromium)"
(cd tests/browser && node --test --test-concurrency=1 ./*.test.js)
