#!/usr/bin/env bash
# Fails when the shared domain library reaches outside itself: HTTP, SQL, ImGui, Emscripten, the
# clock, files or threads. shared/ must compute the same answers in the browser and on the server, so
# callers pass "today" and the calendar in. (The wire mapping may use nlohmann::json, nothing else.)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pattern='#include *[<"](httplib|SQLiteCpp/|sqlite3|imgui|emscripten|GLFW/|GLES|sodium|fstream|thread|filesystem|ctime|time\.h|unistd)|system_clock::now|steady_clock::now|high_resolution_clock::now|std::time\(|[^_a-z]time\(nullptr\)|localtime|gmtime|getenv|fopen|__EMSCRIPTEN__|#if(def)? *_WIN32|std::random_device'
hits=$(grep -rnE "$pattern" "$root/shared" --include='*.hpp' --include='*.h' --include='*.cpp' || true)
if [ -n "$hits" ]; then
  echo "layering: shared/ must not do I/O, read the clock or include platform libraries:"
  echo "$hits"
  exit 1
fi
echo "layering: shared/ is free of HTTP, SQL, ImGui, Emscripten, clock and file access"
