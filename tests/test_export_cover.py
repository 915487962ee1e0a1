"""The cover image: the chosen frame with the title on top, as a JPEG beside the MP4."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from aigc_studio.media.cover import (
    cover_path,
    default_cover_time,
    write_cover,
    write_project_cover,
)
from aigc_studio.media.frames import neutral_background
from aigc_studio.media.timeline_render import frame_at
from tests.test_media_timeline import FakeModels, walk_project


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


def test_project_cover_is_the_timeline_frame_at_the_chosen_time(tmp_path):
    project = walk_project(duration=2.0, width=180, height=320, captions=False)
    project.name = ""  # no title: the cover is the frame itself
    models = FakeModels()
    out = write_project_cover(project, models.renderer_for, tmp_path / "short.mp4", 1.5)
    assert out == cover_path(tmp_path / "short.mp4") == tmp_path / "short.cover.jpg"
    cover = read_jpeg(out)
    at = {t: frame_at(project, t, models.renderer_for).astype(int) for t in (0.2, 1.5)}
    assert np.abs(cover - at[1.5]).mean() < 3
    assert np.abs(cover - at[0.2]).mean() > np.abs(cover - at[1.5]).mean() + 3

    big = write_project_cover(
        project, models.renderer_for, tmp_path / "big.mp4", size=(360, 640), time=99.0
    )
    with Image.open(big) as image:
        assert image.size == (360, 640)  # past the end: the last frame, no error


def test_default_cover_time_is_one_second_in_or_the_middle():
    assert default_cover_time(30.0) == 1.0
    assert default_cover_time(1.0) == pytest.approx(0.5)
    assert default_cover_time(0.0) == 0.0
