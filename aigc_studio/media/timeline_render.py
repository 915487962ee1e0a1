"""Turn a project's timeline into frames, and frames (with the timeline's sound) into an MP4.

Frame i shows time t = i / fps. At each t every video track gives the clip it shows
(media/compose.py draws them, bottom track first); a latent walk's latent is its walk at
that moment (gan/walk.py: timed keyframes, easing, looping), rendered in batches by the
model the caller resolves (``renderer_for(model_ref)``: media never loads models itself,
so it never imports torch), in the clip's classes when it has them; the captions showing
at t are drawn on top. The preview (frame_at) and the export (iter_frames inside
render_project) go through the same function, so a frame at t in the exported file is
the preview's frame at t, plus the AI label, within encoding error.

A virtual host's mouth follows the narration heard at t on the timeline (the project's
narration envelope, media/narration_envelope.py, cached while the narration stays the
same), so moving or trimming the host or a narration clip keeps the two in step.
"""

from __future__ import annotations

import queue
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import numpy as np

from aigc_studio.gan.walk import Walk, walk_latent_at
from aigc_studio.media.captions import CaptionStyle, style_for
from aigc_studio.media.compose import (
    TrackMoment,
    caption_op,
    compose_frame,
    label_op,
    moments_at,
    walks_shown,
)
from aigc_studio.media.export import (
    DISK_FULL_ERRNOS,
    DiskFullError,
    ExportSettings,
    temp_full_message,
    write_video,
)
from aigc_studio.media.layers import Face, FaceKey, Shown, Stage
from aigc_studio.media.mix import has_sound, write_mix_wav
from aigc_studio.media.narration_envelope import NarrationEnvelope, narration_envelope
from aigc_studio.media.sidecars import write_sidecars
from aigc_studio.media.sources import MediaSources
from aigc_studio.progress import Reporter
from aigc_studio.project.clips import TalkSettings
from aigc_studio.project.model import CaptionClip, LatentWalkClip, Project
from aigc_studio.translation import tr

# (N, nz) float32 -> (N, R, R, 3) uint8. A clip with classes (LatentWalkClip.labels) is
# rendered as renderer(latents, labels), one class per label; others as renderer(latents).
# A renderer may also have ``enlarge(faces, size) -> (N, size, size, 3) uint8``, a bicubic
# enlargement faster than Pillow's (rendering.ModelCache's uses torch's uint8 path); a face
# drawn as a square over a background is then enlarged that way.
LatentRenderer = Callable[..., np.ndarray]
RendererFor = Callable[[str], LatentRenderer]  # model reference -> renderer
# Frames composed ahead of the encoder during an export: enough that a slow frame (a new
# batch of faces) never leaves the encoder waiting, few enough to keep memory small.
PREFETCH_FRAMES = 3
# Faces rendered per model call during an export: batching saves the model's per-call
# overhead, and 8 (not more) keeps the batch's enlarged faces small in memory.
EXPORT_BATCH = 8

BLINK_SECONDS = 0.2  # a blink, eyes closing and opening again
BLINK_DEPTH = 3.0  # how far along the blink direction the eyes are fully closed
DRIFT_HERTZ = (0.08, 0.25)  # slow head drifts: a few seconds per sway

Item = TypeVar("Item")


def frame_count(project: Project, fps: int | None = None) -> int:
    """Frames in the project's video: round(duration * fps), at least one."""
    return max(1, int(round(project.duration * (fps or project.fps))))


def active_caption(project: Project, t: float) -> str:
    """Text of the captions showing at t, one per line (overlapping captions stack)."""
    return "\n".join(c.text for c in _active_captions(project, t))


def caption_progress(project: Project, t: float) -> float:
    """How much of the captions showing at t has been spoken, 0..1 (karaoke): each clip's
    share of its own time, weighted by its characters when captions stack."""
    weighted = total = 0.0
    for clip in _active_captions(project, t):
        characters = sum(1 for ch in clip.text if not ch.isspace())
        share = (t - clip.start) / clip.duration if clip.duration > 0 else 1.0
        weighted += characters * min(max(share, 0.0), 1.0)
        total += characters
    return weighted / total if total else 0.0


def _active_captions(project: Project, t: float) -> list[CaptionClip]:
    return [
        c
        for track in project.timeline.tracks
        if track.kind == "caption"
        for c in track.clips
        if isinstance(c, CaptionClip) and _covers(c, t) and c.text.strip()
    ]


