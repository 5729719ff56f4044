#!/usr/bin/env bash
# Installs everything the platform needs on a Debian 12 machine (run as root).
# Idempotent: when every package and source is already present it returns in seconds.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
third="$here/build/third_party"

apt_packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev
  libgtest-dev googletest
  emscripten
  chromium
  fonts-noto-cjk fonts-hanazono python3 python3-fonttools
  libsodium-dev libsqlitecpp-dev libsqlite3-dev nlohmann-json3-dev libcli11-dev zlib1g-dev libbrotli-dev libssl-dev
  libcairo2-dev libpango1.0-dev libxlsxwriter-dev libzip-dev libexpat1-dev
  wrk brotli ca-certificates curl
  poppler-utils unzip
)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Source packages (Dear ImGui 1.92 and cpp-httplib 0.41 from sid) need deb-src entries.
src_list=/etc/apt/sources.list.d/qinqing-src.sources
if [ ! -f "$src_list" ]; then
  cat > "$src_list" <<'SRC'
# Added by qinqing scripts/setup.sh: source packages only (no binaries are taken from these suites).
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ "${need_update:-0}" = 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

mkdir -p "$third"
fetch_source() { # name, version-glob, marker file inside
  local pkg=$1 suite=$2 want=$3 dest=$4
  # The marker holds the unpacked version: a checkout that has an older line gets the new one.
  if [ -f "$dest/.qinqing-ok" ] && grep -q "^$want" "$dest/.qinqing-ok"; then return; fi
  local ver
  ver=$(apt-cache showsrc "$pkg" 2>/dev/null | awk -v s="$want" '/^Version:/{v=$2; if (index(v,s)==1) print v}' | sort -V | tail -1)
  if [ -z "$ver" ]; then
    apt-get update -qq
    ver=$(apt-cache showsrc "$pkg" 2>/dev/null | awk -v s="$want" '/^Version:/{v=$2; if (index(v,s)==1) print v}' | sort -V | tail -1)
  fi
  if [ -z "$ver" ]; then
    echo "setup: no $pkg source version $want* in Debian's archive (suite $suite); the line may have moved on." >&2
    exit 1
  fi
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source -qq --download-only "$pkg=$ver" >/dev/null && dpkg-source -x --no-check ./*.dsc src >/dev/null)
  rm -rf "$dest"; mv "$tmp/src" "$dest"; rm -rf "$tmp"
  echo "$ver" > "$dest/.qinqing-ok"
  echo "setup: $pkg source $ver unpacked into $dest"
}
fetch_source imgui sid "1.92." "$third/imgui"
fetch_source cpp-httplib sid "0.41." "$third/cpp-httplib"

# Browser tests: playwright-core pinned by package-lock.json; Debian's chromium is the browser.
if [ -f "$here/tests/browser/package.json" ]; then
  if [ ! -d "$here/tests/browser/node_modules/playwright-core" ]; then
    (cd "$here/tests/browser" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
echo "setup: ok"
