"""Latent directions: found ones move the face more than random ones, and the model file
keeps them without disturbing anything else."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file

from aigc_studio.cli import main
from aigc_studio.gan import directions as directions_module
from aigc_studio.gan.attribute_classifier import (
    AttributeConfig,
    ClassifierConfig,
    attribute_directions,
)
from aigc_studio.gan.checkpoint import CONFIG_KEY, read_config, save_model
from aigc_studio.gan.config import ModelConfig
from aigc_studio.gan.directions import (
    DIRECTIONS_KEY,
    Directions,
    ganspace_directions,
    model_directions,
    random_directions,
    read_directions,
    sefa_directions,
    store_directions,
)
from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.labels import LabelsError
from aigc_studio.gan.latent import LatentSliders
from aigc_studio.gan.models import build_generator
from aigc_studio.resources import default_model_path
from tests.test_gan_conditional import make_two_colour_folder

STEP = 3.0  # how far to move along a direction: three standard deviations of z


@pytest.fixture(autouse=True, scope="module")
def one_torch_thread() -> Iterator[None]:
    """Small batches gain nothing from a second thread, and on a 2-core machine shared with
    a training run two threads spin against it (measured 7x slower per step)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def shipped() -> FaceGenerator:
    return FaceGenerator(default_model_path())


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    """The shipped model's weights and config in a fresh file with no directions stored."""
    copy = tmp_path / "model.safetensors"
    with safe_open(str(default_model_path()), framework="pt") as handle:
        tensors = {key: handle.get_tensor(key) for key in handle.keys()}
        config = (handle.metadata() or {})[CONFIG_KEY]
    save_file(tensors, str(copy), metadata={CONFIG_KEY: config})
    return copy


def assert_orthonormal(directions: Directions, latent_dim: int) -> None:
    vectors = directions.vectors.astype(np.float64)
    assert vectors.shape == (len(directions.names), latent_dim)
    np.testing.assert_allclose(vectors @ vectors.T, np.eye(len(vectors)), atol=1e-5)


def pixel_changes(model: FaceGenerator, latents: np.ndarray, directions: np.ndarray) -> np.ndarray:
    """Per direction, the mean absolute pixel difference (0-255) after moving every latent
    STEP along it."""
    before = model.render(latents).astype(np.float32)
    moved = (latents[None] + STEP * directions[:, None]).reshape(-1, latents.shape[1])
    after = model.render(moved).astype(np.float32).reshape(len(directions), *before.shape)
    return np.abs(after - before[None]).mean(axis=(1, 2, 3, 4))


@pytest.mark.parametrize("method", ["sefa", "ganspace"])
def test_found_directions_change_the_face_more_than_random_ones(
    shipped: FaceGenerator, method: str
) -> None:
    if method == "sefa":
        found = sefa_directions(shipped.generator, shipped.latent_dim, 12)
    else:
        found = ganspace_directions(shipped.generator, shipped.latent_dim, 12, samples=500)
    assert len(found) == 12 and found.names[0] in ("SeFa 1", "GANSpace 1")
    assert_orthonormal(found, shipped.latent_dim)
    latents = shipped.random_latents(seed=5, count=8)
    random = random_directions(shipped.latent_dim, 6, seed=1).vectors
    baseline = pixel_changes(shipped, latents, random).mean()
    changes = pixel_changes(shipped, latents, found.vectors[:3])
    # The leading directions are the ones a creator reaches first; each of them must
    # visibly beat a random direction of the same length, and together by a wide margin.
    assert min(changes) > baseline, (changes, baseline)
    assert np.mean(changes) > 1.5 * baseline, (changes, baseline)