def clip_latent(
    clip: LatentWalkClip,
    t: float,
    walk: Walk | None = None,
    narration: NarrationEnvelope | None = None,
) -> np.ndarray:
    """The clip's latent at timeline time t; ``walk`` saves rebuilding clip.walk().

    A virtual host (clip.talk) moves from its walk along its talk directions: the mouth
    with the narration's loudness at t (``narration``, the project's narration_envelope;
    None: the envelope stored on the clip, for a narration that cannot be read), the eyes
    in short blinks, the head in slow drifts.
    """
    seconds = clip.walk_time(t)
    latent = walk_latent_at(walk or clip.walk(), seconds, clip.walk_length)
    if clip.talk is not None:
        loudness = narration.at(t) if narration is not None else None
        # Blinks and drift run on walk time, not time since the clip's start: the second
        # half of a split host (its source_in moved on) carries on where the first stopped.
        latent = latent + talk_offset(clip.talk, seconds, loudness)
    return latent


def talk_offset(talk: TalkSettings, seconds: float, loudness: float | None = None) -> np.ndarray:
    """How far a virtual host's latent moves ``seconds`` into its walk (the clip's start,
    until it is trimmed or split) when the narration is ``loudness`` loud (0..1; None:
    the clip's stored envelope at ``seconds``)."""
    if loudness is None:
        loudness = envelope_at(talk, seconds)
    offset = talk.strength * loudness * np.asarray(talk.mouth, np.float64)
    if talk.blink and talk.blink_every > 0:
        offset = offset + BLINK_DEPTH * blink_at(talk, seconds) * np.asarray(talk.blink)
    if talk.drift and talk.drift_amount > 0:
        rng = np.random.default_rng([talk.seed, 2])  # the same phases in preview and export
        for direction in talk.drift:
            hertz, phase = rng.uniform(*DRIFT_HERTZ), rng.uniform(0.0, 2 * np.pi)
            swing = talk.drift_amount * np.sin(2 * np.pi * hertz * seconds + phase)
            offset = offset + swing * np.asarray(direction, np.float64)
    return offset


def envelope_at(talk: TalkSettings, seconds: float) -> float:
    """The stored envelope's loudness 0..1 at ``seconds`` into the clip's walk (linear
    between values): the fallback when the narration itself cannot be read."""
    values = talk.envelope
    position = seconds * talk.envelope_fps
    if not values or position < 0 or position > len(values) - 1:
        return 0.0  # before or after the narration the host listens, mouth closed
    low = int(position)
    high = min(low + 1, len(values) - 1)
    share = position - low
    return float(values[low] * (1 - share) + values[high] * share)


def blink_at(talk: TalkSettings, seconds: float) -> float:
    """How closed the eyes are 0..1 at ``seconds``: a raised-cosine pulse BLINK_SECONDS
    long at each blink time (blink_times)."""
    for start in blink_times(talk, seconds):
        inside = (seconds - start) / BLINK_SECONDS
        if 0.0 <= inside <= 1.0:
            return float(0.5 - 0.5 * np.cos(2 * np.pi * inside))
    return 0.0


def blink_times(talk: TalkSettings, until: float) -> list[float]:
    """Seconds from the clip's start at which the host's blinks begin, up to ``until``:
    ``blink_every`` apart on average, varied by the seed (people do not blink on a beat)."""
    if talk.blink_every <= 0:
        return []
    rng = np.random.default_rng([talk.seed, 1])
    times, t = [], talk.blink_every * rng.uniform(0.3, 0.8)
    while t <= until:
        times.append(t)
        t += talk.blink_every * rng.uniform(0.6, 1.4)
    return times


def frame_at(
    project: Project,
    t: float,
    renderer_for: RendererFor,
    style: CaptionStyle | None = None,
    *,
    media_root: Path | None = None,
    width: int | None = None,
    height: int | None = None,
    sources: MediaSources | None = None,
) -> np.ndarray:
    """The composed (height, width, 3) uint8 frame at t seconds (previews, thumbnails).

    Size defaults to the project's; ``media_root`` is the project folder its media paths
    are relative to; ``sources`` keeps video readers and static layers between calls (a
    preview passes one; without it they are made for this frame and closed). ``style``
    overrides the caption look of project.captions (None: the project's own).
    """
    stage_sources = sources or MediaSources()
    try:
        stage = Stage(width or project.width, height or project.height, stage_sources, media_root)
        moments = moments_at(project, t)
        faces = _render_faces(renderer_for, [moments], host_narration(project, media_root))
        return _frame(project, t, moments, faces, stage, style)
    finally:
        if sources is None:
            stage_sources.close()


