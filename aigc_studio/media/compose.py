"""One moment of the timeline as one frame: video tracks drawn bottom first, top last.

Each video track gives the clip it shows at t, and during a transition also the clip
before it on the track (held at its last frame if it already ended). A clip is drawn with
its fit (fit: the whole picture, the rest shows the tracks below; fill: covers the frame;
ken_burns: fill with a slow zoom and pan), its opacity and its transition (crossfade
blends from the clip before, slide pushes in from the right). The bottom layer brings a
backdrop: a latent walk shown whole keeps compose_face's look (the face over a blurred
copy of itself), an image or video shown whole gets the same blurred glow of itself, and
with nothing at all the frame is frames.neutral_background. A walk shown whole above
another layer is just its face square, with feathered edges and a soft shadow.

Speed: an export composes 30 frames a second beside the encoder on the same cores, so
anything that does not change from frame to frame (a background image, the shadow a face
casts on it) is composed once and kept (MediaSources.base); per frame only the moving
pictures are drawn, straight into the frame, blending in uint8/uint16 integer math on
the few rows that need it (the feathered edges) instead of converting whole frames.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
from PIL import Image

from aigc_studio.media.ai_label import draw_ai_label, label_box
from aigc_studio.media.captions import CaptionStyle, caption_overlay, caption_top, draw_caption
from aigc_studio.media.frames import (
    DEFAULT_LAYOUT,
    FrameLayout,
    backdrop,
    compose_face,
    double_into,
    face_rect,
    half_size,
    neutral_background,
    shade_around,
    upscale_into,
)
from aigc_studio.media.sources import (
    MediaSources,
    cover_box,
    file_key,
    fit_size,
    image_cover,
    image_picture,
    media_path,
    video_facts,
)
from aigc_studio.project.model import ImageClip, LatentWalkClip, Project, VisualClip

HOLD = 1e-6  # a clip that has ended is shown this long before its end (its last frame)
FaceKey = tuple[int, float]  # (id of a walk clip, timeline time it is shown at)


@dataclass(frozen=True)
class Face:
    """A walk's face for one frame."""

    pixels: np.ndarray  # (R, R, 3) uint8 as the model rendered it
    # The face already enlarged to half the side of its square over a lower layer (the
    # renderer's batch fast path, see timeline_render.LatentRenderer), or None.
    half: np.ndarray | None = None


@dataclass(frozen=True, eq=False)
class Shown:
    clip: VisualClip  # the clip drawn
    time: float  # timeline time it is drawn at (for a held clip: just before its end)

    @property
    def face_key(self) -> FaceKey:
        return id(self.clip), self.time


@dataclass(frozen=True, eq=False)
class TrackMoment:
    """What one video track shows at a moment."""

    shown: Shown  # the clip on top of the track at t
    previous: Shown | None = None  # the clip it is transitioning from, if any
    progress: float = 1.0  # how far its transition has come (1: done, or none)


@dataclass(frozen=True)
class Stage:
    """The frame being drawn and where its media comes from."""

    width: int  # frame width in pixels
    height: int  # frame height in pixels
    sources: MediaSources  # video readers and static layers kept between frames
    media_root: Path | None = None  # the project folder relative media paths are inside
    layout: FrameLayout = DEFAULT_LAYOUT  # where a face sits and how its glow looks


Rect = tuple[int, int, int, int]  # (left, top, right, bottom) pixels of a frame


class Op(NamedTuple):
    key: Hashable | None  # what the op draws, when that never changes between frames
    paint: Callable[[np.ndarray], None]  # draws onto a (height, width, 3) uint8 frame
    rect: Rect | None = None  # every pixel it reads or writes lies inside (None: anywhere)
    opaque: Rect | None = None  # pixels it overwrites without looking at what was there


