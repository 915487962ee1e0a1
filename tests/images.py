"""Small synthetic image folders for tests: coloured discs on plain backgrounds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw


def make_face_like_images(folder: Path, count: int, size: int = 32, seed: int = 0) -> list[Path]:
    """Write ``count`` PNGs: a coloured disc with two dark 'eyes' on a light background."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    paths = []
    for index in range(count):
        image = Image.new("RGB", (size, size), tuple(int(v) for v in rng.integers(180, 255, 3)))
        draw = ImageDraw.Draw(image)
        radius = size * rng.uniform(0.25, 0.4)
        centre = size / 2
        colour = tuple(int(v) for v in rng.integers(0, 200, 3))
        draw.ellipse(
            (centre - radius, centre - radius, centre + radius, centre + radius), fill=colour
        )
        for dx in (-radius / 2.5, radius / 2.5):
            draw.ellipse((centre + dx - 2, centre - 3, centre + dx + 2, centre + 1), fill=(0, 0, 0))
        path = folder / f"img_{index:03d}.png"
        image.save(path)
        paths.append(path)
    return paths
