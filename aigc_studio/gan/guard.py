"""The divergence guard's criterion: when has a training run gone bad?

Two signs, both checked on the per-step losses every time they reach the host:
- a NaN or infinite loss: the weights are (or are about to be) poisoned;
- a collapsed discriminator: D's loss stayed below ``d_floor`` at every one of the last
  ``collapse_steps`` steps while G's loss averaged above ``g_ceiling``. D then separates
  real from fake perfectly and G's gradients no longer lead anywhere; a healthy run's D
  is never perfect for that long. (BCE: G loss 5 means D(G(z)) ~ 0.007; hinge: fake
  logits below -5.)
The training loop answers either sign by rolling back to its last good state with lower
learning rates. A state counts as good only while D is not in a perfect streak.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

from aigc_studio.translation import tr


class DivergedError(ValueError):
    """Training kept diverging after every rollback; the message is shown to the user."""


@dataclass
class DivergenceGuard:
    collapse_steps: int = 100  # consecutive near-perfect D steps that count as a collapse
    d_floor: float = 1e-3  # D loss below this is "perfect"
    g_ceiling: float = 5.0  # ... and G's mean loss above this means G is losing badly
    recent: deque[tuple[float, float]] = field(init=False)

    def __post_init__(self) -> None:
        self.recent = deque(maxlen=self.collapse_steps)

    def check(self, rows: list[tuple[int, float, float]]) -> str | None:
        """Feed (step, loss_d, loss_g) rows in order; returns why the run went bad, or None."""
        for step, loss_d, loss_g in rows:
            if not (math.isfinite(loss_d) and math.isfinite(loss_g)):
                if math.isnan(loss_d) or math.isnan(loss_g):
                    return tr("the losses became NaN at step {step}").format(step=step)
                return tr("the losses became infinite at step {step}").format(step=step)
            self.recent.append((loss_d, loss_g))
            if self._collapsed():
                mean_g = sum(g for _, g in self.recent) / len(self.recent)
                return tr(
                    "the discriminator collapsed at step {step} (D loss below {floor:g} "
                    "for {steps} steps, G loss averaging {mean_g:.1f})"
                ).format(step=step, floor=self.d_floor, steps=self.collapse_steps, mean_g=mean_g)
        return None

    def _collapsed(self) -> bool:
        if len(self.recent) < self.collapse_steps:
            return False
        if any(d >= self.d_floor for d, _ in self.recent):
            return False
        return sum(g for _, g in self.recent) / len(self.recent) > self.g_ceiling

    def state_is_good(self) -> bool:
        """Whether the weights right now are worth keeping as the rollback target."""
        return not self.recent or self.recent[-1][0] >= self.d_floor

    def reset(self) -> None:
        self.recent.clear()