def test_stored_directions_round_trip_and_leave_the_model_intact(
    shipped: FaceGenerator, model_copy: Path
) -> None:
    before = load_file(str(model_copy))
    latents = shipped.random_latents(seed=2, count=4)
    rendered = FaceGenerator(model_copy).render(latents)
    sefa = sefa_directions(shipped.generator, shipped.latent_dim, 12)
    ganspace = ganspace_directions(shipped.generator, shipped.latent_dim, 8, samples=300)
    store_directions(model_copy, sefa)
    store_directions(model_copy, ganspace)
    stored = read_directions(model_copy)
    # Newest first; the earlier method's directions are kept behind it.
    assert [d.method for d in stored] == ["ganspace", "sefa"]
    assert stored[0].names == ganspace.names and stored[1].names == sefa.names
    np.testing.assert_allclose(stored[0].vectors, ganspace.vectors, atol=1e-6)
    np.testing.assert_allclose(stored[1].vectors, sefa.vectors, atol=1e-6)
    # Weights, config and pictures are exactly what they were; no temp file is left over.
    after = load_file(str(model_copy))
    assert before.keys() == after.keys()
    assert all(np.array_equal(before[k].numpy(), after[k].numpy()) for k in before)
    assert read_config(model_copy) == read_config(default_model_path())
    reloaded = FaceGenerator(model_copy)
    assert np.array_equal(reloaded.render(latents), rendered)
    assert [p.name for p in model_copy.parent.iterdir()] == [model_copy.name]
    # The explorer gets the stored set without computing anything.
    assert model_directions(reloaded, count=8).names == ganspace.names


