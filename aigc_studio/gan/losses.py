"""GAN losses, always computed from fp32 logits.

Working from logits (never a Sigmoid then BCE) keeps the loss finite where D is sure,
and doing it in fp32 matters under bf16 autocast, where a saturated sigmoid rounds to 1.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

LOSSES = ("bce", "hinge")


def discriminator_loss(kind: str, real: torch.Tensor, fake: torch.Tensor) -> torch.Tensor:
    """D's loss from its logits on real and on fake images."""
    real, fake = real.float(), fake.float()
    if kind == "hinge":
        # Lim & Ye 2017 / Miyato et al. 2018: only margin violations count.
        return F.relu(1 - real).mean() + F.relu(1 + fake).mean()
    # The original GAN loss: -log D(x) - log(1 - D(G(z))).
    return F.binary_cross_entropy_with_logits(
        real, torch.ones_like(real)
    ) + F.binary_cross_entropy_with_logits(fake, torch.zeros_like(fake))


def generator_loss(kind: str, fake: torch.Tensor) -> torch.Tensor:
    """G's loss from D's logits on its images."""
    fake = fake.float()
    if kind == "hinge":
        return -fake.mean()
    # The non-saturating form, -log D(G(z)), as in the DCGAN paper.
    return F.binary_cross_entropy_with_logits(fake, torch.ones_like(fake))
