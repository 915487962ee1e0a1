"""Before an export: which latent-walk keyframes are near-copies of a training image?

Each walk's keyframes (those its clip reaches, gan/walk.py: one timed after the clip's end
never shows) are rendered with its model and matched against the features index beside
that model (gan/originality.py). Models without an index are not checked. The check is
advice for the creator, so it never stops an export: a model that cannot be checked is
logged and skipped, and rendering reports its own errors.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aigc_studio.gan.originality import NearestTraining, OriginalityChecker
from aigc_studio.gan.walk import reached_keyframes
from aigc_studio.progress import Reporter, check_cancelled
from aigc_studio.project.model import LatentWalkClip, Project
from aigc_studio.rendering import ModelCache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyframeCopy:
    """A keyframe whose face is a near-copy of a training image."""

    clip_start: float  # seconds from the start of the timeline
    keyframe: int  # 1-based position of the keyframe in its walk
    nearest: NearestTraining


def near_copy_keyframes(
    project: Project, models: ModelCache, reporter: Reporter
) -> list[KeyframeCopy]:
    """Every keyframe of every walk whose face is a near-copy, in timeline order."""
    walks = sorted(
        (c for t in project.timeline.tracks for c in t.clips if isinstance(c, LatentWalkClip)),
        key=lambda clip: clip.start,
    )
    checkers: dict[Path, OriginalityChecker | None] = {}
    copies = []
    for clip in walks:
        check_cancelled(reporter)
        try:
            path = models.path_for(clip.model).resolve()
            if path not in checkers:
                checkers[path] = None  # an unusable index is reported once, not per clip
                checkers[path] = OriginalityChecker.for_model(path)
            checker = checkers[path]
            if checker is None:
                continue
            walk = clip.walk()
            reached = reached_keyframes(walk, clip.duration)
            if not reached:
                continue
            faces = models.renderer_for(clip.model)(
                walk.keyframes[reached].astype(np.float32), clip.labels or None
            )
            results = checker.check(faces)
        except Exception:
            log.warning("keyframes of the walk at %.1f s not checked", clip.start, exc_info=True)
            continue
        copies += [
            KeyframeCopy(clip.start, index + 1, nearest)
            for index, nearest in zip(reached, results, strict=True)
            if nearest.near_copy
        ]
    return copies
