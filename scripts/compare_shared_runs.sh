#!/usr/bin/env bash
# Runs the shared domain suite natively and as wasm under node and compares every test's outcome.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/build/shared-compare"
mkdir -p "$out"
"${QINQING_NATIVE_DIR:-$here/build/native}/tests/shared/shared_tests" --gtest_output="json:$out/native.json" >/dev/null
(cd "$out" && NODE_PATH=/usr/share/nodejs node --no-experimental-fetch "$here/build/wasm/tests/shared/shared_tests.js" \
   --gtest_output="json:$out/wasm.json" >/dev/null)
/usr/bin/python3 - "$out/native.json" "$out/wasm.json" <<'PY'
import json, sys
def outcomes(path):
    data = json.load(open(path))
    return {f"{s['name']}.{t['name']}": ("FAILED" if t.get("failures") else t.get("result", "COMPLETED"))
            for s in data["testsuites"] for t in s["testsuite"]}
native, wasm = outcomes(sys.argv[1]), outcomes(sys.argv[2])
if native != wasm:
    for k in sorted(set(native) | set(wasm)):
        if native.get(k) != wasm.get(k):
            print(f"differs: {k}: native={native.get(k)} wasm={wasm.get(k)}")
    sys.exit(1)
print(f"shared domain: {len(native)} tests, identical outcomes natively and in wasm")
PY
