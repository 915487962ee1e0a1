"""Painting of one clip and one track header, and the walk thumbnails the engine renders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.gan.walk import frame_total, walk_latent_at
from aigc_studio.media.waveform import Waveform, clip_envelope, display_heights
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import (
    AudioClip,
    CaptionClip,
    Clip,
    LatentWalkClip,
    Track,
    VideoFileClip,
)
from aigc_studio.ui import style
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.images import array_to_pixmap
from aigc_studio.ui.timeline_style import (
    DARK_TEXT_KINDS,
    TRACK_COLOURS,
    TRACK_GLYPHS,
    VIDEO_TRACK_HEIGHT,
    CanvasColours,
    clip_colour,
    track_kind_name,
    track_title,
)

THUMB_KEY = "timeline"  # first item of our thumbnail keys, to tell them from others'
RADIUS = 7  # clip corner radius
WAVEFORM_ALPHA = 90  # opacity (0..255) of the waveform, in the clip's text colour
WAVEFORM_MARGIN = 3  # pixels kept free above and below the loudest peak


class WalkThumbnails:
    """A walk clip's first and last faces, asked of the engine once per version of it."""

    def __init__(self, engine: Engine, document: ProjectDocument, repaint: Callable) -> None:
        self.engine = engine
        self.document = document
        self._repaint = repaint
        self._pixmaps: dict[tuple, list[QPixmap]] = {}
        self._requested: set[tuple] = set()
        engine.preview.sig_thumbnail.connect(self._on_thumbnail)

    def get(self, clip: LatentWalkClip) -> list[QPixmap] | None:
        """The pixmaps, or None while they are being rendered (they arrive later)."""
        fps = self.document.project.fps
        walk = clip.walk()
        last = clip.start + max(0, frame_total(clip.duration, fps) - 1) / fps
        ends = np.stack(
            [walk_latent_at(walk, clip.walk_time(t), clip.walk_length) for t in (clip.start, last)]
        )
        # An edited walk keeps its id, so the key names the faces, not only the clip.
        key = (THUMB_KEY, clip.id, clip.model, tuple(clip.labels), hash(ends.tobytes()))
        if key in self._pixmaps:
            return self._pixmaps[key]
        if key not in self._requested:
            self._requested.add(key)
            self.engine.preview.render_thumbnail(
                key, clip.model, self.document.path, ends, labels=clip.labels or None
            )
        return None

    def _on_thumbnail(self, key, images: np.ndarray) -> None:
        if not (isinstance(key, tuple) and key and key[0] == THUMB_KEY):
            return
        side = VIDEO_TRACK_HEIGHT - 12
        self._pixmaps[key] = [array_to_pixmap(image, side, smooth=True) for image in images]
        self._repaint()


def _seconds(duration: float) -> str:
    """A clip's length as the ruler reads it: "10 s", "5.3 s" (not "5.3209 s")."""
    return f"{round(duration, 1):g} s"


def clip_label(clip: Clip, duration: float) -> str:
    """What a clip says about itself on the timeline."""
    if isinstance(clip, LatentWalkClip):
        if clip.talk is not None:
            return tr("Virtual host · {length}").format(length=_seconds(duration))
        label = tr("Walk · {length}").format(length=_seconds(duration))
        return label + (tr(" · loop") if clip.loop else "")
    if isinstance(clip, CaptionClip):
        return clip.text
    name = PurePath(clip.path).name
    if isinstance(clip, AudioClip):
        gain = f" · {clip.gain_db:+g} dB" if clip.gain_db else ""
        return f"{name}{gain}" + (tr(" · loop") if clip.loop else "")
    if isinstance(clip, VideoFileClip) and clip.speed != 1:
        return f"{name} · {clip.speed:g}×"
    return name


def paint_clip(
    painter: QPainter,
    rect: QRectF,
    clip: Clip,
    track_kind: str,
    selected: bool,
    pixels_per_second: float,
    thumbnails: list[QPixmap] | None,
    start: float | None = None,
    duration: float | None = None,
    waveform: Waveform | None = None,
) -> None:
    """One clip's body, label and marks; ``start``/``duration`` override the clip's own
    while it is dragged (the ghost). An audio clip's ``waveform`` is drawn behind its label."""
    duration = clip.duration if duration is None else duration
    colour = QColor(clip_colour(clip, track_kind))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour.darker(130))
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), RADIUS, RADIUS)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -5), RADIUS, RADIUS)
    text_rect = rect.adjusted(10, 4, -10, -8)
    dark = clip.kind in DARK_TEXT_KINDS
    text_colour = QColor("#101114" if dark else "#ffffff")
    if isinstance(clip, AudioClip):
        _paint_fades(painter, rect, clip, pixels_per_second)
        if waveform is not None:
            shown = clip.start if start is None else start
            # A ghost trimmed on the left (same end, other start) plays from another second.
            trimmed_left = shown != clip.start and abs(shown + duration - clip.end) < 1e-6
            source_in = clip.source_in + (shown - clip.start if trimmed_left else 0.0)
            wave = _WaveSpan(source_in, duration, pixels_per_second)
            paint_waveform(painter, rect, clip, waveform, wave, text_colour)
    elif not isinstance(clip, CaptionClip):
        _paint_transition(painter, rect, clip, pixels_per_second)
    if thumbnails and rect.width() > 2 * VIDEO_TRACK_HEIGHT:
        side = thumbnails[0].width()
        painter.drawPixmap(int(rect.left()) + 6, int(rect.top()) + 5, thumbnails[0])
        painter.drawPixmap(int(rect.right()) - 6 - side, int(rect.top()) + 5, thumbnails[-1])
        text_rect = rect.adjusted(side + 14, 4, -side - 14, -8)
    metrics = QFontMetrics(painter.font())
    label = clip_label(clip, duration)
    elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    if waveform is not None and isinstance(clip, AudioClip):
        # A shadow in the body's darker shade keeps the label crisp over the waveform.
        painter.setPen(colour.darker(160))
        painter.drawText(text_rect.translated(1, 1), align, elided)
    painter.setPen(text_colour)
    painter.drawText(text_rect, align, elided)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), RADIUS, RADIUS)


