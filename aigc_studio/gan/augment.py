"""DiffAugment (Zhao et al. 2020): differentiable colour, translation and cutout.

The discriminator sees every real and every fake image through the same random
augmentations, so it cannot memorise a small training set, and because each one is
differentiable the generator still learns through them. Follows the authors' reference
code, with every random draw taken from a given torch.Generator so runs repeat exactly.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from aigc_studio.translation import tr

POLICIES = ("color", "translation", "cutout")
TRANSLATION_RATIO = 0.125  # shift by up to 1/8 of the image side
CUTOUT_RATIO = 0.5  # erase a square half the image side


def _uniform(x: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    return torch.rand(x.shape[0], 1, 1, 1, generator=rng).to(x.device, x.dtype)


def color(x: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    """Random brightness, saturation and contrast per image."""
    x = x + (_uniform(x, rng) - 0.5)
    mean = x.mean(dim=1, keepdim=True)
    x = (x - mean) * (_uniform(x, rng) * 2) + mean
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    return (x - mean) * (_uniform(x, rng) + 0.5) + mean


def _grid(batch: int, height: int, width: int, device: torch.device) -> tuple[torch.Tensor, ...]:
    return torch.meshgrid(
        torch.arange(batch, device=device),
        torch.arange(height, device=device),
        torch.arange(width, device=device),
        indexing="ij",
    )


def translation(x: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    """Shift each image by a random offset, filling the uncovered border with zeros."""
    batch, _, height, width = x.shape
    shift_y, shift_x = int(height * TRANSLATION_RATIO + 0.5), int(width * TRANSLATION_RATIO + 0.5)
    dy = torch.randint(-shift_y, shift_y + 1, (batch, 1, 1), generator=rng).to(x.device)
    dx = torch.randint(-shift_x, shift_x + 1, (batch, 1, 1), generator=rng).to(x.device)
    grid_b, grid_y, grid_x = _grid(batch, height, width, x.device)
    grid_y = torch.clamp(grid_y + dy + 1, 0, height + 1)
    grid_x = torch.clamp(grid_x + dx + 1, 0, width + 1)
    padded = F.pad(x, [1, 1, 1, 1])  # index 0 and side+1 read the zero border
    return padded.permute(0, 2, 3, 1)[grid_b, grid_y, grid_x].permute(0, 3, 1, 2)


def cutout(x: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
    """Zero a random square (half the side) in each image."""
    batch, _, height, width = x.shape
    size_y, size_x = int(height * CUTOUT_RATIO + 0.5), int(width * CUTOUT_RATIO + 0.5)
    top = torch.randint(0, height + (1 - size_y % 2), (batch, 1, 1), generator=rng).to(x.device)
    left = torch.randint(0, width + (1 - size_x % 2), (batch, 1, 1), generator=rng).to(x.device)
    grid_b, grid_y, grid_x = _grid(batch, size_y, size_x, x.device)
    grid_y = torch.clamp(grid_y + top - size_y // 2, 0, height - 1)
    grid_x = torch.clamp(grid_x + left - size_x // 2, 0, width - 1)
    mask = torch.ones(batch, height, width, dtype=x.dtype, device=x.device)
    mask[grid_b, grid_y, grid_x] = 0
    return x * mask.unsqueeze(1)


FUNCTIONS = {"color": color, "translation": translation, "cutout": cutout}


def parse_policy(policy: str) -> tuple[str, ...]:
    """'color,translation,cutout' -> its names; '' means no augmentation."""
    names = tuple(name.strip() for name in policy.split(",") if name.strip())
    unknown = [name for name in names if name not in FUNCTIONS]
    if unknown:
        raise ValueError(
            tr("unknown augmentation {name!r}; use some of {choices}").format(
                name=unknown[0], choices=", ".join(POLICIES)
            )
        )
    return names


def diff_augment(x: torch.Tensor, policy: tuple[str, ...], rng: torch.Generator) -> torch.Tensor:
    """Apply each augmentation of ``policy`` in order, with fresh randomness per image."""
    for name in policy:
        x = FUNCTIONS[name](x, rng)
    return x