def moments_at(project: Project, t: float) -> list[TrackMoment]:
    """What each video track shows at t, bottom track first (tracks are listed top down)."""
    moments = []
    for track in reversed(project.timeline.tracks):
        if track.kind != "video":
            continue
        clips = sorted(track.clips, key=lambda c: c.start)
        active = [i for i, c in enumerate(clips) if c.start <= t < c.end]
        if not active:
            continue
        index = max(active, key=lambda i: clips[i].start)  # latest start covers the others
        clip = clips[index]
        moment = TrackMoment(Shown(clip, t))
        if clip.transition != "none" and t - clip.start < clip.transition_duration:
            progress = (t - clip.start) / clip.transition_duration
            previous = None
            if index > 0:
                before = clips[index - 1]
                previous = Shown(before, min(t, before.end - HOLD))
            moment = TrackMoment(moment.shown, previous, progress)
        moments.append(moment)
    return moments


def walks_shown(moments: list[TrackMoment]) -> list[tuple[Shown, bool]]:
    """The latent walks drawn in these moments (their faces must be rendered first), each
    with whether it is drawn as a face square over a lower layer (see square_half)."""
    shown = []
    for index, moment in enumerate(moments):
        for item in (moment.shown, moment.previous):
            if item is not None and isinstance(item.clip, LatentWalkClip):
                shown.append((item, index > 0 and item.clip.fit == "fit"))
    return shown


def square_half(stage: Stage) -> int:
    """Side of a face enlarged for its square over a lower layer: half the square's side
    (the last 2x is pixel doubling, as compose_face does)."""
    side = face_rect(stage.width, stage.height, stage.layout)[2]
    return half_size(side, side)[0]


def compose_frame(
    moments: list[TrackMoment],
    faces: Mapping[FaceKey, Face],
    stage: Stage,
    overlays: Sequence[Op] = (),
) -> np.ndarray:
    """The (height, width, 3) uint8 frame of these moments with ``overlays`` (captions, the
    AI label) on top: a new array, safe to draw on.

    Every op that never changes (a background image, the shadow a face casts, a caption
    away from anything moving) is painted once into a cached base: an op may join the base
    ahead of moving ops drawn before it when their rectangles do not meet, since then the
    order does not matter. Each frame copies the base, except where the first moving op
    paints over regardless, and paints the moving ops.
    """
    width, height = stage.width, stage.height
    ops = [Op(("neutral", width, height), _paint_neutral)]
    for index, moment in enumerate(moments):
        ops += _track_ops(moment, faces, stage, bottom=index == 0)
    ops += overlays
    static: list[Op] = []
    moving: list[Op] = []
    for op in ops:
        if op.key is not None and all(_apart(op.rect, other.rect) for other in moving):
            static.append(op)
        else:
            moving.append(op)
    keys = (width, height, tuple(op.key for op in static))
    base = stage.sources.base(keys, lambda: _painted(static, width, height))
    frame = np.empty((height, width, 3), dtype=np.uint8)
    _copy_around(frame, base, moving[0].opaque if moving else None)
    for op in moving:
        op.paint(frame)
    return frame


def _apart(a: Rect | None, b: Rect | None) -> bool:
    """Whether two rectangles share no pixel (None is the whole frame)."""
    if a is None or b is None:
        return False
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def _copy_around(frame: np.ndarray, base: np.ndarray, hole: Rect | None) -> None:
    """frame = base, except inside ``hole`` (about to be painted over anyway)."""
    if hole is None:
        np.copyto(frame, base)
        return
    left, top, right, bottom = hole
    frame[:top] = base[:top]
    frame[bottom:] = base[bottom:]
    frame[top:bottom, :left] = base[top:bottom, :left]
    frame[top:bottom, right:] = base[top:bottom, right:]


def caption_op(text: str, stage: Stage, style: CaptionStyle) -> Op:
    """Captions (lines already joined) in the lower safe area, above every track."""
    overlay = caption_overlay(text, stage.width, style)
    top = caption_top(overlay.height, stage.height, style)
    rect = (0, top, stage.width, min(top + overlay.height, stage.height))
    return Op(("caption", text, style), lambda f: draw_caption(f, text, style), rect)


def label_op(position: str, stage: Stage) -> Op:
    """The visible AI-generated mark in a corner (exports only)."""
    left, top, w, h = label_box(stage.width, stage.height, position)
    rect = (left, top, left + w, top + h)
    return Op(("label", position), lambda f: draw_ai_label(f, position), rect)


