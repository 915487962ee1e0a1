"""Help ▸ Keyboard Shortcuts: every key the studio answers to, in one table, by area.

The keys of menu actions are read from the window's own actions, so the table shows what
the menus really use (Ctrl on Linux and Windows, ⌘ on macOS); the keys that are handled
by a widget rather than an action (Space, J/K/L, S on the timeline) are listed here.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from aigc_studio.ui.i18n import tr


def timeline_keys() -> list[tuple[str, str]]:
    """(keys, what they do) on the timeline, where a widget handles them."""
    return [
        ("Space", tr("Play or pause")),
        ("J", tr("Play backwards (again: 2×, 4×)")),
        ("K", tr("Stop")),
        ("L", tr("Play forwards (again: 2×, 4×)")),
        ("← / →", tr("One frame back or forward")),
        ("S", tr("Split at the playhead")),
        ("Delete", tr("Remove the selected clips")),
        ("Shift+Delete", tr("Remove them and close the gap (ripple delete)")),
        ("Ctrl+C / Ctrl+X / Ctrl+V", tr("Copy, cut, paste at the playhead")),
        ("Ctrl+" + tr("mouse wheel"), tr("Zoom in or out")),
        ("Alt+" + tr("drag"), tr("Move without snapping")),
    ]


def action_keys(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for each action that has a shortcut, as the menus show them."""
    rows = []
    for action in actions:
        keys: list[str] = []
        for sequence in action.shortcuts():  # a standard key may repeat one given too
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if text and text not in keys:
                keys.append(text)
        if keys:
            rows.append((" / ".join(keys), menu_text(action.text())))
    return rows


def menu_text(text: str) -> str:
    """A menu entry's words without its accelerator: "&Save" and "保存(&S)" read "Save" and
    "保存"; a trailing "…" goes too."""
    text = re.sub(r"\(&\w\)", "", text)  # the Chinese style: the letter in brackets
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip("…").rstrip(".")


class ShortcutsDialog(QDialog):
    """A read-only table: area, keys, what they do."""

    def __init__(self, window_actions: list[QAction], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.resize(620, 560)
        rows = [(tr("Menus"), keys, text) for keys, text in action_keys(window_actions)]
        rows += [(tr("Timeline"), keys, text) for keys, text in timeline_keys()]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("Keys"), tr("What it does")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (for tests)."""
        return [
            tuple(self.table.item(row, column).text() for column in range(3))
            for row in range(self.table.rowCount())
        ]
