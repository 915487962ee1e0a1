"""Compose a small generated face into a full vertical video frame.

The face (R x R, R = 32..128) is upscaled to a square as wide as the frame, a little above
the middle, over a blurred, darkened, enlarged copy of itself, so the frame looks like a
finished short instead of a letterboxed thumbnail. Every export frame goes through here,
so the work is kept cheap: the background is built at 1/16 resolution, only the rows the
face does not cover are upscaled, and the smooth filters (bicubic for the face, bilinear
for the background) run at half the output size, followed by pixel doubling.

The same pieces serve other layers (media/layers.py): ``backdrop`` gives any picture shown
whole that blurred glow, ``upscale_into`` enlarges a face into part of a frame, and
``shade_around`` casts a face's soft shadow on a background image under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageFilter

from aigc_studio.translation import tr


@dataclass(frozen=True)
class FrameLayout:
    face_width: float = 1.0  # face square side as a fraction of min(frame width, height)
    face_center_y: float = 0.42  # face centre as a fraction of frame height (above middle)
    feather: float = 0.04  # soft edge at the face's top and bottom, fraction of the side
    background_dim: float = 0.45  # brightness of the blurred background (1 = as bright)
    shadow: float = 0.45  # how dark the soft shadow around the face gets (0 = none)
    background_scale: int = 16  # background is built at 1/scale of the frame size


DEFAULT_LAYOUT = FrameLayout()


def face_rect(
    width: int, height: int, layout: FrameLayout = DEFAULT_LAYOUT
) -> tuple[int, int, int]:
    """(left, top, side) of the face square in a width x height frame."""
    side = max(2, int(round(min(width, height) * layout.face_width)))
    side = min(side, width, height)
    left = (width - side) // 2
    top = int(round(height * layout.face_center_y - side / 2))
    top = min(max(top, 0), height - side)
    return left, top, side


def compose_face(
    face: np.ndarray, width: int = 1080, height: int = 1920, layout: FrameLayout = DEFAULT_LAYOUT
) -> np.ndarray:
    """A (height, width, 3) uint8 frame showing ``face`` (R, R, 3) uint8."""
    face = np.ascontiguousarray(face, dtype=np.uint8)
    if face.ndim != 3 or face.shape[2] != 3:
        raise ValueError(
            tr("face must be (R, R, 3) uint8, got shape {shape}").format(shape=face.shape)
        )
    left, top, side = face_rect(width, height, layout)
    small = _background_small(face, width, height, (left, top, side, side), layout)
    frame = np.empty((height, width, 3), dtype=np.uint8)
    feather = max(1, int(side * layout.feather))
    bottom = top + side
    if side < width:
        _upscale_rows_into(small, frame, 0, height)
    else:  # portrait: the face covers whole rows, so only the bands around it are needed
        if top > 0:
            _upscale_rows_into(small, frame, 0, top + feather)
        if bottom < height:
            _upscale_rows_into(small, frame, bottom - feather, height)
    background_top = frame[top : top + feather].copy()
    background_bottom = frame[bottom - feather : bottom].copy()
    half = Image.fromarray(face).resize(half_size(side, side), Image.Resampling.BICUBIC)
    double_into(np.asarray(half), frame[top:bottom, left : left + side])
    ramp = np.linspace(0.0, 1.0, feather + 2, dtype=np.float32)[1:-1, None, None]
    if top > 0:
        _blend_rows(frame[top : top + feather], background_top, ramp)
    if bottom < height:
        _blend_rows(frame[bottom - feather : bottom], background_bottom, ramp[::-1])
    return frame


def backdrop(
    picture: np.ndarray,
    width: int,
    height: int,
    rect: tuple[int, int, int, int],
    layout: FrameLayout = DEFAULT_LAYOUT,
) -> np.ndarray:
    """A (height, width, 3) frame of ``picture`` enlarged to cover it, blurred and dimmed,
    darker around ``rect`` (left, top, width, height), where the sharp picture will sit:
    compose_face's background, for any picture (an image or video shown with fit)."""
    picture = np.ascontiguousarray(picture, dtype=np.uint8)
    small = _background_small(picture, width, height, rect, layout)
    frame = np.empty((height, width, 3), dtype=np.uint8)
    _upscale_rows_into(small, frame, 0, height)
    return frame


