"""Rebuild NotoSansSC-Subset.otf from Debian's fonts-noto-cjk (a dev-time tool, not shipped code).

The full Noto Sans CJK collection is ~20 MB; captions only need Latin, punctuation and the
common simplified Chinese characters, so we keep those and drop the rest.

    apt-get install -y fonts-noto-cjk
    pip install fonttools
    python resources/fonts/make_subset.py

Kept: printable ASCII, Latin-1 supplement, general punctuation, CJK symbols and punctuation,
full-width forms, GB2312's symbol rows (punctuation, numerals, kana, Greek, Cyrillic,
pinyin, box drawing) and all 6,763 GB2312 hanzi: level 1 (the 3,755 most common, rows
0xB0..0xD7) and level 2 (rows 0xD8..0xF7), which holds everyday characters such as 咪, 嗨
and 啦 that level 1 lacks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
FAMILY = "Noto Sans CJK SC"  # which member of the collection
OUT = Path(__file__).resolve().parent / "NotoSansSC-Subset.otf"


def gb2312_chars(first_row: int, last_row: int) -> set[str]:
    """Characters of the GB2312 rows first_row..last_row (row bytes 0xA1.., cells 0xA1..0xFE)."""
    chars = set()
    for row in range(first_row, last_row + 1):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # unassigned cells, e.g. the tail of row 0xD7
    return chars


def wanted_codepoints() -> set[int]:
    ranges = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x00FF),  # Latin-1 supplement: é, ü, ©, °, ·
        (0x2010, 0x2027),  # dashes, curly quotes, ellipsis
        (0x2030, 0x203A),  # per mille, primes, angle quotes
        (0x3000, 0x303F),  # CJK symbols and punctuation: 、。「」《》【】
        (0xFF01, 0xFF5E),  # full-width forms: ，！？（）：；
    ]
    points = {cp for lo, hi in ranges for cp in range(lo, hi + 1)}
    chars = gb2312_chars(0xA1, 0xA9) | gb2312_chars(0xB0, 0xF7)
    points |= {ord(c) for c in chars}
    return points


def main() -> int:
    collection = TTCollection(str(SOURCE))
    fonts = [f for f in collection.fonts if f["name"].getDebugName(1) == FAMILY]
    if not fonts:
        print(f"{FAMILY} not found in {SOURCE}", file=sys.stderr)
        return 1
    font = fonts[0]
    options = subset.Options()
    # Kerning, vertical forms and the ligatures captions use; "*" would also keep every
    # Japanese, Korean and Traditional variant form, doubling the file.
    options.layout_features = ["kern", "vert", "vrt2", "liga", "ccmp", "palt", "halt"]
    options.name_IDs = ["*"]  # keep copyright, licence and trademark strings
    options.hinting = False  # captions are large; hints only cost bytes
    options.notdef_outline = True  # a visible box for characters outside the subset
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted_codepoints())
    subsetter.subset(font)
    font.save(str(OUT))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB, {len(font.getGlyphOrder())} glyphs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
