"""The run's image cache: decode once, reuse on resume, rebuild when the folder changes."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.gan import dataset
from aigc_studio.gan.dataset_cache import load_image_folder_cached
from tests.images import make_face_like_images


def test_second_load_reads_the_cache_without_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_face_like_images(tmp_path / "data", 6)
    (tmp_path / "data" / "broken.png").write_text("not an image", encoding="utf-8")
    cache = tmp_path / "run" / "dataset-cache.safetensors"
    first, from_cache = load_image_folder_cached(tmp_path / "data", 32, cache)
    assert not from_cache and cache.is_file()

    def no_decoding(*args: object) -> np.ndarray:
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(dataset, "load_square_rgb", no_decoding)
    second, from_cache = load_image_folder_cached(tmp_path / "data", 32, cache)
    assert from_cache
    assert np.array_equal(first.images, second.images)
    assert [p.name for p in second.paths] == [p.name for p in first.paths]
    assert [p.name for p, _ in second.skipped] == ["broken.png"]  # still reported


def test_changed_folder_or_size_rebuilds(tmp_path: Path) -> None:
    paths = make_face_like_images(tmp_path / "data", 4)
    cache = tmp_path / "run" / "dataset-cache.safetensors"
    load_image_folder_cached(tmp_path / "data", 32, cache)
    _, from_cache = load_image_folder_cached(tmp_path / "data", 64, cache)
    assert not from_cache, "a different resolution must not reuse the cache"
    make_face_like_images(tmp_path / "extra", 1)
    os.replace(tmp_path / "extra" / "img_000.png", tmp_path / "data" / "new.png")
    data, from_cache = load_image_folder_cached(tmp_path / "data", 64, cache)
    assert not from_cache and len(data) == 5
    paths[0].unlink()
    data, from_cache = load_image_folder_cached(tmp_path / "data", 64, cache)
    assert not from_cache and len(data) == 4


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    make_face_like_images(tmp_path / "data", 3)
    cache = tmp_path / "run" / "dataset-cache.safetensors"
    load_image_folder_cached(tmp_path / "data", 32, cache)
    cache.write_bytes(cache.read_bytes()[:50])
    data, from_cache = load_image_folder_cached(tmp_path / "data", 32, cache)
    assert not from_cache and len(data) == 3
