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
casts on it, captions and the AI label away from anything moving) is painted once into a
cached base (MediaSources.base); per frame the base is copied and only the moving
pictures are drawn (media/layers.py says what each clip draws, media/paint.py blends).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image

from aigc_studio.media.ai_label import draw_ai_label, label_box
from aigc_studio.media.captions import CaptionStyle, caption_overlay, caption_top, draw_caption
from aigc_studio.media.frames import neutral_background
from aigc_studio.media.layers import HOLD, Face, FaceKey, Op, Rect, Rows, Shown, Stage, clip_ops
from aigc_studio.media.paint import mix_into, weight_of
from aigc_studio.project.model import LatentWalkClip, Project


@dataclass(frozen=True, eq=False)
class TrackMoment:
    """What one video track shows at a moment."""

    shown: Shown  # the clip on top of the track at t
    previous: Shown | None = None  # the clip it is transitioning from, if any
    progress: float = 1.0  # how far its transition has come (1: done, or none)


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


def walks_shown(moments: list[TrackMoment]) -> list[Shown]:
    """The latent walks drawn in these moments (their faces must be rendered first)."""
    shown = []
    for moment in moments:
        for item in (moment.shown, moment.previous):
            if item is not None and isinstance(item.clip, LatentWalkClip):
                shown.append(item)
    return shown


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
    ops = [Op(("neutral", width, height), _paint_neutral, paint_rows=_paint_neutral)]
    for index, moment in enumerate(moments):
        ops += _track_ops(moment, faces, stage, bottom=index == 0)
    ops += overlays
    static: list[Op] = []
    moving: list[Op] = []
    for op in ops:
        clashes = [other.rect for other in moving if not _apart(op.rect, other.rect)]
        if op.key is None:
            moving.append(op)
        elif not clashes:
            static.append(op)
        else:
            still, moves = _split_rows(op, clashes)
            static += still
            moving += moves
    hole = moving[0].opaque if moving else None
    rows = _rows_around(hole, width, height)
    keys = (width, height, rows, tuple(op.key for op in static))
    base = stage.sources.base(keys, lambda: _painted(static, width, height, rows))
    frame = np.empty((height, width, 3), dtype=np.uint8)
    _copy_around(frame, base, hole)
    for op in moving:
        op.paint(frame)
    return frame


def _split_rows(op: Op, clashes: list[Rect | None]) -> tuple[list[Op], list[Op]]:
    """A static op meeting moving ones, as (its rows clear of them, for the base; the rows
    they share, drawn every frame): a caption over the foot of a face square is mostly
    still. Ops that cannot paint by rows stay whole, drawn every frame."""
    if op.paint_rows is None or op.rect is None or any(rect is None for rect in clashes):
        return [], [op]
    left, top, right, bottom = op.rect
    busy = sorted((max(r[1], top), min(r[3], bottom)) for r in clashes)  # type: ignore[index]
    shared: list[tuple[int, int]] = []
    for start, stop in busy:  # merge overlapping ranges
        if shared and start <= shared[-1][1]:
            shared[-1] = (shared[-1][0], max(shared[-1][1], stop))
        else:
            shared.append((start, stop))
    clear, row = [], top
    for start, stop in shared:
        if row < start:
            clear.append((row, start))
        row = max(row, stop)
    if row < bottom:
        clear.append((row, bottom))
    paint = op.paint_rows
    moves = Op(None, lambda f: paint(f, tuple(shared)), (left, top, right, bottom))
    if not clear:
        return [], [moves]
    still = Op(
        (op.key, tuple(clear)),
        lambda f: paint(f, tuple(clear)),
        (left, clear[0][0], right, clear[-1][1]),
    )
    return [still], [moves]


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


def caption_op(text: str, stage: Stage, style: CaptionStyle, progress: float | None = None) -> Op:
    """Captions (lines already joined) in the style's safe area, above every track.

    Without ``progress`` the caption never changes, so it joins the cached base; with it
    (karaoke, 0..1 of the text spoken) it is drawn every frame, from two colourings
    rendered once (captions.karaoke_ink), so the base stays cached.
    """
    overlay = caption_overlay(text, stage.width, style)
    top = caption_top(overlay.height, stage.height, style)
    rect = (0, top, stage.width, min(top + overlay.height, stage.height))
    if progress is not None:
        return Op(None, lambda f: draw_caption(f, text, style, progress), rect)
    return Op(
        ("caption", text, style),
        lambda f: draw_caption(f, text, style),
        rect,
        paint_rows=lambda f, rows: _caption_rows(f, text, style, rows),
    )


def _caption_rows(frame: np.ndarray, text: str, style: CaptionStyle, rows: Rows) -> None:
    """draw_caption, on just these rows of the frame."""
    height, width = frame.shape[:2]
    ink, (x0, y0, x1, y1) = _caption_ink(text, width, style)
    top = caption_top(caption_overlay(text, width, style).height, height, style) + y0
    for start, stop in rows:
        start, stop = max(start, top), min(stop, top + (y1 - y0), height)
        if start >= stop:
            continue
        region = Image.fromarray(np.ascontiguousarray(frame[start:stop, x0:x1]))
        part = ink.crop((0, start - top, x1 - x0, stop - top))
        region.paste(part, (0, 0), part)  # only pixels with ink go through Pillow
        frame[start:stop, x0:x1] = np.asarray(region)


