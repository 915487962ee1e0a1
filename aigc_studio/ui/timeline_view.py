"""A hand-painted multi-track view of the project's timeline: geometry and view state.

It draws straight from ``document.project`` each time it paints and repaints when the
document notifies a change; it keeps no copy of the timeline, only view state (zoom,
scroll, selection, playhead, beats) and thumbnails rendered by the engine. Painting lives in
timeline_canvas.py, mouse gestures in timeline_drag.py, edit actions in timeline_edit.py;
gestures and edits change the project only through commands pushed on the undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QMenu, QScrollBar, QSizePolicy, QWidget

from aigc_studio.engine.engine import Engine
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import Clip, LatentWalkClip, Track
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.timeline_canvas import paint_timeline
from aigc_studio.ui.timeline_drag import TimelineDrag
from aigc_studio.ui.timeline_edit import TimelineEdits
from aigc_studio.ui.timeline_paint import WalkThumbnails
from aigc_studio.ui.timeline_style import (
    EDGE_PX,
    HEADER_WIDTH,
    RULER_HEIGHT,
    TRACK_GAP,
    lane_height,
)
from aigc_studio.ui.timeline_waveforms import TimelineWaveforms
from aigc_studio.ui.widgets import menu_action

TAIL_SECONDS = 3.0  # empty time drawn after the last clip, room to grow
MIN_SECONDS = 10.0  # the ruler always shows at least this much
MIN_ZOOM, MAX_ZOOM = 2.0, 1000.0  # pixels per second
ZOOM_STEP = 1.25  # one wheel notch or one +/- click


class TimelineView(QWidget):
    sig_selection_changed = Signal(object)
    """The selection changed; carries the primary (last chosen) clip id, None if empty."""
    sig_edit_walk = Signal(str)
    """The user asked to re-open this latent walk clip (by id) in Explore."""
    sig_playhead_moved = Signal(float)
    """The user moved the playhead (seconds): a click or drag on the ruler, or an edit."""
    sig_files_dropped = Signal(list, float, object)
    """Media files were dropped: their paths, the time, and the track index (or None)."""
    sig_status = Signal(str)
    """A short message for the status bar (an edit that could not be done, and why)."""

    def __init__(self, engine: Engine, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document
        self.undo_stack = undo_stack
        self.pixels_per_second = 60.0
        self.scroll_x = 0  # pixels of timeline hidden left of the lanes
        self.scroll_y = 0  # pixels of lanes hidden above (many tracks)
        self.selected_ids: list[str] = []  # in the order chosen; the last one is primary
        self.playhead = 0.0
        self.beats: list[float] = []
        self._project = document.project  # a new project (New, Open) resets the view
        self.thumbnails = WalkThumbnails(engine, document, self.update)
        self.waveforms = TimelineWaveforms(engine, document, self.update, parent=self)
        self.drag = TimelineDrag(self)
        self.edits = TimelineEdits(self)
        self.h_scroll = QScrollBar(Qt.Orientation.Horizontal, self)
        self.v_scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self.h_scroll.valueChanged.connect(self._on_h_scroll)
        self.v_scroll.valueChanged.connect(self._on_v_scroll)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # the cursor changes over clip edges
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(
            tr(
                "Drag clips to move them, their edges to trim; click the ruler to move the "
                "playhead. S splits, Delete removes, Shift+Delete closes the gap, Ctrl+C/X/V "
                "copy, cut and paste; hold Alt while dragging to turn snapping off."
            )
        )
        self.setStatusTip(
            tr(
                "Drag to move or trim (Alt: no snapping), S split, Delete remove, "
                "Shift+Delete ripple delete, Ctrl+wheel zoom; double-click a walk to edit it"
            )
        )
        document.add_listener(self._on_document_changed)

    # -- geometry ---------------------------------------------------------------------

    @property
    def tracks(self) -> list[Track]:
        return self.document.project.timeline.tracks

    @property
    def seconds_shown(self) -> float:
        return max(MIN_SECONDS, self.document.project.timeline.duration + TAIL_SECONDS)

    @property
    def content_width(self) -> int:
        """Pixels the whole timeline (with its tail) takes at this zoom."""
        return int(self.seconds_shown * self.pixels_per_second) + 20

    @property
    def content_height(self) -> int:
        lanes = sum(lane_height(t.kind) + TRACK_GAP for t in self.tracks)
        return RULER_HEIGHT + TRACK_GAP + max(lanes, lane_height("video"))

    @property
    def lanes_rect(self) -> QRectF:
        """Where lanes show: right of the header, below the ruler, inside the scroll bars."""
        right = self.width() - (self.v_scroll.width() if self.v_scroll.isVisible() else 0)
        bottom = self.height() - (self.h_scroll.height() if self.h_scroll.isVisible() else 0)
        return QRectF(HEADER_WIDTH, RULER_HEIGHT, right - HEADER_WIDTH, bottom - RULER_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(HEADER_WIDTH + min(self.content_width, 1600), self.content_height)

    def minimumSizeHint(self) -> QSize:
        return QSize(HEADER_WIDTH + 200, RULER_HEIGHT + TRACK_GAP + lane_height("video"))

    def x_for(self, seconds: float) -> float:
        return HEADER_WIDTH + seconds * self.pixels_per_second - self.scroll_x

    def time_at(self, x: float) -> float:
        return (x - HEADER_WIDTH + self.scroll_x) / self.pixels_per_second

    def lane_top(self, track_index: int) -> float:
        top = RULER_HEIGHT + TRACK_GAP - self.scroll_y
        for track in self.tracks[:track_index]:
            top += lane_height(track.kind) + TRACK_GAP
        return top

    def lane_rect(self, track_index: int) -> QRectF:
        height = lane_height(self.tracks[track_index].kind)
        return QRectF(0, self.lane_top(track_index), self.width(), height)

    def track_index_at(self, y: float) -> int | None:
        """The lane at height y (a gap counts as the lane above it); None over the ruler."""
        if y < RULER_HEIGHT or not self.tracks:
            return None
        for index, track in enumerate(self.tracks):
            if y < self.lane_top(index) + lane_height(track.kind) + TRACK_GAP:
                return index
        return len(self.tracks) - 1

    def span_rect(self, track_index: int, start: float, duration: float) -> QRectF:
        top = self.lane_top(track_index)
        width = max(duration * self.pixels_per_second, 4.0)
        return QRectF(self.x_for(start), top, width, lane_height(self.tracks[track_index].kind))

    def clip_rect(self, track_index: int, clip: Clip) -> QRectF:
        return self.span_rect(track_index, clip.start, clip.duration)

    def hit(self, x: float, y: float) -> tuple[int, Clip, str | None] | None:
        """(track index, clip, "left"/"right"/None for an edge) under a point, or None."""
        if x < HEADER_WIDTH or y < RULER_HEIGHT:
            return None
        index = self.track_index_at(y)
        if index is None:
            return None
        # Later clips are drawn on top, so they are hit first.
        for clip in reversed(self.tracks[index].clips):
            rect = self.clip_rect(index, clip)
            if not rect.contains(x, y):
                continue
            edge = min(EDGE_PX, rect.width() / 4)
            if x <= rect.left() + edge:
                return index, clip, "left"
            if x >= rect.right() - edge:
                return index, clip, "right"
            return index, clip, None
        return None

    def clip_at(self, x: float, y: float) -> Clip | None:
        found = self.hit(x, y)
        return found[1] if found else None

    # -- zoom and scroll --------------------------------------------------------------

    def set_zoom(self, pixels_per_second: float, anchor_x: float | None = None) -> None:
        """Zoom keeping the time under ``anchor_x`` (default: the lanes' middle) in place."""
        lanes = self.lanes_rect
        if anchor_x is None:
            anchor_x = lanes.center().x()
        anchor_time = self.time_at(anchor_x)
        self.pixels_per_second = min(max(pixels_per_second, MIN_ZOOM), MAX_ZOOM)
        self._update_scroll_bars()
        self.h_scroll.setValue(
            round(anchor_time * self.pixels_per_second - (anchor_x - HEADER_WIDTH))
        )
        self.updateGeometry()
        self.update()

    def zoom_in(self) -> None:
        self.set_zoom(self.pixels_per_second * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.pixels_per_second / ZOOM_STEP)

    def fit_to_window(self) -> None:
        """Zoom so the whole project (and the short tail after it) fits the lanes' width."""
        seconds = max(MIN_SECONDS, self.document.project.timeline.duration + TAIL_SECONDS)
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        visible = self.width() - HEADER_WIDTH - (bar if self.v_scroll.isVisible() else 0)
        self.set_zoom(max(visible - 21, 50) / seconds)  # content_width adds 20 px
        self.h_scroll.setValue(0)

    def scroll_to_time(self, seconds: float) -> None:
        """Scroll so ``seconds`` is visible, paging as little as needed."""
        x = self.x_for(seconds)
        lanes = self.lanes_rect
        if x < lanes.left() or x > lanes.right() - 10:
            self.h_scroll.setValue(round(seconds * self.pixels_per_second - lanes.width() * 0.1))

    def _on_h_scroll(self, value: int) -> None:
        self.scroll_x = value
        self.update()

    def _on_v_scroll(self, value: int) -> None:
        self.scroll_y = value
        self.update()

    def _update_scroll_bars(self) -> None:
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        need_v = self.content_height > self.height()
        lanes_w = self.width() - HEADER_WIDTH - (bar if need_v else 0)
        need_h = self.content_width > lanes_w
        if need_h and not need_v:
            need_v = self.content_height > self.height() - bar
        self.h_scroll.setVisible(need_h)
        self.v_scroll.setVisible(need_v)
        bottom = self.height() - (bar if need_h else 0)
        right = self.width() - (bar if need_v else 0)
        self.h_scroll.setGeometry(HEADER_WIDTH, bottom, right - HEADER_WIDTH, bar)
        self.v_scroll.setGeometry(right, RULER_HEIGHT, bar, bottom - RULER_HEIGHT)
        lanes_w = right - HEADER_WIDTH
        self.h_scroll.setRange(0, max(0, self.content_width - lanes_w) if need_h else 0)
        self.h_scroll.setPageStep(max(1, lanes_w))
        self.h_scroll.setSingleStep(max(1, lanes_w // 20))
        visible_h = bottom - RULER_HEIGHT
        self.v_scroll.setRange(0, max(0, self.content_height - bottom) if need_v else 0)
        self.v_scroll.setPageStep(max(1, visible_h))
        self.v_scroll.setSingleStep(20)
        # A range that shrank has clamped the values; keep ours in step.
        self.scroll_x, self.scroll_y = self.h_scroll.value(), self.v_scroll.value()

    def resizeEvent(self, event) -> None:
        self._update_scroll_bars()
        super().resizeEvent(event)

    def wheelEvent(self, event) -> None:
        modifiers = event.modifiers()
        delta = event.angleDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            factor = ZOOM_STEP if delta.y() > 0 else 1 / ZOOM_STEP
            self.set_zoom(self.pixels_per_second * factor, event.position().x())
        elif event.position().x() < HEADER_WIDTH and not (
            modifiers & Qt.KeyboardModifier.ShiftModifier
        ):
            self.v_scroll.setValue(self.v_scroll.value() - delta.y() // 2)
        else:
            # The wheel scrolls time (editors are wide, not tall); Shift+wheel too, and a
            # trackpad's sideways swipe arrives as x.
            step = delta.x() if delta.x() else delta.y()
            self.h_scroll.setValue(self.h_scroll.value() - step)
        event.accept()

    # -- model changes ----------------------------------------------------------------

    def _on_document_changed(self) -> None:
        ids = {c.id for t in self.tracks for c in t.clips}
        if self.drag.active:
            self.drag.cancel()  # the clips it was moving may have changed under it
        if self.document.project is not self._project:
            self._project = self.document.project
            self.h_scroll.setValue(0)
            self.move_playhead(0.0)
        kept = [i for i in self.selected_ids if i in ids]
        if kept != self.selected_ids:
            self.set_selection(kept)
        self._update_scroll_bars()
        self.updateGeometry()
        self.update()

    # -- selection --------------------------------------------------------------------

    @property
    def selected_id(self) -> str | None:
        """The primary selected clip (the last one chosen), or None."""
        return self.selected_ids[-1] if self.selected_ids else None

    def selected_clips(self) -> list[Clip]:
        """The selected clips, in timeline order (tracks top to bottom, then start)."""
        chosen = set(self.selected_ids)
        return [c for t in self.tracks for c in t.clips if c.id in chosen]

    def set_selection(self, clip_ids: Sequence[str]) -> None:
        ids = list(dict.fromkeys(clip_ids))  # unique, order kept
        if ids != self.selected_ids:
            self.selected_ids = ids
            self.sig_selection_changed.emit(self.selected_id)
            self.update()

    def select(self, clip_id: str | None) -> None:
        self.set_selection([] if clip_id is None else [clip_id])

    def select_all(self) -> None:
        self.set_selection([c.id for t in self.tracks for c in t.clips])

    def delete_selected(self) -> bool:
        """Remove the selected clips through the undo stack; False when nothing is selected."""
        return self.edits.delete()

    # -- playhead and beats -----------------------------------------------------------

    def set_playhead(self, seconds: float) -> None:
        """Show the playhead at ``seconds`` (from the player or code; emits nothing)."""
        seconds = max(0.0, float(seconds))
        if seconds == self.playhead:
            return
        self.playhead = seconds
        if not self.drag.active:
            self.scroll_to_time(seconds)
        self.update()

    def move_playhead(self, seconds: float) -> None:
        """The user moved the playhead: show it and tell the listeners."""
        seconds = max(0.0, float(seconds))
        self.playhead = seconds
        self.update()
        self.sig_playhead_moved.emit(seconds)

    def set_beats(self, times: Sequence[float]) -> None:
        """Draw beat markers at these seconds; drags snap to them too."""
        self.beats = sorted(float(t) for t in times if t >= 0)
        self.update()

    # -- input ------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        self.setFocus()
        if event.button() == Qt.MouseButton.LeftButton:
            self.drag.press(event.position(), event.modifiers())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        self.drag.move(event.position(), event.modifiers(), event.buttons())

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.drag.release(event.position(), event.modifiers())

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
        if clip.id not in self.selected_ids:
            self.select(clip.id)
        menu = self.clip_menu(clip)
        menu.exec(event.globalPos())

    def clip_menu(self, clip: Clip) -> QMenu:
        """The right-click menu of a clip: Edit in Explore (walks) and Delete."""
        menu = QMenu(self)
        if isinstance(clip, LatentWalkClip):
            menu_action(
                menu,
                "edit",
                tr("Edit in Explore"),
                tr("Re-open this walk's keyframes in Explore to change them"),
                lambda: self.sig_edit_walk.emit(clip.id),
            )
        menu_action(
            menu, "delete", tr("Delete clip"), tr("Remove this clip (Delete)"), self.delete_selected
        )
        return menu

    def keyPressEvent(self, event) -> None:
        if self.edits.key_press(event.key(), event.modifiers()):
            event.accept()
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            # One frame at a time, on the frame grid, as the player steps.
            fps = self.document.project.fps
            self.move_playhead(max(0.0, round(self.playhead * fps + step) / fps))
            self.scroll_to_time(self.playhead)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Home:
            self.move_playhead(0.0)
            self.scroll_to_time(0.0)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            if self.drag.active:
                self.drag.cancel()
            else:
                self.select(None)
            event.accept()
            return
        super().keyPressEvent(event)

    def leaveEvent(self, event) -> None:
        if not self.drag.active:
            self.unsetCursor()
        super().leaveEvent(event)

    def dragEnterEvent(self, event) -> None:
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = self._dropped_paths(event.mimeData())
        if not paths:
            return
        position = event.position()
        seconds = max(0.0, self.time_at(max(position.x(), HEADER_WIDTH)))
        track = self.track_index_at(position.y())
        event.acceptProposedAction()
        self.sig_files_dropped.emit(paths, seconds, track)

    @staticmethod
    def _dropped_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        # Every local file is taken: the importer says which ones it cannot use, and why.
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        paint_timeline(self, painter)
        painter.end()
