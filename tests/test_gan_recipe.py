"""The small-data recipe: DiffAugment, spectral-norm D, EMA model files that load anywhere."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file
from torch import nn

from aigc_studio.gan.augment import diff_augment, parse_policy
from aigc_studio.gan.config import ModelConfig
from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.models import build_discriminator
from aigc_studio.gan.train import MODEL_FILE
from aigc_studio.gan.train_state import STATE_FILE
from aigc_studio.resources import default_model_path
from tests.images import make_face_like_images


def test_diff_augment_is_repeatable_and_differentiable() -> None:
    policy = parse_policy("color,translation,cutout")
    images = torch.rand(6, 3, 32, 32, requires_grad=True)
    first = diff_augment(images, policy, torch.Generator().manual_seed(1))
    again = diff_augment(images, policy, torch.Generator().manual_seed(1))
    other = diff_augment(images, policy, torch.Generator().manual_seed(2))
    assert first.shape == images.shape and torch.equal(first, again)
    assert not torch.equal(first, other)
    first.sum().backward()
    assert images.grad is not None and images.grad.abs().sum() > 0
    # Cutout erases a 16x16 square (clipped at the border): at least a quarter of it remains.
    cut = diff_augment(torch.ones(64, 3, 32, 32), ("cutout",), torch.Generator().manual_seed(0))
    erased = (cut == 0).all(dim=1).float().mean(dim=(1, 2))
    assert (erased > 0.06).all() and (erased <= 0.25).all()


def test_recipe_discriminator_is_spectrally_normalised_without_batchnorm() -> None:
    recipe = build_discriminator(ModelConfig(arch="recipe", resolution=32, discriminator_width=8))
    assert not any(isinstance(m, nn.BatchNorm2d) for m in recipe.modules())
    convs = [m for m in recipe.modules() if isinstance(m, nn.Conv2d)]
    assert convs and all(hasattr(m, "parametrizations") for m in convs)
    for conv in convs:  # largest singular value ~1 after a few power iterations
        for _ in range(20):
            conv.weight  # noqa: B018 - each access in training mode runs one power iteration
        sigma = torch.linalg.matrix_norm(conv.weight.detach().flatten(1), ord=2)
        assert abs(float(sigma) - 1.0) < 0.05


def aigc(*args: object) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "aigc_studio", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_cli_recipe_run_resumes_and_saves_the_ema_generator(tmp_path: Path) -> None:
    make_face_like_images(tmp_path / "data", 8)
    run = tmp_path / "run"
    common = ["--batch", "4", "--resolution", "32", "--width", "8", "--device", "cpu"]
    result = aigc("train", tmp_path / "data", "--out", run, "--steps", "3", *common)
    assert result.returncode == 0, result.stderr
    result = aigc("train", tmp_path / "data", "--resume", run, "--steps", "5", *common)
    assert result.returncode == 0, result.stderr
    assert "Resumed recipe run at step 3" in result.stderr

    with open(run / "metrics.csv", newline="") as handle:
        assert [int(row["step"]) for row in csv.DictReader(handle)] == [1, 2, 3, 4, 5]
    model = FaceGenerator(run / MODEL_FILE)
    assert (model.config.arch, model.config.step, model.resolution) == ("recipe", 5, 32)
    weights, state = load_file(run / MODEL_FILE), load_file(run / STATE_FILE)
    assert all(torch.equal(weights[key], state[f"ema/{key}"]) for key in weights)
    assert not all(torch.equal(weights[key], state[f"generator/{key}"]) for key in weights)
    assert model.render(model.random_latents(0, 2)).shape == (2, 32, 32, 3)


def test_cli_train_needs_out_or_resume(tmp_path: Path) -> None:
    result = aigc("train", tmp_path, "--steps", "2")
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "error: the train command needs --out RUN_DIR (or --resume RUN_DIR)"
    )


def test_model_files_from_before_arch_and_labels_still_load(tmp_path: Path) -> None:
    """Files written before the config had "arch" or labels are plain unconditional DCGANs."""
    import json

    from safetensors.torch import save_file

    from aigc_studio.gan.checkpoint import CONFIG_KEY
    from aigc_studio.gan.models import build_generator

    generator = build_generator(ModelConfig(arch="dcgan", resolution=32, generator_width=8))
    old_header = {"format": "aigc-studio-gan", "version": 1, "resolution": 32,
                  "latent_dim": 100, "generator_width": 8, "discriminator_width": 8,
                  "channels": 3, "step": 10}  # fmt: skip
    tensors = {k: v.contiguous() for k, v in generator.state_dict().items()}
    save_file(
        tensors, str(tmp_path / "old.safetensors"), metadata={CONFIG_KEY: json.dumps(old_header)}
    )
    model = FaceGenerator(tmp_path / "old.safetensors")
    assert model.config.arch == "dcgan" and model.label_names == []
    assert model.render(model.random_latents(0, 1)).shape == (1, 32, 32, 3)


def test_the_shipped_default_is_a_recipe_model_with_ema_weights() -> None:
    model = FaceGenerator(default_model_path())
    assert (model.config.arch, model.resolution, model.config.step) == ("recipe", 64, 5000)
    assert model.render(model.random_latents(0, 1)).shape == (1, 64, 64, 3)


def test_recipe_model_files_carry_the_averaged_generators_own_batchnorm_statistics(
    tmp_path: Path,
) -> None:
    """The EMA generator's BatchNorm statistics are measured on the averaged weights, not
    copied from the live generator (whose weights they don't belong to)."""
    from aigc_studio.gan.checkpoint import load_model
    from aigc_studio.gan.train import TrainConfig, train
    from aigc_studio.progress import SilentReporter

    make_face_like_images(tmp_path / "data", 16)
    config = TrainConfig(
        tmp_path / "data", tmp_path / "run", steps=20, batch=8, resolution=32,
        generator_width=8, discriminator_width=8, device="cpu", quality_samples=0,
        lr_generator=2e-3, ema_beta=0.95,
    )  # fmt: skip
    list(train(config, SilentReporter()))
    generator = load_model(tmp_path / "run" / MODEL_FILE).generator
    with torch.no_grad():
        first = generator.net[0](
            torch.randn(4096, 100, 1, 1, generator=torch.Generator().manual_seed(9))
        )
    norm = generator.net[1]
    spread = first.std(dim=(0, 2, 3))
    mean_error = ((norm.running_mean - first.mean(dim=(0, 2, 3))).abs() / spread).max()
    var_ratio = norm.running_var / first.var(dim=(0, 2, 3))
    assert mean_error < 0.1, mean_error
    assert ((var_ratio > 0.8) & (var_ratio < 1.25)).all(), var_ratio
