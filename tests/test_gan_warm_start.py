"""Fine-tuning: a run can start from a trained model's generator instead of noise."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from aigc_studio.cli import main
from aigc_studio.gan.checkpoint import ModelFileError
from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.train import MODEL_FILE, TrainConfig, train
from aigc_studio.progress import SilentReporter
from aigc_studio.resources import default_model_path
from tests.images import make_face_like_images
from tests.test_gan_conditional import make_two_colour_folder

FROZEN = dict(learning_rate=0.0, lr_generator=0.0, lr_discriminator=0.0)  # weights stay put


def tiny(data: Path, out: Path, steps: int, **extra: object) -> TrainConfig:
    settings: dict = dict(
        steps=steps, batch=4, resolution=32, generator_width=8, discriminator_width=8,
        device="cpu", seed=1, quality_samples=0,
    )  # fmt: skip
    return TrainConfig(data, out, **{**settings, **extra})


def weights(path: Path) -> dict[str, torch.Tensor]:
    """The generator's learned parameters (BatchNorm running statistics move in any step)."""
    return {k: v for k, v in load_file(path).items() if "running" not in k and "batches" not in k}


@pytest.mark.parametrize("arch", ["recipe", "dcgan"])
def test_a_run_started_from_a_model_begins_with_its_weights(tmp_path: Path, arch: str) -> None:
    data = tmp_path / "data"
    make_face_like_images(data, 8)
    list(train(tiny(data, tmp_path / "source", 3, labels="none"), SilentReporter()))
    source = tmp_path / "source" / MODEL_FILE
    # The new run asks for another width: the source model's own sizes win.
    config = tiny(data, tmp_path / "tuned", 1, arch=arch, init_from=source, generator_width=16)
    first = next(iter(train(config, SilentReporter())))
    assert f"started from {MODEL_FILE} (step 3)" in first.message
    list(train(tiny(data, tmp_path / "tuned", 1, arch=arch, init_from=source, **FROZEN),
               SilentReporter()))  # fmt: skip
    expected, tuned = weights(source), weights(tmp_path / "tuned" / MODEL_FILE)
    assert expected.keys() == tuned.keys()
    assert all(torch.equal(expected[k], tuned[k]) for k in expected)
    fresh = tmp_path / "fresh"
    list(train(tiny(data, fresh, 1, arch=arch, **FROZEN), SilentReporter()))
    assert not torch.equal(weights(fresh / MODEL_FILE)["net.0.weight"], expected["net.0.weight"])


def test_a_conditional_run_can_start_from_an_unconditional_model(tmp_path: Path) -> None:
    make_face_like_images(tmp_path / "plain", 8)
    list(train(tiny(tmp_path / "plain", tmp_path / "source", 2), SilentReporter()))
    source = weights(tmp_path / "source" / MODEL_FILE)
    make_two_colour_folder(tmp_path / "labelled", per_class=4)
    config = tiny(
        tmp_path / "labelled",
        tmp_path / "tuned",
        1,
        init_from=tmp_path / "source" / MODEL_FILE,
        **FROZEN,
    )
    list(train(config, SilentReporter()))
    tuned = weights(tmp_path / "tuned" / MODEL_FILE)
    assert FaceGenerator(tmp_path / "tuned" / MODEL_FILE).label_names == ["colour", "spare"]
    noise_rows = source["net.0.weight"].shape[0]
    assert torch.equal(tuned["net.0.weight"][:noise_rows], source["net.0.weight"])
    assert tuned["net.0.weight"].shape[0] == noise_rows + 2 * 16  # two labels' embeddings


def test_a_model_that_does_not_fit_is_a_clear_error(tmp_path: Path) -> None:
    make_two_colour_folder(tmp_path / "labelled", per_class=4)
    list(train(tiny(tmp_path / "labelled", tmp_path / "source", 2), SilentReporter()))
    make_face_like_images(tmp_path / "plain", 8)
    config = tiny(
        tmp_path / "plain", tmp_path / "tuned", 1, init_from=tmp_path / "source" / MODEL_FILE
    )
    with pytest.raises(ModelFileError, match="does not fit this run's generator"):
        list(train(config, SilentReporter()))


def test_cli_fine_tunes_the_default_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_face_like_images(tmp_path / "data", 8, size=64)
    run = ["train", str(tmp_path / "data"), "--out", str(tmp_path / "run"), "--steps", "1"]
    status = main(
        [*run, "--batch", "2", "--width", "8", "--device", "cpu", "--init-from", "default"]
    )
    assert status == 0
    assert f"started from {default_model_path().name}" in capsys.readouterr().err
    model = FaceGenerator(tmp_path / "run" / MODEL_FILE)
    assert (model.resolution, model.latent_dim, model.config.generator_width) == (64, 100, 48)
