"""The explorer's moves through latent space: truncation, blends and mutations (numpy only).

Small vector maths on one latent or a handful, cheap enough for the GUI thread (a 16×100
draw is microseconds); the generator itself only ever runs in the preview worker.
"""

from __future__ import annotations

import numpy as np

from aigc_studio.gan.latent import slerp


def truncate(latent: np.ndarray, psi: float) -> np.ndarray:
    """The truncation trick on a z-space model: psi * z pulls a face towards the average face
    (z = 0). psi 1 is the face itself, 0 the average face, above 1 an exaggerated one."""
    latent = np.asarray(latent, dtype=np.float32)
    if psi == 1.0:
        return latent.copy()
    return (np.float32(psi) * latent).astype(np.float32)


def blend(a: np.ndarray, b: np.ndarray, share_of_b: float) -> np.ndarray:
    """Face A mixed with face B, spherically (as the walks are, so mixes keep a typical norm
    and stay sharp); exactly A at 0 and exactly B at 1."""
    if share_of_b <= 0.0:
        return np.array(a, dtype=np.float32)
    if share_of_b >= 1.0:
        return np.array(b, dtype=np.float32)
    return slerp(a, b, share_of_b).astype(np.float32)


def mutations(
    parent: np.ndarray, strength: float, count: int, rng: np.random.Generator
) -> np.ndarray:
    """``count`` children of a latent (Ganbreeder style): each is sqrt(1 - s²)·parent + s·noise.

    Mixing in fresh standard-normal noise this way keeps a child a typical latent (its
    variance stays one) however far it strays: strength 0 is the parent itself, 1 a
    stranger. Returns (count, nz) float32.
    """
    strength = float(np.clip(strength, 0.0, 1.0))
    parent = np.asarray(parent, dtype=np.float32)
    noise = rng.standard_normal((count, parent.shape[0])).astype(np.float32)
    keep = np.float32(np.sqrt(1.0 - strength**2))
    return (keep * parent[None] + np.float32(strength) * noise).astype(np.float32)
