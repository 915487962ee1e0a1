"""Everything a training run needs to continue exactly: networks, EMA, optimisers, step, RNG.

One flat name -> tensor mapping serves both the on-disk checkpoint (a safetensors file, so
resuming never unpickles anything) and the divergence guard's in-memory snapshot. Scalars
that are not tensors (learning rates, step, config) travel as JSON in the file's metadata.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors import safe_open
from safetensors.torch import save_file
from torch import nn

from aigc_studio.gan.checkpoint import ModelFileError, read_header_size
from aigc_studio.gan.ema import EMA
from aigc_studio.translation import tr

STATE_FILE = "train_state.safetensors"
STATE_KEY = "aigc_studio.train_state"
STATE_FORMAT_VERSION = 1


@dataclass
class TrainingState:
    generator: nn.Module
    discriminator: nn.Module
    opt_g: torch.optim.Optimizer
    opt_d: torch.optim.Optimizer
    ema: EMA | None  # None for the plain DCGAN
    rng: torch.Generator  # every random draw of the loop (batches, noise, augmentation)
    step: int = 0  # optimiser steps completed

    def named_modules(self) -> dict[str, nn.Module]:
        modules = {"generator": self.generator, "discriminator": self.discriminator}
        if self.ema is not None:
            modules["ema"] = self.ema.model
        return modules

    def modules(self) -> list[nn.Module]:
        return list(self.named_modules().values())

    def tensors(self) -> dict[str, torch.Tensor]:
        """The live tensors by name (not copies)."""
        flat: dict[str, torch.Tensor] = {}
        for prefix, module in self.named_modules().items():
            for name, tensor in module.state_dict().items():
                flat[f"{prefix}/{name}"] = tensor
        for prefix, optimiser in (("opt_g", self.opt_g), ("opt_d", self.opt_d)):
            for index, slots in optimiser.state_dict()["state"].items():
                for name, tensor in slots.items():
                    flat[f"{prefix}/{index}/{name}"] = tensor
        return flat

    def snapshot(self) -> dict[str, torch.Tensor]:
        return {name: tensor.detach().clone() for name, tensor in self.tensors().items()}

    def is_finite(self) -> bool:
        """One host sync: do the networks hold only finite numbers?"""
        modules = [self.generator, self.discriminator]
        sums = [p.detach().float().sum() for m in modules for p in m.parameters()]
        return bool(torch.isfinite(torch.stack(sums)).all())

    def restore(self, flat: dict[str, torch.Tensor]) -> None:
        """Load a snapshot or checkpoint; tensors are copied, never aliased, so the
        snapshot stays valid for another rollback."""
        for prefix, module in self.named_modules().items():
            state = {k.split("/", 1)[1]: v for k, v in flat.items() if k.startswith(prefix + "/")}
            module.load_state_dict(state, strict=True)
        for prefix, optimiser in (("opt_g", self.opt_g), ("opt_d", self.opt_d)):
            _restore_optimiser(optimiser, prefix, flat)
        if self.ema is not None:
            self.ema.stale = True  # its BatchNorm statistics came with the snapshot


def _restore_optimiser(
    optimiser: torch.optim.Optimizer, prefix: str, flat: dict[str, torch.Tensor]
) -> None:
    params = [p for group in optimiser.param_groups for p in group["params"]]
    state: dict[int, dict[str, torch.Tensor]] = {}
    for key, tensor in flat.items():
        if key.startswith(prefix + "/"):
            _, index, name = key.split("/", 2)
            param = params[int(index)]
            if tensor.shape == param.shape:  # moments: same device and layout as the param
                value = torch.empty_like(param).copy_(tensor)
            else:  # the step counter
                value = tensor.clone()
            state.setdefault(int(index), {})[name] = value
    saved = optimiser.state_dict()
    learning_rates = [group["lr"] for group in optimiser.param_groups]
    optimiser.load_state_dict({"state": state, "param_groups": saved["param_groups"]})
    for group, lr in zip(optimiser.param_groups, learning_rates, strict=True):
        group["lr"] = lr  # the caller owns learning rates (resume, rollback)


def save_state(
    path: Path,
    state: TrainingState,
    info: dict[str, Any],
    extra: dict[str, torch.Tensor] | None = None,
) -> Path:
    """Write atomically (temp file, fsync, rename): a crash mid-write keeps the old file.
    ``extra`` adds tensors, e.g. the other ranks' RNG states of a distributed run."""
    tensors = {k: v.detach().to("cpu").contiguous() for k, v in state.tensors().items()}
    tensors["rng/loop"] = state.rng.get_state()
    tensors["rng/torch"] = torch.get_rng_state()
    tensors.update(extra or {})
    metadata = {"version": STATE_FORMAT_VERSION, "step": state.step, **info}
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    save_file(tensors, str(temp), metadata={STATE_KEY: json.dumps(metadata)})
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, path)
    return path


def load_state(path: Path) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """(tensors, info) of a checkpoint written by save_state; clear errors otherwise."""
    read_header_size(path)
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
            tensors = {key: handle.get_tensor(key) for key in handle.keys()}
    except Exception as error:  # safetensors raises its own error types
        raise ModelFileError(
            tr("{name} is not a valid checkpoint: {error}").format(name=path.name, error=error)
        ) from error
    if STATE_KEY not in metadata:
        raise ModelFileError(
            tr("{name} is not an AIGC Studio training checkpoint").format(name=path.name)
        )
    info = json.loads(metadata[STATE_KEY])
    if int(info.get("version", 0)) > STATE_FORMAT_VERSION:
        raise ModelFileError(tr("{name} was written by a newer AIGC Studio").format(name=path.name))
    return tensors, info


def restore_rng(
    state: TrainingState, tensors: dict[str, torch.Tensor], key: str = "rng/loop"
) -> bool:
    """Continue the saved random streams; ``key`` names this rank's loop stream. False
    (and the loop stream left as it is) when the checkpoint has none under ``key``."""
    torch.set_rng_state(tensors["rng/torch"])
    if key not in tensors:
        return False
    state.rng.set_state(tensors[key])
    return True


def checkpoint_world_size(info: dict[str, Any]) -> int:
    """How many processes trained the run that wrote this checkpoint (1 before torchrun)."""
    return int(info.get("world_size", 1))
