"""Caption presets, the safe area, real Chinese glyphs, and the karaoke highlight."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_studio.media.captions import (
    CAPTION_PRESETS,
    DEFAULT_STYLE,
    CaptionStyle,
    caption_overlay,
    draw_caption,
    karaoke_ink,
    style_for,
)
from aigc_studio.media.timeline_render import frame_at, iter_frames
from aigc_studio.project.model import CaptionClip, Project
from aigc_studio.project.sound_settings import CaptionSettings

W, H = 1080, 1920
GREY = 90
TWO_LINES = "Hello creators, this caption is long enough to need two lines"
SAFE_COLUMNS = (0.06 * W, 0.94 * W)  # the central 88 %
SAFE_ROWS = (0.12 * H, 0.82 * H)


def drawn(text: str, style: CaptionStyle, progress: float | None = None) -> np.ndarray:
    frame = np.full((H, W, 3), GREY, np.uint8)
    return draw_caption(frame, text, style, progress)


def ink_box(frame: np.ndarray) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of every pixel the caption changed."""
    changed = (frame != GREY).any(axis=2)
    rows, cols = np.nonzero(changed.any(axis=1))[0], np.nonzero(changed.any(axis=0))[0]
    assert rows.size, "nothing was drawn"
    return int(cols.min()), int(rows.min()), int(cols.max()) + 1, int(rows.max()) + 1


def near(frame: np.ndarray, colour: tuple[int, int, int], tolerance: int = 40) -> np.ndarray:
    return (np.abs(frame.astype(int) - colour) <= tolerance).all(axis=2)


def test_chinese_renders_glyphs_not_missing_glyph_boxes():
    style = CAPTION_PRESETS["outline"]
    chinese = drawn("你好世界", style)
    missing = drawn("\ue000\ue001\ue002\ue003", style)  # private use: in no font
    assert np.abs(chinese.astype(int) - missing).mean() > 0.5  # over the whole frame
    # Each character is its own glyph: drawn alone, no two look alike, and none is the
    # box a missing character gets (all missing characters share that one box).
    alone = {ch: drawn(ch, style) for ch in "你好世界"}
    box = drawn("\ue000", style)
    np.testing.assert_array_equal(box, drawn("\ue001", style))  # so the check can fail
    for ch, frame in alone.items():
        assert np.abs(frame.astype(int) - box).sum() > 1000 * 255, ch
    pictures = list(alone.values())
    for i, a in enumerate(pictures):
        for b in pictures[i + 1 :]:
            assert np.abs(a.astype(int) - b).sum() > 1000 * 255


@pytest.mark.parametrize("name", sorted(CAPTION_PRESETS))
@pytest.mark.parametrize("text", [TWO_LINES, "今天我们来聊一聊人工智能，它会怎样改变短视频？"])
def test_each_preset_draws_inside_the_9_16_safe_area(name, text):
    left, top, right, bottom = ink_box(drawn(text, CAPTION_PRESETS[name]))
    assert SAFE_COLUMNS[0] <= left and right <= SAFE_COLUMNS[1], (left, right)
    assert SAFE_ROWS[0] <= top and bottom <= SAFE_ROWS[1], (top, bottom)
    assert right - left > 0.4 * W  # and it is a real caption, not a speck


def test_a_tall_caption_is_kept_inside_the_safe_area_too():
    style = CAPTION_PRESETS["outline"]
    text = "\n".join(["Line number one here"] * 4)
    left, top, right, bottom = ink_box(drawn(text, style))
    assert SAFE_ROWS[0] <= top and bottom <= SAFE_ROWS[1]


def test_the_presets_look_different():
    frames = {name: drawn(TWO_LINES, style) for name, style in CAPTION_PRESETS.items()}
    names = sorted(frames)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert np.abs(frames[a].astype(int) - frames[b]).mean() > 0.3, (a, b)
    assert near(frames["yellow"], (255, 221, 0), 10).sum() > 2000  # yellow text
    assert near(frames["outline"], (255, 221, 0), 10).sum() == 0
    # The box darkens a whole rectangle around the text, not just an outline.
    box_dark = (frames["box"].astype(int) < GREY - 20).all(axis=2).sum()
    outline_dark = (frames["outline"].astype(int) < GREY - 20).all(axis=2).sum()
    assert box_dark > 3 * outline_dark
    # Minimal: no hard black outline, a soft shadow (darker than the frame, never black).
    minimal = frames["minimal"].astype(int)
    assert (minimal < 15).all(axis=2).sum() == 0
    assert (minimal < GREY - 20).all(axis=2).sum() > 500
    # Top sits in the upper part of the frame, the others in the lower.
    assert ink_box(frames["top"])[3] < 0.4 * H
    assert all(ink_box(frames[n])[1] > 0.6 * H for n in names if n != "top")


