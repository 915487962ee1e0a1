"""Turn latents into images with a trained generator; the one path every caller uses.

Out of GPU memory, a batch is rendered in halves (and later calls keep the smaller size);
when even one face does not fit, the model moves to the CPU and says so in ``notices``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch

from aigc_studio.gan.checkpoint import load_model
from aigc_studio.gan.config import ModelConfig
from aigc_studio.gan.oom import as_user_error, free_device_memory, is_gpu, is_out_of_memory
from aigc_studio.translation import tr

log = logging.getLogger(__name__)


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
        self.max_batch: int | None = None  # faces per forward pass; None: all at once,
        # lowered when the device runs out of memory
        self.notices: list[str] = []  # sentences for the user (a move to the CPU); callers
        # show and clear them

    @property
    def latent_dim(self) -> int:
        return self.config.latent_dim

    @property
    def resolution(self) -> int:
        return self.config.resolution

    @property
    def label_names(self) -> list[str]:
        """The labels a conditional model can be asked for, e.g. ["eye_color"]; [] otherwise."""
        return list(self.config.label_names)

    @property
    def label_classes(self) -> list[int]:
        return list(self.config.label_classes)

    def random_latents(self, seed: int, count: int = 1) -> np.ndarray:
        return random_latents(self.latent_dim, seed, count)

    def render(
        self, latents: np.ndarray, labels: Sequence[int] | np.ndarray | None = None
    ) -> np.ndarray:
        """(N, latent_dim) float -> (N, R, R, 3) uint8.

        labels: for conditional models, one class per label (used for every latent) or an
        (N, L) array; None cycles evenly through the classes. Unconditional models ignore it.
        """
        latents = np.asarray(latents, dtype=np.float32)
        if latents.ndim == 1:
            latents = latents[None]
        if latents.shape[1] != self.latent_dim:
            raise ValueError(
                tr("latent has {found} values, model expects {expected}").format(
                    found=latents.shape[1], expected=self.latent_dim
                )
            )
        classes = self._label_array(labels, len(latents))
        if len(latents) == 0:
            return self._render_batch(latents, classes)
        done: list[np.ndarray] = []
        start = 0
        while start < len(latents):
            size = min(self.max_batch or len(latents), len(latents) - start)
            part = slice(start, start + size)
            try:
                done.append(
                    self._render_batch(latents[part], None if classes is None else classes[part])
                )
            except Exception as error:
                if not is_out_of_memory(error):
                    raise
            else:
                start += size
                continue
            self._after_out_of_memory(size)  # outside ``except``: the failed tensors are gone
        return np.concatenate(done)

    def _render_batch(self, latents: np.ndarray, classes: np.ndarray | None) -> np.ndarray:
        """One forward pass on the model's device: (n, latent_dim) -> (n, R, R, 3) uint8."""
        with torch.inference_mode():
            z = torch.from_numpy(latents).to(self.device)
            c = None if classes is None else torch.from_numpy(classes).to(self.device)
            return to_uint8_images(self.generator(z, c))

    def _after_out_of_memory(self, failed: int) -> None:
        """Half the batch; at one face, move to the CPU; on the CPU at one face, give up."""
        free_device_memory(self.device)
        if failed > 1:
            self.max_batch = failed // 2
            log.warning("out of memory rendering %d faces; now %d at a time", failed, failed // 2)
        elif is_gpu(self.device):
            self.generator.to(torch.device("cpu"))
            free_device_memory(self.device)
            self.device, self.max_batch = torch.device("cpu"), None
            notice = tr("Out of GPU memory: generating on the CPU instead (slower)")
            log.warning("%s", notice)
            self.notices.append(notice)
        else:
            raise as_user_error(self.device, tr("generating even one face"))

    def _label_array(
        self, labels: Sequence[int] | np.ndarray | None, count: int
    ) -> np.ndarray | None:
        if labels is None or not self.config.conditional:
            return None
        array = np.asarray(labels, dtype=np.int64)
        if array.ndim == 1:
            array = np.tile(array, (count, 1))  # a writable copy: torch refuses read-only arrays
        if array.shape != (count, len(self.label_classes)):
            raise ValueError(
                tr("this model needs one class for each of {labels}").format(
                    labels=", ".join(self.label_names)
                )
            )
        limits = np.asarray(self.label_classes)
        if (array < 0).any() or (array >= limits).any():
            ranges = ", ".join(
                f"{n} 0-{c - 1}" for n, c in zip(self.label_names, limits, strict=True)
            )
            raise ValueError(
                tr("class out of range (this model has {ranges})").format(ranges=ranges)
            )
        return np.ascontiguousarray(array)


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
