"""Read a creator's folder of images into one training tensor, skipping what can't be read.

Every image is converted to RGB (alpha composited on white, palette/CMYK/16-bit/grayscale
converted), turned upright by its EXIF orientation, centre-cropped to a square and resized.
Files that cannot be decoded are collected, not raised, so one bad file never stops a run.
Huge pictures (decompression bombs: a few KB that claim billions of pixels) are refused
from their header, before a single pixel is decoded; Pillow's own guard stays on as well.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from aigc_studio.progress import Reporter, SilentReporter, check_cancelled
from aigc_studio.translation import tr

IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".webp", ".bmp"})
# Pillow's decompression-bomb guard (Image.MAX_IMAGE_PIXELS, never turned off here): it
# warns above ~89 megapixels and refuses twice that; callers refusing the same way use this.
MAX_IMAGE_PIXELS = 89_478_485
# Training images larger than these are refused from the header alone: no photo a creator
# trains on comes near them, and decoding one would take gigabytes.
MAX_TRAINING_PIXELS = 50_000_000  # 50 megapixels
MAX_IMAGE_SIDE = 16_384  # pixels along either side


class ImageTooLargeError(ValueError):
    """The header claims more pixels than a training image may have; nothing was decoded."""


@dataclass
class ImageFolder:
    images: np.ndarray  # (N, 3, R, R) uint8; uint8 keeps 5,000 64 px faces at 61 MB
    paths: list[Path] = field(default_factory=list)  # source file of each image
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, why it was skipped)

    def __len__(self) -> int:
        return len(self.images)

    def skipped_summary(self) -> str:
        """One line naming every skipped file, for a single warning."""
        if not self.skipped:
            return ""
        listed = tr("; ").join(
            tr("{name} ({reason})").format(name=path.name, reason=reason)
            for path, reason in self.skipped
        )
        return tr("skipped {count} file(s): {files}").format(count=len(self.skipped), files=listed)


def list_image_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in IMAGE_EXTENSIONS
    )


def to_rgb(image: Image.Image) -> Image.Image:
    """Any Pillow mode to 8-bit RGB, transparency composited on white."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16/32-bit grayscale: scale to 8 bits rather than clipping at 255.
        array = np.asarray(image, dtype=np.float64)
        peak = max(float(array.max()), 1.0)
        scale = 255.0 / (65535.0 if peak > 255 else 255.0)
        image = Image.fromarray(np.clip(array * scale, 0, 255).astype(np.uint8))
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA"):
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, image.convert("RGBA")).convert("RGB")
    return image.convert("RGB")


def check_image_size(width: int, height: int) -> None:
    """Raise ImageTooLargeError for dimensions no training image needs."""
    if width * height > MAX_TRAINING_PIXELS or max(width, height) > MAX_IMAGE_SIDE:
        raise ImageTooLargeError(
            tr(
                "too large: {width}x{height} pixels (the limit is "
                "{megapixels} megapixels and {side} px a side)"
            ).format(
                width=width,
                height=height,
                megapixels=MAX_TRAINING_PIXELS // 1_000_000,
                side=MAX_IMAGE_SIDE,
            )
        )


def load_square_rgb(path: Path, resolution: int) -> np.ndarray:
    """One file to a (R, R, 3) uint8 array; raises on anything unreadable or too large."""
    with warnings.catch_warnings():
        # Pillow's bomb warning (above ~89 MP) refuses the file like its bomb error does.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(path) as opened:  # lazy: reads the header, decodes nothing
            check_image_size(opened.width, opened.height)
            opened.load()
            image = to_rgb(opened)
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    image = image.crop((left, top, left + side, top + side))
    if side != resolution:
        image = image.resize((resolution, resolution), Image.Resampling.LANCZOS, reducing_gap=3.0)
    return np.asarray(image, dtype=np.uint8)


def _reason(error: Exception) -> str:
    if isinstance(error, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        return tr("too large: over Pillow's decompression-bomb limit")
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if "cannot identify image file" in text:
        return tr("not an image")
    return text[:80]


def load_image_folder(
    folder: str | Path, resolution: int, reporter: Reporter | None = None
) -> ImageFolder:
    reporter = reporter or SilentReporter()
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(tr("image folder not found: {folder}").format(folder=folder))
    files = list_image_files(folder)
    arrays: list[np.ndarray] = []
    paths: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for index, path in enumerate(files):
        check_cancelled(reporter)
        try:
            arrays.append(load_square_rgb(path, resolution))
            paths.append(path)
        except (
            OSError,
            ValueError,
            SyntaxError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as error:
            skipped.append((path, _reason(error)))
        if index % 100 == 0:
            reporter.progress(
                index / max(len(files), 1),
                tr("Reading images {done}/{total}").format(done=index, total=len(files)),
            )
    if arrays:
        images = np.stack(arrays).transpose(0, 3, 1, 2).copy()
    else:
        images = np.zeros((0, 3, resolution, resolution), dtype=np.uint8)
    return ImageFolder(images=images, paths=paths, skipped=skipped)
