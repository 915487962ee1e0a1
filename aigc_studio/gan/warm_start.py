"""Start a run from a trained model's generator instead of random weights (fine-tuning).

A creator with a few hundred images gets recognisable faces far sooner by starting from
the shipped default model than from noise (the transfer-learning result of Wang et al.
2018, "Transferring GANs"). The discriminator still starts fresh. A conditional run may
start from an unconditional model: the noise part of the first layer is copied and the
label inputs and embeddings, which the source never had, keep their fresh init.
"""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors import safe_open
from torch import nn

from aigc_studio.gan.checkpoint import ModelFileError, read_config, read_header_size
from aigc_studio.gan.config import ModelConfig
from aigc_studio.translation import tr

FIRST_LAYER = "net.0.weight"  # ConvTranspose2d (inputs, outputs, 4, 4): noise rows first


def source_config(path: Path) -> ModelConfig:
    """The model's config; a run started from it takes its resolution, latent size and
    generator width, since the weights only fit those."""
    return read_config(path)


def load_generator_weights(generators: list[nn.Module], path: Path) -> None:
    """Copy the model file's generator weights into each of ``generators`` (the trained
    network and its EMA copy)."""
    read_header_size(path)  # a hostile header is refused before safetensors parses it
    with safe_open(str(path), framework="pt") as handle:
        source = {key: handle.get_tensor(key) for key in handle.keys()}
    for generator in generators:
        state = generator.state_dict()
        unknown = [key for key in source if key not in state]
        if unknown:
            raise ModelFileError(
                tr("{name} does not fit this run's generator ({key})").format(
                    name=path.name, key=unknown[0]
                )
            )
        with torch.no_grad():
            for key, tensor in source.items():
                target = state[key]
                if target.shape == tensor.shape:
                    target.copy_(tensor)
                elif key == FIRST_LAYER and target.shape[1:] == tensor.shape[1:]:
                    target[: tensor.shape[0]].copy_(tensor)  # the noise inputs; labels stay fresh
                else:
                    raise ModelFileError(
                        tr(
                            "{name} does not fit this run's generator "
                            "({key}: {found} vs {expected})"
                        ).format(
                            name=path.name,
                            key=key,
                            found=tuple(tensor.shape),
                            expected=tuple(target.shape),
                        )
                    )