def _painted(ops: list[Op], width: int, height: int) -> np.ndarray:
    frame = np.empty((height, width, 3), dtype=np.uint8)
    for op in ops:
        op.paint(frame)
    return frame


def _paint_neutral(frame: np.ndarray) -> None:
    frame[...] = neutral_background(frame.shape[1], frame.shape[0])


# -- tracks and transitions -------------------------------------------------------------


def _track_ops(
    moment: TrackMoment, faces: Mapping[FaceKey, Face], stage: Stage, bottom: bool
) -> list[Op]:
    clip, progress, previous = moment.shown.clip, moment.progress, moment.previous
    kind = clip.transition if progress < 1 else "none"
    if kind == "crossfade":
        if previous is None:  # nothing before it on the track: fade in over the tracks below
            return _clip_ops(moment.shown, faces, stage, bottom, clip.opacity * progress)
        before_ops = _clip_ops(previous, faces, stage, bottom)
        after_ops = _clip_ops(moment.shown, faces, stage, bottom)

        def crossfade(frame: np.ndarray) -> None:
            before = frame.copy()
            for op in before_ops:
                op.paint(before)
            for op in after_ops:
                op.paint(frame)
            mix_into(before, frame, _weight(progress))
            frame[...] = before

        return [Op(None, crossfade)]
    if kind == "slide":
        eased = 1.0 - (1.0 - progress) ** 2  # arrives gently
        offset = int(round(stage.width * (1.0 - eased)))
        ops = _clip_ops(previous, faces, stage, bottom) if previous is not None else []
        return ops + _clip_ops(moment.shown, faces, stage, bottom, dx=offset)
    return _clip_ops(moment.shown, faces, stage, bottom)


def _clip_ops(
    shown: Shown,
    faces: Mapping[FaceKey, Face],
    stage: Stage,
    bottom: bool,
    opacity: float | None = None,
    dx: int = 0,
) -> list[Op]:
    clip = shown.clip
    opacity = clip.opacity if opacity is None else opacity
    if opacity <= 0 or dx >= stage.width:
        return []
    if isinstance(clip, LatentWalkClip):
        return _walk_ops(shown, faces[shown.face_key], stage, bottom, opacity, dx)
    if isinstance(clip, ImageClip):
        return _image_ops(shown, stage, bottom, opacity, dx)
    return _video_ops(shown, stage, bottom, opacity, dx)


# -- latent walks -----------------------------------------------------------------------


def _walk_ops(
    shown: Shown, enlarged: Face, stage: Stage, bottom: bool, opacity: float, dx: int
) -> list[Op]:
    clip, width, height, layout = shown.clip, stage.width, stage.height, stage.layout
    face, half = enlarged.pixels, enlarged.half
    rows, columns = face.shape[:2]
    if clip.fit == "fit":
        if bottom:

            def with_glow(frame: np.ndarray) -> None:
                paste(frame, compose_face(face, width, height, layout), dx, 0, opacity)

            return [Op(None, with_glow, None, _whole(stage, opacity, dx))]
        left, top, side = face_rect(width, height, layout)
        rect = (left + dx, top, side, side)
        feather = max(1, int(side * layout.feather))
        whole = (0.0, 0.0, float(columns), float(rows))
        covered = None
        if opacity >= 1.0:
            fade = feather_edges(rect, feather, width, height)
            covered = (
                rect[0] + fade[2],
                top + fade[0],
                rect[0] + side - fade[3],
                top + side - fade[1],
            )

        def fill_square(out: np.ndarray) -> None:
            if half is not None and half.shape[:2] == half_size(side, side)[::-1]:
                double_into(half, out)
            else:
                upscale_into(face, whole, out)

        def square(frame: np.ndarray) -> None:
            draw_feathered(frame, fill_square, rect, feather, opacity)

        return [
            Op(
                ("shade", rect, opacity, layout) if dx == 0 else None,
                lambda f: shade_around(f, rect, opacity, layout),
            ),
            Op(None, square, _bounds(rect, stage), covered),
        ]
    box = cover_box(columns, rows, width, height)
    if clip.fit == "ken_burns":
        box = ken_burns_box(box, clip, shown.time)

    def covering(frame: np.ndarray) -> None:
        draw_feathered(
            frame, lambda out: upscale_into(face, box, out), (dx, 0, width, height), 0, opacity
        )

    return [Op(None, covering, None, _whole(stage, opacity, dx))]


