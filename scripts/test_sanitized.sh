#!/usr/bin/env bash
# The native unit suites once more under AddressSanitizer + UndefinedBehaviorSanitizer (the "asan"
# preset, build/asan): the shared domain suite, the backend's unit suite and the web logic suite.
# Any leak, overflow, use after free or undefined behaviour fails the run. The integration shards,
# which start real servers, run only in the optimised build, to keep CI well inside its hour; the
# preset compiles with -O1 -g1 (line tables are enough for the reports), half the time of -O2 -g.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
cmake --preset asan >/dev/null
cmake --build build/asan -j"$(nproc)" --target shared_tests backend_tests web_tests
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build/asan && ctest --output-on-failure -j"$(nproc)" -R '^(shared_tests_native|backend_tests|web_tests_native)$')
