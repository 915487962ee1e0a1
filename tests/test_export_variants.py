"""Batch variants: variant 1 is the project as it is; the others show other faces along
walks that keep their timing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aigc_studio.media.frames import face_rect
from aigc_studio.media.timeline_render import iter_frames
from aigc_studio.media.variants import variant_path, variant_project
from tests.test_media_timeline import FakeModels, walk_project


def frames_of(project) -> np.ndarray:
    return np.stack(list(iter_frames(project, FakeModels().renderer_for)))


def face_of(frames: np.ndarray) -> np.ndarray:
    left, top, side = face_rect(frames.shape[2], frames.shape[1])
    return frames[:, top : top + side, left : left + side].astype(int)


def test_variant_one_is_the_plain_render_and_the_others_differ_in_pixels():
    project = walk_project(duration=1.0)
    clip = project.timeline.track("video").clips[0]
    clip.keyframes.append([1.0] * len(clip.keyframes[0]))
    clip.keyframe_times = [0.0, 0.3, 1.0]
    clip.easing = ["ease-in-out", "linear"]
    clip.loop = True
    plain = frames_of(project)

    assert np.array_equal(frames_of(variant_project(project, 1)), plain)
    second, third = (variant_project(project, k) for k in (2, 3))
    for variant in (second, third):
        face = face_of(frames_of(variant))
        assert np.abs(face - face_of(plain)).mean() > 5  # other faces...
        walk = variant.timeline.track("video").clips[0]
        assert len(walk.keyframes) == 3 and walk.keyframe_times == [0.0, 0.3, 1.0]
        assert walk.easing == clip.easing and walk.loop and walk.start == clip.start
        assert np.allclose(  # ...as far from the mean face as the originals
            np.linalg.norm(walk.keyframes, axis=1), np.linalg.norm(clip.keyframes, axis=1)
        )
    assert np.abs(face_of(frames_of(second)) - face_of(frames_of(third))).mean() > 5
    assert np.array_equal(frames_of(variant_project(project, 2)), frames_of(second))  # repeatable
    assert project.timeline.track("video").clips[0].keyframes == clip.keyframes  # untouched


def test_variant_paths_and_numbers():
    assert variant_path(Path("/v/short.mp4"), 3) == Path("/v/short-3.mp4")
    with pytest.raises(ValueError, match="numbered from 1"):
        variant_project(walk_project(), 0)
