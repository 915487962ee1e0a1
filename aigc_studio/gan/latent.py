"""Latent math in numpy: interpolation, latent walks and slider coordinates.

Kept free of torch so the media renderer and the UI can use it without loading a model.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from aigc_studio.translation import tr

Interpolation = Literal["slerp", "linear"]


def lerp(a: np.ndarray, b: np.ndarray, t: float) -> np.ndarray:
    return (1.0 - t) * a + t * b


def slerp(a: np.ndarray, b: np.ndarray, t: float) -> np.ndarray:
    """Spherical interpolation: Gaussian latents keep a typical norm along the path,
    so the faces in the middle of a walk stay as sharp as the keyframes."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    norm_a, norm_b = np.linalg.norm(a), np.linalg.norm(b)
    if norm_a < 1e-8 or norm_b < 1e-8:
        return lerp(a, b, t)
    cos_omega = np.clip(np.dot(a / norm_a, b / norm_b), -1.0, 1.0)
    omega = np.arccos(cos_omega)
    if omega < 1e-4:  # nearly parallel: linear is exact enough and avoids 0/0
        return lerp(a, b, t)
    sin_omega = np.sin(omega)
    return (np.sin((1.0 - t) * omega) * a + np.sin(t * omega) * b) / sin_omega


def walk_position(keyframe_count: int, u: float) -> tuple[int, float]:
    """Which segment (index of its first keyframe) and how far into it, for u in [0, 1]."""
    segments = keyframe_count - 1
    position = min(max(u, 0.0), 1.0) * segments
    index = min(int(position), segments - 1)
    return index, position - index


def latent_at(
    keyframes: np.ndarray, u: float, interpolation: Interpolation = "slerp"
) -> np.ndarray:
    """The latent a walk through ``keyframes`` (K, nz) reaches at fraction u of its length."""
    keyframes = np.asarray(keyframes, dtype=np.float64)
    if len(keyframes) < 2:
        raise ValueError(tr("a latent walk needs at least two keyframes"))
    index, t = walk_position(len(keyframes), u)
    mix = slerp if interpolation == "slerp" else lerp
    return mix(keyframes[index], keyframes[index + 1], t).astype(np.float32)


def walk_latents(
    keyframes: np.ndarray, frame_count: int, interpolation: Interpolation = "slerp"
) -> np.ndarray:
    """``frame_count`` latents evenly spaced along the walk, first and last keyframe included."""
    if frame_count < 1:
        return np.zeros((0, np.shape(keyframes)[1]), dtype=np.float32)
    if frame_count == 1:
        return np.asarray(keyframes[:1], dtype=np.float32)
    positions = np.linspace(0.0, 1.0, frame_count)
    return np.stack([latent_at(keyframes, float(u), interpolation) for u in positions])


class LatentSliders:
    """Slider coordinates of a latent along fixed orthonormal directions.

    A latent z splits into its coordinates along ``count`` directions plus the rest; the
    sliders show and set those coordinates, so "random" moves the sliders to the new
    face's position instead of hiding it behind zeroed sliders. ``LatentSliders(dim)``
    takes directions from a fixed seed, so the same model always gets the same sliders;
    ``from_vectors`` takes found ones (SeFa, GANSpace, attributes; see gan.directions).
    """

    def __init__(self, latent_dim: int, count: int = 12, seed: int = 0) -> None:
        if not 1 <= count <= latent_dim:
            raise ValueError(
                tr("slider count must be 1..{most}, got {count}").format(
                    most=latent_dim, count=count
                )
            )
        rng = np.random.default_rng(seed)
        q, _ = np.linalg.qr(rng.standard_normal((latent_dim, count)))
        self.directions = q.T.astype(np.float32)  # (count, latent_dim), orthonormal rows

    @classmethod
    def from_vectors(cls, vectors: np.ndarray) -> LatentSliders:
        """Sliders along given (count, latent_dim) orthonormal rows.

        ``apply`` swaps coordinates in and out by projection, which is only exact for
        orthonormal rows, so anything else is refused rather than silently drifting.
        """
        rows = np.array(vectors, dtype=np.float32)
        if rows.ndim != 2 or not 1 <= len(rows) <= rows.shape[1]:
            raise ValueError(
                tr("slider directions must be (count, latent_dim), got {shape}").format(
                    shape=rows.shape
                )
            )
        gram = rows.astype(np.float64) @ rows.T.astype(np.float64)
        if not np.allclose(gram, np.eye(len(rows)), atol=1e-3):
            raise ValueError(tr("slider directions must be orthonormal"))
        sliders = cls.__new__(cls)  # skips the seeded-random directions of __init__
        sliders.directions = rows
        return sliders

    @property
    def count(self) -> int:
        return len(self.directions)

    def values_from_latent(self, z: np.ndarray) -> np.ndarray:
        return (self.directions @ np.asarray(z, dtype=np.float32)).astype(np.float32)

    def apply(self, z: np.ndarray, values: np.ndarray) -> np.ndarray:
        """z with its slider coordinates replaced by ``values``."""
        z = np.asarray(z, dtype=np.float32)
        rest = z - self.directions.T @ (self.directions @ z)
        return (rest + self.directions.T @ np.asarray(values, dtype=np.float32)).astype(np.float32)
