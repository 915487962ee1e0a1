"""Choose where torch runs: a GPU when there is one, the CPU when not."""

from __future__ import annotations

import torch

from aigc_studio.translation import tr

DEVICE_CHOICES = ("auto", "cpu", "cuda", "mps")


def resolve_device(name: str = "auto") -> torch.device:
    if name not in DEVICE_CHOICES:
        raise ValueError(
            tr("unknown device {name!r}; choose one of {choices}").format(
                name=name, choices=", ".join(DEVICE_CHOICES)
            )
        )
    mps_ok = hasattr(torch.backends, "mps") and torch.backends.mps.is_available()
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        return torch.device("mps" if mps_ok else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise ValueError(tr("CUDA was requested but no CUDA GPU is available (use --device cpu)"))
    if name == "mps" and not mps_ok:
        raise ValueError(tr("MPS was requested but Apple's Metal backend is not available"))
    return torch.device(name)
