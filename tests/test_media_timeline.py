"""Timeline to frames: which clip shows when, batched latents, captions on top."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_studio.gan.latent import latent_at
from aigc_studio.media.captions import DEFAULT_STYLE, caption_overlay, caption_top
from aigc_studio.media.frames import face_rect, neutral_background
from aigc_studio.media.timeline_render import frame_at, frame_count, iter_frames
from aigc_studio.project.model import CaptionClip, LatentWalkClip, Project

NZ = 8


def colour_face(latent: np.ndarray, resolution: int = 32) -> np.ndarray:
    """A fake generator: a disc whose colours follow the latent's first three values."""
    colour = (255 / (1 + np.exp(-2 * latent[:3]))).astype(np.uint8)
    y, x = np.mgrid[0:resolution, 0:resolution] / resolution - 0.5
    face = np.full((resolution, resolution, 3), 230, dtype=np.uint8)
    face[x**2 + y**2 < 0.12] = colour
    face[(abs(y + 0.05) < 0.05) & (abs(abs(x) - 0.15) < 0.05)] = 20  # eyes
    return face


class FakeModels:
    """renderer_for that records every call, so tests can see the batching."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, np.ndarray]] = []

    def renderer_for(self, model_ref: str):
        def render(latents: np.ndarray) -> np.ndarray:
            assert latents.dtype == np.float32 and latents.ndim == 2
            self.calls.append((model_ref, latents.copy()))
            return np.stack([colour_face(z) for z in latents])

        return render


def walk_project(
    duration: float = 2.0, width: int = 180, height: int = 320, captions: bool = True
) -> Project:
    """One latent walk from a dark red face to a bright green one, and two captions."""
    project = Project(name="test", width=width, height=height, fps=30)
    start = [-3.0, -3.0, -3.0] + [0.0] * (NZ - 3)
    end = [-3.0, 3.0, 2.0] + [0.0] * (NZ - 3)
    project.timeline.track("video").clips.append(
        LatentWalkClip(0.0, duration, [start, end], interpolation="linear")
    )
    if captions:
        track = project.timeline.track("caption").clips
        track.append(CaptionClip(0.0, duration / 2, "Hello creators, this is a test"))
        track.append(CaptionClip(duration / 2, duration / 2, "你好，世界！这是中文字幕。"))
    return project


def caption_rows(project: Project, text: str) -> slice:
    overlay = caption_overlay(text, project.width, DEFAULT_STYLE)
    top = caption_top(overlay.height, project.height, DEFAULT_STYLE)
    return slice(top, top + overlay.height)


def test_frame_count_rounds_duration_and_is_never_zero():
    assert frame_count(walk_project(duration=2.0)) == 60
    assert frame_count(walk_project(duration=1.01)) == 30
    assert frame_count(Project()) == 1  # an empty project still exports one frame


def test_iter_frames_renders_latents_in_batches_along_the_walk():
    project = walk_project(duration=1.0, captions=False)
    models = FakeModels()
    frames = list(iter_frames(project, models.renderer_for, batch=8))
    assert len(frames) == 30
    assert all(f.shape == (320, 180, 3) and f.dtype == np.uint8 for f in frames)
    assert [len(latents) for _, latents in models.calls] == [8, 8, 8, 6]
    clip = project.timeline.track("video").clips[0]
    latents = np.concatenate([latents for _, latents in models.calls])
    for i in (0, 7, 29):
        expected = latent_at(np.asarray(clip.keyframes), (i / 30) / clip.duration, "linear")
        np.testing.assert_allclose(latents[i], expected, atol=1e-6)
    assert {ref for ref, _ in models.calls} == {clip.model}


def test_frames_follow_the_walk_where_the_face_is():
    project = walk_project(duration=2.0, captions=False)
    models = FakeModels()
    first = frame_at(project, 0.0, models.renderer_for)
    last = frame_at(project, 59 / 30, models.renderer_for)
    left, top, side = face_rect(project.width, project.height)
    cy, cx = top + side // 2, left + side // 2
    assert first[cy, cx, 1] < 60  # green channel of a dark red face
    assert last[cy, cx, 1] > 200  # bright green at the end of the walk


def test_no_active_clip_gives_the_neutral_background():
    project = walk_project(duration=1.0, captions=False)
    project.timeline.track("video").clips[0].start = 0.5  # nothing before 0.5 s
    frame = frame_at(project, 0.2, FakeModels().renderer_for)
    np.testing.assert_array_equal(frame, neutral_background(180, 320))
    assert frame.mean() > 15  # a soft gradient, not black


def test_caption_pixels_appear_only_in_the_caption_area_while_active():
    with_captions = walk_project(duration=2.0, captions=True)
    without = walk_project(duration=2.0, captions=False)
    with_captions.timeline.track("caption").clips[1].start = 1.5  # gap from 1.0 to 1.5 s
    with_captions.timeline.track("caption").clips[1].duration = 0.5
    renderer_for = FakeModels().renderer_for
    text = with_captions.timeline.track("caption").clips[0].text
    rows = caption_rows(with_captions, text)

    shown = frame_at(with_captions, 0.5, renderer_for).astype(int)
    plain = frame_at(without, 0.5, renderer_for).astype(int)
    changed = np.abs(shown - plain).max(axis=2) > 40
    assert changed[rows].sum() > 200  # glyphs drawn where captions go
    outside = changed.copy()
    outside[rows] = False
    assert not outside.any()  # and nowhere else
    white = (shown[rows] > 240).all(axis=2).sum()
    black = (shown[rows] < 15).all(axis=2).sum()
    assert white > 50 and black > 50  # white text with a dark outline

    between = frame_at(with_captions, 1.2, renderer_for)  # no caption active
    np.testing.assert_array_equal(between, frame_at(without, 1.2, renderer_for))


def test_renderer_returning_the_wrong_shape_is_a_clear_error():
    project = walk_project(duration=0.2, captions=False)

    def bad_renderer_for(model_ref):
        return lambda latents: np.zeros((len(latents), 32, 32), dtype=np.uint8)

    with pytest.raises(ValueError, match="expected"):
        list(iter_frames(project, bad_renderer_for))
