#!/usr/bin/python3
"""Packages the web client for serving from any static host.

Content-hashed names (qinqing.3f9a1c2b.wasm) may be cached for a year; index.html must revalidate.
Large files get precompressed .br and .gz siblings that the backend (or nginx gzip_static/brotli_static)
serves as is. Compressed outputs are cached by content hash so a rebuild does not recompress fonts.
"""
import argparse
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import tempfile

COMPRESSIBLE = (".js", ".wasm", ".otf", ".ttf", ".html", ".json", ".css")


def digest(data):
    return hashlib.sha256(data).hexdigest()[:10]


def hashed_name(name, data):
    stem, ext = os.path.splitext(name)
    return f"{stem}.{digest(data)}{ext}"


def precompress(path, data, cache):
    if not path.endswith(COMPRESSIBLE) or len(data) < 1024:
        return
    key = hashlib.sha256(data).hexdigest()
    os.makedirs(cache, exist_ok=True)
    for ext in (".br", ".gz"):
        cached = os.path.join(cache, key + ext)
        if not os.path.exists(cached):
            if ext == ".br":
                out = subprocess.run(["brotli", "-c", "-q", "11", "-"], input=data, capture_output=True, check=True).stdout
            else:
                out = gzip.compress(data, compresslevel=9, mtime=0)
            fd, part = tempfile.mkstemp(dir=cache)
            with os.fdopen(fd, "wb") as f:
                f.write(out)
            os.replace(part, cached)
        shutil.copyfile(cached, path + ext)


def emit(out, rel, data, cache):
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    precompress(path, data, cache)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--js", required=True)
    ap.add_argument("--shell", required=True)
    ap.add_argument("--fonts", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cache", required=True)
    a = ap.parse_args()

    # A private staging folder: two builds (e.g. build/wasm and a developer's second build tree)
    # may package at the same time.
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".web-", dir=os.path.dirname(os.path.abspath(a.out)))

    js = open(a.js, "rb").read()
    wasm = open(os.path.splitext(a.js)[0] + ".wasm", "rb").read()
    js_name, wasm_name = hashed_name("qinqing.js", js), hashed_name("qinqing.wasm", wasm)
    emit(tmp, js_name, js, a.cache)
    emit(tmp, wasm_name, wasm, a.cache)

    manifest = json.load(open(os.path.join(a.fonts, "manifest.json")))
    def font(name):
        data = open(os.path.join(a.fonts, name), "rb").read()
        rel = "fonts/" + hashed_name(name, data)
        emit(tmp, rel, data, a.cache)
        return rel
    base = font(manifest["base"])
    slices = [[s["first"], s["last"], font(s["file"])] for s in manifest["slices"]]

    html = open(a.shell, encoding="utf-8").read()
    html = (html.replace("{{JS}}", js_name).replace("{{WASM}}", wasm_name).replace("{{FONT_BASE}}", base)
                .replace("{{FONT_SLICES}}", json.dumps(slices, separators=(",", ":"))))
    emit(tmp, "index.html", html.encode("utf-8"), a.cache)

    old = a.out + ".old-" + os.path.basename(tmp)
    if os.path.exists(a.out):
        os.replace(a.out, old)
    os.replace(tmp, a.out)
    shutil.rmtree(old, ignore_errors=True)


if __name__ == "__main__":
    main()