# -- still images -----------------------------------------------------------------------


def _image_ops(shown: Shown, stage: Stage, bottom: bool, opacity: float, dx: int) -> list[Op]:
    clip, width, height = shown.clip, stage.width, stage.height
    path = media_path(clip.path, stage.media_root)
    identity = file_key(path)
    fixed = dx == 0
    if clip.fit == "ken_burns":
        zoom = clip.ken_burns_zoom
        big_size = (math.ceil(width * zoom), math.ceil(height * zoom))
        box = ken_burns_box((0.0, 0.0, *map(float, big_size)), clip, shown.time)

        def ken_burns(frame: np.ndarray) -> None:
            image = image_cover(path, *big_size)
            view = image.resize((width, height), Image.Resampling.BILINEAR, box=box)
            paste(frame, np.asarray(view), dx, 0, opacity)

        return [Op(None, ken_burns, None, _whole(stage, opacity, dx))]
    if clip.fit == "fill":
        return [
            Op(
                ("image", identity, "fill", opacity) if fixed else None,
                lambda f: paste(f, image_picture(path, "fill", width, height), dx, 0, opacity),
                None,
                _whole(stage, opacity, dx),
            )
        ]
    if bottom:

        def whole_with_glow(frame: np.ndarray) -> None:
            picture = image_picture(path, "fit", width, height)
            paste(frame, with_backdrop(picture, width, height, stage.layout), dx, 0, opacity)

        return [
            Op(
                ("image", identity, "glow", opacity, stage.layout) if fixed else None,
                whole_with_glow,
                None,
                _whole(stage, opacity, dx),
            )
        ]
    picture = image_picture(path, "fit", width, height)
    rect = _centred(picture.shape[1], picture.shape[0], stage, dx)
    return [
        Op(
            ("image", identity, "fit", opacity) if fixed else None,
            lambda f: paste(f, picture, rect[0], rect[1], opacity),
            _bounds(rect, stage),
            _bounds(rect, stage) if opacity >= 1.0 else None,
        )
    ]


def with_backdrop(
    picture: np.ndarray, width: int, height: int, layout: FrameLayout = DEFAULT_LAYOUT
) -> np.ndarray:
    """A full frame: ``picture`` (fitted, centred) over a blurred, dimmed copy of itself."""
    h, w = picture.shape[:2]
    x, y = (width - w) // 2, (height - h) // 2
    frame = backdrop(picture, width, height, (x, y, w, h), layout)
    frame[y : y + h, x : x + w] = picture
    return frame


# -- video files ------------------------------------------------------------------------


def _video_ops(shown: Shown, stage: Stage, bottom: bool, opacity: float, dx: int) -> list[Op]:
    clip, width, height = shown.clip, stage.width, stage.height
    path = media_path(clip.path, stage.media_root)
    facts = video_facts(path)
    seconds = clip.source_time(shown.time)
    if clip.fit == "fit":
        size = fit_size(facts.width, facts.height, width, height)
        rect = _centred(*size, stage, dx)

        def whole(frame: np.ndarray) -> None:
            reader = stage.sources.reader((clip.id, str(path), "fit", size), path, size)
            picture = reader.frame_at(seconds)
            if bottom:
                paste(frame, with_backdrop(picture, width, height, stage.layout), dx, 0, opacity)
            else:
                paste(frame, picture, rect[0], rect[1], opacity)

        if bottom:
            return [Op(None, whole, None, _whole(stage, opacity, dx))]
        bounds = _bounds(rect, stage)
        return [Op(None, whole, bounds, bounds if opacity >= 1.0 else None)]
    zoom = clip.ken_burns_zoom if clip.fit == "ken_burns" else 1.0
    target = (math.ceil(width * zoom), math.ceil(height * zoom))
    scale = max(target[0] / facts.width, target[1] / facts.height)
    scaled = (
        max(target[0], round(facts.width * scale)),
        max(target[1], round(facts.height * scale)),
    )

    def covering(frame: np.ndarray) -> None:
        key = (clip.id, str(path), "cover", target)
        picture = stage.sources.reader(key, path, scaled, target).frame_at(seconds)
        if zoom != 1.0:
            box = ken_burns_box((0.0, 0.0, *map(float, target)), clip, shown.time)
            image = Image.fromarray(picture).resize(
                (width, height), Image.Resampling.BILINEAR, box=box
            )
            picture = np.asarray(image)
        paste(frame, picture, dx, 0, opacity)

    return [Op(None, covering, None, _whole(stage, opacity, dx))]


