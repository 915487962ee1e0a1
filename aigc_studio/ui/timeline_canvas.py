"""Painting the whole timeline view: ruler, lanes, clips, ghosts, snap line, headers,
playhead. It reads the view's geometry and state and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from aigc_studio.project.model import AudioClip, LatentWalkClip
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.timeline_paint import paint_clip, paint_ghost_outline, paint_header
from aigc_studio.ui.timeline_ruler import paint_playhead_handle, paint_ruler
from aigc_studio.ui.timeline_style import (
    BEAT,
    HEADER_WIDTH,
    PLAYHEAD,
    RUBBER_BAND,
    RULER_HEIGHT,
    SNAP_LINE,
    CanvasColours,
    canvas_colours,
    lane_height,
)
from aigc_studio.ui.timeline_waveforms import TimelineWaveforms


def paint_timeline(view, painter: QPainter) -> None:
    """The whole view: ruler, lanes with their clips and beats, headers, playhead."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colours = canvas_colours()
    painter.fillRect(view.rect(), QColor(colours.background))
    lanes = view.lanes_rect
    first, last = view.time_at(lanes.left()), view.time_at(lanes.right())
    paint_ruler(
        painter,
        view.font(),
        lanes.left(),
        lanes.width(),
        view.x_for,
        first,
        last,
        view.pixels_per_second,
        view.beats,
        colours,
    )
    painter.save()
    painter.setClipRect(lanes)
    _paint_lanes(view, painter, lanes, first, last, colours)
    painter.restore()
    painter.save()
    painter.setClipRect(QRectF(0, RULER_HEIGHT, HEADER_WIDTH, lanes.height()))
    for index, track in enumerate(view.tracks):
        header = QRectF(0, view.lane_top(index), HEADER_WIDTH - 4, lane_height(track.kind))
        paint_header(painter, header, track, view.font(), colours)
    painter.restore()
    _paint_playhead(view, painter, lanes)
    if not any(track.clips for track in view.tracks):
        painter.setPen(QColor(colours.muted))
        painter.drawText(
            QRectF(lanes.left(), RULER_HEIGHT, lanes.width(), 2 * lane_height("video")),
            Qt.AlignmentFlag.AlignCenter,
            tr("Empty timeline: add a walk in Explore, write scenes in Script, or import media"),
        )


def view_waveforms(view) -> TimelineWaveforms:
    """The view's waveform loader: its own ``waveforms`` if it has one, else one made on
    its first paint and kept on it (a child of the view, so it goes with it)."""
    waveforms = getattr(view, "waveforms", None)
    if waveforms is None:
        waveforms = TimelineWaveforms(view.engine, view.document, view.update, parent=view)
        view.waveforms = waveforms
    return waveforms


def _paint_lanes(
    view, painter: QPainter, lanes: QRectF, first: float, last: float, colours: CanvasColours
) -> None:
    for index in range(len(view.tracks)):
        rect = view.lane_rect(index)
        painter.fillRect(rect, QColor(colours.lane if index % 2 == 0 else colours.lane_alt))
    beat_pen = QPen(QColor(BEAT))
    beat_colour = beat_pen.color()
    beat_colour.setAlpha(90)
    beat_pen.setColor(beat_colour)
    painter.setPen(beat_pen)
    for beat in view.beats:
        if first <= beat <= last:
            x = view.x_for(beat)
            painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()))
    ghost = view.drag.ghost
    selected = set(view.selected_ids)
    waveforms = view_waveforms(view)
    for index, track in enumerate(view.tracks):
        for clip in track.clips:
            if clip.end < first or clip.start > last:
                continue
            rect = view.clip_rect(index, clip)
            if clip.id in ghost:
                paint_ghost_outline(painter, rect)
                continue
            thumbnails = view.thumbnails.get(clip) if isinstance(clip, LatentWalkClip) else None
            waveform = waveforms.get(clip) if isinstance(clip, AudioClip) else None
            paint_clip(
                painter,
                rect,
                clip,
                track.kind,
                clip.id in selected,
                view.pixels_per_second,
                thumbnails,
                waveform=waveform,
            )
    for clip_id, (start, duration, index) in ghost.items():
        clip = view.drag.clip_by_id(clip_id)
        if clip is None:
            continue
        rect = view.span_rect(index, start, duration)
        kind = view.tracks[index].kind
        waveform = waveforms.get(clip) if isinstance(clip, AudioClip) else None
        paint_clip(
            painter, rect, clip, kind, True, view.pixels_per_second, None, start, duration, waveform
        )
    if view.drag.snap_time is not None:
        x = view.x_for(view.drag.snap_time)
        painter.setPen(QPen(QColor(SNAP_LINE), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()))
    band = view.drag.band
    if band is not None:
        colour = QColor(RUBBER_BAND)
        painter.setPen(QPen(colour, 1))
        colour.setAlpha(50)
        painter.setBrush(colour)
        painter.drawRect(band)


def _paint_playhead(view, painter: QPainter, lanes: QRectF) -> None:
    x = view.x_for(view.playhead)
    if not lanes.left() <= x <= lanes.right():
        return
    painter.setPen(QPen(QColor(PLAYHEAD), 1.5))
    painter.drawLine(QPointF(x, RULER_HEIGHT - 12), QPointF(x, lanes.bottom()))
    paint_playhead_handle(painter, x)
