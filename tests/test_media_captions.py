"""Captions: wrapping rules for English and Chinese, and real glyphs from the bundled font."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from aigc_studio.media.captions import (
    CLOSING_PUNCTUATION,
    OPENING_PUNCTUATION,
    CaptionStyle,
    draw_caption,
    font_path,
    load_font,
    text_width,
    wrap_balanced,
    wrap_text,
)
from aigc_studio.resources import fonts_dir

SENTENCES = [
    "Hello world, this is a caption that is long enough to wrap a few times over.",
    "今天我们来聊一聊人工智能，它会怎样改变短视频的创作？答案可能出乎你的意料！",
    "他说：“你好，世界。”然后离开了（很快）。《三体》是一本好书、很好看。",
    "AI 生成的脸，真的很像 real people 吗？我们试试看……好的！",
    "Supercalifragilisticexpialidocious, indeed!",
]


def glyph(ch: str, size: int = 48) -> np.ndarray:
    image = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(image).text((size // 2, size // 2), ch, font=load_font(size), fill=255)
    return np.asarray(image)


def test_english_wraps_at_spaces():
    lines = wrap_text("the quick brown fox jumps over the lazy dog", 15)
    assert lines == ["the quick brown", "fox jumps over", "the lazy dog"]


def test_chinese_wraps_between_characters_counting_double_width():
    lines = wrap_text("一二三四五六七八九十", 8)
    assert lines == ["一二三四", "五六七八", "九十"]
    assert all(text_width(line) <= 8 for line in lines)


@pytest.mark.parametrize("wrap", [wrap_text, wrap_balanced])
@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("columns", range(4, 30))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(wrap, text, columns):
    lines = wrap(text, columns)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    for line in lines[1:]:
        assert line[0] not in CLOSING_PUNCTUATION, lines
    for line in lines[:-1]:
        assert line[-1] not in OPENING_PUNCTUATION, lines


def test_balanced_wrapping_evens_out_lines_without_adding_any():
    text = "Hello creators, this is a test"
    assert wrap_text(text, 24) == ["Hello creators, this is", "a test"]
    assert wrap_balanced(text, 24) == ["Hello creators,", "this is a test"]
    for sentence in SENTENCES:
        greedy, balanced = wrap_text(sentence, 24), wrap_balanced(sentence, 24)
        assert len(balanced) == len(greedy)
        assert all(text_width(line) <= 24 for line in balanced)


def test_explicit_newlines_are_kept_and_blank_text_draws_nothing():
    assert wrap_text("first\nsecond", 24) == ["first", "second"]
    frame = np.full((320, 180, 3), 50, np.uint8)
    assert (draw_caption(frame.copy(), "   ") == frame).all()


def test_chinese_characters_render_as_distinct_glyphs_not_tofu():
    missing = glyph("\ue000")  # private use: in no font, so this is the .notdef box
    # The most common characters, and everyday ones from GB2312 level 2 (猫咪, 嗨, 啦, 哇).
    chars = "你好世界的一是不了人我在有他这中大来上国个到说们为子和地出道也时年。，？！咪嗨啦哇"
    bitmaps = [glyph(c) for c in chars]
    for ch, bitmap in zip(chars, bitmaps, strict=True):
        assert bitmap.any(), ch
        assert not np.array_equal(bitmap, missing), f"{ch} rendered as a missing-glyph box"
    distinct = {b.tobytes() for b in bitmaps}
    assert len(distinct) == len(chars)


def test_font_is_the_bundled_subset():
    path = font_path()
    assert path.parent == fonts_dir() and path.is_file()
    assert path.stat().st_size < 5_000_000
    assert (fonts_dir() / "OFL.txt").read_text().startswith("Copyright")
    assert load_font(40) is load_font(40)  # parsed once per size


def test_caption_is_drawn_in_the_lower_safe_area_and_scales_with_the_frame():
    for width, height in ((180, 320), (1080, 1920)):
        frame = np.full((height, width, 3), 60, np.uint8)
        out = draw_caption(frame, "你好，世界！Hello", CaptionStyle(box=True))
        rows = np.nonzero((out != 60).any(axis=(1, 2)))[0]
        assert rows.size
        assert 0.65 * height < rows.min() and rows.max() < 0.85 * height
        cols = np.nonzero((out != 60).any(axis=(0, 2)))[0]
        assert cols.min() > 0.04 * width and cols.max() < 0.96 * width


def test_long_words_shrink_to_fit_the_frame_width():
    frame = np.full((320, 180, 3), 0, np.uint8)
    out = draw_caption(frame, "WWWWWWWWWWWWWWWWWWWWWWWW", CaptionStyle(stroke_width=0))
    cols = np.nonzero(out.any(axis=(0, 2)))[0]
    assert cols.min() > 0 and cols.max() < 179
