"""Script: a table of scenes (shot, line, caption, SFX, duration); every edit is one SetScenes.

The table is a view of ``document.project.script``: an edit builds the new scene list,
pushes SetScenes (which also rebuilds the caption track), and the document listener
refills the table, so undo and redo show up here without extra code.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.media.presets import PRESETS, Preset
from aigc_studio.project.commands import SetScenes, write_script_command
from aigc_studio.project.document import ProjectDocument
from aigc_studio.script.model import Scene
from aigc_studio.script.providers import PLATFORM_LIMIT_SECONDS
from aigc_studio.ui import script_edit
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.script_edit import NEW_SCENE_SECONDS
from aigc_studio.ui.script_meta import ScriptDetails
from aigc_studio.ui.script_narration import (
    STALE_COLOUR,
    NarrationRow,
    narration_state,
    out_of_date,
)
from aigc_studio.ui.script_table import SceneTable
from aigc_studio.ui.script_voice import VoiceRow
from aigc_studio.ui.script_writer import WriteRow
from aigc_studio.ui.undo import push_command
from aigc_studio.ui.widgets import button, format_seconds, hint, panel_header

SHOT, LINE, CAPTION, SFX, DURATION, NARRATION = range(6)
COLUMNS = ("Shot", "Line", "Caption", "SFX", "Duration s", "Narration")
# The limits the counter can be held against: a 60 s short first (what the writers aim
# under), then every export preset that has a platform limit.
LIMITS: tuple[Preset, ...] = (
    Preset("60-second short", 1080, 1920, max_seconds=PLATFORM_LIMIT_SECONDS),
    *(p for p in PRESETS if p.max_seconds is not None),
)
OVER_LIMIT_STYLE = "color: #e5484d; font-weight: 600;"  # red: the script is too long


def column_titles() -> tuple[str, ...]:
    """COLUMNS as the table's header shows them, in the studio's language."""
    return (tr("Shot"), tr("Line"), tr("Caption"), tr("SFX"), tr("Duration s"), tr("Narration"))


def limit_name(preset: Preset) -> str:
    """A length limit's name in the studio's language (platform names stay as they are,
    except where the platform has a name of its own in Chinese)."""
    names = {"60-second short": tr("60-second short"), "Douyin": tr("Douyin")}
    return names.get(preset.name, preset.name)


def scene_count(count: int) -> str:
    """'1 scene', '3 scenes'."""
    text = tr("{count} scene") if count == 1 else tr("{count} scenes")
    return text.format(count=count)


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


class CaptionDelegate(QStyledItemDelegate):
    """Shows an empty caption as its scene's line, greyed: that is what the viewer reads."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            option.text = str(index.siblingAtColumn(LINE).data() or "")
            option.palette.setColor(QPalette.ColorRole.Text, QColor("#8a8f98"))


