#!/usr/bin/env bash
# Starts the built server on a free port with a throw-away database and measures the web client.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data=$(mktemp -d)
port=${QINQING_BENCH_PORT:-18080}
"$here/build/bin/qinqing" serve --listen "127.0.0.1:$port" --data "$data" --demo >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.1; done
node "$here/scripts/bench_web.js" "http://127.0.0.1:$port/" "${1:-5}"
