"""Timed latent walks: exact frame counts, exact keyframes, easing, looping, old clips."""

from __future__ import annotations

import json

import numpy as np
import pytest

from aigc_studio.gan.latent import latent_at, walk_latents
from aigc_studio.gan.walk import (
    Walk,
    beat_keyframe_times,
    even_times,
    reached_keyframes,
    walk_frame_latents,
    walk_latent_at,
)
from aigc_studio.media.timeline_render import iter_frames
from aigc_studio.project.commands import AddClip, ReplaceClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import LatentWalkClip, Project

NZ = 16


def keyframes(count: int = 3, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((count, NZ)).astype(np.float32)


class RecordingModels:
    """renderer_for whose faces are blank but which keeps every latent it was given."""

    def __init__(self) -> None:
        self.latents: list[np.ndarray] = []

    def renderer_for(self, model_ref: str):
        def render(latents: np.ndarray) -> np.ndarray:
            self.latents.append(latents.copy())
            return np.zeros((len(latents), 8, 8, 3), dtype=np.uint8)

        return render

    def all(self) -> np.ndarray:
        return np.concatenate(self.latents)


@pytest.mark.parametrize(
    ("duration", "fps", "frames"),
    [(1.0, 30, 30), (2.5, 24, 60), (0.1, 30, 3), (1.01, 30, 30), (3.3333, 60, 200), (7, 25, 175)],
)
def test_a_walk_has_exactly_round_duration_times_fps_frames(duration, fps, frames):
    walk = Walk(keyframes(3), times=(0.0, duration / 3, duration / 2), easing=("ease-in-out",))
    latents = walk_frame_latents(walk, duration, fps)
    assert latents.shape == (frames, NZ) and latents.dtype == np.float32
    assert walk_frame_latents(Walk(keyframes(2)), duration, fps).shape == (frames, NZ)


@pytest.mark.parametrize("interpolation", ["slerp", "linear"])
def test_frames_at_keyframe_times_are_the_keyframes_exactly(interpolation):
    k = keyframes(3)
    walk = Walk(k, times=(0.0, 1.0, 2.9), interpolation=interpolation, easing=("ease-out",) * 2)
    latents = walk_frame_latents(walk, 3.0, 10)
    assert len(latents) == 30
    np.testing.assert_array_equal(latents[0], k[0])
    np.testing.assert_array_equal(latents[10], k[1])
    np.testing.assert_array_equal(latents[29], k[2])  # the last frame, at 2.9 s
    assert not np.allclose(latents[5], k[0]) and not np.allclose(latents[5], k[1])


def test_evenly_timed_walk_ending_on_the_last_frame_matches_walk_latents():
    k = keyframes(4)
    frames, fps = 45, 15
    walk = Walk(k, times=tuple(even_times(4, (frames - 1) / fps)))
    np.testing.assert_allclose(
        walk_frame_latents(walk, frames / fps, fps), walk_latents(k, frames), atol=1e-6
    )


def test_slerp_keeps_the_latent_norm_and_linear_does_not():
    a, b = keyframes(2, seed=3)
    b = -a + 0.3 * b  # nearly opposite: a straight line passes close to the origin
    middle = {
        mode: walk_latent_at(Walk(np.stack([a, b]), interpolation=mode), 0.5, 1.0)
        for mode in ("slerp", "linear")
    }
    typical = (np.linalg.norm(a) + np.linalg.norm(b)) / 2
    assert np.linalg.norm(middle["slerp"]) > 0.9 * typical
    assert np.linalg.norm(middle["linear"]) < 0.5 * typical


def test_easing_changes_the_middle_of_a_segment_but_not_its_ends():
    k = keyframes(2)
    fps, duration = 20, 2.0
    walks = {
        name: Walk(k, times=(0.0, 1.0), easing=(name,), interpolation="linear")
        for name in ("linear", "ease-in", "ease-out", "ease-in-out")
    }
    frames = {name: walk_frame_latents(w, duration, fps) for name, w in walks.items()}
    for latents in frames.values():
        np.testing.assert_array_equal(latents[0], k[0])
        np.testing.assert_array_equal(latents[20], k[1])  # reached at 1 s, then held
        np.testing.assert_array_equal(latents[39], k[1])

    def progress(latent: np.ndarray) -> float:
        """How far from keyframe 0 to keyframe 1 a latent on the straight line between is."""
        return float(np.dot(latent - k[0], k[1] - k[0]) / np.dot(k[1] - k[0], k[1] - k[0]))

    assert progress(frames["linear"][10]) == pytest.approx(0.5, abs=1e-6)
    assert progress(frames["ease-in"][10]) == pytest.approx(0.25, abs=1e-6)  # slow start
    assert progress(frames["ease-out"][10]) == pytest.approx(0.75, abs=1e-6)  # slow arrival
    # Smoothstep is symmetric: the same halfway point, but slower near both keyframes.
    assert progress(frames["ease-in-out"][10]) == pytest.approx(0.5, abs=1e-6)
    assert progress(frames["ease-in-out"][2]) < progress(frames["linear"][2]) - 0.05
    assert progress(frames["ease-in-out"][18]) > progress(frames["linear"][18]) + 0.05


def test_a_loop_returns_to_the_first_keyframe_without_a_jump():
    k = keyframes(3)
    duration, fps = 3.0, 30
    loop = Walk(k, times=(0.0, 1.0, 2.0), loop=True)
    np.testing.assert_array_equal(walk_latent_at(loop, duration, duration), k[0])
    latents = walk_frame_latents(loop, duration, fps)
    np.testing.assert_array_equal(latents[60], k[2])
    # Played twice in a row, the step from the last frame to the first is an ordinary step.
    steps = np.linalg.norm(np.diff(np.concatenate([latents, latents[:1]]), axis=0), axis=1)
    assert steps[-1] < 1.5 * np.median(steps)
    assert np.linalg.norm(latents[-1] - k[0]) < np.linalg.norm(latents[-1] - k[2])
    # Without the loop the walk holds the last face instead.
    held = walk_frame_latents(Walk(k, times=(0.0, 1.0, 2.0)), duration, fps)
    np.testing.assert_array_equal(held[-1], k[2])


def test_a_loop_whose_first_keyframe_is_late_is_on_its_way_back_before_it():
    k = keyframes(2)
    loop = Walk(k, times=(0.5, 1.5), loop=True)  # back to k0 at 0.5 + 2.0 s
    first, at_end = walk_latent_at(loop, 0.0, 2.0), walk_latent_at(loop, 2.0, 2.0)
    np.testing.assert_array_equal(first, at_end)  # seamless when repeated
    assert not np.allclose(first, k[0]) and not np.allclose(first, k[1])


def test_walks_are_deterministic():
    walk = Walk(keyframes(4), times=(0.0, 0.3, 1.1, 1.9), easing=("ease-in", "linear", "ease-out"))
    np.testing.assert_array_equal(
        walk_frame_latents(walk, 2.0, 30), walk_frame_latents(walk, 2.0, 30)
    )


def old_clip_json(duration: float = 2.0) -> dict:
    """A walk as project.json stored it before keyframe times, easing and loops."""
    k = keyframes(3, seed=7)
    return {
        "kind": "latent_walk",
        "id": "old1",
        "start": 0.0,
        "duration": duration,
        "keyframes": k.astype(float).tolist(),
        "model": "builtin:default-faces-64",
        "interpolation": "slerp",
    }


def test_old_clips_load_and_render_exactly_as_before():
    data = old_clip_json(duration=2.0)
    clip = LatentWalkClip.from_dict(json.loads(json.dumps(data)))
    assert clip.keyframe_times is None and clip.easing == [] and clip.loop is False
    project = Project(width=64, height=64, fps=30)
    project.timeline.track("video").clips.append(clip)
    models = RecordingModels()
    frames = list(iter_frames(project, models.renderer_for, batch=7))
    assert len(frames) == 60
    k = np.asarray(data["keyframes"], dtype=np.float64)
    # The renderer before timed walks: latent_at at u = t / duration.
    before = np.stack([latent_at(k, (i / 30) / 2.0, "slerp") for i in range(60)])
    np.testing.assert_array_equal(models.all(), before)
    # Its keyframes were spread over the whole clip, so the middle one shows at 1 s.
    np.testing.assert_array_equal(models.all()[30], k[1].astype(np.float32))


def test_timed_clips_save_load_and_re_render_at_any_frame_rate():
    k = keyframes(3)
    clip = LatentWalkClip(
        1.0,
        2.0,
        k.tolist(),
        keyframe_times=[0.0, 0.5, 1.5],
        easing=["ease-in-out", "ease-in", "ease-out"],
        loop=True,
        interpolation="linear",
    )
    loaded = LatentWalkClip.from_dict(json.loads(json.dumps(clip.to_dict())))
    assert loaded == clip
    for fps in (24, 30, 60):
        project = Project(width=64, height=64, fps=fps)
        project.timeline.track("video").clips.append(loaded)
        models = RecordingModels()
        frames = list(iter_frames(project, models.renderer_for))
        assert len(frames) == 3 * fps
        # The clip starts at 1 s: its frames are the walk's own frames.
        np.testing.assert_allclose(
            models.all(), walk_frame_latents(loaded.walk(), 2.0, fps), atol=1e-6
        )
        assert len(models.all()) == 2 * fps


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"keyframe_times": [0.0, 2.0, 1.0]}, "back in time"),
        ({"keyframe_times": [0.0, 1.0]}, "3 times"),
        ({"keyframe_times": [-1.0, 0.0, 1.0]}, "non-negative"),
        ({"easing": ["bouncy"]}, "easing"),
        ({"loop": "yes"}, "loop"),
    ],
)
def test_bad_walk_fields_in_a_project_file_are_clear_errors(change, message):
    with pytest.raises(ValueError, match=message):
        LatentWalkClip.from_dict({**old_clip_json(), **change})


