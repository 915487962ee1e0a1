"""Burned-in captions: line wrapping for English and Chinese, drawn with the bundled font.

Sizes in CaptionStyle are for a 1080-pixel-wide frame and scale with the frame's width, so
a 180x320 preview looks like a small copy of the 1080x1920 export. A caption is rendered
once into a small RGBA overlay (cached), then pasted onto each frame it covers.

A project picks one of CAPTION_PRESETS (style_for reads its settings); every preset keeps
its text inside the 9:16 safe area. Karaoke draws the caption twice, once in the text
colour and once in the highlight colour, and each frame takes the spoken characters'
columns from the second (karaoke_ink), so nothing is re-rendered while it plays.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from aigc_studio.project.sound_settings import CaptionSettings
from aigc_studio.resources import fonts_dir
from aigc_studio.translation import tr

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
    max_width: float = 0.88  # widest line (box included) as a fraction of frame width
    # (shrinks the font)
    highlight: Colour = (255, 214, 0)  # karaoke: colour of the words already spoken
    shadow_opacity: float = 0.0  # soft drop shadow under the text, 0 (none) .. 1
    shadow_offset: int = 4  # shadow's offset down and right (for a 1080-wide frame)
    shadow_blur: int = 6  # shadow's blur radius (for a 1080-wide frame)
    # The 9:16 safe area: platforms put their own buttons, names and descriptions around
    # the edges, so burned-in text keeps to the central 88 % of the width (max_width) and
    # 12 %..82 % of the height.
    safe_top: float = 0.12  # the block never rises above this fraction of frame height...
    safe_bottom: float = 0.82  # ...nor reaches below this one (when it fits between them)


DEFAULT_STYLE = CaptionStyle()

# The looks a project can choose (project.captions.style names one).
CAPTION_PRESETS: dict[str, CaptionStyle] = {
    # White with a black outline: readable on anything.
    "outline": DEFAULT_STYLE,
    # White on a translucent black box: calm, for busy pictures.
    "box": replace(DEFAULT_STYLE, stroke_width=0, box=True, box_opacity=0.6, position_y=0.74),
    # Big yellow with a thick black outline: the loud "variety show" look.
    "yellow": replace(
        DEFAULT_STYLE,
        font_size=72,
        fill=(255, 221, 0),
        stroke_width=7,
        highlight=(255, 82, 82),
        max_chars_per_line=20,
    ),
    # Small white text with only a soft shadow: for footage that should speak for itself.
    "minimal": replace(
        DEFAULT_STYLE,
        font_size=50,
        stroke_width=0,
        shadow_opacity=0.75,
        highlight=(120, 205, 255),
        max_chars_per_line=28,
        position_y=0.78,
    ),
    # Outlined, near the top of the safe area: leaves the lower third to the picture.
    "top": replace(DEFAULT_STYLE, position_y=0.2),
}
DEFAULT_PRESET = "outline"


def style_for(settings: CaptionSettings) -> CaptionStyle:
    """The style a project's caption settings ask for.

    An unknown preset name (a project from a later version) gets the default look rather
    than failing the render; ``max_chars_per_line`` 0 keeps the preset's own.
    """
    style = CAPTION_PRESETS.get(settings.style.strip().lower(), CAPTION_PRESETS[DEFAULT_PRESET])
    if settings.max_chars_per_line > 0:
        style = replace(style, max_chars_per_line=int(settings.max_chars_per_line))
    return style


def font_path() -> Path:
    return fonts_dir() / FONT_FILE


# A private-use character no font maps: FreeType draws the font's .notdef box for it.
NOTDEF_PROBE = "\ue000"
GLYPH_TEST_SIZE = 24  # pixels; large enough that two glyphs never render alike


@lru_cache(maxsize=16)
def load_font(size: int) -> ImageFont.FreeTypeFont:
    """The bundled caption font at ``size`` pixels (cached: loading parses a 1.6 MB file)."""
    path = font_path()
    if not path.is_file():
        raise FileNotFoundError(tr("the caption font is missing: {path}").format(path=path))
    return ImageFont.truetype(str(path), size=max(1, int(size)))


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` the caption font has no glyph for, in order of first
    appearance: they would be drawn as the font's empty box (the bundled subset holds
    Latin and the 6,763 GB2312 hanzi, not every rare character)."""
    missing: list[str] = []
    for ch in dict.fromkeys(text):
        if not ch.isspace() and ch.isprintable() and not _has_glyph(ch):
            missing.append(ch)
    return missing


@lru_cache(maxsize=8192)
def _has_glyph(ch: str) -> bool:
    font = load_font(GLYPH_TEST_SIZE)
    return _mask_bytes(font, ch) != _mask_bytes(font, NOTDEF_PROBE)


