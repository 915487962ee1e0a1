"""Variants of one project for batch rendering: the same edit with other faces.

Variant k keeps everything about each latent walk (keyframe count, times, easing, loop,
clip timing, captions, sound) and draws new keyframe latents from a seed derived from k,
so a creator can render several takes of one short and post the best. Variant 1 is the
project itself.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from aigc_studio.project.model import LatentWalkClip, Project
from aigc_studio.translation import tr

# Mixed into every variant's seed, so variant seeds differ from the seeds a user types in
# Explore (seed 2 there is not variant 2 here).
VARIANT_SALT = 0x5EED_7A21


def variant_project(project: Project, k: int) -> Project:
    """A copy of ``project`` whose walks have new keyframes (k >= 2), or an unchanged copy
    (k == 1). The same k always gives the same variant."""
    if k < 1:
        raise ValueError(tr("variants are numbered from 1, got {k}").format(k=k))
    copy = Project.from_dict(project.to_dict())
    if k == 1:
        return copy
    walks = [
        clip
        for track in copy.timeline.tracks
        if track.kind == "video"
        for clip in track.clips
        if isinstance(clip, LatentWalkClip)
    ]
    for index, clip in enumerate(walks):
        rng = np.random.default_rng([VARIANT_SALT, k, index])
        old = np.asarray(clip.keyframes, dtype=np.float64)
        new = rng.standard_normal(old.shape)
        # Each new keyframe keeps its old one's length: a walk made with truncation (short
        # latents, tamer faces) stays as tame. A zero keyframe (the mean face) would stay
        # zero, so it keeps the random length instead.
        old_norms = np.linalg.norm(old, axis=1, keepdims=True)
        new_norms = np.maximum(np.linalg.norm(new, axis=1, keepdims=True), 1e-12)
        new *= np.where(old_norms > 1e-6, old_norms / new_norms, 1.0)
        clip.keyframes = new.tolist()
    return copy


def variant_path(out_path: Path, k: int) -> Path:
    """OUT.mp4 -> OUT-k.mp4 beside it (the same type of path as given)."""
    return out_path.with_name(f"{out_path.stem}-{k}{out_path.suffix or '.mp4'}")
