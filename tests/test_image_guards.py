"""Training images that claim huge dimensions (decompression bombs) are refused from their
header with a message, never decoded, and the run goes on with the other images."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageFile

import aigc_studio
import aigc_studio.media.sources  # noqa: F401 - imported so the last test sees its effects
from aigc_studio.gan.dataset import load_image_folder
from aigc_studio.gan.train import TrainConfig, train
from aigc_studio.progress import SilentReporter
from tests.images import make_face_like_images

PILLOW_BOMB = "too large: over Pillow's decompression-bomb limit"


def png_claiming(width: int, height: int) -> bytes:
    """A valid-looking 8-bit RGB PNG of a few dozen bytes whose header claims width x height."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 16)  # a tiny stream, nowhere near what the header claims
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def spy_on_decoding(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The size of every image whose pixels were loaded (Pillow decodes in load())."""
    loaded: list[tuple[int, int]] = []
    for cls in (Image.Image, ImageFile.ImageFile):
        original = cls.load

        def spy(self, _original=original):
            loaded.append(self.size)
            return _original(self)

        monkeypatch.setattr(cls, "load", spy)
    return loaded


@pytest.mark.parametrize(
    ("width", "height", "reason"),
    [
        (60_000, 60_000, PILLOW_BOMB),  # 3.6 gigapixels: Pillow's error
        (10_000, 9_000, PILLOW_BOMB),  # 90 MP: Pillow's warning refuses it too
        (8_000, 8_000, "too large: 8000x8000 pixels (the limit is 50 megapixels and 16384 px "
         "a side)"),  # under Pillow's limit, over ours
        (20_000, 8, "too large: 20000x8 pixels (the limit is 50 megapixels and 16384 px a side)"),
    ],
)  # fmt: skip
def test_a_huge_png_is_skipped_with_its_reason_and_never_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int, height: int, reason: str
) -> None:
    (tmp_path / "bomb.png").write_bytes(png_claiming(width, height))
    Image.new("RGB", (1, 1), (200, 30, 40)).save(tmp_path / "real.png")
    if reason == PILLOW_BOMB:  # the crafted header is read as it claims ...
        with pytest.raises((Image.DecompressionBombError, Image.DecompressionBombWarning)):
            Image.open(tmp_path / "bomb.png")
    else:
        with Image.open(tmp_path / "bomb.png") as opened:
            assert opened.size == (width, height)
    loaded = spy_on_decoding(monkeypatch)

    folder = load_image_folder(tmp_path, resolution=8)

    assert [path.name for path in folder.paths] == ["real.png"]
    assert folder.images.shape == (1, 3, 8, 8)
    assert tuple(folder.images[0, :, 4, 4]) == (200, 30, 40)
    assert folder.skipped == [(tmp_path / "bomb.png", reason)]
    assert folder.skipped_summary() == f"skipped 1 file(s): bomb.png ({reason})"
    assert (1, 1) in loaded  # the spy sees decoding ...
    assert (width, height) not in loaded  # ... and the bomb was never decoded


def test_training_goes_on_without_the_bomb_and_says_it_was_skipped(tmp_path: Path) -> None:
    make_face_like_images(tmp_path / "data", 6)
    (tmp_path / "data" / "bomb.png").write_bytes(png_claiming(60_000, 60_000))
    config = TrainConfig(
        tmp_path / "data", tmp_path / "run", steps=2, batch=2, resolution=32,
        generator_width=8, discriminator_width=8, device="cpu", quality_samples=0, threads=1,
    )  # fmt: skip

    updates = list(train(config, SilentReporter()))

    assert updates[0].message == f"skipped 1 file(s): bomb.png ({PILLOW_BOMB})"
    assert updates[0].skipped == [str(tmp_path / "data" / "bomb.png")]
    assert updates[-1].step == 2 and "Finished" in updates[-1].message


def test_pillow_decompression_bomb_guard_is_never_turned_off() -> None:
    assignment = re.compile(r"MAX_IMAGE_PIXELS\s*=\s*None")
    package = Path(aigc_studio.__file__).parent
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if assignment.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert Image.MAX_IMAGE_PIXELS is not None  # with training and media imported (above)