def _mask_bytes(font: ImageFont.FreeTypeFont, ch: str) -> tuple[tuple[int, int], bytes]:
    mask = font.getmask(ch)
    return mask.size, bytes(mask)


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
    # A piece may hold spaces ("你， ，": punctuation after a space joins what it follows),
    # so the rest is judged by its first character after any spaces.
    def closing_at(index: int) -> bool:
        rest = word[index:].lstrip()
        return bool(rest) and rest[0] in CLOSING_PUNCTUATION

    back = cut
    while 1 < back < len(word) and closing_at(back):
        back -= 1
    if back < len(word) and closing_at(back):
        while cut < len(word) and (word[cut] in CLOSING_PUNCTUATION or word[cut].isspace()):
            cut += 1
    else:
        cut = back
    return word[:cut].rstrip() or word[:cut], word[cut:].lstrip()


def _scaled(value: float, frame_width: int) -> int:
    return max(0, int(round(value * frame_width / REFERENCE_WIDTH)))


@dataclass(frozen=True)
class _Layout:
    """Where a caption's lines go inside its overlay."""

    lines: tuple[str, ...]  # the wrapped lines, top down
    font: ImageFont.FreeTypeFont  # at the size that fits the width
    stroke: int  # outline thickness in pixels
    line_height: int  # pixels from one line's centre to the next
    padding: int  # box padding in pixels (0 without a box)
    widths: tuple[float, ...]  # each line's width with its outline, in pixels
    shadow: tuple[int, int]  # (offset, blur) in pixels; (0, 0) without a shadow
    height: int  # overlay height in pixels

    def line_centre(self, index: int) -> float:
        return self.padding + self.stroke + index * self.line_height + self.line_height / 2


def _layout(text: str, frame_width: int, style: CaptionStyle) -> _Layout:
    size = max(6, _scaled(style.font_size, frame_width))
    lines = wrap_balanced(text, style.max_chars_per_line)
    padding = _scaled(style.box_padding, frame_width) if style.box else 0
    limit = frame_width * style.max_width - 2 * padding  # the box stays inside too
    while True:  # shrink until the widest line fits (a line of "W"s is wider than average)
        font = load_font(size)
        stroke = _scaled(style.stroke_width, frame_width) if style.stroke_width else 0
        widths = [font.getlength(line) + 2 * stroke for line in lines]
        if max(widths) <= limit or size <= 6:
            break
        size = max(6, int(size * limit / max(widths)))
    line_height = int(round(size * style.line_spacing))
    shadow = (0, 0)
    if style.shadow_opacity > 0 and not style.box:  # a box hides the shadow anyway
        offset = _scaled(style.shadow_offset, frame_width)
        shadow = (offset, _scaled(style.shadow_blur, frame_width))
    block_height = line_height * len(lines) + 2 * stroke
    # Room below the last line for the shadow's offset and the blur's spread.
    height = block_height + 2 * padding + shadow[0] + 2 * shadow[1]
    return _Layout(
        tuple(lines), font, stroke, line_height, padding, tuple(widths), shadow, max(1, height)
    )


@lru_cache(maxsize=8)
def caption_overlay(text: str, frame_width: int, style: CaptionStyle) -> Image.Image:
    """The caption as an RGBA image ``frame_width`` wide, just tall enough for its lines."""
    with _DRAW_LOCK:
        return _draw_overlay(text, frame_width, style)


