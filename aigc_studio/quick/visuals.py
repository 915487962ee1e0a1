"""The pictures of a quick short: one latent walk per scene, cut or morphed at scene
boundaries, with a keyframe on the music's beats.

Every scene has its own face, drawn from the seed. Inside a scene the walk moves to a
nearby face (the scene's face turned a little towards a fresh random one) on every
``BEAT_EVERY``-th beat, easing in and out so each change lands on the beat. At a boundary
the walk either cuts (the next clip starts on a new face) or morphs (the scene's walk ends
on the next scene's face, so the change flows across the boundary); which one alternates,
starting from the seed. Pure numpy: latents only, the model renders them at export.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aigc_studio.project.clips import DEFAULT_MODEL_REF, LatentWalkClip
from aigc_studio.project.script_timeline import scene_starts
from aigc_studio.script.model import Scene

BEAT_EVERY = 4  # a keyframe every 4th beat: one a bar at 120 BPM, calm enough to watch
MIN_GAP = 0.4  # seconds kept between a beat keyframe and the scene's start or end
TRUNCATION = 0.85  # latents are scaled by this: tamer, more face-like faces
NEARBY_ANGLE = 0.55  # radians a beat keyframe turns from the scene's face (0: the same face)


@dataclass(frozen=True)
class WalkPlan:
    """How a quick short's walks are laid out."""

    seed: int  # draws the faces and which boundaries cut or morph
    latent_dim: int  # the model's latent size
    model: str = DEFAULT_MODEL_REF  # the face model every walk renders with
    beat_every: int = BEAT_EVERY  # keyframes on every n-th beat


def scene_walks(
    scenes: Sequence[Scene], beats: Sequence[float], plan: WalkPlan
) -> list[LatentWalkClip]:
    """One walk per scene, back to back from 0, each as long as its scene."""
    if not scenes:
        return []
    rng = np.random.default_rng([plan.seed, plan.latent_dim])
    faces = _draw(rng, len(scenes), plan.latent_dim)
    # Boundary k sits between scene k and k + 1; morphs alternate with cuts.
    first_morph = int(rng.integers(2))
    morphs = [(k + first_morph) % 2 == 1 for k in range(len(scenes) - 1)] + [False]
    chosen = list(beats)[:: max(1, plan.beat_every)]
    walks = []
    for index, (scene, start) in enumerate(zip(scenes, scene_starts(scenes), strict=True)):
        end = start + scene.duration
        inner = [b - start for b in chosen if start + MIN_GAP <= b <= end - MIN_GAP]
        face = faces[index]
        keyframes = [face] + [_nearby(rng, face) for _ in inner]
        last = faces[index + 1] if morphs[index] else _nearby(rng, face)
        keyframes.append(last)
        times = [0.0, *inner, scene.duration]
        walk = LatentWalkClip(
            start,
            scene.duration,
            [list(map(float, k)) for k in keyframes],
            model=plan.model,
            keyframe_times=times,
            easing=["ease-in-out"] * (len(keyframes) - 1),
        )
        walks.append(walk)
    return walks


def boundary_kinds(walks: Sequence[LatentWalkClip]) -> list[str]:
    """ "morph" or "cut" for each boundary between consecutive walks (for tests and logs):
    a morph's walk ends exactly on the face the next walk starts on."""
    return [
        "morph" if np.allclose(a.keyframes[-1], b.keyframes[0]) else "cut"
        for a, b in zip(walks, walks[1:], strict=False)
    ]


def _draw(rng: np.random.Generator, count: int, latent_dim: int) -> np.ndarray:
    return rng.standard_normal((count, latent_dim)) * TRUNCATION


def _nearby(rng: np.random.Generator, face: np.ndarray) -> np.ndarray:
    """The face turned NEARBY_ANGLE towards a fresh random one, at the same length (so
    slerp between them stays among typical latents)."""
    other = rng.standard_normal(face.shape)
    other -= face * (other @ face) / max(float(face @ face), 1e-12)  # orthogonal to face
    other *= np.linalg.norm(face) / max(float(np.linalg.norm(other)), 1e-12)
    return math.cos(NEARBY_ANGLE) * face + math.sin(NEARBY_ANGLE) * other
