"""Turn latents into images with a trained generator; the one path every caller uses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from aigc_studio.gan.checkpoint import load_model
from aigc_studio.gan.config import ModelConfig


def to_uint8_images(batch: torch.Tensor) -> np.ndarray:
    """(N, 3, R, R) in [-1, 1] -> (N, R, R, 3) uint8."""
    scaled = ((batch.clamp(-1, 1) + 1) * 127.5).round().to(torch.uint8)
    return scaled.permute(0, 2, 3, 1).cpu().numpy()


def random_latents(latent_dim: int, seed: int, count: int = 1) -> np.ndarray:
    """Standard-normal latents; the same seed always gives the same latents on any machine."""
    generator = torch.Generator().manual_seed(int(seed))
    return torch.randn(count, latent_dim, generator=generator).numpy()


class FaceGenerator:
    """A loaded model ready to render latents, kept in eval mode with gradients off."""

    def __init__(self, model_path: str | Path, device: str | torch.device = "cpu") -> None:
        self.model_path = Path(model_path)
        self.device = torch.device(device)
        loaded = load_model(self.model_path, self.device)
        self.generator = loaded.generator
        self.config: ModelConfig = loaded.config

    @property
    def latent_dim(self) -> int:
        return self.config.latent_dim

    @property
    def resolution(self) -> int:
        return self.config.resolution

    def random_latents(self, seed: int, count: int = 1) -> np.ndarray:
        return random_latents(self.latent_dim, seed, count)

    def render(self, latents: np.ndarray) -> np.ndarray:
        """(N, latent_dim) float -> (N, R, R, 3) uint8."""
        latents = np.asarray(latents, dtype=np.float32)
        if latents.ndim == 1:
            latents = latents[None]
        if latents.shape[1] != self.latent_dim:
            raise ValueError(
                f"latent has {latents.shape[1]} values, model expects {self.latent_dim}"
            )
        with torch.inference_mode():
            images = self.generator(torch.from_numpy(latents).to(self.device))
        return to_uint8_images(images)


def image_grid(images: np.ndarray, columns: int = 8, padding: int = 2) -> np.ndarray:
    """(N, R, R, 3) uint8 -> one (H, W, 3) grid image with white gutters."""
    count, size = len(images), images.shape[1]
    rows = -(-count // columns)
    step = size + padding
    grid = np.full((rows * step + padding, columns * step + padding, 3), 255, dtype=np.uint8)
    for index, image in enumerate(images):
        row, column = divmod(index, columns)
        top, left = padding + row * step, padding + column * step
        grid[top : top + size, left : left + size] = image
    return grid