def _draw_overlay(text: str, frame_width: int, style: CaptionStyle) -> Image.Image:
    layout = _layout(text, frame_width, style)
    overlay = Image.new("RGBA", (frame_width, layout.height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    if style.box:
        padding = layout.padding
        box_width = max(layout.widths) + 2 * padding
        x0 = (frame_width - box_width) / 2
        alpha = int(round(255 * min(max(style.box_opacity, 0.0), 1.0)))
        draw.rounded_rectangle(
            (x0, 0, x0 + box_width, layout.height - 1),
            radius=max(2, padding),
            fill=(*style.box_fill, alpha),
        )
    if layout.shadow != (0, 0):
        offset, blur = layout.shadow
        mask = Image.new("L", overlay.size, 0)
        shade = ImageDraw.Draw(mask)
        for i, line in enumerate(layout.lines):
            position = (frame_width / 2 + offset, layout.line_centre(i) + offset)
            shade.text(position, line, font=layout.font, fill=255, anchor="mm",
                       stroke_width=layout.stroke)  # fmt: skip
        if blur:
            mask = mask.filter(ImageFilter.GaussianBlur(blur))
        opacity = min(max(style.shadow_opacity, 0.0), 1.0)
        mask = mask.point(lambda v: int(round(v * opacity)))
        overlay.paste(Image.new("RGBA", overlay.size, (0, 0, 0, 255)), (0, 0), mask)
    for i, line in enumerate(layout.lines):
        draw.text(
            (frame_width / 2, layout.line_centre(i)),
            line,
            font=layout.font,
            fill=(*style.fill, 255),
            anchor="mm",
            stroke_width=layout.stroke,
            stroke_fill=(*style.stroke_fill, 255),
        )
    return overlay


def caption_top(overlay_height: int, frame_height: int, style: CaptionStyle) -> int:
    """Top row of the caption block: centred on position_y, kept inside the style's safe
    band when it fits there, and always inside the frame."""
    top = int(round(frame_height * style.position_y - overlay_height / 2))
    low = int(round(frame_height * style.safe_top))
    high = int(round(frame_height * style.safe_bottom)) - overlay_height
    if low <= high:
        top = min(max(top, low), high)
    return min(max(top, 0), max(0, frame_height - overlay_height))


def draw_caption(
    frame: np.ndarray,
    text: str,
    style: CaptionStyle = DEFAULT_STYLE,
    progress: float | None = None,
) -> np.ndarray:
    """``frame`` (H, W, 3) uint8 with ``text`` drawn in the lower safe area (in place; returned).

    ``progress`` (0..1, karaoke) colours that fraction of the text's characters, from the
    first, in the style's highlight colour; None draws it all in the text colour.
    """
    if not text.strip():
        return frame
    height, width = frame.shape[:2]
    overlay = caption_overlay(text, width, style)
    top = caption_top(overlay.height, height, style)
    if progress is None:
        inked, (x0, y0, x1, y1) = _inked_part(text, width, style)
    else:
        inked, (x0, y0, x1, y1) = karaoke_ink(text, width, style, progress)
    y0, y1 = top + y0, min(top + y1, height)  # a caption taller than a tiny frame is cut
    if y1 <= y0:
        return frame
    if y1 - y0 < inked.height:
        inked = inked.crop((0, 0, inked.width, y1 - y0))
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


# -- karaoke ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Karaoke:
    """A caption drawn twice (text colour, highlight colour), cropped to their ink, and
    where each character sits, so any progress is a per-line column cut between the two."""

    plain: np.ndarray  # (h, w, 4) uint8: the caption in its text colour
    lit: np.ndarray  # (h, w, 4) uint8: the same in the highlight colour
    box: tuple[int, int, int, int]  # where both sit in the overlay (left, top, right, bottom)
    bands: tuple[tuple[int, int], ...]  # each line's rows in the crop, top down
    edges: tuple[tuple[tuple[float, float], ...], ...]  # each line's spoken characters'
    # (left, right) columns in the crop, in reading order

    @property
    def characters(self) -> int:
        return sum(len(line) for line in self.edges)


@lru_cache(maxsize=16)
def _karaoke(text: str, frame_width: int, style: CaptionStyle) -> _Karaoke:
    plain = caption_overlay(text, frame_width, style)
    lit = caption_overlay(text, frame_width, replace(style, fill=style.highlight))
    boxes = [b for b in (plain.getbbox(), lit.getbbox()) if b] or [(0, 0, 1, 1)]
    box = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    layout = _layout(text, frame_width, style)
    crop_height = box[3] - box[1]
    bands, edges = [], []
    for i, line in enumerate(layout.lines):
        top = 0 if i == 0 else layout.line_centre(i) - layout.line_height / 2
        bottom = plain.height if i == len(layout.lines) - 1 else layout.line_centre(i + 1)
        bottom -= layout.line_height / 2 if i < len(layout.lines) - 1 else 0
        band = (int(round(top)) - box[1], int(round(bottom)) - box[1])
        bands.append((min(max(band[0], 0), crop_height), min(max(band[1], 0), crop_height)))
        start = frame_width / 2 - layout.font.getlength(line) / 2 - box[0]
        spans = []
        for k, ch in enumerate(line):
            if ch.isspace():
                continue
            left = start + layout.font.getlength(line[:k])
            right = start + layout.font.getlength(line[: k + 1])
            spans.append((left, right))
        edges.append(tuple(spans))
    return _Karaoke(
        np.asarray(plain.crop(box)),
        np.asarray(lit.crop(box)),
        box,
        tuple(bands),
        tuple(edges),
    )


def karaoke_ink(
    text: str, frame_width: int, style: CaptionStyle, progress: float
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The caption's inked part with its first ``progress`` (0..1) of characters in the
    highlight colour (the character being spoken is wiped across), and where it sits in
    the overlay. Both colourings are rendered once; each call only copies columns."""
    parts = _karaoke(text, frame_width, style)
    spoken = min(max(float(progress), 0.0), 1.0) * parts.characters
    ink = parts.plain.copy()
    for (top, bottom), spans in zip(parts.bands, parts.edges, strict=True):
        if not spans or spoken <= 0:
            break
        if spoken >= len(spans):
            cut = ink.shape[1]  # the whole line is spoken
        else:
            whole = int(spoken)
            left, right = spans[whole]
            cut = int(round(left + (spoken - whole) * (right - left)))
        cut = min(max(cut, 0), ink.shape[1])
        ink[top:bottom, :cut] = parts.lit[top:bottom, :cut]
        spoken -= len(spans)
    return Image.fromarray(ink), parts.box  # (h, w, 4) uint8 is RGBA