def iter_frames(
    project: Project,
    renderer_for: RendererFor,
    batch: int = 16,
    *,
    width: int | None = None,
    height: int | None = None,
    fps: int | None = None,
    style: CaptionStyle | None = None,
    media_root: Path | None = None,
    sources: MediaSources | None = None,
    ai_label: str | None = None,
) -> Iterator[np.ndarray]:
    """Every frame of the project in order; size and rate default to the project's.

    Latents are rendered ``batch`` frames at a time (one renderer call per model per
    batch), but frames are composed and yielded one by one, so memory stays bounded.
    ``ai_label`` (a corner, for exports) draws the visible AI-generated mark there;
    ``style`` overrides the caption look of project.captions (None: the project's own).
    """
    width, height, fps = width or project.width, height or project.height, fps or project.fps
    count = frame_count(project, fps)
    batch = max(1, int(batch))
    stage_sources = sources or MediaSources()
    stage = Stage(width, height, stage_sources, media_root)
    narration = host_narration(project, media_root)  # once for the whole video
    try:
        for first in range(0, count, batch):
            times = [i / fps for i in range(first, min(first + batch, count))]
            moments = [moments_at(project, t) for t in times]
            faces = _render_faces(renderer_for, moments, narration)
            for t, moment in zip(times, moments, strict=True):
                yield _frame(project, t, moment, faces, stage, style, ai_label)
    finally:
        if sources is None:
            stage_sources.close()


def render_project(
    project: Project,
    renderer_for: RendererFor,
    out_path: str | Path,
    reporter: Reporter,
    settings: ExportSettings | None = None,
    *,
    media_root: Path | None = None,
) -> Path:
    """Export the project as an MP4 (H.264 + AAC) at out_path and return the path.

    One pass: frames are composed (a few ahead, on a helper thread, while the encoder
    works) and streamed into ffmpeg together with the timeline's sound, mixed beforehand
    chunk by chunk into a temporary WAV (a project without sound clips gets
    ``settings.audio``, the soft pad by default) and, with ``project.sound.normalise``,
    brought to ``project.sound.loudness_target`` LUFS under ``project.sound.true_peak``
    dBTP. With ``settings.ai_label`` every frame
    carries the visible AI-generated mark (and the file the metadata label); with
    ``settings.sidecars`` an SRT and a description text are written beside the MP4 once
    it is complete. ``media_root`` is the project folder its media paths are relative to.

    ``settings`` None means the defaults at the project's size and frame rate. Cancelling
    (reporter) or any error leaves nothing under out_path's temporary name and leaves an
    existing out_path untouched; the exception propagates.
    """
    settings = settings or ExportSettings.for_project(project)
    settings.validate()
    count = frame_count(project, settings.fps)
    with tempfile.TemporaryDirectory(prefix="aigc-render-") as work, MediaSources() as sources:
        wav = None
        if has_sound(project, media_root):
            wav = Path(work) / "mix.wav"
            try:
                write_mix_wav(
                    project,
                    wav,
                    count / settings.fps,
                    media_root=media_root,
                    rate=settings.sample_rate,
                    reporter=reporter,
                    # Platforms turn loud uploads down and leave quiet ones quiet: the mix
                    # goes out at the project's loudness target and true-peak ceiling.
                    normalise=project.sound.normalise,
                )
            except OSError as error:  # the mix is written to the temporary folder first
                if error.errno in DISK_FULL_ERRNOS:
                    raise DiskFullError(temp_full_message(Path(work))) from error
                raise
        frames = iter_frames(
            project,
            renderer_for,
            EXPORT_BATCH,
            width=settings.width,
            height=settings.height,
            fps=settings.fps,
            media_root=media_root,
            sources=sources,
            ai_label=settings.ai_label_position if settings.ai_label else None,
        )
        ahead = prefetched(frames, PREFETCH_FRAMES)
        try:
            if wav is not None and project.sound.normalise:
                # The decoded sound must honour the ceiling the mix was limited to.
                settings = replace(settings, true_peak_ceiling=project.sound.true_peak)
            out = write_video(ahead, count, out_path, reporter, settings, audio_wav=wav)
        finally:
            ahead.close()  # stops the composing thread at once on cancel or error
    if settings.sidecars:
        write_sidecars(project, out)
    return out


