"""Pictures onto frames: pasting, opacity and feathered edges, in integer math.

Frames are (height, width, 3) uint8. Blends run in 16-bit integers (or Pillow's masked
paste) on just the pixels that need them: an export draws 30 frames a second beside the
encoder on the same cores, so no whole frame is ever converted to floats.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
from PIL import Image


def feather_edges(
    rect: tuple[int, int, int, int], feather: int, width: int, height: int
) -> tuple[int, int, int, int]:
    """Feather widths (top, bottom, left, right) of a picture at rect (x, y, w, h): only
    edges inside the frame fade; one on the frame's border stays sharp."""
    x, y, w, h = rect
    return (
        feather if y > 0 else 0,
        feather if y + h < height else 0,
        feather if x > 0 else 0,
        feather if x + w < width else 0,
    )


def weight_of(opacity: float) -> np.uint16:
    """Opacity as a blend weight out of 256."""
    return np.uint16(round(min(max(opacity, 0.0), 1.0) * 256))


def mix_into(under: np.ndarray, over: np.ndarray, weight: np.ndarray | np.uint16) -> None:
    """under = under + (over - under) * weight / 256, in place, in 16-bit integers."""
    mixed = under.astype(np.uint16)
    mixed *= np.uint16(256) - weight
    mixed += over * weight
    mixed += np.uint16(128)
    mixed >>= 8
    under[...] = mixed


def paste(
    frame: np.ndarray,
    picture: np.ndarray,
    x: int,
    y: int,
    opacity: float = 1.0,
    alpha: np.ndarray | None = None,
) -> None:
    """Draw ``picture`` (h, w, 3) with its top-left corner at (x, y) over ``frame``, cut to
    the frame; ``alpha`` (h, w, 1) uint16 out of 256 is its coverage (None: opaque)."""
    height, width = frame.shape[:2]
    h, w = picture.shape[:2]
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, width), min(y + h, height)
    if x1 <= x0 or y1 <= y0:
        return
    part = (slice(y0 - y, y1 - y), slice(x0 - x, x1 - x))
    target = frame[y0:y1, x0:x1]
    if alpha is None and opacity >= 1.0:
        target[...] = picture[part]
        return
    weight = weight_of(opacity)
    if alpha is not None:  # coverage times opacity; 256 * 256 would overflow 16 bits
        weight = alpha[part] if weight == 256 else (alpha[part] * weight + np.uint16(128)) >> 8
    mix_into(target, picture[part], weight)


def draw_feathered(
    frame: np.ndarray,
    fill: Callable[[np.ndarray], None],
    rect: tuple[int, int, int, int],
    feather: int,
    opacity: float,
) -> None:
    """Draw a picture that ``fill`` writes into a (h, w, 3) array at ``rect`` (x, y, w, h),
    its edges inside the frame fading out over ``feather`` pixels.

    Opaque (every frame of a face over a background), the picture goes straight into the
    frame and only the feathered bands are blended; wholly inside the frame, ``fill``
    even writes into the frame itself.
    """
    height, width = frame.shape[:2]
    x, y, w, h = rect
    edges = feather_edges(rect, feather, width, height)
    mask = _feather_mask(h, w, edges) if any(edges) else None
    if opacity < 1.0:
        picture = np.empty((h, w, 3), dtype=np.uint8)
        fill(picture)
        paste(frame, picture, x, y, opacity, mask)
        return
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, width), min(y + h, height)
    if x1 <= x0 or y1 <= y0:
        return
    region = frame[y0:y1, x0:x1]
    picture = None
    if (x0, y0, x1, y1) != (x, y, x + w, y + h):  # partly outside (sliding in)
        picture = np.empty((h, w, 3), dtype=np.uint8)
        fill(picture)
        picture = picture[y0 - y : y1 - y, x0 - x : x1 - x]
    if mask is None:
        if picture is None:
            fill(region)
        else:
            region[...] = picture
        return
    # The feathered bands, in the region's own rows and columns.
    top, bottom, left, right = edges
    rows, columns = y1 - y0, x1 - x0
    first_row, first_column = y0 - y, x0 - x
    top = min(max(top - first_row, 0), rows)
    bottom = min(max(y1 - (y + h - bottom), 0), rows - top)
    left = min(max(left - first_column, 0), columns)
    right = min(max(x1 - (x + w - right), 0), columns - left)
    bands = [
        (slice(0, top), slice(None)),
        (slice(rows - bottom, rows), slice(None)),
        (slice(top, rows - bottom), slice(0, left)),
        (slice(top, rows - bottom), slice(columns - right, columns)),
    ]
    bands = [band for band in bands if region[band].size]
    under = [region[band].copy() for band in bands]
    if picture is None:
        fill(region)
    else:
        region[...] = picture
    coverage = _feather_mask_bytes(h, w, edges)[
        first_row : first_row + rows, first_column : first_column + columns
    ]
    for band, below in zip(bands, under, strict=True):
        # Pillow's masked paste: one pass, half the time of numpy's steps.
        image = Image.fromarray(below)
        image.paste(Image.fromarray(region[band]), (0, 0), Image.fromarray(coverage[band]))
        region[band] = np.asarray(image)


@lru_cache(maxsize=8)
def _feather_mask_bytes(h: int, w: int, edges: tuple[int, int, int, int]) -> np.ndarray:
    """_feather_mask as (h, w) uint8 out of 255, for Pillow."""
    mask = np.minimum(_feather_mask(h, w, edges)[:, :, 0], 255).astype(np.uint8)
    mask.setflags(write=False)
    return mask


@lru_cache(maxsize=8)
def _feather_mask(h: int, w: int, edges: tuple[int, int, int, int]) -> np.ndarray:
    """(h, w, 1) uint16 coverage out of 256: 256 inside, ramps over the feathered edges."""
    top, bottom, left, right = edges
    rows, columns = np.ones(h, np.float32), np.ones(w, np.float32)
    for line, start, end in ((rows, top, bottom), (columns, left, right)):
        if start:
            line[:start] = np.linspace(0.0, 1.0, start + 2, dtype=np.float32)[1:-1]
        if end:
            line[len(line) - end :] = np.linspace(1.0, 0.0, end + 2, dtype=np.float32)[1:-1]
    mask = np.rint(rows[:, None] * columns[None, :] * 256).astype(np.uint16)[:, :, None]
    mask.setflags(write=False)
    return mask
