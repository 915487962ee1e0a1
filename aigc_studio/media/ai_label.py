"""The visible AI-content label: "AI生成 / AI-generated" in a corner of every frame.

Drawn with the bundled caption font on a small semi-transparent box, scaled to the frame
width, in a corner outside the caption safe area (captions sit around 0.70..0.80 of the
height). The overlay is rendered once per frame size and blended with numpy per frame.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

from aigc_studio.media.captions import load_font

LABEL_TEXT = "AI生成 / AI-generated"


@lru_cache(maxsize=8)
def _overlay(frame_width: int) -> tuple[np.ndarray, np.ndarray]:
    """(rgb, alpha) arrays of the label for a frame ``frame_width`` pixels wide."""
    size = max(8, round(frame_width * 0.028))
    pad = max(2, size // 3)
    font = load_font(size)
    x0, y0, x1, y1 = font.getbbox(LABEL_TEXT)
    width, height = x1 - x0 + 2 * pad, y1 - y0 + 2 * pad
    image = Image.new("RGBA", (width, height), (0, 0, 0, 110))  # ~43 % black box
    ImageDraw.Draw(image).text((pad - x0, pad - y0), LABEL_TEXT, font=font, fill=(255,) * 4)
    array = np.asarray(image, dtype=np.float32)
    return array[..., :3], array[..., 3:] / 255.0


def label_box(frame_width: int, frame_height: int, position: str) -> tuple[int, int, int, int]:
    """(left, top, width, height) of the label in a frame of that size."""
    rgb, _ = _overlay(frame_width)
    height, width = rgb.shape[:2]
    margin = max(2, round(frame_width * 0.03))
    left = margin if position.endswith("left") else frame_width - width - margin
    # Bottom corners stay below the caption band (which ends near 0.80 of the height).
    top = margin if position.startswith("top") else frame_height - height - margin * 3
    return max(0, left), max(0, top), min(width, frame_width), min(height, frame_height)


def draw_ai_label(frame: np.ndarray, position: str = "top-left") -> np.ndarray:
    """``frame`` (H, W, 3) uint8 with the label drawn in ``position`` (in place; returned)."""
    frame_height, frame_width = frame.shape[:2]
    rgb, alpha = _overlay(frame_width)
    left, top, width, height = label_box(frame_width, frame_height, position)
    region = frame[top : top + height, left : left + width]
    src, a = rgb[: region.shape[0], : region.shape[1]], alpha[: region.shape[0], : region.shape[1]]
    region[...] = (region * (1.0 - a) + src * a + 0.5).astype(np.uint8)
    return frame
