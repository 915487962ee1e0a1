"""An exponential moving average of the generator's weights (Karras et al., Yazici et al. 2019).

The averaged generator makes visibly steadier, cleaner images than the raw one, whose
weights jitter from step to step; the recipe samples and saves only the average.
"""

from __future__ import annotations

import copy

import torch
from torch import nn


class EMA:
    """Holds ``model``'s average: w_ema <- beta * w_ema + (1 - beta) * w after each step."""

    def __init__(self, model: nn.Module, beta: float = 0.999) -> None:
        self.beta = beta  # long-run decay: an average over about 1 / (1 - beta) steps
        self.model = copy.deepcopy(model).eval().requires_grad_(False)

    def decay(self, step: int) -> float:
        """Warm-up: early on the average would be dominated by the random init, so the decay
        starts small, (1 + t) / (10 + t), and grows to ``beta``."""
        return min(self.beta, (1 + step) / (10 + step))

    @torch.no_grad()
    def update(self, model: nn.Module, step: int) -> None:
        weight = 1.0 - self.decay(step)
        for average, current in zip(self.model.parameters(), model.parameters(), strict=True):
            average.lerp_(current, weight)
        # BatchNorm running statistics are averages already: copy them, as StyleGAN does.
        for average, current in zip(self.model.buffers(), model.buffers(), strict=True):
            average.copy_(current)
