"""The keyframe strip of the walk editor: faces on a time ruler, dragged to retime them.

It paints what the editor hands it (``set_content``) and reports what the user does with
signals; it keeps no walk of its own, only the view state of a drag.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from aigc_studio.ui import style
from aigc_studio.ui.i18n import tr

THUMB = 64  # side of a keyframe's face in the strip
RULER = 20  # height of the time ruler
SEGMENT_ROW = 22  # height of the row naming each segment's easing
MARGIN = THUMB // 2 + 6  # room for the first and last faces at 0 s and at the end


def easing_short(easing: str) -> str:
    """A segment's easing as the strip names it under the faces."""
    names = {"linear": tr("linear"), "ease-in-out": tr("ease in-out"), "ease-in": tr("ease in")}
    return names.get(easing, easing)


@dataclass
class StripContent:
    """What the strip shows; the editor builds it from its walk."""

    times: list[float]  # seconds of each keyframe from the clip's start, in order
    faces: list[QPixmap | None]  # each keyframe's thumbnail; None while it renders
    easing: list[str]  # easing of each segment (one more when looping)
    duration: float  # seconds of the clip
    loop: bool  # the last segment walks back to the first face
    selected: int | None  # index of the selected keyframe


class KeyframeStrip(QWidget):
    sig_selected = Signal(object)
    """The user selected a keyframe (its index), or None by clicking empty space."""
    sig_dragged = Signal(int, float)
    """A keyframe (index) is being dragged to this time in seconds (not yet clamped)."""
    sig_drag_finished = Signal(int)
    """The user let go of a dragged keyframe (index)."""
    sig_delete_requested = Signal(int)
    """Delete or Backspace was pressed with this keyframe selected."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.content = StripContent([], [], [], 4.0, False, None)
        self.playhead: float | None = None  # seconds, while the preview plays
        self._dragging: int | None = None
        self._grab_offset = 0.0  # pointer x minus the keyframe's x when the drag began
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(4 * THUMB)
        self.setToolTip(
            tr("Keyframes in time order: drag a face to retime it, Delete removes the selected one")
        )
        self.setStatusTip(self.toolTip())

    def sizeHint(self) -> QSize:
        return QSize(8 * THUMB, RULER + THUMB + SEGMENT_ROW + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(4 * THUMB, self.sizeHint().height())

    def set_content(self, content: StripContent) -> None:
        self.content = content
        self.update()

    def set_playhead(self, seconds: float | None) -> None:
        self.playhead = seconds
        self.update()

    # -- geometry ---------------------------------------------------------------------

    def x_for(self, seconds: float) -> float:
        span = max(self.width() - 2 * MARGIN, 1)
        return MARGIN + span * seconds / max(self.content.duration, 1e-6)

    def time_for(self, x: float) -> float:
        span = max(self.width() - 2 * MARGIN, 1)
        return (x - MARGIN) / span * self.content.duration

    def face_rect(self, index: int) -> QRectF:
        x = self.x_for(self.content.times[index])
        return QRectF(x - THUMB / 2, RULER + 4, THUMB, THUMB)

    def keyframe_at(self, x: float, y: float) -> int | None:
        """The keyframe under a point; the selected one wins where faces overlap."""
        order = list(range(len(self.content.times)))
        selected = self.content.selected
        if selected is not None and selected in order:
            order.remove(selected)
            order.append(selected)
        for index in reversed(order):  # topmost (drawn last) first
            if self.face_rect(index).contains(x, y):
                return index
        return None

    # -- input ------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        self.setFocus()
        position = event.position()
        index = self.keyframe_at(position.x(), position.y())
        self.sig_selected.emit(index)
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = index
            self._grab_offset = position.x() - self.x_for(self.content.times[index])

    def mouseMoveEvent(self, event) -> None:
        if self._dragging is None:
            return
        seconds = self.time_for(event.position().x() - self._grab_offset)
        self.sig_dragged.emit(self._dragging, seconds)

    def mouseReleaseEvent(self, event) -> None:
        if self._dragging is not None:
            index, self._dragging = self._dragging, None
            self.sig_drag_finished.emit(index)

    def keyPressEvent(self, event) -> None:
        selected = self.content.selected
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected is not None:
            self.sig_delete_requested.emit(selected)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(style.BASE))
        self._paint_ruler(painter)
        content = self.content
        if not content.times:
            painter.setPen(QColor(style.MUTED))
            painter.drawText(
                QRectF(0, RULER, self.width(), THUMB + 8),
                Qt.AlignmentFlag.AlignCenter,
                tr("No keyframes yet: find a face and press Add keyframe"),
            )
        else:
            self._paint_segments(painter)
            order = [i for i in range(len(content.times)) if i != content.selected]
            if content.selected is not None and content.selected < len(content.times):
                order.append(content.selected)  # on top where faces overlap
            for index in order:
                self._paint_face(painter, index)
        if self.playhead is not None:
            x = self.x_for(self.playhead)
            painter.setPen(QPen(QColor("#ff5a5f"), 2))
            painter.drawLine(QPointF(x, 2), QPointF(x, self.height() - 2))
        painter.end()

    def _paint_ruler(self, painter: QPainter) -> None:
        duration = self.content.duration
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        step = 1 if duration <= 12 else 5 if duration <= 60 else 15
        second = 0
        while second <= duration + 1e-9:
            x = self.x_for(second)
            painter.setPen(QPen(QColor("#55575f"), 1))
            painter.drawLine(QPointF(x, RULER - 6), QPointF(x, RULER))
            painter.setPen(QColor(style.MUTED))
            painter.drawText(QPointF(x + 3, RULER - 7), tr("{seconds}s").format(seconds=second))
            second += step
        end = self.x_for(duration)
        painter.setPen(QPen(QColor(style.ACCENT), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(end, RULER - 10), QPointF(end, self.height() - 2))
        painter.setFont(self.font())

    def _paint_segments(self, painter: QPainter) -> None:
        content = self.content
        y = RULER + 4 + THUMB + SEGMENT_ROW / 2 + 2
        ends = [(i, i + 1) for i in range(len(content.times) - 1)]
        if content.loop:
            ends.append((len(content.times) - 1, None))  # back to the first face
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        for segment, (a, b) in enumerate(ends):
            easing = content.easing[segment] if segment < len(content.easing) else "linear"
            label = easing_short(easing)
            if b is not None:
                spans = [(content.times[a], content.times[b])]
            else:  # the way back runs to the clip's end and on from its start
                spans = [(content.times[a], content.duration), (0.0, content.times[0])]
                label += " ↺"
            pen = QPen(QColor(style.VIDEO_CLIP), 2)
            if b is None:
                pen.setStyle(Qt.PenStyle.DashLine)
            xs = [(self.x_for(t0), self.x_for(t1)) for t0, t1 in spans]
            for x0, x1 in xs:
                painter.setPen(pen)
                path = QPainterPath(QPointF(x0, y))
                path.lineTo(QPointF(x1, y))
                painter.drawPath(path)
            x0, x1 = max(xs, key=lambda span: span[1] - span[0])  # label the longer part
            painter.setPen(QColor(style.MUTED))
            rect = QRectF(x0, y - SEGMENT_ROW / 2 - 1, max(x1 - x0, 1), SEGMENT_ROW / 2)
            if x1 - x0 > painter.fontMetrics().horizontalAdvance(label) + 6:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())

    def _paint_face(self, painter: QPainter, index: int) -> None:
        content = self.content
        rect = self.face_rect(index)
        face = content.faces[index] if index < len(content.faces) else None
        if face is not None:
            painter.drawPixmap(rect.toRect(), face)
        else:
            painter.fillRect(rect, QColor(style.PANEL))
            painter.setPen(QColor(style.MUTED))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "…")
        selected = index == content.selected
        beyond = content.times[index] > content.duration + 1e-9
        colour = QColor(style.ACCENT if selected else "#3a3c42")
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 3 if selected else 1))
        painter.drawRect(rect)
        if beyond:  # after the clip's end: the walk never reaches it
            painter.fillRect(rect, QColor(0, 0, 0, 150))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            rect.adjusted(3, 0, 0, -2),
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
            str(index + 1),
        )