def test_model_directions_reads_the_stored_set_without_computing(
    shipped: FaceGenerator, model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = ganspace_directions(shipped.generator, shipped.latent_dim, 12, samples=300)
    store_directions(model_copy, stored)
    model = FaceGenerator(model_copy)

    def no_computing(*args: object, **kwargs: object) -> None:
        raise AssertionError("stored directions must load, not be computed")

    monkeypatch.setattr(directions_module, "sefa_directions", no_computing)
    monkeypatch.setattr(directions_module, "ganspace_directions", no_computing)
    loaded = model_directions(model, count=12)
    assert loaded.method == "ganspace" and loaded.names == stored.names
    assert model_directions(model, count=4).names == stored.names[:4]


def test_model_directions_falls_back_to_sefa(shipped: FaceGenerator, model_copy: Path) -> None:
    model = FaceGenerator(model_copy)
    found = model_directions(model, count=12)
    assert found.method == "sefa" and found.names[0] == "SeFa 1"
    expected = sefa_directions(model.generator, model.latent_dim, 12)
    np.testing.assert_allclose(found.vectors, expected.vectors, atol=1e-6)
    # A damaged or hostile entry is ignored rather than trusted or crashing the explorer.
    bad = [{"method": "sefa", "names": ["a", "b"], "vectors": [[1.0] * 100, [1.0] * 100]}]
    tensors = load_file(str(model_copy))
    with safe_open(str(model_copy), framework="pt") as handle:
        metadata = dict(handle.metadata() or {})
    for text in (json.dumps(bad), "{not json", json.dumps([{"method": "evil"}])):
        save_file(tensors, str(model_copy), metadata={**metadata, DIRECTIONS_KEY: text})
        assert model_directions(FaceGenerator(model_copy)).method == "sefa"


def test_a_short_stored_set_is_topped_up_with_sefa(
    shipped: FaceGenerator, model_copy: Path
) -> None:
    one = random_directions(shipped.latent_dim, 2, seed=4)
    store_directions(model_copy, Directions("attribute", ["smile 1", "hair 1"], one.vectors))
    found = model_directions(FaceGenerator(model_copy), count=12)
    assert len(found) == 12 and found.names[:2] == ["smile 1", "hair 1"]
    assert found.names[2].startswith("SeFa ")
    assert_orthonormal(found, shipped.latent_dim)


def test_a_failed_write_leaves_the_model_file_as_it_was(
    shipped: FaceGenerator, model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = model_copy.read_bytes()

    def full_disk(tensors: object, path: str, metadata: object = None) -> None:
        Path(path).write_bytes(b"half a file")
        raise OSError("No space left on device")

    monkeypatch.setattr(directions_module, "save_file", full_disk)
    with pytest.raises(OSError):
        store_directions(model_copy, sefa_directions(shipped.generator, shipped.latent_dim))
    assert model_copy.read_bytes() == original
    assert [p.name for p in model_copy.parent.iterdir()] == [model_copy.name]


def test_sliders_from_vectors_set_and_read_coordinates(shipped: FaceGenerator) -> None:
    found = sefa_directions(shipped.generator, shipped.latent_dim, 5)
    sliders = LatentSliders.from_vectors(found.vectors)
    assert sliders.count == 5
    z = shipped.random_latents(seed=8)[0]
    values = np.array([2.0, -1.0, 0.5, 0.0, 3.0], dtype=np.float32)
    moved = sliders.apply(z, values)
    np.testing.assert_allclose(sliders.values_from_latent(moved), values, atol=1e-5)
    # Only the slider coordinates change: the rest of the face's latent is untouched.
    rest = z - found.vectors.T @ (found.vectors @ z)
    np.testing.assert_allclose(moved - found.vectors.T @ values, rest, atol=1e-5)
    with pytest.raises(ValueError, match="orthonormal"):
        LatentSliders.from_vectors(found.vectors * 2)


def test_attribute_direction_moves_faces_towards_the_labelled_colour(
    shipped: FaceGenerator, tmp_path: Path
) -> None:
    """Labels say red (0) or blue (1): the "colour 1" direction must turn faces bluer."""
    make_two_colour_folder(tmp_path / "data")
    config = AttributeConfig(
        samples=300, classifier=ClassifierConfig(input_size=32, steps=20, batch=32)
    )
    result = attribute_directions(shipped, tmp_path / "data", 12, config, columns=["colour"])
    found = result.directions
    assert found.method == "attribute" and found.names == ["colour 1"]
    assert_orthonormal(found, shipped.latent_dim)
    latents = shipped.random_latents(seed=11, count=16)
    blue_share, blueness = [], []
    for step in (-STEP, 0.0, STEP):
        images = shipped.render(latents + step * found.vectors[0][None])
        blue_share.append(np.exp(result.classifier.log_probabilities(images)[0][:, 1]).mean())
        pixels = images.astype(np.float64)
        blueness.append((pixels[..., 2] - pixels[..., 0]).mean())
    # The classifier sees more blue, and so does a plain look at the pixels.
    assert blue_share[0] < blue_share[1] < blue_share[2], blue_share
    assert blueness[0] < blueness[1] < blueness[2], blueness
    assert blueness[2] - blueness[0] > 5, blueness


def test_cli_stores_directions_in_a_copy(
    model_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "with-directions.safetensors"
    args = ["directions", str(model_copy), "--method", "ganspace", "--samples", "300"]
    assert main([*args, "--count", "6", "--out", str(out)]) == 0
    printed = capsys.readouterr().out.strip().splitlines()
    assert len(printed) == 1 and printed[0].startswith("stored 6 ganspace directions in")
    assert [d.method for d in read_directions(out)] == ["ganspace"]
    assert read_directions(model_copy) == []  # --out leaves the original alone
    assert main(["directions", str(model_copy)]) == 0  # default: SeFa, in place
    assert [d.method for d in read_directions(model_copy)] == ["sefa"]
    capsys.readouterr()
    assert main(["directions", str(model_copy), "--method", "attribute"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "needs --data" in error and "Traceback" not in error


def test_conditional_models_get_directions_in_their_noise_only(tmp_path: Path) -> None:
    config = ModelConfig(
        resolution=32, latent_dim=20, generator_width=8, label_names=["colour"], label_classes=[2]
    )
    path = save_model(tmp_path / "conditional.safetensors", build_generator(config), config)
    model = FaceGenerator(path)
    for found in (
        sefa_directions(model.generator, 20, 6),
        ganspace_directions(model.generator, 20, 6, samples=100),
    ):
        assert_orthonormal(found, 20)
    # The class box already sets the colour: asking for a colour direction says so.
    make_two_colour_folder(tmp_path / "data", per_class=2)
    with pytest.raises(LabelsError, match="conditioned on every label"):
        attribute_directions(model, tmp_path / "data", columns=["colour"])
