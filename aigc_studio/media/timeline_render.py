"""Turn a project's timeline into frames, and frames into an MP4.

Frame i shows time t = i / fps. The video track's latent walk clip active at t gives a
latent (its walk at t - start seconds, gan/walk.py: timed keyframes, easing, looping; a
clip saved before those interpolates at u = (t - start) / duration); latents are rendered in
batches by the model the caller resolves (``renderer_for(model_ref)``: media never loads
models itself, so it never imports torch), in the clip's classes when it has them (a walk
of a conditional model); each face is composed into the vertical frame and the caption
active at t is drawn on top.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from aigc_studio.gan.walk import Walk, walk_latent_at
from aigc_studio.media.ai_label import draw_ai_label
from aigc_studio.media.captions import DEFAULT_STYLE, CaptionStyle, draw_caption
from aigc_studio.media.export import ExportSettings, write_video
from aigc_studio.media.frames import compose_face, neutral_background
from aigc_studio.media.sidecars import write_sidecars
from aigc_studio.progress import Reporter
from aigc_studio.project.model import CaptionClip, LatentWalkClip, Project

# (N, nz) float32 -> (N, R, R, 3) uint8. A clip with classes (LatentWalkClip.labels) is
# rendered as renderer(latents, labels), one class per label; others as renderer(latents).
LatentRenderer = Callable[..., np.ndarray]
RendererFor = Callable[[str], LatentRenderer]  # model reference -> renderer


def frame_count(project: Project, fps: int | None = None) -> int:
    """Frames in the project's video: round(duration * fps), at least one."""
    return max(1, int(round(project.duration * (fps or project.fps))))


def active_walk(project: Project, t: float) -> LatentWalkClip | None:
    """The latent walk shown at t: the first video track with one wins (tracks are listed
    top to bottom, and the top one covers the others); within a track, the latest start."""
    for track in project.timeline.tracks:
        if track.kind != "video":
            continue
        active = [c for c in track.clips if isinstance(c, LatentWalkClip) and _covers(c, t)]
        if active:
            return max(active, key=lambda c: c.start)
    return None


def active_caption(project: Project, t: float) -> str:
    """Text of the captions showing at t, one per line (overlapping captions stack)."""
    texts = [
        c.text
        for track in project.timeline.tracks
        if track.kind == "caption"
        for c in track.clips
        if isinstance(c, CaptionClip) and _covers(c, t) and c.text.strip()
    ]
    return "\n".join(texts)


def clip_latent(clip: LatentWalkClip, t: float, walk: Walk | None = None) -> np.ndarray:
    """The clip's latent at timeline time t; ``walk`` saves rebuilding clip.walk()."""
    return walk_latent_at(walk or clip.walk(), clip.walk_time(t), clip.walk_length)


def frame_at(
    project: Project,
    t: float,
    renderer_for: RendererFor,
    style: CaptionStyle = DEFAULT_STYLE,
) -> np.ndarray:
    """The composed (height, width, 3) uint8 frame at t seconds (previews, thumbnails)."""
    clip = active_walk(project, t)
    face = None
    if clip is not None:
        face = _render(renderer_for, clip.model, clip.labels, clip_latent(clip, t)[None])[0]
    return _compose(face, active_caption(project, t), project.width, project.height, style)


def iter_frames(
    project: Project,
    renderer_for: RendererFor,
    batch: int = 16,
    *,
    width: int | None = None,
    height: int | None = None,
    fps: int | None = None,
    style: CaptionStyle = DEFAULT_STYLE,
) -> Iterator[np.ndarray]:
    """Every frame of the project in order; size and rate default to the project's.

    Latents are rendered ``batch`` frames at a time (one renderer call per model per
    batch), but frames are composed and yielded one by one, so memory stays bounded.
    """
    width, height, fps = width or project.width, height or project.height, fps or project.fps
    count = frame_count(project, fps)
    batch = max(1, int(batch))
    for first in range(0, count, batch):
        times = [i / fps for i in range(first, min(first + batch, count))]
        clips = [active_walk(project, t) for t in times]
        faces = _render_batch(renderer_for, clips, times)
        for t, face in zip(times, faces, strict=True):
            yield _compose(face, active_caption(project, t), width, height, style)


def render_project(
    project: Project,
    renderer_for: RendererFor,
    out_path: str | Path,
    reporter: Reporter,
    settings: ExportSettings | None = None,
) -> Path:
    """Export the project as an MP4 (H.264 + AAC) at out_path and return the path.

    With ``settings.ai_label`` every frame carries the visible AI-generated mark (and the
    file the metadata label); with ``settings.sidecars`` an SRT and a description text are
    written beside the MP4 once it is complete.

    ``settings`` None means the defaults at the project's size and frame rate. Cancelling
    (reporter) or any error leaves nothing under out_path's temporary name and leaves an
    existing out_path untouched; the exception propagates.
    """
    settings = settings or ExportSettings.for_project(project)
    settings.validate()
    count = frame_count(project, settings.fps)
    frames = iter_frames(
        project, renderer_for, width=settings.width, height=settings.height, fps=settings.fps
    )
    if settings.ai_label:
        position = settings.ai_label_position
        frames = (draw_ai_label(frame, position) for frame in frames)
    out = write_video(frames, count, out_path, reporter, settings)
    if settings.sidecars:
        write_sidecars(project, out)
    return out


def _covers(clip: LatentWalkClip | CaptionClip, t: float) -> bool:
    return clip.start <= t < clip.start + clip.duration


def _render_batch(
    renderer_for: RendererFor, clips: list[LatentWalkClip | None], times: list[float]
) -> list[np.ndarray | None]:
    """Faces for each time (None where no clip is active), one renderer call per model and
    classes."""
    faces: list[np.ndarray | None] = [None] * len(times)
    by_model: dict[tuple[str, tuple[int, ...]], list[tuple[int, LatentWalkClip]]] = {}
    walks: dict[int, Walk] = {}  # built once per clip, not once per frame
    for index, clip in enumerate(clips):
        if clip is not None:
            by_model.setdefault((clip.model, tuple(clip.labels)), []).append((index, clip))
            if id(clip) not in walks:
                walks[id(clip)] = clip.walk()
    for (model, labels), entries in by_model.items():
        latents = np.stack([clip_latent(clip, times[i], walks[id(clip)]) for i, clip in entries])
        rendered = _render(renderer_for, model, list(labels), latents)
        for (i, _), face in zip(entries, rendered, strict=True):
            faces[i] = face
    return faces


def _render(
    renderer_for: RendererFor, model: str, labels: list[int], latents: np.ndarray
) -> np.ndarray:
    renderer = renderer_for(model)
    latents = latents.astype(np.float32)
    images = np.asarray(renderer(latents, labels) if labels else renderer(latents))
    if images.ndim != 4 or images.shape[0] != len(latents) or images.shape[3] != 3:
        raise ValueError(
            f"the model {model!r} returned images of shape {images.shape}, "
            f"expected ({len(latents)}, R, R, 3)"
        )
    return images.astype(np.uint8, copy=False)


def _compose(
    face: np.ndarray | None, caption: str, width: int, height: int, style: CaptionStyle
) -> np.ndarray:
    frame = neutral_background(width, height) if face is None else compose_face(face, width, height)
    if caption:
        draw_caption(frame, caption, style)
    return frame