# -- geometry ---------------------------------------------------------------------------


def _whole(stage: Stage, opacity: float, dx: int) -> Rect | None:
    """The whole frame, for a full-frame picture that covers it (opaque, not sliding)."""
    return (0, 0, stage.width, stage.height) if opacity >= 1.0 and dx == 0 else None


def _centred(w: int, h: int, stage: Stage, dx: int) -> tuple[int, int, int, int]:
    """(x, y, w, h) of a w x h picture centred in the frame, moved right by dx."""
    return (stage.width - w) // 2 + dx, (stage.height - h) // 2, w, h


def _bounds(rect: tuple[int, int, int, int], stage: Stage) -> Rect:
    """(x, y, w, h) as the (left, top, right, bottom) part inside the frame."""
    x, y, w, h = rect
    left, top = min(max(x, 0), stage.width), min(max(y, 0), stage.height)
    return left, top, max(left, min(x + w, stage.width)), max(top, min(y + h, stage.height))


def feather_edges(
    rect: tuple[int, int, int, int], feather: int, width: int, height: int
) -> tuple[int, int, int, int]:
    """Feather widths (top, bottom, left, right) of a picture at rect (x, y, w, h): only
    edges inside the frame fade; one on the frame's border stays sharp."""
    x, y, w, h = rect
    return (
        feather if y > 0 else 0,
        feather if y + h < height else 0,
        feather if x > 0 else 0,
        feather if x + w < width else 0,
    )


def ken_burns_box(
    box: tuple[float, float, float, float], clip: VisualClip, t: float
) -> tuple[float, float, float, float]:
    """The part of ``box`` (the whole picture at zoom 1) shown at t: zoomed in from 1 to
    the clip's ken_burns_zoom over its duration, drifting a little towards one corner
    (which corner follows from the clip's id, so neighbouring clips vary)."""
    left, top, right, bottom = box
    u = min(max((t - clip.start) / clip.duration, 0.0), 1.0)
    zoom = 1.0 + (clip.ken_burns_zoom - 1.0) * u
    w, h = (right - left) / zoom, (bottom - top) / zoom
    corner = zlib.crc32(clip.id.encode()) % 4
    sx, sy = (-1.0 if corner % 2 else 1.0), (-1.0 if corner // 2 else 1.0)
    # The window may move by the margin zoom leaves; using 60 % of it keeps the pan gentle.
    cx = (left + right) / 2 + sx * 0.6 * ((right - left) - w) / 2
    cy = (top + bottom) / 2 + sy * 0.6 * ((bottom - top) - h) / 2
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


# -- drawing ----------------------------------------------------------------------------


def _weight(opacity: float) -> np.uint16:
    """Opacity as a blend weight out of 256."""
    return np.uint16(round(min(max(opacity, 0.0), 1.0) * 256))


def mix_into(under: np.ndarray, over: np.ndarray, weight: np.ndarray | np.uint16) -> None:
    """under = under + (over - under) * weight / 256, in place, in 16-bit integers."""
    mixed = under.astype(np.uint16)
    mixed *= np.uint16(256) - weight
    mixed += over * weight
    mixed += np.uint16(128)
    mixed >>= 8
    under[...] = mixed


def paste(
    frame: np.ndarray,
    picture: np.ndarray,
    x: int,
    y: int,
    opacity: float = 1.0,
    alpha: np.ndarray | None = None,
) -> None:
    """Draw ``picture`` (h, w, 3) with its top-left corner at (x, y) over ``frame``, cut to
    the frame; ``alpha`` (h, w, 1) uint16 out of 256 is its coverage (None: opaque)."""
    height, width = frame.shape[:2]
    h, w = picture.shape[:2]
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, width), min(y + h, height)
    if x1 <= x0 or y1 <= y0:
        return
    part = (slice(y0 - y, y1 - y), slice(x0 - x, x1 - x))
    target = frame[y0:y1, x0:x1]
    if alpha is None and opacity >= 1.0:
        target[...] = picture[part]
        return
    weight = _weight(opacity)
    if alpha is not None:  # coverage times opacity; 256 * 256 would overflow 16 bits
        weight = alpha[part] if weight == 256 else (alpha[part] * weight + np.uint16(128)) >> 8
    mix_into(target, picture[part], weight)


