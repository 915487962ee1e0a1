"""The features index: built deterministically, read back safely, and it finds copies."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.gan.dataset import load_image_folder
from aigc_studio.gan.features import default_feature_net_path, file_digest
from aigc_studio.gan.originality import (
    OriginalityChecker,
    build_index,
    index_path_for,
    load_index,
    main,
    save_index,
)
from aigc_studio.resources import default_model_path
from tests.images import make_face_like_images


@pytest.fixture(scope="module")
def train_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("train")
    make_face_like_images(folder, 30, size=64, seed=3)
    return folder


def test_cli_writes_the_same_file_twice_and_it_reads_back(train_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.features.safetensors", tmp_path / "b.features.safetensors"
    assert main([str(train_dir), "--out", str(first)]) == 0
    assert main([str(train_dir), "--out", str(second)]) == 0
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (first, second)]
    assert digest[0] == digest[1]
    index = load_index(first)
    assert index.names == [f"img_{i:03d}.png" for i in range(30)]
    assert index.features.shape == (30, 128) and index.features.dtype == np.float32
    assert index.feature_net == file_digest(default_feature_net_path())
    assert 0 < index.near_copy_threshold < np.linalg.norm(index.features[0] - index.features[1])


def test_checker_flags_a_training_image_and_passes_noise(train_dir: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.safetensors"
    model.write_bytes(b"")  # only its name matters here
    save_index(index_path_for(model), build_index(train_dir, 64))
    checker = OriginalityChecker.for_model(model)
    assert checker is not None
    images = load_image_folder(train_dir, 64).images  # (N, 3, R, R)
    noise = np.random.default_rng(0).integers(0, 256, (1, 64, 64, 3), dtype=np.uint8)
    copy, fresh = checker.check(images[[12]])[0], checker.check(noise)[0]
    assert copy.training_image == "img_012.png" and copy.near_copy
    assert copy.distance < 0.05 * copy.threshold  # float16 storage costs almost nothing
    assert not fresh.near_copy and fresh.distance > copy.threshold
    assert copy.warning().startswith("Very close to training image img_012.png (distance 0.0")


def test_no_index_means_no_checker_and_a_foreign_one_is_refused(
    train_dir: Path, tmp_path: Path
) -> None:
    model = tmp_path / "m.safetensors"
    assert OriginalityChecker.for_model(model) is None
    index = build_index(train_dir, 64)
    index.feature_net = "0123456789ab"  # made with another feature net: another space
    save_index(index_path_for(model), index)
    with pytest.raises(ValueError, match="another feature network"):
        OriginalityChecker.for_model(model)
    index_path_for(model).write_bytes(b"\x80\x04not safetensors at all")
    with pytest.raises(ValueError, match="not a features index"):
        load_index(index_path_for(model))


def test_shipped_index_covers_the_default_models_training_set() -> None:
    path = index_path_for(default_model_path())
    assert path.name == "default-faces-64.features.safetensors"
    assert path.stat().st_size < 2_000_000
    index = load_index(path)
    assert len(index.names) == 5000 and index.names[0] == "00000.png"
    assert index.resolution == 64 and 0.1 < index.near_copy_threshold < 2.0
    assert OriginalityChecker.for_model(default_model_path()) is not None  # same feature net
