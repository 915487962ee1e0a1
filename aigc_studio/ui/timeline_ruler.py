"""The time ruler: tick spacing that adapts to the zoom, its labels, and its painting."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF

from aigc_studio.ui.timeline_style import (
    BEAT,
    DARK_CANVAS,
    PLAYHEAD,
    RULER_HEIGHT,
    CanvasColours,
)

LABEL_SPACING_PX = 70  # labelled ticks at least this far apart, so labels never touch
# (labelled step, minor step) pairs in seconds, finest first.
STEPS = (
    (0.1, 0.02),
    (0.2, 0.05),
    (0.5, 0.1),
    (1.0, 0.2),
    (2.0, 0.5),
    (5.0, 1.0),
    (10.0, 2.0),
    (15.0, 5.0),
    (30.0, 5.0),
    (60.0, 10.0),
    (120.0, 30.0),
    (300.0, 60.0),
    (600.0, 120.0),
)


def tick_steps(pixels_per_second: float) -> tuple[float, float]:
    """(labelled, minor) tick steps in seconds for this zoom."""
    for major, minor in STEPS:
        if major * pixels_per_second >= LABEL_SPACING_PX:
            return major, minor
    return STEPS[-1]


def tick_label(seconds: float, step: float) -> str:
    """'1.5s' under a second's step, '12s' under a minute, '1:05' beyond."""
    if step < 1.0:
        return f"{seconds:.1f}s"
    if seconds < 60:
        return f"{seconds:.0f}s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def paint_ruler(
    painter: QPainter,
    font: QFont,
    left: float,
    width: float,
    x_for,
    first_second: float,
    last_second: float,
    pixels_per_second: float,
    beats: list[float],
    colours: CanvasColours = DARK_CANVAS,
) -> None:
    """Ticks and labels from ``first_second`` to ``last_second`` and the beat marks;
    ``x_for`` maps seconds to x in the widget."""
    painter.save()
    painter.setClipRect(QRectF(left, 0, width, RULER_HEIGHT))
    painter.fillRect(QRectF(left, 0, width, RULER_HEIGHT), QColor(colours.ruler))
    major, minor = tick_steps(pixels_per_second)
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    painter.setFont(small)
    per_major = round(major / minor)
    first = max(0, math.floor(first_second / minor))
    last = math.ceil(last_second / minor)
    for index in range(first, last + 1):
        seconds = index * minor
        x = x_for(seconds)
        labelled = index % per_major == 0
        painter.setPen(QPen(QColor(colours.tick if labelled else colours.minor_tick), 1))
        painter.drawLine(
            QPointF(x, RULER_HEIGHT - (10 if labelled else 5)), QPointF(x, RULER_HEIGHT)
        )
        if labelled:
            painter.setPen(QColor(colours.muted))
            painter.drawText(QPointF(x + 3, RULER_HEIGHT - 12), tick_label(seconds, major))
    painter.setPen(QPen(QColor(BEAT), 2))
    for beat in beats:
        x = x_for(beat)
        painter.drawLine(QPointF(x, RULER_HEIGHT - 6), QPointF(x, RULER_HEIGHT))
    painter.restore()


def paint_playhead_handle(painter: QPainter, x: float) -> None:
    """The triangle on the ruler that the user grabs to scrub."""
    painter.save()
    painter.setPen(QColor(PLAYHEAD))
    painter.setBrush(QColor(PLAYHEAD))
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(x - 6, RULER_HEIGHT - 12),
                QPointF(x + 6, RULER_HEIGHT - 12),
                QPointF(x, RULER_HEIGHT),
            ]
        )
    )
    painter.restore()
