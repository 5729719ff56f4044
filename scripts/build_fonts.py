#!/usr/bin/python3
"""Builds the client's fonts from Debian font packages (run by the web build; output is never committed).

- base font: Noto Sans CJK SC subset to GB2312 + ASCII + punctuation + every non-ASCII character in the
  project's sources, so the first load draws every UI string and almost every name.
- extension slices: the rest of Noto Sans CJK SC, then HanaMinB for the supplementary ideographic plane
  (e.g. U+20000 𠀀), cut into slices of contiguous code points. The client fetches a slice only when text
  holds a character the loaded fonts lack. A manifest maps code point ranges to slice files.
Uses Debian's python3-fonttools (run with /usr/bin/python3).
"""
import json
import os
import re
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SC_INDEX = 2  # the TTC holds JP, KR, SC, TC, HK: index 2 is Simplified Chinese
HANAMIN_B = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"
SLICE_CODEPOINTS = 1200


def gb2312_codepoints():
    cps = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            cps.add(ord(ch))
    return cps


def source_codepoints(root):
    cps = set()
    for top in ("shared", "web"):  # UI strings only: names in data are fetched on demand
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in files:
                if name.endswith((".cpp", ".hpp", ".h", ".js", ".html")):
                    with open(os.path.join(dirpath, name), encoding="utf-8", errors="ignore") as f:
                        cps.update(ord(c) for c in f.read() if ord(c) > 0x7F)
    return cps


def options():
    o = subset.Options()
    o.layout_features = []          # ImGui uses no OpenType layout
    o.drop_tables += ["GSUB", "GPOS", "GDEF", "vhea", "vmtx", "VORG", "DSIG", "BASE", "JSTF", "MATH"]
    o.hinting = False
    o.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    o.notdef_outline = True
    o.glyph_names = False
    o.recalc_bounds = True
    return o


def write_subset(path, index, cps, out):
    font = TTFont(path, fontNumber=index, lazy=False) if path.endswith(".ttc") else TTFont(path)
    s = subset.Subsetter(options())
    s.populate(unicodes=sorted(cps))
    s.subset(font)
    font.save(out)


def main():
    root, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    noto_cmap = set(TTFont(NOTO, fontNumber=NOTO_SC_INDEX, lazy=True).getBestCmap())
    base = set(range(0x20, 0x7F)) | gb2312_codepoints() | source_codepoints(root)
    base |= set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    base = {c for c in base if c in noto_cmap}
    write_subset(NOTO, NOTO_SC_INDEX, base, os.path.join(out_dir, "base.otf"))

    manifest = {"base": "base.otf", "slices": []}
    rest = sorted(c for c in noto_cmap if c not in base and c >= 0x2E80)
    hana = set(TTFont(HANAMIN_B, lazy=True).getBestCmap())
    sip = sorted(c for c in hana if c >= 0x20000 and c not in noto_cmap)
    for source, index, cps, prefix in ((NOTO, NOTO_SC_INDEX, rest, "ext"), (HANAMIN_B, 0, sip, "sip")):
        for n, start in enumerate(range(0, len(cps), SLICE_CODEPOINTS)):
            chunk = cps[start:start + SLICE_CODEPOINTS]
            name = f"{prefix}-{n:02d}.otf" if source == NOTO else f"{prefix}-{n:02d}.ttf"
            write_subset(source, index, chunk, os.path.join(out_dir, name))
            manifest["slices"].append({"file": name, "first": chunk[0], "last": chunk[-1]})
    with open(os.path.join(out_dir, "manifest.json"), "w") as f:
        json.dump(manifest, f)
    print(f"fonts: base {len(base)} code points, {len(manifest['slices'])} extension slices")


if __name__ == "__main__":
    main()
