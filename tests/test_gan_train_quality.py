"""The quality metric is measured while training, at checkpoints, into quality.csv."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from aigc_studio.gan.train import TrainConfig, train
from aigc_studio.progress import SilentReporter
from tests.images import make_face_like_images


def tiny_config(tmp_path: Path, **overrides: object) -> TrainConfig:
    make_face_like_images(tmp_path / "data", 12)
    settings = dict(
        steps=4, batch=4, resolution=32, generator_width=8, discriminator_width=8,
        device="cpu", checkpoint_every=2, log_every=1, quality_samples=32,
    )  # fmt: skip
    settings.update(overrides)
    return TrainConfig(tmp_path / "data", tmp_path / "run", **settings)  # type: ignore[arg-type]


def test_quality_is_logged_at_checkpoints_and_at_the_end(tmp_path: Path) -> None:
    updates = list(train(tiny_config(tmp_path), SilentReporter()))
    measured = [u for u in updates if u.quality]
    assert [u.step for u in measured] == [2, 4]
    final = updates[-1].quality
    assert final is not None and np.isfinite(final["kid"]) and 0 <= final["precision"] <= 1
    with open(tmp_path / "run" / "quality.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["step"]) for r in rows] == [2, 4]
    assert float(rows[-1]["kid"]) == round(final["kid"], 5)


def test_quality_check_can_be_turned_off(tmp_path: Path) -> None:
    updates = list(train(tiny_config(tmp_path, quality_samples=0), SilentReporter()))
    assert not any(u.quality for u in updates)
    assert not (tmp_path / "run" / "quality.csv").exists()


def test_measuring_does_not_change_the_training(tmp_path: Path) -> None:
    from safetensors.torch import load_file

    list(train(tiny_config(tmp_path / "a", quality_samples=0), SilentReporter()))
    list(train(tiny_config(tmp_path / "b", quality_samples=32), SilentReporter()))
    a = load_file(str(tmp_path / "a" / "run" / "model.safetensors"))
    b = load_file(str(tmp_path / "b" / "run" / "model.safetensors"))
    assert all(bool((a[k] == b[k]).all()) for k in a), "the metric disturbed the run's RNG"
