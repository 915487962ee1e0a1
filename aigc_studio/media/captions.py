"""Burned-in captions: line wrapping for English and Chinese, drawn with the bundled font.

Sizes in CaptionStyle are for a 1080-pixel-wide frame and scale with the frame's width, so
a 180x320 preview looks like a small copy of the 1080x1920 export. A caption is rendered
once into a small RGBA overlay (cached), then pasted onto each frame it covers.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from aigc_studio.resources import fonts_dir

FONT_FILE = "NotoSansSC-Subset.otf"
REFERENCE_WIDTH = 1080  # the frame width the style's pixel sizes are meant for
# The preview and export workers may both draw a new caption at once; the cached font
# objects are shared, so drawing is serialised (it happens once per caption, not per frame).
_DRAW_LOCK = threading.Lock()

Colour = tuple[int, int, int]

# No line may start with these (Chinese/Japanese line-breaking rules, "kinsoku"), plus the
# Latin ones, which follow their word anyway.
CLOSING_PUNCTUATION = frozenset(
    "，。！？、；：）》」』】〉〕｝”’…—～·" + ",.!?;:)]}%'\"" + "\u00bb\u203a"
)
_CLOSING_CHARS = "".join(sorted(CLOSING_PUNCTUATION))  # for str.lstrip
# ... and no line may end with these: they belong to what follows.
OPENING_PUNCTUATION = frozenset("（《「『【〈〔｛“‘" + "([{" + "\u00ab\u2039")


@dataclass(frozen=True)
class CaptionStyle:
    font_size: int = 64  # pixels (for a 1080-wide frame)
    fill: Colour = (255, 255, 255)  # text colour
    stroke_width: int = 5  # outline thickness in pixels (for a 1080-wide frame); 0 = none
    stroke_fill: Colour = (0, 0, 0)  # outline colour
    box: bool = False  # draw a translucent rounded box behind the text
    box_fill: Colour = (0, 0, 0)  # box colour
    box_opacity: float = 0.55  # 0 transparent .. 1 opaque
    box_padding: int = 24  # pixels around the text inside the box (for a 1080-wide frame)
    position_y: float = 0.76  # centre of the caption block, fraction of frame height; the
    # 9:16 safe area for burned-in text is roughly 0.70..0.80 (below the face, above the
    # platform's own buttons and description)
    max_chars_per_line: int = 24  # Latin characters per line; a full-width (CJK) character
    # counts as two, so Chinese gets 12 per line
    line_spacing: float = 1.25  # line height as a multiple of the font size
    max_width: float = 0.88  # widest line as a fraction of frame width (shrinks the font)


DEFAULT_STYLE = CaptionStyle()


def font_path() -> Path:
    return fonts_dir() / FONT_FILE


@lru_cache(maxsize=16)
def load_font(size: int) -> ImageFont.FreeTypeFont:
    """The bundled caption font at ``size`` pixels (cached: loading parses a 1.6 MB file)."""
    path = font_path()
    if not path.is_file():
        raise FileNotFoundError(f"the caption font is missing: {path}")
    return ImageFont.truetype(str(path), size=max(1, int(size)))


def char_width(ch: str) -> int:
    """Columns a character takes: 2 for full-width (CJK) characters, 1 otherwise."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def _tokens(paragraph: str) -> list[tuple[str, bool]]:
    """Unbreakable pieces of a paragraph, each with whether a space came before it.

    A Latin word is one piece and each CJK character is its own; then closing punctuation
    moves onto the piece before it and opening punctuation onto the piece after it, so a
    line break can never fall on the wrong side of them.
    """
    raw: list[tuple[str, bool]] = []
    spaced = False
    for ch in paragraph:
        if ch.isspace():
            spaced = True
            continue
        wide = char_width(ch) == 2
        if raw and not spaced and not wide and char_width(raw[-1][0][-1]) == 1:
            raw[-1] = (raw[-1][0] + ch, raw[-1][1])  # continue a Latin word
        else:
            raw.append((ch, spaced))
        spaced = False
    tokens: list[tuple[str, bool]] = []
    for text, spaced in raw:
        lead = len(text) - len(text.lstrip(_CLOSING_CHARS))
        if lead and tokens:
            prev, prev_spaced = tokens[-1]
            tokens[-1] = (prev + (" " if spaced else "") + text[:lead], prev_spaced)
            text, spaced = text[lead:], False
            if not text:
                continue
        if tokens and tokens[-1][0] and all(c in OPENING_PUNCTUATION for c in tokens[-1][0]):
            prev, prev_spaced = tokens.pop()
            text, spaced = prev + (" " if spaced else "") + text, prev_spaced
        tokens.append((text, spaced))
    return tokens


def wrap_text(text: str, max_columns: int = DEFAULT_STYLE.max_chars_per_line) -> list[str]:
    """Lines of at most ``max_columns`` columns (a CJK character counts two).

    English wraps at spaces, Chinese between characters; no line starts with closing
    punctuation or ends with opening punctuation. Explicit newlines are kept. A single
    word longer than a line is split, keeping its trailing punctuation with its last part.
    """
    max_columns = max(2, int(max_columns))
    lines: list[str] = []
    for paragraph in text.splitlines():
        current = ""
        for piece, spaced in _tokens(paragraph):
            candidate = current + (" " if current and spaced else "") + piece
            if not current or text_width(candidate) <= max_columns:
                current = candidate
            else:
                lines.append(current)
                current = piece
            while text_width(current) > max_columns:  # a word longer than a line
                head, current = _split_word(current, max_columns)
                lines.append(head)
        if current:
            lines.append(current)
    return lines or [""]


