"""The cover image: the chosen frame with the title on top, as a JPEG beside the MP4."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from aigc_studio.media.cover import (
    default_cover_time,
    write_cover,
)
from aigc_studio.media.frames import neutral_background


def read_jpeg(path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB")).astype(int)


def test_cover_has_the_title_in_the_upper_part_and_the_frame_elsewhere(tmp_path):
    frame = neutral_background(360, 640)
    out = write_cover(frame, "清晨的脸 Morning faces", tmp_path / "s.cover.jpg")
    assert out == tmp_path / "s.cover.jpg" and sorted(tmp_path.iterdir()) == [out]
    with Image.open(out) as image:
        assert (image.format, image.size) == ("JPEG", (360, 640))
        assert "comment" not in image.info
    cover = read_jpeg(out)
    upper, lower = slice(60, 200), slice(300, 640)
    assert np.abs(cover[upper] - frame[upper]).mean() > 15  # the title, in big letters
    assert np.abs(cover[lower] - frame[lower]).mean() < 2  # the picture, as a JPEG keeps it
    bright = (cover[upper] > 230).all(axis=2)  # white letters
    assert bright.mean() > 0.03

    untitled = read_jpeg(write_cover(frame, "  ", tmp_path / "u.cover.jpg"))
    assert np.abs(untitled - frame).mean() < 2


def test_a_labelled_cover_shows_the_mark_and_says_so_in_the_jpeg(tmp_path):
    frame = neutral_background(360, 640)
    out = write_cover(frame, "Title", tmp_path / "l.cover.jpg", ai_label_position="bottom-right")
    with Image.open(out) as image:
        assert b"AI-generated" in image.info["comment"]
    corner = read_jpeg(out)[560:640, 200:360]
    assert np.abs(corner - frame[560:640, 200:360]).mean() > 5


def test_default_cover_time_is_one_second_in_or_the_middle():
    assert default_cover_time(30.0) == 1.0
    assert default_cover_time(1.0) == pytest.approx(0.5)
    assert default_cover_time(0.0) == 0.0