def test_style_for_follows_the_project_settings():
    assert style_for(CaptionSettings()) == CAPTION_PRESETS["outline"] == DEFAULT_STYLE
    assert style_for(CaptionSettings(style="Yellow")) == CAPTION_PRESETS["yellow"]
    assert style_for(CaptionSettings(style="from-a-later-version")) == DEFAULT_STYLE
    narrow = style_for(CaptionSettings(style="box", max_chars_per_line=10))
    assert narrow.max_chars_per_line == 10 and narrow.box
    assert style_for(CaptionSettings(style="box")).max_chars_per_line == 24
    lines = caption_overlay(TWO_LINES, W, narrow).height
    assert lines > caption_overlay(TWO_LINES, W, CAPTION_PRESETS["box"]).height  # more lines
    wide = style_for(CaptionSettings(max_chars_per_line=80))  # still inside the width
    left, _, right, _ = ink_box(drawn(TWO_LINES + " " + TWO_LINES, wide))
    assert SAFE_COLUMNS[0] <= left and right <= SAFE_COLUMNS[1]


@pytest.mark.parametrize("name", ["outline", "yellow", "minimal"])
def test_karaoke_half_way_lights_the_first_half_only(name):
    style = CAPTION_PRESETS[name]
    text = "一二三四五六七八"  # one line, eight characters of equal width
    half = drawn(text, style, 0.5)
    left, top, right, bottom = ink_box(drawn(text, style))
    middle = (left + right) / 2
    lit = near(half, style.highlight)
    columns = np.nonzero(lit.any(axis=0))[0]
    assert lit.sum() > 1500
    assert columns.min() < left + 0.15 * (right - left)  # from the start...
    assert abs(columns.max() - middle) < 0.08 * (right - left)  # ...to about the middle
    plain = near(half, style.fill, 10)
    assert plain[:, int(middle) + 10 :].sum() > 1500  # the rest still in the text colour
    assert plain[:, : int(middle) - 10].sum() < 0.05 * plain[:, int(middle) + 10 :].sum()
    # Nothing lit before it starts, all of it by the end; the letters are the same.
    assert not near(drawn(text, style, 0.0), style.highlight, 10).any()
    assert near(drawn(text, style, 1.0), style.fill, 10).sum() < 50
    np.testing.assert_array_equal(drawn(text, style, 0.0), drawn(text, style))


def test_karaoke_wipes_line_by_line():
    style = DEFAULT_STYLE
    text = "一二三四五六七八九十\n甲乙丙丁戊己庚辛壬癸"  # two lines of ten
    frame = drawn(text, style, 0.75)
    lit = near(frame, style.highlight)
    rows = np.nonzero(lit.any(axis=1))[0]
    _, top, _, bottom = ink_box(drawn(text, style))
    split = (top + bottom) // 2
    first, second = lit[:split], lit[split:]
    assert first.sum() > 0 and second.sum() > 0 and rows.max() > split
    # The first line is lit across; the second only its first half.
    assert np.nonzero(first.any(axis=0))[0].max() > np.nonzero(second.any(axis=0))[0].max() + 100


def test_karaoke_renders_the_caption_once_not_every_frame():
    style = CAPTION_PRESETS["box"]
    text = "Hello creators, karaoke time"
    karaoke_ink(text, W, style, 0.0)
    before = caption_overlay.cache_info().misses
    images = [np.asarray(karaoke_ink(text, W, style, p / 30)[0]) for p in range(31)]
    assert caption_overlay.cache_info().misses == before
    assert len({image.tobytes() for image in images}) > 15  # and it does move


def karaoke_project(karaoke: bool) -> Project:
    project = Project(name="k", width=180, height=320, fps=10)
    project.captions = CaptionSettings(style="outline", karaoke=karaoke)
    project.timeline.track("caption").clips.append(CaptionClip(0.0, 2.0, "一二三四五六七八"))
    return project


def test_timeline_captions_follow_the_project_style_and_karaoke():
    def renderer_for(_model):
        raise AssertionError("no walks here")

    highlight = DEFAULT_STYLE.highlight
    still = frame_at(karaoke_project(False), 1.0, renderer_for)
    assert not near(still, highlight, 30).any()
    sung = karaoke_project(True)
    early, late = (frame_at(sung, t, renderer_for) for t in (0.5, 1.5))
    assert near(late, highlight, 30).sum() > near(early, highlight, 30).sum() > 10
    # The project's preset is used: yellow text without karaoke.
    yellow = karaoke_project(False)
    yellow.captions = CaptionSettings(style="yellow")
    assert near(frame_at(yellow, 1.0, renderer_for), (255, 221, 0), 30).sum() > 20
    # The export's frames (iter_frames) are the preview's (frame_at), karaoke included.
    for index, frame in enumerate(iter_frames(sung, renderer_for)):
        np.testing.assert_array_equal(frame, frame_at(sung, index / 10, renderer_for))
