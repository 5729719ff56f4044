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

# web/: a feature includes app/, widgets/, platform/ and shared, never another feature; widgets/
# and platform/ include no feature. app/ names no feature: app/app_state.hpp and app/action.hpp
# include only the feature list (features/feature_list.hpp), the one place that names them all.
web="$root/web/src"
bad=""
for dir in "$web"/features/*/; do
  feature="$(basename "$dir")"
  hits=$(grep -rnE '#include *"features/' "$dir" --include='*.hpp' --include='*.cpp' | grep -v "\"features/$feature/" || true)
  [ -n "$hits" ] && bad="$bad$hits"$'\n'
done
hits=$(grep -rnE '#include *"features/' "$web/widgets" "$web/platform" --include='*.hpp' --include='*.cpp' || true)
[ -n "$hits" ] && bad="$bad$hits"$'\n'
hits=$(grep -rnE '#include *"features/' "$web/app" --include='*.hpp' --include='*.cpp' |
       grep -vE "^$web/app/(app_state|action)\.hpp:[0-9]+:#include \"features/feature_list\.hpp\"" || true)
[ -n "$hits" ] && bad="$bad$hits"$'\n'
if [ -n "${bad//$'\n'/}" ]; then
  echo "layering: a web feature includes another feature (or app/, widgets/, platform/ include a feature):"
  printf '%s' "$bad"
  exit 1
fi
echo "layering: web features include only app/, widgets/, platform/ and shared"

# No default: in a switch of web/ (a new domain enum value must reach every switch; -Werror=switch).
hits=$(grep -rnE '^\s*default\s*:' "$web" --include='*.hpp' --include='*.cpp' || true)
if [ -n "$hits" ]; then
  echo "layering: web/ switches name every value instead of default:"
  echo "$hits"
  exit 1
fi
echo "layering: no default: in web/ switches"
