#!/usr/bin/env bash
# Builds the native backend and tests (build/native) and the wasm client and tests (build/wasm).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs acorn from there (TOOLCHAIN.md)
jobs=$(nproc)
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=${QINQING_BUILD_TYPE:-Release} >/dev/null
cmake --build build/native -j"$jobs"
if [ ! -f build/wasm/build.ninja ]; then
  emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build/wasm -j"$jobs"
