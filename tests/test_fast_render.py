"""The explorer's ONNX Runtime path draws exactly the faces torch draws, or stands aside."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from torch import nn

from aigc_studio.gan.checkpoint import save_model
from aigc_studio.gan.config import ModelConfig
from aigc_studio.gan.fast_render import fast_renderer
from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.gan.models import build_generator
from aigc_studio.resources import default_model_path


def test_the_default_model_renders_the_same_faces_through_onnx_runtime() -> None:
    model = FaceGenerator(default_model_path())
    fast = fast_renderer(model)
    assert fast is not None
    latents = model.random_latents(seed=11, count=16)
    assert np.abs(fast.render(latents).astype(int) - model.render(latents)).max() <= 1
    single = fast.render(latents[3])  # one latent, as a slider move sends it
    assert single.shape == (1, 64, 64, 3) and np.array_equal(single, fast.render(latents[3:4]))
    assert fast.latent_dim == model.latent_dim  # the rest of the FaceGenerator shows through


@pytest.fixture(scope="module")
def conditional_model(tmp_path_factory: pytest.TempPathFactory) -> FaceGenerator:
    config = ModelConfig(
        arch="recipe", resolution=32, generator_width=8,
        label_names=["eye_color", "face_shape"], label_classes=[3, 2],
    )  # fmt: skip
    path = tmp_path_factory.mktemp("model") / "conditional.safetensors"
    generator = build_generator(config)
    for module in generator.modules():  # non-trivial statistics, so BatchNorm matters
        if isinstance(module, nn.BatchNorm2d):
            module.running_mean.uniform_(-0.5, 0.5)
            module.running_var.uniform_(0.5, 2.0)
    save_model(path, generator, config)
    return FaceGenerator(path)


def test_a_conditional_model_draws_each_class_as_torch_does(conditional_model) -> None:
    fast = fast_renderer(conditional_model)
    assert fast is not None
    latents = conditional_model.random_latents(seed=2, count=6)
    for labels in ([0, 0], [2, 1], None):
        torch_faces = conditional_model.render(latents, labels)
        assert np.abs(fast.render(latents, labels).astype(int) - torch_faces).max() <= 1
    assert not np.array_equal(fast.render(latents, [0, 0]), fast.render(latents, [2, 1]))
    with pytest.raises(ValueError, match="class out of range"):
        fast.render(latents, [5, 0])


def test_a_generator_it_cannot_rebuild_is_left_to_torch(tmp_path: Path) -> None:
    model = FaceGenerator(default_model_path())
    model.generator.net[2] = nn.LeakyReLU(0.2)  # a layer the graph builder does not know
    assert fast_renderer(model) is None
