"""What each clip on a video track draws: the ops a frame is composed of.

A clip becomes a few ops (media/compose.py paints them in order): a latent walk's face
(whole over its glow at the bottom, a feathered square with a soft shadow over another
layer, or covering the frame), a still image or a video file's frame (fit, fill or Ken
Burns). Ops that never change between frames carry a key, so the compositor can paint
them once into a cached base; each names the rectangle it touches, so a static op may
join the base ahead of a moving one it never meets.
"""

from __future__ import annotations

import dataclasses
import math
import zlib
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from PIL import Image

from aigc_studio.media.frames import (
    DEFAULT_LAYOUT,
    FrameLayout,
    backdrop,
    compose_face,
    face_rect,
    shade_around,
    upscale_into,
)
from aigc_studio.media.paint import draw_feathered, feather_edges, paste
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
from aigc_studio.project.model import ImageClip, LatentWalkClip, VisualClip

KEN_BURNS_STEP_PX = 0.5  # largest move of a still picture's Ken Burns between redraws
HOLD = 1e-6  # a clip that has ended is shown this long before its end (its last frame)
FaceKey = tuple[int, float]  # (id of a walk clip, timeline time it is shown at)
PIP_MARGIN = 0.04  # a picture-in-picture keeps this share of the frame clear of its edges
# In a vertical frame the platforms' own buttons, tabs and description cover the top tenth
# and the bottom fifth, and captions sit just above that (media/captions.py, 0.70-0.82 of
# the height): an upper-corner picture starts below the tabs and a lower-corner one ends
# above the captions.
PIP_VERTICAL_TOP = 0.12  # top edge of an upper-corner picture, share of the frame height
PIP_VERTICAL_BOTTOM = 0.66  # bottom edge of a lower-corner picture, share of the height


@dataclass(frozen=True)
class Face:
    """A walk's face for one frame."""

    pixels: np.ndarray  # (R, R, 3) uint8 as the model rendered it
    # The renderer's own bicubic enlargement, (N, R, R, 3) -> (N, size, size, 3) uint8,
    # faster than Pillow's (see timeline_render.LatentRenderer); None: Pillow's.
    enlarge: Callable[[np.ndarray, int], np.ndarray] | None = None


@dataclass(frozen=True, eq=False)
class Shown:
    """A clip drawn at a moment."""

    clip: VisualClip  # the clip drawn
    time: float  # timeline time it is drawn at (for a held clip: just before its end)

    @property
    def face_key(self) -> FaceKey:
        return id(self.clip), self.time


@dataclass(frozen=True)
class Stage:
    """The frame being drawn and where its media comes from."""

    width: int  # frame width in pixels
    height: int  # frame height in pixels
    sources: MediaSources  # video readers and static layers kept between frames
    media_root: Path | None = None  # the project folder relative media paths are inside
    layout: FrameLayout = DEFAULT_LAYOUT  # where a face sits and how its glow looks


Rect = tuple[int, int, int, int]  # (left, top, right, bottom) pixels of a frame
Rows = tuple[tuple[int, int], ...]  # (start, stop) ranges of frame rows


class Op(NamedTuple):
    """One step of drawing a frame."""

    key: Hashable | None  # what the op draws, when that never changes between frames
    paint: Callable[[np.ndarray], None]  # draws onto a (height, width, 3) uint8 frame
    rect: Rect | None = None  # every pixel it reads or writes lies inside (None: anywhere)
    opaque: Rect | None = None  # pixels it overwrites without looking at what was there
    # Paints only some row ranges, ((start, stop), ...), when the rest will be covered by a
    # picture on top (a face square over a background); None: paint draws everything.
    paint_rows: Callable[[np.ndarray, Rows], None] | None = None


