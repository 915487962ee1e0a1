"""Frame composition: the face fills the width above the middle, over its own blurred glow."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_studio.media.frames import compose_face, face_rect, neutral_background


def red_face(resolution: int = 64) -> np.ndarray:
    face = np.full((resolution, resolution, 3), (200, 40, 40), np.uint8)
    face[resolution // 3, resolution // 3] = (255, 255, 255)
    return face


@pytest.mark.parametrize("resolution", [32, 64, 128])
def test_face_fills_the_width_slightly_above_the_middle(resolution):
    frame = compose_face(red_face(resolution), 1080, 1920)
    assert frame.shape == (1920, 1080, 3) and frame.dtype == np.uint8
    left, top, side = face_rect(1080, 1920)
    assert (left, side) == (0, 1080)
    assert top + side / 2 < 1920 / 2  # above the middle
    assert top + side < 0.72 * 1920  # leaves the caption area free
    centre = frame[top + side // 2, side // 2].astype(int)
    assert np.abs(centre - (200, 40, 40)).max() <= 3


def test_background_is_a_dim_glow_of_the_face_not_black_bars():
    frame = compose_face(red_face(), 180, 320)
    left, top, side = face_rect(180, 320)
    above = frame[: top - 4].reshape(-1, 3).astype(float)
    below = frame[top + side + 4 :].reshape(-1, 3).astype(float)
    for band in (above, below):
        mean = band.mean(axis=0)
        assert mean[0] > 30  # lit, not letterboxed black
        assert mean[0] > 2 * mean[1]  # tinted by the red face
        assert mean[0] < 200 * 0.8  # darker than the face, so the face stands out


def test_other_aspect_ratios_keep_the_face_inside_the_frame():
    for width, height in ((1920, 1080), (100, 100), (182, 320)):
        frame = compose_face(red_face(), width, height)
        assert frame.shape == (height, width, 3)
        left, top, side = face_rect(width, height)
        assert 0 <= left and left + side <= width and 0 <= top and top + side <= height


def test_wrong_face_shape_is_refused():
    with pytest.raises(ValueError):
        compose_face(np.zeros((64, 64), np.uint8))


def test_neutral_background_is_a_soft_gradient_copy():
    a = neutral_background(180, 320)
    a[:] = 0  # callers draw on it; the cached original must not change
    b = neutral_background(180, 320)
    assert b.mean() > 15 and b[0].mean() != b[-1].mean()
