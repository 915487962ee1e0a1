"""The scene table: a QTableWidget whose rows are dragged to reorder the scenes.

Qt's own internal move shuffles cells, not scenes, and would bypass the undo history, so
a drop here only reports which scene went where; the panel turns that into one SetScenes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget


class SceneTable(QTableWidget):
    sig_row_moved = Signal(int, int)
    """A scene dragged from one row (first) to a new position (second)."""

    def __init__(self, rows: int, columns: int, parent=None) -> None:
        super().__init__(rows, columns, parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def drop_target(self, event: QDropEvent) -> int:
        """The row a scene dropped at ``event``'s position lands before (rowCount: the end)."""
        pos = event.position().toPoint()
        row = self.rowAt(pos.y())
        if row < 0:
            return self.rowCount()
        rect = self.visualRect(self.model().index(row, 0))
        return row + 1 if pos.y() > rect.center().y() else row

    def dropEvent(self, event: QDropEvent) -> None:
        # InternalMove already refuses drags from other widgets when they enter.
        source = self.currentRow()
        target = self.drop_target(event)
        # The scene is taken out first, so a row below the source lands one place earlier.
        to = target - 1 if target > source else target
        # Accept without Qt's own move: the table is refilled from the document instead.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source >= 0 and to != source:
            self.sig_row_moved.emit(source, to)
