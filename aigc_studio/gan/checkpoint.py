"""Model files: one .safetensors with the generator's weights and its config as metadata.

safetensors holds only tensors and strings, so opening a model from a stranger can never
run code. The header size is checked before parsing so a hostile file can't exhaust memory.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, replace
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import save_file

from aigc_studio.gan.config import ModelConfig
from aigc_studio.gan.models import LABEL_EMBEDDING, Generator, build_generator
from aigc_studio.translation import tr

CONFIG_KEY = "aigc_studio.config"
MAX_HEADER_BYTES = 16 * 1024 * 1024
# How files made with torch.save or pickle begin: a zip of pickles, or a pickle's PROTO
# opcode. Only named when the file is no safetensors anyway (its header length, the first
# 8 bytes, is impossible), since a real header length may start with byte 0x80 too.
_PICKLE_MAGIC = (b"PK\x03\x04", b"\x80")


class ModelFileError(ValueError):
    """A model file that can't be used; the message is shown to the user."""


@dataclass
class LoadedModel:
    generator: Generator  # in eval mode, on the requested device
    config: ModelConfig


def save_model(path: str | Path, generator: Generator, config: ModelConfig) -> Path:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tensors = {k: v.detach().to("cpu").contiguous() for k, v in generator.state_dict().items()}
    temp = path.with_name(f".{path.name}.tmp")
    save_file(tensors, str(temp), metadata={CONFIG_KEY: config.to_json()})
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, path)
    return path


def read_header_size(path: Path) -> int:
    """Check a safetensors file's header length before anything parses it."""
    if not path.is_file():
        raise ModelFileError(tr("model file not found: {path}").format(path=path))
    with open(path, "rb") as handle:
        head = handle.read(8)
    if len(head) < 8:
        raise ModelFileError(tr("{name} is not a model file (too short)").format(name=path.name))
    (header_size,) = struct.unpack("<Q", head)
    if header_size > MAX_HEADER_BYTES or header_size + 8 > path.stat().st_size:
        if head.startswith(_PICKLE_MAGIC):
            raise ModelFileError(
                tr(
                    "{name} is not a valid model file but a PyTorch pickle (.pt, .ckpt), "
                    "which AIGC Studio never opens as it can run code; ask for a .safetensors file."
                ).format(name=path.name)
            )
        raise ModelFileError(
            tr("{name} is not a valid model file (bad header)").format(name=path.name)
        )
    return header_size


def read_config(path: str | Path) -> ModelConfig:
    """The config a model file describes itself with; raises ModelFileError."""
    path = Path(path)
    read_header_size(path)
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
    except Exception as error:  # safetensors raises its own error types
        raise ModelFileError(
            tr("{name} is not a valid safetensors file: {error}").format(
                name=path.name, error=error
            )
        ) from error
    if CONFIG_KEY not in metadata:
        raise ModelFileError(
            tr("{name} is not an AIGC Studio model (no config in metadata)").format(name=path.name)
        )
    try:
        return ModelConfig.from_json(metadata[CONFIG_KEY])
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        raise ModelFileError(tr("{name}: {error}").format(name=path.name, error=error)) from error


def load_model(path: str | Path, device: str | torch.device = "cpu") -> LoadedModel:
    """The generator a model file holds, checked against its own config first: weights
    that do not fit the config are refused with a sentence before any network is built
    (so a hostile config can't make us allocate a huge network either)."""
    path = Path(path)
    config = read_config(path)
    try:
        with safe_open(str(path), framework="pt") as handle:
            shapes = {key: tuple(handle.get_slice(key).get_shape()) for key in handle.keys()}
            _check_weights_fit(path, config, shapes)
            state = {key: handle.get_tensor(key) for key in handle.keys()}
    except ModelFileError:
        raise
    except Exception as error:  # safetensors raises its own error types
        raise ModelFileError(
            tr("{name} is not a valid safetensors file: {error}").format(
                name=path.name, error=error
            )
        ) from error
    generator = build_generator(config)
    try:
        generator.load_state_dict(state, strict=True)
    except RuntimeError as error:  # dtypes the shape check cannot see
        raise ModelFileError(
            tr("{name}: weights do not match the {arch} architecture in its config").format(
                name=path.name, arch=config.arch
            )
        ) from error
    generator.to(device).eval()
    return LoadedModel(generator=generator, config=replace(config))


def expected_shapes(config: ModelConfig) -> dict[str, tuple[int, ...]]:
    """Every generator tensor's name and shape for ``config``, built on the meta device
    (no memory for weights, so even a huge config costs nothing to check)."""
    with torch.device("meta"):
        generator = build_generator(config)
    return {key: tuple(value.shape) for key, value in generator.state_dict().items()}


def _check_weights_fit(path: Path, config: ModelConfig, shapes: dict[str, tuple]) -> None:
    """Raise ModelFileError with a sentence when the file's tensors are not the network
    its metadata describes (the config was edited, or weights of another model pasted in)."""
    expected = expected_shapes(config)
    if shapes == expected:
        return
    described = tr(
        "its metadata describes a {resolution}-pixel model with a latent size of {latent}"
    ).format(resolution=config.resolution, latent=config.latent_dim)
    found = _describe_weights(shapes, config)
    raise ModelFileError(
        tr(
            "{name} does not match itself: {described}, but its weights {found}; "
            "the file was damaged or edited, so get or train the model again."
        ).format(name=path.name, described=described, found=found)
    )


def _describe_weights(shapes: dict[str, tuple], config: ModelConfig) -> str:
    """What the tensors say about the network they belong to, in a few words."""
    convs = sorted(
        (key for key, shape in shapes.items() if key.startswith("net.") and len(shape) == 4),
        key=lambda key: int(key.split(".")[1]) if key.split(".")[1].isdigit() else 0,
    )
    first = shapes.get("net.0.weight")
    if not convs or first is None or len(first) != 4:
        return tr("are not those of an AIGC Studio image generator")
    resolution = 4 * 2 ** (len(convs) - 1)
    labels = sum(1 for key in shapes if key.startswith("embeddings."))  # one per label
    latent = first[0] - LABEL_EMBEDDING * labels
    if resolution != config.resolution or latent != config.latent_dim:
        return tr("are those of a {resolution}-pixel model with a latent size of {latent}").format(
            resolution=resolution, latent=latent
        )
    return tr("have other layer sizes (generator width or labels) than it names")
