"""Script: a table of scenes (shot, line, duration); every edit is one undoable SetScenes.

The table is a view of ``document.project.script``: an edit builds the new scene list,
pushes SetScenes (which also rebuilds the caption track), and the document listener
refills the table, so undo and redo show up here without extra code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.project.commands import SetScenes
from aigc_studio.project.document import ProjectDocument
from aigc_studio.script.model import Scene
from aigc_studio.ui.undo import push_command
from aigc_studio.ui.widgets import button, format_seconds, hint, panel_header

SHOT, LINE, DURATION = range(3)
COLUMNS = ("Shot", "Line", "Duration s")
NEW_SCENE_SECONDS = 3.0


class DurationDelegate(QStyledItemDelegate):
    """Edits a scene's duration with a spin box that cannot go to zero."""

    def createEditor(self, parent, option, index):
        editor = QDoubleSpinBox(parent)
        editor.setRange(0.1, 600.0)
        editor.setDecimals(1)
        editor.setSingleStep(0.5)
        editor.setSuffix(" s")
        return editor

    def displayText(self, value, locale) -> str:
        try:
            return f"{float(value):.1f} s"
        except (TypeError, ValueError):
            return super().displayText(value, locale)


class ScriptPanel(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self._committing = False  # True while an edit made in this table is being applied
        self._build()
        document.add_listener(self.refresh)
        self.refresh()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 22, 28, 22)
        root.addWidget(
            panel_header(
                "Script",
                "One row per scene: what we see, the line that is said (it becomes the "
                "caption), and how long it lasts.",
            )
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SHOT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DURATION, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(SHOT, 260)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(DURATION, DurationDelegate(self.table))
        self.table.setToolTip("Double-click a cell to edit it")
        self.table.itemChanged.connect(self._on_item_changed)
        root.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.add_button = button("Add scene", "Add a scene at the end of the script", True)
        self.add_button.clicked.connect(self.add_scene)
        self.remove_button = button("Remove scene", "Remove the selected scenes (undoable)")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.total_label = QLabel()
        row.addWidget(self.total_label)
        root.addLayout(row)
        root.addWidget(hint("Lines become captions on the timeline at their scene's time."))

    # -- document -> table ------------------------------------------------------------

    def refresh(self) -> None:
        script = self.document.project.script
        if not self._committing:
            # The document changed elsewhere (undo, open): an open editor holds stale text
            # that would overwrite the change when it commits, so drop it.
            self._close_editor()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(script.scenes))
            for row, scene in enumerate(script.scenes):
                self._set_cell(row, SHOT, scene.shot)
                self._set_cell(row, LINE, scene.line)
                self._set_cell(row, DURATION, round(scene.duration, 3))
        finally:
            self.table.blockSignals(False)
        count = len(script.scenes)
        self.total_label.setText(
            f"{count} scene{'s' if count != 1 else ''} · total {format_seconds(script.duration)}"
        )

    def _close_editor(self) -> None:
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _set_cell(self, row: int, column: int, value) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        if item.data(Qt.ItemDataRole.EditRole) != value:
            item.setData(Qt.ItemDataRole.EditRole, value)

    # -- table -> commands ------------------------------------------------------------

    def _scenes_from_table(self) -> list[Scene]:
        scenes = []
        for row in range(self.table.rowCount()):
            shot = self.table.item(row, SHOT)
            line = self.table.item(row, LINE)
            duration = self.table.item(row, DURATION)
            try:
                seconds = float(duration.data(Qt.ItemDataRole.EditRole)) if duration else 0.0
            except (TypeError, ValueError):
                seconds = 0.0
            scenes.append(
                Scene(
                    shot=shot.text() if shot else "",
                    line=line.text() if line else "",
                    duration=seconds if seconds > 0 else NEW_SCENE_SECONDS,
                )
            )
        return scenes

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        scenes = self._scenes_from_table()
        if scenes != self.document.project.script.scenes:
            self._committing = True
            try:
                self.set_scenes(scenes)
            finally:
                self._committing = False

    def set_scenes(self, scenes: list[Scene]) -> None:
        """Replace the script's scenes (and captions) in one undoable step."""
        push_command(self.undo_stack, self.document, SetScenes(self.document.project, scenes))

    def add_scene(self) -> None:
        scenes = list(self.document.project.script.scenes)
        scenes.append(Scene(shot="", line="", duration=NEW_SCENE_SECONDS))
        self.set_scenes(scenes)
        row = len(scenes) - 1
        self.table.setCurrentCell(row, LINE)
        self.table.editItem(self.table.item(row, LINE))
        self.sig_status.emit(f"Scene {row + 1} added: type its line")

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        if not rows:
            self.sig_status.emit("Select a scene to remove")
            return
        scenes = [s for i, s in enumerate(self.document.project.script.scenes) if i not in rows]
        self.set_scenes(scenes)
        self.sig_status.emit(f"Removed {len(rows)} scene{'s' if len(rows) != 1 else ''}")