def wrap_balanced(text: str, max_columns: int = DEFAULT_STYLE.max_chars_per_line) -> list[str]:
    """Like wrap_text, with the same number of lines but as even as possible.

    "Hello creators, this is a" / "test" becomes "Hello creators," / "this is a test":
    the narrowest width that still needs no extra line, so no word sits alone below.
    """
    lines = wrap_text(text, max_columns)
    best = lines
    for columns in range(max(2, int(max_columns)) - 1, 1, -1):
        candidate = wrap_text(text, columns)
        if len(candidate) > len(lines):
            break
        best = candidate
    return best


def _split_word(word: str, max_columns: int) -> tuple[str, str]:
    cut, used = 0, 0
    for i, ch in enumerate(word):
        if used + char_width(ch) > max_columns:
            break
        used += char_width(ch)
        cut = i + 1
    cut = max(cut, 1)
    # Never start the rest with closing punctuation: break earlier, or, when the word is
    # one character plus its punctuation, let the punctuation hang past the line's end.
    back = cut
    while 1 < back < len(word) and word[back] in CLOSING_PUNCTUATION:
        back -= 1
    if back < len(word) and word[back] in CLOSING_PUNCTUATION:
        while cut < len(word) and word[cut] in CLOSING_PUNCTUATION:
            cut += 1
    else:
        cut = back
    return word[:cut], word[cut:]


def _scaled(value: float, frame_width: int) -> int:
    return max(0, int(round(value * frame_width / REFERENCE_WIDTH)))


@lru_cache(maxsize=8)
def caption_overlay(text: str, frame_width: int, style: CaptionStyle) -> Image.Image:
    """The caption as an RGBA image ``frame_width`` wide, just tall enough for its lines."""
    with _DRAW_LOCK:
        return _draw_overlay(text, frame_width, style)


def _draw_overlay(text: str, frame_width: int, style: CaptionStyle) -> Image.Image:
    size = max(6, _scaled(style.font_size, frame_width))
    lines = wrap_balanced(text, style.max_chars_per_line)
    limit = frame_width * style.max_width
    while True:  # shrink until the widest line fits (a line of "W"s is wider than average)
        font = load_font(size)
        stroke = _scaled(style.stroke_width, frame_width) if style.stroke_width else 0
        widths = [font.getlength(line) + 2 * stroke for line in lines]
        if max(widths) <= limit or size <= 6:
            break
        size = max(6, int(size * limit / max(widths)))
    line_height = int(round(size * style.line_spacing))
    padding = _scaled(style.box_padding, frame_width) if style.box else 0
    block_height = line_height * len(lines) + 2 * stroke
    height = block_height + 2 * padding
    overlay = Image.new("RGBA", (frame_width, max(1, height)), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    if style.box:
        box_width = max(widths) + 2 * padding
        x0 = (frame_width - box_width) / 2
        alpha = int(round(255 * min(max(style.box_opacity, 0.0), 1.0)))
        draw.rounded_rectangle(
            (x0, 0, x0 + box_width, height - 1),
            radius=max(2, padding),
            fill=(*style.box_fill, alpha),
        )
    for i, line in enumerate(lines):
        y = padding + stroke + i * line_height + line_height / 2
        draw.text(
            (frame_width / 2, y),
            line,
            font=font,
            fill=(*style.fill, 255),
            anchor="mm",
            stroke_width=stroke,
            stroke_fill=(*style.stroke_fill, 255),
        )
    return overlay


def caption_top(overlay_height: int, frame_height: int, style: CaptionStyle) -> int:
    """Top row of the caption block: centred on position_y, kept inside the frame."""
    top = int(round(frame_height * style.position_y - overlay_height / 2))
    return min(max(top, 0), max(0, frame_height - overlay_height))


def draw_caption(frame: np.ndarray, text: str, style: CaptionStyle = DEFAULT_STYLE) -> np.ndarray:
    """``frame`` (H, W, 3) uint8 with ``text`` drawn in the lower safe area (in place; returned)."""
    if not text.strip():
        return frame
    height, width = frame.shape[:2]
    overlay = caption_overlay(text, width, style)
    top = caption_top(overlay.height, height, style)
    inked, (x0, y0, x1, y1) = _inked_part(text, width, style)
    y0, y1 = top + y0, min(top + y1, height)  # a caption taller than a tiny frame is cut
    if y1 <= y0:
        return frame
    region = Image.fromarray(np.ascontiguousarray(frame[y0:y1, x0:x1]))
    region.paste(inked, (0, 0), inked)  # only the pixels with ink go through Pillow
    frame[y0:y1, x0:x1] = np.asarray(region)
    return frame


@lru_cache(maxsize=64)
def _inked_part(
    text: str, frame_width: int, style: CaptionStyle
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    overlay = caption_overlay(text, frame_width, style)
    box = overlay.getbbox() or (0, 0, 1, 1)
    return overlay.crop(box), box
