"""Checkpoints hold the whole run: resuming equals never having stopped, bit for bit."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.train import MODEL_FILE, TrainConfig, train
from aigc_studio.gan.train_state import STATE_FILE
from aigc_studio.progress import SilentReporter
from tests.images import make_face_like_images


def tiny(data: Path, out: Path, arch: str, steps: int, **extra: object) -> TrainConfig:
    settings: dict = dict(
        steps=steps, batch=4, resolution=32, generator_width=8, discriminator_width=8,
        device="cpu", seed=5, arch=arch, log_every=2,
    )  # fmt: skip
    return TrainConfig(data, out, **{**settings, **extra})


class CancelAfter:
    """Presses Cancel once training reports step ``steps``."""

    def __init__(self, steps: int) -> None:
        self.steps, self.pressed = steps, False

    def progress(self, fraction: float, message: str = "") -> None:
        self.pressed = self.pressed or message.startswith(f"Step {self.steps}/")

    def cancelled(self) -> bool:
        return self.pressed


@pytest.mark.parametrize("arch", ["recipe", "dcgan"])
def test_resume_equals_uninterrupted_training(tmp_path: Path, arch: str) -> None:
    data = tmp_path / "data"
    make_face_like_images(data, 12)
    straight, split = tmp_path / "straight", tmp_path / "split"
    list(train(tiny(data, straight, arch, 6), SilentReporter()))
    list(train(tiny(data, split, arch, 3), SilentReporter()))
    # Resume takes the run's own settings from its checkpoint: a different seed is ignored.
    resumed = list(train(tiny(data, split, arch, 6, resume=split, seed=99), SilentReporter()))

    assert resumed[0].step == 3 and "Resumed" in resumed[0].message
    assert resumed[-1].step == 6
    expected, actual = load_file(straight / STATE_FILE), load_file(split / STATE_FILE)
    assert expected.keys() == actual.keys()
    assert any(key.startswith("opt_d/") for key in expected)
    assert any(key.startswith("ema/") for key in expected) == (arch == "recipe")
    different = [key for key in expected if not torch.equal(expected[key], actual[key])]
    assert not different, different
    model_a, model_b = load_file(straight / MODEL_FILE), load_file(split / MODEL_FILE)
    assert all(torch.equal(model_a[key], model_b[key]) for key in model_a)
    steps = [line.split(",")[0] for line in (split / "metrics.csv").read_text().splitlines()]
    assert steps == ["step", "1", "2", "3", "4", "5", "6"]


def test_cancel_leaves_a_resumable_run(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_face_like_images(data, 12)
    run = tmp_path / "run"
    updates = list(train(tiny(data, run, "recipe", 50), CancelAfter(4)))
    assert updates[-1].step == 4 and "Cancelled" in updates[-1].message
    assert FaceGenerator(run / MODEL_FILE).config.step == 4
    updates = list(
        train(tiny(data, tmp_path / "elsewhere", "recipe", 6, resume=run), CancelAfter(99))
    )
    assert [updates[0].step, updates[-1].step] == [4, 6]
    assert (tmp_path / "elsewhere" / STATE_FILE).is_file()


def test_resume_without_checkpoint_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_face_like_images(data, 4)
    with pytest.raises(FileNotFoundError, match="no checkpoint to resume"):
        list(train(tiny(data, tmp_path / "run", "recipe", 2, resume=tmp_path), SilentReporter()))