def draw_feathered(
    frame: np.ndarray,
    fill: Callable[[np.ndarray], None],
    rect: tuple[int, int, int, int],
    feather: int,
    opacity: float,
) -> None:
    """Draw a picture that ``fill`` writes into a (h, w, 3) array at ``rect`` (x, y, w, h),
    its edges inside the frame fading out over ``feather`` pixels.

    Opaque and wholly inside the frame (every frame of a face over a background), the
    picture is written straight into the frame and only the feathered bands are blended.
    """
    height, width = frame.shape[:2]
    x, y, w, h = rect
    edges = feather_edges(rect, feather, width, height)
    mask = _feather_mask(h, w, edges) if any(edges) else None
    if opacity < 1.0 or x < 0 or y < 0 or x + w > width or y + h > height:
        picture = np.empty((h, w, 3), dtype=np.uint8)
        fill(picture)
        paste(frame, picture, x, y, opacity, mask)
        return
    region = frame[y : y + h, x : x + w]
    if mask is None:
        fill(region)
        return
    top, bottom, left, right = edges
    bands = [
        (slice(0, top), slice(None)),
        (slice(h - bottom, h), slice(None)),
        (slice(top, h - bottom), slice(0, left)),
        (slice(top, h - bottom), slice(w - right, w)),
    ]
    bands = [band for band in bands if band[0].start < band[0].stop]
    under = [region[band].copy() for band in bands]
    fill(region)
    coverage = _feather_mask_bytes(h, w, edges)
    for band, below in zip(bands, under, strict=True):
        if below.size:  # Pillow's masked paste: one pass, half the time of numpy's steps
            image = Image.fromarray(below)
            image.paste(Image.fromarray(region[band]), (0, 0), Image.fromarray(coverage[band]))
            region[band] = np.asarray(image)


@lru_cache(maxsize=8)
def _feather_mask_bytes(h: int, w: int, edges: tuple[int, int, int, int]) -> np.ndarray:
    """_feather_mask as (h, w) uint8 out of 255, for Pillow."""
    mask = np.minimum(_feather_mask(h, w, edges)[:, :, 0], 255).astype(np.uint8)
    mask.setflags(write=False)
    return mask


@lru_cache(maxsize=8)
def _feather_mask(h: int, w: int, edges: tuple[int, int, int, int]) -> np.ndarray:
    """(h, w, 1) uint16 coverage out of 256: 256 inside, ramps over the feathered edges."""
    top, bottom, left, right = edges
    rows, columns = np.ones(h, np.float32), np.ones(w, np.float32)
    for line, start, end in ((rows, top, bottom), (columns, left, right)):
        if start:
            line[:start] = np.linspace(0.0, 1.0, start + 2, dtype=np.float32)[1:-1]
        if end:
            line[len(line) - end :] = np.linspace(1.0, 0.0, end + 2, dtype=np.float32)[1:-1]
    mask = np.rint(rows[:, None] * columns[None, :] * 256).astype(np.uint16)[:, :, None]
    mask.setflags(write=False)
    return mask