@lru_cache(maxsize=16)
def _caption_ink(
    text: str, width: int, style: CaptionStyle
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The inked part of a caption's overlay and where it sits in the overlay."""
    overlay = caption_overlay(text, width, style)
    box = overlay.getbbox() or (0, 0, 1, 1)
    return overlay.crop(box), box


def label_op(position: str, stage: Stage) -> Op:
    """The visible AI-generated mark in a corner (exports only)."""
    left, top, w, h = label_box(stage.width, stage.height, position)
    rect = (left, top, left + w, top + h)
    return Op(("label", position), lambda f: draw_ai_label(f, position), rect)


def _union(rects: Sequence[Rect | None]) -> Rect | None:
    """The smallest rectangle around all of them (None if any is None, or none given)."""
    if not rects or any(rect is None for rect in rects):
        return None
    return (
        min(r[0] for r in rects),  # type: ignore[index]
        min(r[1] for r in rects),  # type: ignore[index]
        max(r[2] for r in rects),  # type: ignore[index]
        max(r[3] for r in rects),  # type: ignore[index]
    )


def _rows_around(hole: Rect | None, width: int, height: int) -> Rows | None:
    """The rows a base needs when a picture as wide as the frame will cover ``hole``."""
    if hole is None or hole[0] > 0 or hole[2] < width:
        return None
    return tuple((a, b) for a, b in ((0, hole[1]), (hole[3], height)) if a < b)


def _painted(ops: list[Op], width: int, height: int, rows: Rows | None) -> np.ndarray:
    frame = np.empty((height, width, 3), dtype=np.uint8)
    whole = (0, 0, width, height)
    covering = [i for i, op in enumerate(ops) if op.opaque == whole]
    for op in ops[covering[-1] if covering else 0 :]:  # what lies under a cover is unseen
        if rows is not None and op.paint_rows is not None:
            op.paint_rows(frame, rows)
        else:
            op.paint(frame)
    return frame


def _paint_neutral(frame: np.ndarray, rows: Rows = ()) -> None:
    background = neutral_background(frame.shape[1], frame.shape[0])
    for start, stop in rows or ((0, frame.shape[0]),):
        frame[start:stop] = background[start:stop]


# -- tracks and transitions -------------------------------------------------------------


def _track_ops(
    moment: TrackMoment, faces: Mapping[FaceKey, Face], stage: Stage, bottom: bool
) -> list[Op]:
    clip, progress, previous = moment.shown.clip, moment.progress, moment.previous
    kind = clip.transition if progress < 1 else "none"
    if kind == "crossfade":
        if previous is None:  # nothing before it on the track: fade in over the tracks below
            return clip_ops(moment.shown, faces, stage, bottom, clip.opacity * progress)
        before_ops = clip_ops(previous, faces, stage, bottom)
        after_ops = clip_ops(moment.shown, faces, stage, bottom)
        # What both clips draw alike (one walk's shadow on the track below, as the next
        # one's) is drawn once; only the rest is blended, and only where it is drawn.
        shared = 0
        while (
            shared < min(len(before_ops), len(after_ops))
            and before_ops[shared].key is not None
            and before_ops[shared].key == after_ops[shared].key
        ):
            shared += 1
        common, before_ops, after_ops = after_ops[:shared], before_ops[shared:], after_ops[shared:]
        area = _union([op.rect for op in before_ops + after_ops])

        def crossfade(frame: np.ndarray) -> None:
            part = np.s_[:, :] if area is None else np.s_[area[1] : area[3], area[0] : area[2]]
            before = np.empty_like(frame)  # each op touches only its rect, inside ``area``
            before[part] = frame[part]
            for op in before_ops:
                op.paint(before)
            for op in after_ops:
                op.paint(frame)
            mixed = before[part]
            mix_into(mixed, frame[part], weight_of(progress))
            frame[part] = mixed

        return [*common, Op(None, crossfade, area)]
    if kind == "slide":
        eased = 1.0 - (1.0 - progress) ** 2  # arrives gently
        offset = int(round(stage.width * (1.0 - eased)))
        ops = clip_ops(previous, faces, stage, bottom) if previous is not None else []
        sliding = clip_ops(moment.shown, faces, stage, bottom, dx=offset)
        # A walk sliding in over another keeps the one shadow both cast where they rest
        # (two would darken the background twice, then snap back when the slide ends).
        resting = {op.key for op in ops if isinstance(op.key, tuple) and op.key[0] == "shade"}
        if resting and sliding:  # (nothing slides yet at an offset of the whole width)
            settled = clip_ops(moment.shown, faces, stage, bottom)
            sliding = [
                op for op, still in zip(sliding, settled, strict=True) if still.key not in resting
            ]
        return ops + sliding
    return clip_ops(moment.shown, faces, stage, bottom)
