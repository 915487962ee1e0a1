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
from aigc_studio.gan.models import Generator, build_generator

CONFIG_KEY = "aigc_studio.config"
MAX_HEADER_BYTES = 16 * 1024 * 1024


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
        raise ModelFileError(f"model file not found: {path}")
    with open(path, "rb") as handle:
        head = handle.read(8)
    if len(head) < 8:
        raise ModelFileError(f"{path.name} is not a model file (too short)")
    (header_size,) = struct.unpack("<Q", head)
    if header_size > MAX_HEADER_BYTES or header_size + 8 > path.stat().st_size:
        raise ModelFileError(f"{path.name} is not a valid model file (bad header)")
    return header_size


def read_config(path: str | Path) -> ModelConfig:
    path = Path(path)
    read_header_size(path)
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
    except Exception as error:  # safetensors raises its own error types
        raise ModelFileError(f"{path.name} is not a valid safetensors file: {error}") from error
    if CONFIG_KEY not in metadata:
        raise ModelFileError(f"{path.name} is not an AIGC Studio model (no config in metadata)")
    try:
        return ModelConfig.from_json(metadata[CONFIG_KEY])
    except (ValueError, TypeError) as error:
        raise ModelFileError(f"{path.name}: {error}") from error


def load_model(path: str | Path, device: str | torch.device = "cpu") -> LoadedModel:
    config = read_config(path)
    generator = build_generator(config)
    state: dict[str, torch.Tensor] = {}
    with safe_open(str(path), framework="pt") as handle:
        for key in handle.keys():
            state[key] = handle.get_tensor(key)
    try:
        generator.load_state_dict(state, strict=True)
    except RuntimeError as error:
        raise ModelFileError(
            f"{Path(path).name}: weights do not match the {config.arch} architecture in its config"
        ) from error
    generator.to(device).eval()
    return LoadedModel(generator=generator, config=replace(config))
