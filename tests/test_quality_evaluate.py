"""The shipped feature network, its training, and `aigc-studio evaluate` end to end."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from safetensors import safe_open

from aigc_studio.gan.dataset import load_image_folder
from aigc_studio.gan.features import (
    METADATA_KEY,
    FeatureNetConfig,
    default_feature_net_path,
    extract_features,
    load_feature_net,
    train_feature_net,
)
from aigc_studio.gan.quality import RealFeatures, originality
from tests.images import make_face_like_images


def aigc(*args: str | Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AIGC_STUDIO_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "aigc_studio", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def test_shipped_feature_net_is_small_safetensors_with_its_config() -> None:
    path = default_feature_net_path()
    assert path.stat().st_size < 2_000_000
    with safe_open(str(path), framework="pt") as handle:
        config = json.loads(handle.metadata()[METADATA_KEY])
    assert config["format"] == "aigc-studio-feature-net" and config["input_size"] == 64
    assert "faces-train" in config["trained"]["data"]
    net = load_feature_net()
    parameters = sum(p.numel() for p in net.body.parameters())
    assert 100_000 < parameters < 300_000


def test_a_pickle_renamed_feature_net_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "net.safetensors"
    torch.save({"weights": torch.zeros(3)}, fake)  # a zip of pickles
    with pytest.raises(ValueError, match="net.safetensors"):
        load_feature_net(fake)


def test_features_have_fixed_length_at_any_resolution(tmp_path: Path) -> None:
    make_face_like_images(tmp_path, 6, size=128)
    net = load_feature_net()
    by_size = {
        size: extract_features(net, load_image_folder(tmp_path, size).images)
        for size in (32, 64, 128)
    }
    for features in by_size.values():
        assert features.shape == (6, 128) and features.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(features, axis=1), 128**0.5, rtol=1e-4)
    # The same picture at another resolution stays nearer to itself than to other faces.
    cross = np.linalg.norm(by_size[128][:, None] - by_size[64][None], axis=2)
    assert (cross.argmin(axis=1) == np.arange(6)).all()


def test_originality_finds_an_exact_training_copy_and_passes_a_far_image(tmp_path: Path) -> None:
    make_face_like_images(tmp_path / "train", 40, size=64, seed=1)
    folder = load_image_folder(tmp_path / "train", 64)
    net = load_feature_net()
    real = RealFeatures.from_features(extract_features(net, folder.images), folder.paths)
    noise = np.random.default_rng(0).integers(0, 256, (1, 3, 64, 64), dtype=np.uint8)
    samples = np.concatenate([folder.images[[17]], noise])
    result = originality(extract_features(net, samples), real)
    assert real.paths[result.nearest_index[0]].name == "img_017.png"
    assert result.distance[0] == pytest.approx(0, abs=1e-3)
    assert list(result.near_copy) == [True, False]


def test_feature_net_training_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    paths = make_face_like_images(tmp_path, 24, size=64)
    with open(tmp_path / "labels.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["filename", "eye_color", "face_shape"])
        writer.writerows([p.name, i % 5, (i // 5) % 5] for i, p in enumerate(paths))
    config = dict(epochs=2, batch=8, validation=8, widths=(8, 8, 16, 16), seed=4)
    first = train_feature_net(tmp_path, FeatureNetConfig(**config))
    second = train_feature_net(tmp_path, FeatureNetConfig(**config))
    other = train_feature_net(tmp_path, FeatureNetConfig(**{**config, "seed": 5}))
    weights = [net.body[0].weight for net in (first, second, other)]
    assert torch.equal(weights[0], weights[1]) and not torch.equal(weights[0], weights[2])
    assert set(first.config.trained["validation_accuracy"]) == {"eye_color", "face_shape"}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("evaluate")
    make_face_like_images(root / "data", 24, size=32)
    result = aigc(
        "train", root / "data", "--out", root / "run", "--steps", "5", "--batch", "8",
        "--resolution", "32", "--width", "8", "--device", "cpu", "--seed", "1",
        cache=root / "cache",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return root / "run" / "model.safetensors", root / "data"


def test_evaluate_prints_one_json_object(tiny_model: tuple[Path, Path], tmp_path: Path) -> None:
    model, data = tiny_model
    result = aigc("evaluate", model, data, "--samples", "16", "--seed", "2", cache=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for key in ("kid", "kid_std", "precision", "recall", "near_copies", "model_step"):
        assert key in report
    assert report["samples"] == 16 and report["real_images"] == 24
    assert report["model_step"] == 5 and report["feature_net"].startswith("feature-net")
    assert 0 <= report["precision"] <= 1 and 0 <= report["recall"] <= 1
    assert report["kid"] > 0  # five steps of training cannot match the data
    assert list(tmp_path.glob("real-features-*.safetensors")), "real features were not cached"
    again = aigc("evaluate", model, data, "--samples", "16", "--seed", "2", cache=tmp_path)
    assert json.loads(again.stdout)["kid"] == report["kid"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["/no/such/model.safetensors", "."], "file not found"),
        (["MODEL", "/no/such/folder"], "folder not found"),
        (["MODEL", "EMPTY"], "too few readable images"),
        (["MODEL", "DATA", "--samples", "0"], "must be at least 1"),
        (["MODEL", "DATA", "--samples", "1"], "at least 2"),
        (["NOT_A_MODEL", "DATA"], "not.safetensors"),
    ],
)
def test_evaluate_bad_input_fails_in_one_line(
    tiny_model: tuple[Path, Path], tmp_path: Path, args: list[str], message: str
) -> None:
    model, data = tiny_model
    (tmp_path / "empty").mkdir()
    Image.new("RGB", (8, 8)).save(tmp_path / "not.safetensors", format="PNG")
    names = {
        "MODEL": model,
        "DATA": data,
        "EMPTY": tmp_path / "empty",
        "NOT_A_MODEL": tmp_path / "not.safetensors",
    }
    result = aigc("evaluate", *[names.get(a, a) for a in args], cache=tmp_path / "cache")
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and result.stdout == ""
    assert message in lines[-1] and "Traceback" not in result.stderr, result.stderr


def test_evaluate_has_help(tmp_path: Path) -> None:
    result = aigc("evaluate", "--help", cache=tmp_path)
    assert result.returncode == 0 and "usage: aigc-studio evaluate" in result.stdout
    assert "--samples" in result.stdout