def test_keyframes_timed_after_the_clip_end_are_not_reached():
    walk = Walk(keyframes(3), times=(0.0, 1.0, 5.0))
    assert reached_keyframes(walk, 2.0) == [0, 1]
    assert reached_keyframes(Walk(keyframes(3)), 2.0) == [0, 1, 2]


def test_replacing_a_walk_clip_is_undoable_and_keeps_its_id():
    project = Project()
    doc = ProjectDocument(project)
    clip = LatentWalkClip(0.0, 2.0, keyframes(2).tolist())
    doc.execute(AddClip(project, "video", clip))
    before = project.to_dict()
    edited = LatentWalkClip(
        0.0, 3.0, keyframes(3).tolist(), id=clip.id, keyframe_times=[0.0, 1.0, 2.0], loop=True
    )
    doc.execute(ReplaceClip(project, edited))
    (now,) = project.timeline.track("video").clips
    assert now.id == clip.id and now.duration == 3.0 and now.loop
    edited.duration = 9.0  # the editor's copy changing later leaves the project alone
    assert now.duration == 3.0
    doc.undo()
    assert project.to_dict() == before
    doc.redo()
    assert project.timeline.track("video").clips[0].duration == 3.0


def test_keyframes_on_beats_take_every_nth_beat_and_go_on_at_the_tempo():
    beats = [0.5, 1.0, 1.5, 2.0, 2.5]
    assert beat_keyframe_times(beats, 3) == [0.5, 1.0, 1.5]
    assert beat_keyframe_times(beats, 3, every=2) == [0.5, 1.5, 2.5]
    assert beat_keyframe_times(beats, 3, every=2, first_beat=1) == [1.0, 2.0, 3.0]
    assert beat_keyframe_times(beats, 7) == [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5]
    with pytest.raises(ValueError, match="two beats"):
        beat_keyframe_times([1.0], 3)
