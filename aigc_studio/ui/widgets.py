"""Small building blocks shared by the panels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.ui.i18n import tr
from aigc_studio.ui.studio_icons import set_studio_icon, studio_icon  # noqa: F401 (re-export)

AREA_ICONS = {  # area -> its icon in resources/icons (navigation, View menu, Welcome)
    "Train": "train",
    "Explore": "explore",
    "Script": "script",
    "Timeline": "timeline",
    "Export": "export",
}


def panel_header(title: str, subtitle: str) -> QWidget:
    """The large title and one muted line of guidance at the top of every panel."""
    header = QWidget()
    layout = QVBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 8)
    layout.setSpacing(2)
    title_label = QLabel(title)
    title_label.setObjectName("panelTitle")
    subtitle_label = QLabel(subtitle)
    subtitle_label.setObjectName("panelSubtitle")
    subtitle_label.setWordWrap(True)
    layout.addWidget(title_label)
    layout.addWidget(subtitle_label)
    return header


def button(text: str, tip: str, primary: bool = False, icon: str = "") -> QPushButton:
    """A push button with a tooltip that also shows in the status bar on hover, and the
    studio's icon ``icon`` (a name in resources/icons) before its text."""
    widget = QPushButton(text)
    if icon:
        set_studio_icon(widget, icon)
    widget.setToolTip(tip)
    widget.setStatusTip(tip)
    if primary:
        widget.setObjectName("primary")
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def menu_action(menu: QMenu, icon: str, text: str, tip: str, slot: Callable[[], object]) -> QAction:
    """A menu entry with the studio's icon ``icon`` and ``tip`` in the status bar while the
    pointer is on it."""
    action = menu.addAction(text)
    set_studio_icon(action, icon)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def hint(text: str) -> QLabel:
    """Muted, wrapping help text."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def format_seconds(seconds: float) -> str:
    """12.5 -> '0:12.5': minutes and seconds, as a creator reads a timeline."""
    minutes, rest = divmod(max(seconds, 0.0), 60)
    return f"{int(minutes)}:{rest:04.1f}"


def browse_row(edit: QLineEdit, tip: str, choose: Callable[[], None]) -> QWidget:
    """A path field with a "Browse…" button beside it, as one form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    browse = button(tr("Browse…"), tip, icon="folder")
    browse.clicked.connect(choose)
    layout.addWidget(browse)
    return row
