"""The divergence guard: a NaN or a collapsed discriminator rolls the run back, and says so."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from aigc_studio.gan import losses
from aigc_studio.gan.guard import DivergedError, DivergenceGuard
from aigc_studio.gan.train import MODEL_FILE, TrainConfig, train
from aigc_studio.progress import SilentReporter
from tests.images import make_face_like_images


def poison_discriminator_loss(monkeypatch: pytest.MonkeyPatch, calls: set[int]) -> None:
    """Make D's loss NaN on the given (1-based) calls, as a poisoned batch would."""
    original = losses.discriminator_loss
    count = 0

    def poisoned(kind: str, real: torch.Tensor, fake: torch.Tensor) -> torch.Tensor:
        nonlocal count
        count += 1
        loss = original(kind, real, fake)
        return loss * float("nan") if count in calls else loss

    monkeypatch.setattr(losses, "discriminator_loss", poisoned)


def config(tmp_path: Path, **extra: object) -> TrainConfig:
    make_face_like_images(tmp_path / "data", 8)
    return TrainConfig(
        tmp_path / "data", tmp_path / "run", steps=10, batch=4, resolution=32,
        generator_width=8, discriminator_width=8, device="cpu", log_every=2, **extra,
    )  # fmt: skip


@pytest.mark.parametrize("arch", ["recipe", "dcgan"])
def test_nan_loss_rolls_back_with_lower_learning_rates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, arch: str
) -> None:
    poison_discriminator_loss(monkeypatch, {5})
    updates = list(train(config(tmp_path, arch=arch), SilentReporter()))

    rollbacks = [u for u in updates if u.rolled_back]
    assert len(rollbacks) == 1
    message = rollbacks[0].message
    assert message.startswith("Rolled back from step 6 to step 4: the losses became NaN at step 5")
    lr_g, lr_d = (1e-4, 4e-4) if arch == "recipe" else (2e-4, 2e-4)
    assert f"G {lr_g / 2:.2g}, D {lr_d / 2:.2g}" in message
    assert rollbacks[0].step == 4
    assert updates[-1].step == 10 and "Finished" in updates[-1].message
    weights = load_file(tmp_path / "run" / MODEL_FILE)
    assert all(torch.isfinite(tensor).all() for tensor in weights.values())
    assert math.isfinite(updates[-1].loss_d) and math.isfinite(updates[-1].loss_g)


def test_training_that_keeps_diverging_stops_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    poison_discriminator_loss(monkeypatch, set(range(1, 100)))
    with pytest.raises(DivergedError, match="diverged 3 times .* smaller learning rate"):
        list(train(config(tmp_path, max_rollbacks=2), SilentReporter()))


def test_collapse_criterion() -> None:
    guard = DivergenceGuard(collapse_steps=5)
    assert guard.check([(s, 0.0, 0.7) for s in range(10)]) is None  # perfect D, G not losing
    guard.reset()
    assert guard.check([(s, 0.5, 9.0) for s in range(10)]) is None  # G losing, D not perfect
    reason = guard.check([(s, 1e-5, 9.0) for s in range(10, 20)])
    assert reason is not None and "collapsed at step 14" in reason
    assert not guard.state_is_good()
    guard.reset()
    assert "infinite at step 3" in (guard.check([(3, float("inf"), 1.0)]) or "")
