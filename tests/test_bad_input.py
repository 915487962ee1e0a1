"""Bad images are skipped with one warning naming them; training goes on with the rest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image

from aigc_studio.gan.dataset import load_image_folder
from tests.images import make_face_like_images


def make_bad_files(folder: Path) -> list[str]:
    good_jpeg = folder / "source.jpg"
    Image.new("RGB", (64, 64), (200, 30, 30)).save(good_jpeg, quality=90)
    data = good_jpeg.read_bytes()
    good_jpeg.unlink()
    (folder / "truncated.jpg").write_bytes(data[: len(data) // 2])
    (folder / "notes.png").write_text("this is not an image", encoding="utf-8")
    (folder / "empty.webp").write_bytes(b"")
    return ["truncated.jpg", "notes.png", "empty.webp"]


def test_training_skips_and_reports_bad_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_face_like_images(data, 6)
    bad = make_bad_files(data)
    result = subprocess.run(
        [sys.executable, "-m", "aigc_studio", "train", str(data), "--out", str(tmp_path / "run"),
         "--steps", "2", "--batch", "4", "--resolution", "32", "--width", "8", "--device", "cpu"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, result.stderr
    assert "skipped 3" in warnings[0] and all(name in warnings[0] for name in bad)
    assert (tmp_path / "run" / "model.safetensors").is_file()


def test_loader_normalises_awkward_formats(tmp_path: Path) -> None:
    Image.new("L", (40, 30), 128).save(tmp_path / "gray.png")
    Image.new("CMYK", (30, 40), (0, 255, 0, 0)).save(tmp_path / "cmyk.jpg")
    Image.fromarray(np.full((32, 32), 40000, dtype=np.uint16)).save(tmp_path / "deep.png")
    Image.new("RGBA", (32, 32), (255, 0, 0, 0)).save(tmp_path / "clear.png")
    wide = Image.new("RGB", (60, 20), (0, 0, 255))
    wide.paste((255, 255, 0), (0, 0, 30, 20))  # left half yellow
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: viewers rotate it 90 degrees clockwise
    wide.save(tmp_path / "rotated.jpg", exif=exif, quality=95)

    folder = load_image_folder(tmp_path, resolution=32)

    assert not folder.skipped and folder.images.shape == (5, 3, 32, 32)
    by_name = {p.name: folder.images[i].transpose(1, 2, 0) for i, p in enumerate(folder.paths)}
    assert abs(int(by_name["gray.png"][16, 16, 0]) - 128) <= 1
    assert by_name["cmyk.jpg"][16, 16, 1] < 80 and by_name["cmyk.jpg"][16, 16, 0] > 200  # magenta
    assert by_name["deep.png"][16, 16, 0] > 120, "16-bit image was clipped instead of scaled"
    assert by_name["clear.png"].min() > 250, "transparent pixels should become white"
    rotated = by_name["rotated.jpg"].astype(int)  # upright: yellow on top, blue below
    assert rotated[4, 16, 0] > 200 and rotated[28, 16, 2] > 200 and rotated[28, 16, 0] < 60