def paint_ghost_outline(painter: QPainter, rect: QRectF) -> None:
    """Where a dragged clip was: a dashed outline, so the user sees what moves."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(style.MUTED), 1, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), RADIUS, RADIUS)


def _paint_fades(painter: QPainter, rect: QRectF, clip: AudioClip, pps: float) -> None:
    """Fades as shaded corners: the sound rises along the left slope, falls along the right."""
    shade = QColor(0, 0, 0, 90)
    top, bottom = rect.top() + 1, rect.bottom() - 5
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(shade)
    if clip.fade_in > 0:
        x = rect.left() + min(clip.fade_in * pps, rect.width())
        painter.drawPolygon(
            QPolygonF([QPointF(rect.left(), top), QPointF(x, top), QPointF(rect.left(), bottom)])
        )
    if clip.fade_out > 0:
        x = rect.right() - min(clip.fade_out * pps, rect.width())
        painter.drawPolygon(
            QPolygonF([QPointF(x, top), QPointF(rect.right(), top), QPointF(rect.right(), bottom)])
        )


class _WaveSpan:
    """What part of the sound a clip's body shows, and at what zoom."""

    def __init__(self, source_in: float, duration: float, pixels_per_second: float) -> None:
        self.source_in = source_in  # second of the file at the body's left edge
        self.duration = duration  # seconds the body spans
        self.pixels_per_second = pixels_per_second


def paint_waveform(
    painter: QPainter,
    rect: QRectF,
    clip: AudioClip,
    waveform: Waveform,
    span: _WaveSpan,
    colour: QColor,
) -> None:
    """The clip's sound as one vertical line per pixel column, mirrored round the body's
    middle, as tall as the sound is loud (in dB) after the clip's gain and fades; only the
    columns the painter can show are computed (cheap at any zoom and length)."""
    body = rect.adjusted(1, 1, -1, -5)
    if body.width() < 2 or body.height() < 4 or span.pixels_per_second <= 0:
        return
    painter.save()
    outline = QPainterPath()
    outline.addRoundedRect(body, RADIUS, RADIUS)
    painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
    visible = painter.clipBoundingRect() if painter.hasClipping() else body
    left = max(int(np.floor(body.left())), int(np.floor(visible.left())))
    right = min(int(np.ceil(body.right())), int(np.ceil(visible.right())))
    count = right - left
    if count <= 0:
        painter.restore()
        return
    column = 1.0 / span.pixels_per_second  # seconds per pixel column
    offsets = (left - body.left()) * column + np.arange(count) * column  # from the clip start
    peaks = waveform.column_peaks(span.source_in + offsets[0], column, count, clip.loop)
    centres = offsets + column / 2
    peaks = peaks * clip_envelope(centres, span.duration, clip.gain_db, clip.fade_in, clip.fade_out)
    inside = (offsets + column > 0) & (offsets < span.duration)
    half = body.height() / 2 - WAVEFORM_MARGIN
    heights = np.where(inside, display_heights(peaks) * half, 0.0)
    middle = body.center().y()
    shade = QColor(colour)
    shade.setAlpha(WAVEFORM_ALPHA)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # whole-pixel columns
    painter.setPen(QPen(shade, 1))
    lines = [
        QLineF(left + i, middle - height, left + i, middle + height)
        for i, height in enumerate(heights.tolist())
        if height >= 0.5
    ]
    painter.drawLines(lines)
    painter.restore()


def _paint_transition(painter: QPainter, rect: QRectF, clip, pps: float) -> None:
    """A transition as a lighter wedge over its first seconds."""
    if getattr(clip, "transition", "none") == "none" or clip.transition_duration <= 0:
        return
    width = min(clip.transition_duration * pps, rect.width())
    top, bottom = rect.top() + 1, rect.bottom() - 5
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 60))
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(rect.left(), bottom),
                QPointF(rect.left() + width, top),
                QPointF(rect.left() + width, bottom),
            ]
        )
    )


def paint_header(
    painter: QPainter, rect: QRectF, track: Track, font: QFont, colours: CanvasColours
) -> None:
    """A lane's header: a coloured chip with the kind's glyph, the name, the kind."""
    painter.fillRect(rect, QColor(colours.header))
    colour = QColor(TRACK_COLOURS.get(track.kind, style.MUTED))
    chip = QRectF(rect.left() + 8, rect.top() + 8, 22, 22)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(chip, 5, 5)
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    painter.setFont(bold)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, TRACK_GLYPHS.get(track.kind, "?"))
    painter.setFont(font)
    text_left = chip.right() + 8
    width = rect.right() - text_left - 4
    metrics = QFontMetrics(font)
    name = metrics.elidedText(track_title(track), Qt.TextElideMode.ElideRight, int(width))
    painter.setPen(QColor(colours.text))
    painter.drawText(QRectF(text_left, rect.top() + 6, width, 18), Qt.AlignmentFlag.AlignLeft, name)
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
    painter.setFont(small)
    painter.setPen(QColor(colours.muted))
    painter.drawText(
        QRectF(text_left, rect.top() + 24, width, 16),
        Qt.AlignmentFlag.AlignLeft,
        track_kind_name(track.kind),
    )
    painter.setFont(font)
