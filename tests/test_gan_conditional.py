"""Conditional GANs: a labels.csv is picked up and the model draws the class it is asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from safetensors.torch import load_file

from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.labels import LabelsError, read_labels
from aigc_studio.gan.train import MODEL_FILE, TrainConfig, train
from aigc_studio.gan.train_state import STATE_FILE
from aigc_studio.progress import SilentReporter
from aigc_studio.resources import default_model_path

RED, BLUE = (220, 40, 40), (40, 40, 220)


def make_two_colour_folder(folder: Path, per_class: int = 16, size: int = 32) -> None:
    """Class 0 images are red, class 1 blue, with a little noise: the label decides colour."""
    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    rows = ["filename,colour,spare"]
    for index in range(2 * per_class):
        label = index % 2
        base = np.array(RED if label == 0 else BLUE, dtype=np.int16)
        pixels = base + rng.integers(-20, 20, (size, size, 3))
        name = f"img_{index:03d}.png"
        Image.fromarray(pixels.clip(0, 255).astype(np.uint8)).save(folder / name)
        rows.append(f"{name},{label},{index % 3}")
    (folder / "labels.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def tiny(data: Path, out: Path, steps: int, **extra: object) -> TrainConfig:
    settings: dict = dict(
        steps=steps, batch=16, resolution=32, generator_width=8, discriminator_width=8,
        device="cpu", seed=3, log_every=10, quality_samples=0, checkpoint_every=1000,
        sample_every=1000,
    )  # fmt: skip
    return TrainConfig(data, out, **{**settings, **extra})


@pytest.fixture(scope="module")
def colour_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A recipe model trained on red class 0 / blue class 1 images, fast learning rates."""
    root = tmp_path_factory.mktemp("colour")
    make_two_colour_folder(root / "data")
    fast = dict(lr_generator=1e-3, lr_discriminator=2e-3, ema_beta=0.9, batch=8)
    config = tiny(root / "data", root / "run", 100, labels="colour", **fast)
    updates = list(train(config, SilentReporter()))
    return root / "run" / MODEL_FILE, updates[0].message


def test_conditional_model_draws_the_class_it_is_asked_for(colour_model: tuple[Path, str]) -> None:
    path, first_message = colour_model
    assert "conditional on colour (2 classes)" in first_message
    model = FaceGenerator(path)
    assert model.label_names == ["colour"] and model.label_classes == [2]
    latents = model.random_latents(seed=1, count=16)
    red = model.render(latents, [0]).astype(float).mean(axis=(0, 1, 2))
    blue = model.render(latents, [1]).astype(float).mean(axis=(0, 1, 2))
    # The same noise, two classes: class 0 comes out red, class 1 blue.
    assert red[0] - red[2] > 40, red
    assert blue[2] - blue[0] > 40, blue
    # One latent and one class list (the explorer's case) renders without a warning.
    single = model.render(latents[0], [1])
    assert single.shape == (1, 32, 32, 3) and np.array_equal(
        single[0], model.render(latents, [1])[0]
    )


def test_conditional_dcgan_has_label_embeddings_in_both_networks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_two_colour_folder(data, per_class=4)
    list(train(tiny(data, tmp_path / "run", 2, arch="dcgan", labels="colour"), SilentReporter()))
    state = load_file(tmp_path / "run" / STATE_FILE)
    assert state["generator/embeddings.0.weight"].shape == (2, 16)
    assert state["discriminator/projection.embeddings.0.weight"].shape[0] == 2
    model = FaceGenerator(tmp_path / "run" / MODEL_FILE)
    latents = model.random_latents(seed=0, count=2)
    assert not np.array_equal(model.render(latents, [0]), model.render(latents, [1]))


def test_labels_csv_is_used_automatically_and_unlabelled_images_are_reported(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    make_two_colour_folder(data, per_class=4)
    extra = data / "stray.png"
    Image.new("RGB", (32, 32), (200, 200, 200)).save(extra)
    first = next(iter(train(tiny(data, tmp_path / "run", 2), SilentReporter())))
    assert "stray.png (no row in labels.csv)" in first.message
    assert "conditional on colour (2 classes), spare (3 classes)" in first.message
    assert [Path(p).name for p in first.skipped] == ["stray.png"]


def test_labels_none_trains_an_unconditional_model(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_two_colour_folder(data, per_class=4)
    list(train(tiny(data, tmp_path / "run", 2, labels="none"), SilentReporter()))
    model = FaceGenerator(tmp_path / "run" / MODEL_FILE)
    assert model.label_names == [] and not model.config.conditional


def test_conditional_resume_equals_uninterrupted_training(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_two_colour_folder(data, per_class=4)
    straight, split = tmp_path / "straight", tmp_path / "split"
    list(train(tiny(data, straight, 6, log_every=2), SilentReporter()))
    list(train(tiny(data, split, 3, log_every=2, checkpoint_every=3), SilentReporter()))
    # Resume keeps the run's label columns even if asked for none.
    list(train(tiny(data, split, 6, log_every=2, resume=split, labels="none"), SilentReporter()))
    expected, actual = load_file(straight / STATE_FILE), load_file(split / STATE_FILE)
    assert any("embeddings" in key for key in expected)
    assert expected.keys() == actual.keys()
    assert all(torch.equal(expected[key], actual[key]) for key in expected)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("filename,colour\na.png,red\n", "line 2: colour is 'red', not a whole-number class"),
        ("filename,colour\na.png,1,2\n", "line 2: 3 values, expected 2"),
        ("name,colour\na.png,1\n", "needs a header with 'filename'"),
        ("filename,colour\na.png,-1\n", "colour -1 is outside 0-999"),
    ],
)
def test_bad_labels_csv_names_the_line(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "labels.csv").write_text(content, encoding="utf-8")
    with pytest.raises(LabelsError, match=message):
        read_labels(tmp_path)


def test_asking_for_a_missing_label_column_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_two_colour_folder(data, per_class=2)
    with pytest.raises(LabelsError, match="no column hair \\(it has colour, spare\\)"):
        list(train(tiny(data, tmp_path / "run", 2, labels="hair"), SilentReporter()))


def aigc(*args: object) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "aigc_studio", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_cli_generate_draws_a_chosen_class(tmp_path: Path, colour_model: tuple[Path, str]) -> None:
    model = colour_model[0]
    for label in (0, 1):
        done = aigc("generate", model, "--out", tmp_path / f"c{label}", "--count", "4",
                    "--class", f"colour={label}")  # fmt: skip
        assert done.returncode == 0, done.stderr
    red = np.mean([np.asarray(Image.open(p)) for p in (tmp_path / "c0").glob("*.png")], (0, 1, 2))
    blue = np.mean([np.asarray(Image.open(p)) for p in (tmp_path / "c1").glob("*.png")], (0, 1, 2))
    assert red[0] > red[2] + 40 and blue[2] > blue[0] + 40

    wrong = aigc("generate", model, "--out", tmp_path / "x", "--class", "colour=5")
    assert (
        wrong.returncode == 1 and "class out of range (this model has colour 0-1)" in wrong.stderr
    )
    unconditional = aigc("generate", default_model_path(), "--out", tmp_path / "y",
                         "--class", "colour=1")  # fmt: skip
    assert unconditional.returncode == 1
    assert "no label colour (it is not conditional)" in unconditional.stderr
    assert "Traceback" not in wrong.stderr + unconditional.stderr