def upscale_into(
    picture: np.ndarray, box: tuple[float, float, float, float], out: np.ndarray
) -> None:
    """The ``box`` (left, top, right, bottom) of a small picture (a face), enlarged smoothly
    to fill ``out``: bicubic at half size, then pixel doubling, as compose_face draws it."""
    height, width = out.shape[:2]
    image = Image.fromarray(np.ascontiguousarray(picture, dtype=np.uint8))
    half = image.resize(half_size(width, height), Image.Resampling.BICUBIC, box=box)
    double_into(np.asarray(half), out)


def shade_around(
    frame: np.ndarray,
    rect: tuple[int, int, int, int],
    strength: float = 1.0,
    layout: FrameLayout = DEFAULT_LAYOUT,
    rows: Sequence[tuple[int, int]] | None = None,
) -> None:
    """Darken ``frame`` (in place) close to ``rect`` (left, top, width, height): the soft
    shadow compose_face casts, without its overall dimming, for a face over another layer.
    ``rows`` limits the work to those (start, stop) row ranges (the rest will be covered)."""
    height, width = frame.shape[:2]
    light = _shadow(width, height, rect, strength, layout)
    for start, stop in rows if rows is not None else ((0, height),):
        band = frame[start:stop].reshape(stop - start, width * 3)  # rows are contiguous
        band[...] = (band * light[start:stop] + np.uint16(128)) >> 8