def clip_ops(
    shown: Shown,
    faces: Mapping[FaceKey, Face],
    stage: Stage,
    bottom: bool,
    opacity: float | None = None,
    dx: int = 0,
) -> list[Op]:
    """What ``shown`` draws: ``bottom`` when it is the lowest layer (it brings a backdrop),
    ``opacity`` instead of the clip's own (a crossfade in), moved ``dx`` pixels right (a
    slide)."""
    clip = shown.clip
    opacity = clip.opacity if opacity is None else opacity
    if opacity <= 0 or dx >= stage.width:
        return []
    if clip.pip:
        return _pip_ops(shown, faces, stage, opacity, dx)
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
    face, enlarge = enlarged.pixels, enlarged.enlarge
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
            if enlarge is not None:  # every export frame of a face over a background
                out[...] = enlarge(face[None], side)[0]
            else:
                upscale_into(face, whole, out)

        def square(frame: np.ndarray) -> None:
            draw_feathered(frame, fill_square, rect, feather, opacity)

        return [
            Op(
                ("shade", rect, opacity, layout) if dx == 0 else None,
                lambda f: shade_around(f, rect, opacity, layout),
                paint_rows=lambda f, rows: shade_around(f, rect, opacity, layout, rows),
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


# -- picture-in-picture ----------------------------------------------------------------


def pip_rect(clip: VisualClip, width: int, height: int) -> tuple[int, int, int, int]:
    """(x, y, w, h) of a picture-in-picture clip in a width x height frame: ``pip_scale``
    of the frame's width, in its corner inside a safe margin, and in a vertical frame clear
    of the platform's buttons and the captions (a face is a square, anything else a small
    copy of the frame's shape)."""
    w = max(2, int(round(width * clip.pip_scale)))
    h = w if isinstance(clip, LatentWalkClip) else max(2, int(round(height * clip.pip_scale)))
    w, h = min(w, width), min(h, height)
    margin_x = int(round(width * PIP_MARGIN))
    margin_y = int(round(height * PIP_MARGIN))
    x = margin_x if clip.pip.endswith("left") else width - margin_x - w
    if height > width:  # vertical: clear of the platform's buttons and of the captions
        top, bottom = (
            int(round(height * PIP_VERTICAL_TOP)),
            int(round(height * PIP_VERTICAL_BOTTOM)),
        )
    else:
        top, bottom = margin_y, height - margin_y
    y = top if clip.pip.startswith("top") else bottom - h
    return max(0, x), max(0, y), w, h


def _pip_ops(
    shown: Shown, faces: Mapping[FaceKey, Face], stage: Stage, opacity: float, dx: int
) -> list[Op]:
    """The clip drawn as its own small frame (its fit mode inside it) in its corner."""
    x, y, w, h = pip_rect(shown.clip, stage.width, stage.height)
    inner = Stage(w, h, stage.sources, stage.media_root, stage.layout)
    full = dataclasses.replace(shown.clip, pip="", opacity=1.0)  # type: ignore[type-var]
    # Faces are keyed by the shown clip; the copy draws the same face.
    inner_faces = dict(faces)
    if shown.face_key in faces:
        inner_faces[(id(full), shown.time)] = faces[shown.face_key]
    ops = clip_ops(Shown(full, shown.time), inner_faces, inner, bottom=True)
    rect = (x + dx, y, w, h)

    def picture(frame: np.ndarray) -> None:
        small = np.zeros((h, w, 3), dtype=np.uint8)
        for op in ops:
            op.paint(small)
        paste(frame, small, rect[0], rect[1], opacity)

    bounds = _bounds(rect, stage)
    return [Op(None, picture, bounds, bounds if opacity >= 1.0 else None)]


# -- still images -----------------------------------------------------------------------


def _image_ops(shown: Shown, stage: Stage, bottom: bool, opacity: float, dx: int) -> list[Op]:
    clip, width, height = shown.clip, stage.width, stage.height
    path = media_path(clip.path, stage.media_root)
    identity = file_key(path)
    fixed = dx == 0
    if clip.fit == "ken_burns":
        zoom = clip.ken_burns_zoom
        big_size = (math.ceil(width * zoom), math.ceil(height * zoom))
        whole = (0.0, 0.0, *map(float, big_size))
        # A still picture moves slowly: it is redrawn only when some pixel would have moved
        # by KEN_BURNS_STEP_PX, and is a static layer in between (resampling a whole frame
        # costs as much as the rest of a frame together).
        step = ken_burns_step(clip, width, height)
        t = shown.time if step == 0 else clip.start + (shown.time - clip.start) // step * step
        box = ken_burns_box(whole, clip, t)

        def ken_burns_rows(frame: np.ndarray, rows: Rows) -> None:
            image = image_cover(path, *big_size)
            left, top, right, bottom = box
            scale = (bottom - top) / height
            for start, stop in rows:
                part = (left, top + start * scale, right, top + stop * scale)
                # The window is never smaller than the frame: BOX (area) filtering is a
                # third faster than bilinear there and within 2 levels of it.
                view = image.resize((width, stop - start), Image.Resampling.BOX, box=part)
                paste(frame[start:stop], np.asarray(view), dx, 0, opacity)

        key = ("image", identity, "ken_burns", big_size, box, opacity) if fixed else None
        return [
            Op(
                key,
                lambda f: ken_burns_rows(f, ((0, height),)),
                None,
                _whole(stage, opacity, dx),
                ken_burns_rows,
            )
        ]
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


def ken_burns_step(clip: VisualClip, width: int, height: int) -> float:
    """Seconds a Ken Burns picture may stay unchanged while no pixel of a width x height
    frame would move more than KEN_BURNS_STEP_PX (0: redraw every frame)."""
    start = ken_burns_box((0.0, 0.0, float(width), float(height)), clip, clip.start)
    end = ken_burns_box((0.0, 0.0, float(width), float(height)), clip, clip.end)
    # Where the frame's corners at the start are seen at the end, in end-frame pixels.
    scale_x, scale_y = width / (end[2] - end[0]), height / (end[3] - end[1])
    moved = max(
        max(abs((start[0] - end[0]) * scale_x), abs((start[2] - end[0]) * scale_x - width)),
        max(abs((start[1] - end[1]) * scale_y), abs((start[3] - end[1]) * scale_y - height)),
    )
    if moved <= 0:
        return clip.duration
    return clip.duration * KEN_BURNS_STEP_PX / moved


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