class ScriptPanel(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, document: ProjectDocument, undo_stack, parent=None, engine=None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self._engine = engine  # runs "Write for me"; None: the main window's engine
        self._committing = False  # True while an edit made in this table is being applied
        self._build()
        document.add_listener(self.refresh)
        self.refresh()

    @property
    def engine(self):
        return self._engine if self._engine is not None else getattr(self.window(), "engine", None)

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 22, 28, 22)
        root.addWidget(
            panel_header(
                tr("Script"),
                tr(
                    "One row per scene: what we see, the line that is said, the caption on "
                    "screen (empty: the line), a sound effect and how long it lasts."
                ),
            )
        )
        self.writer = WriteRow(self)
        self.writer.sig_written.connect(self._on_written)
        root.addWidget(self.writer)
        self.details = ScriptDetails(self.document, self.undo_stack, self)
        root.addWidget(self.details)

        self.table = SceneTable(0, len(COLUMNS))
        self.table.sig_row_moved.connect(self.move_scene)
        self.table.setHorizontalHeaderLabels(column_titles())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DURATION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NARRATION, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(SHOT, 220)
        self.table.setColumnWidth(CAPTION, 180)
        self.table.setColumnWidth(SFX, 90)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(DURATION, DurationDelegate(self.table))
        self.table.setItemDelegateForColumn(CAPTION, CaptionDelegate(self.table))
        self.table.setToolTip(tr("Double-click a cell to edit it"))
        self.table.itemChanged.connect(self._on_item_changed)
        # The voice rows read the table's selection, so they are built after it.
        self.voice = VoiceRow(self)
        root.addWidget(self.voice)
        self.narration = NarrationRow(self)
        root.addWidget(self.narration)
        root.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.add_button = button(
            tr("Add scene"), tr("Add a scene at the end of the script"), True, icon="add"
        )
        self.add_button.clicked.connect(self.add_scene)
        self.insert_button = button(
            tr("Insert"), tr("Insert a blank scene above the selected one"), icon="insert"
        )
        self.insert_button.clicked.connect(self.insert_scene)
        self.remove_button = button(
            tr("Remove scene"), tr("Remove the selected scenes (undoable)"), icon="delete"
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = button(
            tr("Move up"), tr("Move the selected scene one place earlier"), icon="up"
        )
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = button(
            tr("Move down"), tr("Move the selected scene one place later"), icon="down"
        )
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.split_button = button(
            tr("Split"),
            tr("Split the scene after the sentence the cursor is in (or its first one)"),
            icon="split",
        )
        self.split_button.clicked.connect(self.split_current)
        # Clicking Split must not take the focus from a Line being typed: its cursor is used.
        self.split_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.merge_button = button(
            tr("Merge with next"), tr("Join the scene with the one after it"), icon="merge"
        )
        self.merge_button.clicked.connect(self.merge_current)
        for widget in (
            self.add_button,
            self.insert_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.split_button,
            self.merge_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.total_label = QLabel()
        row.addWidget(self.total_label)
        self.limit_combo = QComboBox()
        for preset in LIMITS:
            self.limit_combo.addItem(
                tr("{name} (max {limit})").format(
                    name=limit_name(preset), limit=format_seconds(preset.max_seconds or 0)
                ),
                preset.name,
            )
        self.limit_combo.setToolTip(
            tr("The platform whose length limit the total is checked against")
        )
        self.limit_combo.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.limit_combo)
        root.addLayout(row)
        root.addWidget(
            hint(
                tr(
                    "Captions go on the timeline at their scene's time; after Generate "
                    "narration they follow the speech."
                )
            )
        )

    @property
    def limit_preset(self) -> Preset:
        return LIMITS[max(self.limit_combo.currentIndex(), 0)]

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
                self._set_cell(row, CAPTION, scene.caption)
                # The caption defaults to the line: show that, greyed, where none is set.
                self.table.item(row, CAPTION).setToolTip(
                    "" if scene.caption else tr("Shows the line: {line}").format(line=scene.line)
                )
                self._set_cell(row, SFX, scene.sfx)
                self._set_cell(row, DURATION, round(scene.duration, 3))
                self._set_narration_cell(row, scene)
        finally:
            self.table.blockSignals(False)
        self._update_counter()

    def _update_counter(self) -> None:
        script = self.document.project.script
        count = len(script.scenes)
        limit = self.limit_preset.max_seconds or 0.0
        total = script.duration
        text = tr("{scenes} · total {total} of {limit}").format(
            scenes=scene_count(count), total=format_seconds(total), limit=format_seconds(limit)
        )
        over = total > limit + 1e-9
        if over:
            text += tr(" · {excess} too long").format(excess=format_seconds(total - limit))
        self.total_label.setText(text)
        self.total_label.setProperty("overLimit", over)
        self.total_label.setStyleSheet(OVER_LIMIT_STYLE if over else "")

    def _set_narration_cell(self, row: int, scene: Scene) -> None:
        """The scene's narration as a word, amber when its line changed after it was spoken."""
        project = self.document.project
        text, tip = narration_state(scene, project.script.lang, project.voice)
        self._set_cell(row, NARRATION, text)
        item = self.table.item(row, NARRATION)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)  # made by Generate, not typed
        item.setToolTip(tip)
        stale = out_of_date(scene, project.script.lang, project.voice)
        item.setForeground(QBrush(QColor(STALE_COLOUR)) if stale else QBrush())

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

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def _scenes_from_table(self) -> list[Scene]:
        current = self.document.project.script.scenes
        scenes = []
        for row in range(self.table.rowCount()):
            duration = self.table.item(row, DURATION)
            try:
                seconds = float(duration.data(Qt.ItemDataRole.EditRole)) if duration else 0.0
            except (TypeError, ValueError):
                seconds = 0.0
            # The table shows the document's scenes row for row: start from the scene so
            # what the table does not show (its narration) is kept through an edit.
            base = current[row] if row < len(current) else Scene()
            scenes.append(
                dataclasses.replace(
                    base,
                    shot=self._text(row, SHOT),
                    line=self._text(row, LINE),
                    duration=seconds if seconds > 0 else NEW_SCENE_SECONDS,
                    caption=self._text(row, CAPTION),
                    sfx=self._text(row, SFX).strip(),
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

    def _scenes(self) -> list[Scene]:
        return list(self.document.project.script.scenes)

    def _select(self, row: int, column: int = LINE) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, column)
            self.table.selectRow(row)

    def add_scene(self) -> None:
        scenes = script_edit.insert_scene(self._scenes(), len(self._scenes()))
        self.set_scenes(scenes)
        row = len(scenes) - 1
        self.table.setCurrentCell(row, LINE)
        self.table.editItem(self.table.item(row, LINE))
        self.sig_status.emit(tr("Scene {number} added: type its line").format(number=row + 1))

    def insert_scene(self) -> None:
        row = self.table.currentRow()
        row = row if row >= 0 else 0
        self.set_scenes(script_edit.insert_scene(self._scenes(), row))
        self._select(row)
        self.sig_status.emit(tr("Scene {number} inserted").format(number=row + 1))

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        if not rows:
            self.sig_status.emit(tr("Select a scene to remove"))
            return
        self.set_scenes(script_edit.delete_scenes(self._scenes(), rows))
        self.sig_status.emit(tr("Removed {scenes}").format(scenes=scene_count(len(rows))))

    def move_current(self, step: int) -> None:
        self.move_scene(self.table.currentRow(), self.table.currentRow() + step)

    def move_scene(self, row: int, to: int) -> None:
        """Move scene ``row`` to place ``to`` (buttons and drag and drop both land here)."""
        if not 0 <= row < self.table.rowCount() or not 0 <= to < self.table.rowCount():
            return
        column = max(self.table.currentColumn(), 0)
        self.set_scenes(script_edit.move_scene(self._scenes(), row, to))
        self._select(to, column)
        self.sig_status.emit(tr("Scene moved to place {place}").format(place=to + 1))

    def split_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.sig_status.emit(tr("Select the scene to split"))
            return
        cursor = 0
        editor = QApplication.focusWidget()
        if (
            isinstance(editor, QLineEdit)
            and self.table.isAncestorOf(editor)
            and self.table.currentColumn() == LINE
        ):
            # Splitting while typing: keep what was typed, then split where the cursor is.
            cursor = editor.cursorPosition()
            self.table.commitData(editor)
            self._close_editor()
        scenes = script_edit.split_scene(self._scenes(), row, cursor)
        if scenes is None:
            self.sig_status.emit(tr("That line has one sentence: there is nothing to split"))
            return
        self.set_scenes(scenes)
        self._select(row + 1)
        self.sig_status.emit(tr("Scene {number} split in two").format(number=row + 1))

    def merge_current(self) -> None:
        row = self.table.currentRow()
        scenes = script_edit.merge_with_next(self._scenes(), row)
        if scenes is None:
            self.sig_status.emit(tr("Select a scene that has one after it to merge"))
            return
        self.set_scenes(scenes)
        self._select(row)
        self.sig_status.emit(
            tr("Scenes {first} and {second} merged").format(first=row + 1, second=row + 2)
        )

    # -- Write for me -----------------------------------------------------------------

    def _on_written(self, script) -> None:
        push_command(
            self.undo_stack, self.document, write_script_command(self.document.project, script)
        )
        self.sig_status.emit(
            tr("Wrote {count} scenes: {title}").format(count=len(script.scenes), title=script.title)
        )