def prefetched(items: Iterable[Item], depth: int) -> Iterator[Item]:
    """``items`` produced on a helper thread up to ``depth`` ahead of the consumer.

    Composing a frame (numpy, Pillow, the model) and writing the previous one to ffmpeg
    both release the GIL, so the two overlap and the encoder is never kept waiting. An
    error while producing is raised here; closing the iterator stops the thread.
    """
    handoff: queue.Queue = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()
    done = object()

    def put(entry: tuple) -> bool:
        while not stop.is_set():
            try:
                handoff.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        source = iter(items)
        try:
            for item in source:
                if not put((item, None)):
                    return
            put((done, None))
        except BaseException as error:  # handed to the consumer, raised there
            put((None, error))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=produce, name="frame-composer", daemon=True)
    thread.start()
    try:
        while True:
            item, error = handoff.get()
            if error is not None:
                raise error
            if item is done:
                return
            yield item
    finally:
        stop.set()
        thread.join()


def _frame(
    project: Project,
    t: float,
    moments: list[TrackMoment],
    faces: Mapping[FaceKey, Face],
    stage: Stage,
    style: CaptionStyle | None,
    ai_label: str | None = None,
) -> np.ndarray:
    """The one function previews and exports both draw a frame with.

    ``style`` None is the project's own (project.captions: its preset, characters per
    line and karaoke highlight).
    """
    overlays = []
    caption = active_caption(project, t)
    if caption:
        settings = project.captions
        progress = caption_progress(project, t) if settings.karaoke else None
        overlays.append(caption_op(caption, stage, style or style_for(settings), progress))
    if ai_label:
        overlays.append(label_op(ai_label, stage))
    return compose_frame(moments, faces, stage, overlays)


def _covers(clip: CaptionClip, t: float) -> bool:
    return clip.start <= t < clip.start + clip.duration


def host_narration(project: Project, media_root: Path | None) -> NarrationEnvelope | None:
    """The narration envelope a virtual host speaks to (cached, narration_envelope); None
    when the project has no host (nothing is decoded then) or its narration cannot be read."""
    hosts = (
        clip
        for track in project.timeline.tracks
        for clip in track.clips
        if isinstance(clip, LatentWalkClip) and clip.talk is not None
    )
    if next(hosts, None) is None:
        return None
    return narration_envelope(project, media_root)


def _render_faces(
    renderer_for: RendererFor,
    moments: list[list[TrackMoment]],
    narration: NarrationEnvelope | None = None,
) -> dict[FaceKey, Face]:
    """Faces of every walk drawn in these frames, one renderer call per model and classes;
    a virtual host's mouth follows ``narration`` (host_narration)."""
    by_model: dict[tuple[str, tuple[int, ...]], list[Shown]] = {}
    walks: dict[int, Walk] = {}  # built once per clip, not once per frame
    for frame in moments:
        for shown in walks_shown(frame):
            clip = shown.clip
            assert isinstance(clip, LatentWalkClip)
            by_model.setdefault((clip.model, tuple(clip.labels)), []).append(shown)
            if id(clip) not in walks:
                walks[id(clip)] = clip.walk()
    faces: dict[FaceKey, Face] = {}
    for (model, labels), entries in by_model.items():
        latents = np.stack(
            [clip_latent(s.clip, s.time, walks[id(s.clip)], narration) for s in entries]  # type: ignore[arg-type]
        )
        renderer = renderer_for(model)
        rendered = _render(renderer, model, list(labels), latents)
        enlarge = getattr(renderer, "enlarge", None)
        for shown, face in zip(entries, rendered, strict=True):
            faces[shown.face_key] = Face(face, enlarge)
    return faces


def _render(
    renderer: LatentRenderer, model: str, labels: list[int], latents: np.ndarray
) -> np.ndarray:
    latents = latents.astype(np.float32)
    images = np.asarray(renderer(latents, labels) if labels else renderer(latents))
    if images.ndim != 4 or images.shape[0] != len(latents) or images.shape[3] != 3:
        raise ValueError(
            tr(
                "the model {model!r} returned images of shape {shape}, expected ({count}, R, R, 3)"
            ).format(model=model, shape=images.shape, count=len(latents))
        )
    return images.astype(np.uint8, copy=False)