@lru_cache(maxsize=2)
def _shadow(
    width: int,
    height: int,
    rect: tuple[int, int, int, int],
    strength: float,
    layout: FrameLayout,
) -> np.ndarray:
    """Brightness out of 256 for shade_around, uint16, one value per row and byte of a
    frame (height, width * 3), or per row (height, 1) where rows are evenly lit (a face as
    wide as the frame): numpy multiplies a whole row by one number ten times faster than
    it broadcasts a value over each pixel's three bytes. Built small, enlarged smoothly,
    and kept, since a walk casts the same shadow on every frame."""
    scale = layout.background_scale
    sw, sh = max(2, -(-width // scale)), max(2, -(-height // scale))
    left, top, w, h = rect
    ys = (np.arange(sh, dtype=np.float32) + 0.5) * (height / sh)
    xs = (np.arange(sw, dtype=np.float32) + 0.5) * (width / sw)
    dy = np.maximum(np.maximum(top - ys, ys - (top + h)), 0.0)[:, None]
    dx = np.maximum(np.maximum(left - xs, xs - (left + w)), 0.0)[None, :]
    reach = max(width, height) * 0.06
    light = 1.0 - layout.shadow * strength * np.exp(-np.sqrt(dx**2 + dy**2) / reach)
    small = Image.fromarray(np.clip(light * 256, 0, 255).astype(np.uint8))
    full = np.asarray(small.resize((width, height), Image.Resampling.BILINEAR), np.uint16)
    if (full == full[:, :1]).all():
        light = np.ascontiguousarray(full[:, :1])
    else:
        light = np.repeat(full, 3, axis=1)
    light.setflags(write=False)
    return light


def neutral_background(width: int = 1080, height: int = 1920) -> np.ndarray:
    """A calm dark gradient for moments with no generated clip (a copy, safe to draw on)."""
    return _neutral_background(width, height).copy()


@lru_cache(maxsize=4)
def _neutral_background(width: int, height: int) -> np.ndarray:
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    x = np.linspace(-1.0, 1.0, width, dtype=np.float32)[None, :, None]
    top = np.array([38, 34, 66], dtype=np.float32)  # dusk violet
    bottom = np.array([14, 40, 52], dtype=np.float32)  # deep teal
    colour = top + (bottom - top) * y
    vignette = 1.0 - 0.25 * (x**2) - 0.2 * (2 * y - 1) ** 2
    frame = np.clip(colour * vignette, 0, 255).astype(np.uint8)
    frame.setflags(write=False)
    return frame


def half_size(width: int, height: int) -> tuple[int, int]:
    """(width, height) halved, rounded up: the size the smooth filters run at."""
    return max(1, -(-width // 2)), max(1, -(-height // 2))


def double_into(half: np.ndarray, out: np.ndarray) -> None:
    """The last 2x of an upscale, by pixel doubling, written straight into ``out``.

    The smooth filter runs at half size, where it costs a quarter, and only a quarter of
    the pixels go from Pillow to numpy (that copy costs as much as the filter). Doubling a
    picture that is already smooth at that scale (a 64 px face is ~8 px per source pixel
    there) moves each pixel by at most a few levels, which the encoder's smoothing hides.
    """
    height, width = out.shape[:2]
    rows = half.shape[0]
    columns = _doubled_columns(half.shape[1], width)
    wide = np.take(half.reshape(rows, -1), columns, axis=1).reshape(rows, width, 3)
    out[0::2] = wide[: (height + 1) // 2]
    out[1::2] = wide[: height // 2]


@lru_cache(maxsize=16)
def _doubled_columns(half_width: int, width: int) -> np.ndarray:
    """Byte indices that repeat each RGB pixel of a row twice (np.take beats np.repeat)."""
    pixel = np.minimum(np.arange(width) // 2, half_width - 1)
    return (pixel[:, None] * 3 + np.arange(3)).ravel()


def _background_small(
    picture: np.ndarray,
    width: int,
    height: int,
    rect: tuple[int, int, int, int],
    layout: FrameLayout,
) -> Image.Image:
    """The background at 1/scale size: the picture enlarged to cover the frame, blurred,
    darkened, with a soft shadow around where the sharp picture will sit."""
    scale = layout.background_scale
    sw, sh = max(2, -(-width // scale)), max(2, -(-height // scale))
    ph, pw = picture.shape[:2]
    # Cover the frame's aspect with the picture: crop its middle (columns, for a face).
    aspect = sw / sh
    crop_w = min(pw, max(1.0, ph * aspect))
    crop_h = min(ph, max(1.0, pw / aspect))
    box = ((pw - crop_w) / 2, (ph - crop_h) / 2, (pw + crop_w) / 2, (ph + crop_h) / 2)
    image = Image.fromarray(picture).resize((sw, sh), Image.Resampling.BILINEAR, box=box)
    image = image.filter(ImageFilter.GaussianBlur(radius=max(sw, sh) / 24))
    pixels = np.asarray(image, dtype=np.float32)
    pixels *= _lighting(sw, sh, width, height, rect, layout)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


@lru_cache(maxsize=8)
def _lighting(
    sw: int,
    sh: int,
    width: int,
    height: int,
    rect: tuple[int, int, int, int],
    layout: FrameLayout,
) -> np.ndarray:
    """(sh, sw, 1) brightness: dimmed, and darker still close to the picture (a soft shadow)."""
    left, top, w, h = rect
    ys = (np.arange(sh, dtype=np.float32) + 0.5) * (height / sh)
    xs = (np.arange(sw, dtype=np.float32) + 0.5) * (width / sw)
    dy = np.maximum(np.maximum(top - ys, ys - (top + h)), 0.0)[:, None]
    dx = np.maximum(np.maximum(left - xs, xs - (left + w)), 0.0)[None, :]
    distance = np.sqrt(dx**2 + dy**2)
    reach = max(width, height) * 0.06
    light = layout.background_dim * (1.0 - layout.shadow * np.exp(-distance / reach))
    light = light[:, :, None].astype(np.float32)
    light.setflags(write=False)
    return light


def _upscale_rows_into(small: Image.Image, frame: np.ndarray, y0: int, y1: int) -> None:
    """Fill frame rows y0..y1 with the background upscaled to the full frame."""
    height, width = frame.shape[:2]
    rows_per_pixel = small.height / height
    box = (0.0, y0 * rows_per_pixel, small.width, y1 * rows_per_pixel)
    half = small.resize(half_size(width, y1 - y0), Image.Resampling.BILINEAR, box=box)
    double_into(np.asarray(half), frame[y0:y1])


def _blend_rows(rows: np.ndarray, background: np.ndarray, alpha: np.ndarray) -> None:
    """rows = alpha * rows + (1 - alpha) * background, in place."""
    base = background.astype(np.float32)
    mixed = base + alpha * (rows.astype(np.float32) - base)
    rows[:] = np.clip(mixed + 0.5, 0, 255).astype(np.uint8)
