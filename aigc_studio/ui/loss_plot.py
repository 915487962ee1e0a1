"""A tiny hand-painted plot of the discriminator and generator losses during training."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from aigc_studio.ui import style
from aigc_studio.ui.i18n import tr

LOSS_D_COLOUR = style.ACCENT
LOSS_G_COLOUR = "#f0a35c"
MAX_POINTS = 2000  # older points are thinned out so painting stays cheap on long runs


class LossPlot(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.steps: list[int] = []
        self.loss_d: list[float] = []
        self.loss_g: list[float] = []
        self.setMinimumHeight(140)
        self.setToolTip(tr("Discriminator (violet) and generator (orange) loss per logged step"))

    def sizeHint(self) -> QSize:
        return QSize(420, 160)

    def clear(self) -> None:
        self.steps.clear()
        self.loss_d.clear()
        self.loss_g.clear()
        self.update()

    def add(self, step: int, loss_d: float, loss_g: float) -> None:
        if not (math.isfinite(loss_d) and math.isfinite(loss_g)):
            return
        self.steps.append(step)
        self.loss_d.append(loss_d)
        self.loss_g.append(loss_g)
        if len(self.steps) > MAX_POINTS:  # keep every other point
            self.steps, self.loss_d, self.loss_g = (
                self.steps[::2],
                self.loss_d[::2],
                self.loss_g[::2],
            )
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.BASE))
        painter.drawRoundedRect(QRectF(self.rect()), 10, 10)
        area = QRectF(self.rect()).adjusted(40, 14, -12, -22)
        painter.setPen(QColor(style.MUTED))
        if len(self.steps) < 2:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Losses appear here"))
            painter.end()
            return
        low = min(min(self.loss_d), min(self.loss_g), 0.0)
        high = max(max(self.loss_d), max(self.loss_g))
        high = high if high > low else low + 1.0
        first, last = self.steps[0], max(self.steps[-1], self.steps[0] + 1)

        def point(step: int, value: float) -> QPointF:
            x = area.left() + (step - first) / (last - first) * area.width()
            y = area.bottom() - (value - low) / (high - low) * area.height()
            return QPointF(x, y)

        painter.setPen(QPen(QColor("#34363c"), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.setPen(QColor(style.MUTED))
        painter.drawText(
            QRectF(0, area.top() - 8, 36, 16), Qt.AlignmentFlag.AlignRight, f"{high:.1f}"
        )
        painter.drawText(
            QRectF(0, area.bottom() - 8, 36, 16), Qt.AlignmentFlag.AlignRight, f"{low:.1f}"
        )
        painter.drawText(
            QRectF(area.left(), area.bottom() + 4, area.width(), 16),
            Qt.AlignmentFlag.AlignRight,
            tr("step {step}").format(step=self.steps[-1]),
        )
        for values, colour, name, offset in (
            (self.loss_d, LOSS_D_COLOUR, tr("loss D"), 0),
            (self.loss_g, LOSS_G_COLOUR, tr("loss G"), 70),
        ):
            path = QPainterPath(point(self.steps[0], values[0]))
            for step, value in zip(self.steps[1:], values[1:], strict=True):
                path.lineTo(point(step, value))
            painter.setPen(QPen(QColor(colour), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.drawText(QPointF(area.left() + offset, area.bottom() + 16), name)
        painter.end()
