"""A hand-painted view of the project's tracks on a time ruler.

It draws straight from ``document.project`` each time it paints and repaints when the
document notifies a change; it keeps no copy of the timeline, only view state (zoom,
selection) and thumbnails rendered by the engine.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from aigc_studio.engine.engine import Engine
from aigc_studio.gan.walk import frame_total, walk_latent_at
from aigc_studio.project.commands import RemoveClip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import CaptionClip, Clip, LatentWalkClip
from aigc_studio.ui import style
from aigc_studio.ui.images import array_to_pixmap
from aigc_studio.ui.undo import push_command

HEADER_WIDTH = 96  # track names column
RULER_HEIGHT = 30
TRACK_HEIGHT = 72
TRACK_GAP = 8
TAIL_SECONDS = 3.0  # empty time drawn after the last clip, room to grow
MIN_SECONDS = 10.0  # the ruler always shows at least this much
THUMB_KEY = "timeline"  # first item of our thumbnail keys, to tell them from others'


class TimelineView(QWidget):
    sig_selection_changed = Signal(object)
    """The selected clip id changed; None when nothing is selected."""
    sig_edit_walk = Signal(str)
    """The user asked to re-open this latent walk clip (by id) in Explore."""

    def __init__(self, engine: Engine, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document
        self.undo_stack = undo_stack
        self.pixels_per_second = 60.0
        self.selected_id: str | None = None
        self._thumbnails: dict[tuple, list[QPixmap]] = {}
        self._requested: set[tuple] = set()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            "Click a clip to select it; Delete removes it; double-click a walk to edit it"
        )
        self.setStatusTip(
            "Click a clip to select it; press Delete to remove it (undoable); "
            "double-click a latent walk to edit it in Explore"
        )
        document.add_listener(self._on_document_changed)
        engine.preview.sig_thumbnail.connect(self._on_thumbnail)

    # -- geometry ---------------------------------------------------------------------

    @property
    def seconds_shown(self) -> float:
        return max(MIN_SECONDS, self.document.project.timeline.duration + TAIL_SECONDS)

    def sizeHint(self) -> QSize:
        tracks = max(1, len(self.document.project.timeline.tracks))
        width = HEADER_WIDTH + int(self.seconds_shown * self.pixels_per_second) + 20
        return QSize(width, RULER_HEIGHT + tracks * (TRACK_HEIGHT + TRACK_GAP) + TRACK_GAP)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def x_for(self, seconds: float) -> float:
        return HEADER_WIDTH + seconds * self.pixels_per_second

    def clip_rect(self, track_index: int, clip: Clip) -> QRectF:
        top = RULER_HEIGHT + TRACK_GAP + track_index * (TRACK_HEIGHT + TRACK_GAP)
        width = max(clip.duration * self.pixels_per_second, 4.0)
        return QRectF(self.x_for(clip.start), top, width, TRACK_HEIGHT)

    def clip_at(self, x: float, y: float) -> Clip | None:
        for index, track in enumerate(self.document.project.timeline.tracks):
            for clip in track.clips:
                if self.clip_rect(index, clip).contains(x, y):
                    return clip
        return None

    def set_zoom(self, pixels_per_second: float) -> None:
        self.pixels_per_second = min(max(pixels_per_second, 10.0), 400.0)
        self.updateGeometry()
        self.update()

    # -- model changes ----------------------------------------------------------------

    def _on_document_changed(self) -> None:
        ids = {c.id for t in self.document.project.timeline.tracks for c in t.clips}
        if self.selected_id is not None and self.selected_id not in ids:
            self.select(None)
        self.updateGeometry()
        self.update()

    def select(self, clip_id: str | None) -> None:
        if clip_id != self.selected_id:
            self.selected_id = clip_id
            self.sig_selection_changed.emit(clip_id)
            self.update()

    def delete_selected(self) -> bool:
        """Remove the selected clip through the undo stack; False when nothing is selected."""
        if self.selected_id is None:
            return False
        command = RemoveClip(self.document.project, self.selected_id)
        push_command(self.undo_stack, self.document, command)
        return True

    # -- input ------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        position = event.position()
        clip = self.clip_at(position.x(), position.y())
        self.select(clip.id if clip is not None else None)
        self.setFocus()

    def mouseDoubleClickEvent(self, event) -> None:
        position = event.position()
        clip = self.clip_at(position.x(), position.y())
        if isinstance(clip, LatentWalkClip):
            self.select(clip.id)
            self.sig_edit_walk.emit(clip.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        clip = self.clip_at(event.pos().x(), event.pos().y())
        if clip is None:
            return
        self.select(clip.id)
        menu = self.clip_menu(clip)
        menu.exec(event.globalPos())

    def clip_menu(self, clip: Clip) -> QMenu:
        """The right-click menu of a clip: Edit in Explore (walks) and Delete."""
        menu = QMenu(self)
        if isinstance(clip, LatentWalkClip):
            edit = menu.addAction("Edit in Explore")
            edit.setStatusTip("Re-open this walk's keyframes in Explore to change them")
            edit.triggered.connect(lambda: self.sig_edit_walk.emit(clip.id))
        delete = menu.addAction("Delete clip")
        delete.triggered.connect(self.delete_selected)
        return menu

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.delete_selected():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.select(None)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.set_zoom(self.pixels_per_second * factor)
            event.accept()
        else:
            super().wheelEvent(event)

    # -- thumbnails -------------------------------------------------------------------

    def _thumbnails_for(self, clip: LatentWalkClip) -> list[QPixmap] | None:
        """The clip's first and last frames, rendered once per version of the walk."""
        fps = self.document.project.fps
        walk = clip.walk()
        last = max(0, frame_total(clip.duration, fps) - 1) / fps
        ends = np.stack([walk_latent_at(walk, t, clip.duration) for t in (0.0, last)])
        # An edited walk keeps its id, so the key names the faces, not only the clip.
        key = (THUMB_KEY, clip.id, clip.model, tuple(clip.labels), hash(ends.tobytes()))
        if key in self._thumbnails:
            return self._thumbnails[key]
        if key not in self._requested:
            self._requested.add(key)
            self.engine.preview.render_thumbnail(
                key, clip.model, self.document.path, ends, labels=clip.labels or None
            )
        return None

    def _on_thumbnail(self, key, images: np.ndarray) -> None:
        if not (isinstance(key, tuple) and key and key[0] == THUMB_KEY):
            return
        side = TRACK_HEIGHT - 12
        self._thumbnails[key] = [array_to_pixmap(image, side, smooth=True) for image in images]
        self.update()

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(style.BASE))
        self._paint_ruler(painter)
        tracks = self.document.project.timeline.tracks
        for index, track in enumerate(tracks):
            top = RULER_HEIGHT + TRACK_GAP + index * (TRACK_HEIGHT + TRACK_GAP)
            lane = QRectF(HEADER_WIDTH, top, self.width() - HEADER_WIDTH, TRACK_HEIGHT)
            painter.fillRect(lane, QColor("#1c1d21"))
            painter.setPen(QColor(style.MUTED))
            painter.drawText(
                QRectF(12, top, HEADER_WIDTH - 16, TRACK_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                track.name or track.kind.capitalize(),
            )
            for clip in track.clips:
                self._paint_clip(painter, self.clip_rect(index, clip), clip)
        if not any(track.clips for track in tracks):
            painter.setPen(QColor(style.MUTED))
            painter.drawText(
                QRectF(HEADER_WIDTH, RULER_HEIGHT, self.width() - HEADER_WIDTH, 2 * TRACK_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                "Empty timeline: add a walk in Explore or write scenes in Script",
            )
        painter.end()

    def _paint_ruler(self, painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, self.width(), RULER_HEIGHT), QColor(style.WINDOW))
        seconds = int((self.width() - HEADER_WIDTH) / self.pixels_per_second) + 1
        label_every = (
            1 if self.pixels_per_second >= 40 else 5 if self.pixels_per_second >= 12 else 10
        )
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for second in range(seconds + 1):
            x = self.x_for(second)
            major = second % label_every == 0
            painter.setPen(QPen(QColor("#55575f" if major else "#3a3c42"), 1))
            painter.drawLine(int(x), RULER_HEIGHT - (10 if major else 5), int(x), RULER_HEIGHT)
            if major:
                painter.setPen(QColor(style.MUTED))
                painter.drawText(int(x) + 3, RULER_HEIGHT - 12, f"{second}s")
        painter.setFont(self.font())

    def _paint_clip(self, painter: QPainter, rect: QRectF, clip: Clip) -> None:
        colour = QColor(
            style.VIDEO_CLIP if isinstance(clip, LatentWalkClip) else style.CAPTION_CLIP
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour.darker(130))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 7, 7)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -5), 7, 7)
        text_rect = rect.adjusted(10, 4, -10, -8)
        if isinstance(clip, LatentWalkClip):
            thumbnails = self._thumbnails_for(clip)
            if thumbnails and rect.width() > 2 * TRACK_HEIGHT:
                side = thumbnails[0].width()
                painter.drawPixmap(int(rect.left()) + 6, int(rect.top()) + 5, thumbnails[0])
                right = int(rect.right()) - 6 - side
                painter.drawPixmap(right, int(rect.top()) + 5, thumbnails[-1])
                text_rect = rect.adjusted(side + 14, 4, -side - 14, -8)
            label = f"Walk · {clip.duration:g} s" + (" · loop" if clip.loop else "")
        else:
            assert isinstance(clip, CaptionClip)
            label = clip.text
        painter.setPen(QColor("#101114" if isinstance(clip, CaptionClip) else "#ffffff"))
        metrics = QFontMetrics(painter.font())
        elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width()))
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )
        if clip.id == self.selected_id:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 7, 7)
