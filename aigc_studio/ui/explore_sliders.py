"""The explorer's direction sliders, laid out as the creator arranged them.

One row per latent direction: its name, the slider and the coordinate. Names are renamed in
place (double-click), and a right-click offers hide, move up/down, range and the full
settings dialog. The board shows SliderSettings and reports edits as new SliderSettings;
the panel saves them and hands them back, so the saved file is the one source of truth.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSlider,
    QWidget,
)

from aigc_studio.engine.preview import ModelInfo
from aigc_studio.gan.latent import LatentSliders
from aigc_studio.gan.slider_settings import MAX_NAME_LENGTH, SliderSettings
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.settings import config_dir
from aigc_studio.ui.widgets import menu_action

log = logging.getLogger(__name__)

SLIDER_COUNT = 12  # sliders for a model whose directions are not known (random ones)
SLIDER_STEPS = 100  # integer slider ticks per latent unit
NAME_WIDTH = 118  # px of the name column, so rows line up whatever the names


def latent_sliders_for(info: ModelInfo) -> tuple[LatentSliders, list[str]]:
    """The sliders' directions and default names: the model's own directions when the
    renderer found them, else fixed random ones (older checkouts, or discovery failed)."""
    directions = info.directions
    if directions is not None and len(directions.vectors):
        try:
            return LatentSliders.from_vectors(directions.vectors), list(directions.names)
        except ValueError:  # not orthonormal: the sliders would drift, so they are not used
            log.warning("ignoring unusable directions of %s", info.path, exc_info=True)
    count = min(SLIDER_COUNT, info.latent_dim)
    return LatentSliders(info.latent_dim, count), [
        tr("Direction {number}").format(number=i + 1) for i in range(count)
    ]


def slider_settings_dir() -> Path:
    """Where each model's slider settings live: beside the studio's settings."""
    return config_dir() / "sliders"


class _NameLabel(QLabel):
    """A slider's name; double-click renames it."""

    def __init__(self, text: str, on_double_click) -> None:
        super().__init__(text)
        self._on_double_click = on_double_click

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._on_double_click()
        event.accept()


class _NameEditor(QLineEdit):
    """The in-place rename field: Enter or leaving it keeps the name, Escape drops it."""

    def __init__(self, text: str, on_done) -> None:
        super().__init__(text)
        self.setMaxLength(MAX_NAME_LENGTH)
        self._on_done = on_done
        self._done = False
        self.editingFinished.connect(lambda: self._finish(True))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._finish(False)
            return
        super().keyPressEvent(event)

    def _finish(self, keep: bool) -> None:
        if not self._done:  # editingFinished also fires when the field loses focus after Enter
            self._done = True
            self._on_done(self.text() if keep else None)


class SliderBoard(QWidget):
    sig_moved = Signal(int, float)
    """The user moved a direction's slider; carries the direction and its new coordinate."""
    sig_pressed = Signal(int)
    """The user grabbed a direction's slider (a drag starts)."""
    sig_released = Signal(int)
    """The user let go of a direction's slider (the drag ended)."""
    sig_settings_changed = Signal(object)
    """The user renamed, hid, moved or re-ranged a slider; carries the new SliderSettings."""
    sig_open_settings = Signal()
    """The user asked for the slider settings dialog."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.settings: SliderSettings | None = None
        self.sliders: list[QSlider] = []  # indexed by direction, hidden ones included
        self.name_labels: list[_NameLabel] = []  # indexed by direction
        self.value_labels: list[QLabel] = []  # indexed by direction
        self.editor: _NameEditor | None = None  # the open rename field, if any
        self._silent = False  # set while code, not the user, moves the sliders
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)

    # -- building ----------------------------------------------------------------------

    def set_settings(self, settings: SliderSettings) -> None:
        """Lay the rows out anew in the settings' order (values are set by show_values)."""
        self._clear()
        self.settings = settings
        count = len(settings.sliders)
        self.sliders = [QSlider(Qt.Orientation.Horizontal) for _ in range(count)]
        self.name_labels = [None] * count  # type: ignore[list-item]
        self.value_labels = [None] * count  # type: ignore[list-item]
        for row, setting in enumerate(settings.sliders):
            d = setting.direction
            name = _NameLabel(setting.name, lambda d=d: self.start_rename(d))
            name.setFixedWidth(NAME_WIDTH)
            name.setToolTip(
                tr("{name}: double-click to rename, right-click for more").format(name=setting.name)
            )
            slider = self.sliders[d]
            slider.setRange(round(setting.low * SLIDER_STEPS), round(setting.high * SLIDER_STEPS))
            slider.setSingleStep(5)
            slider.setPageStep(50)
            slider.setToolTip(
                tr("Move the face along “{name}” ({low:g} to {high:g})").format(
                    name=setting.name, low=setting.low, high=setting.high
                )
            )
            slider.setStatusTip(tr("Drag to change the face live; right-click for slider options"))
            slider.valueChanged.connect(lambda v, d=d: self._on_value(d, v))
            slider.sliderPressed.connect(lambda d=d: self.sig_pressed.emit(d))
            slider.sliderReleased.connect(lambda d=d: self.sig_released.emit(d))
            value = QLabel("0.00")
            value.setObjectName("hint")
            # A fixed size: a label whose size can change asks its layout to recompute on
            # every setText, and during a drag that relaid and repainted the whole area on
            # every slider event (about 5 ms of the GUI thread per event).
            widest = value.fontMetrics().horizontalAdvance("-00.00") + 6
            value.setFixedSize(max(40, widest), value.sizeHint().height())
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for widget in (name, slider, value):
                widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                widget.customContextMenuRequested.connect(
                    lambda point, d=d, w=widget: self._show_menu(d, w.mapToGlobal(point))
                )
            # Into the grid (which parents them) before setVisible: a parentless widget
            # shown is a window of its own, flashing on screen and taking the focus.
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(slider, row, 1)
            self._grid.addWidget(value, row, 2)
            for widget in (name, slider, value):
                widget.setVisible(setting.visible)
            self.name_labels[d], self.value_labels[d] = name, value

    def _clear(self) -> None:
        self.editor = None
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()  # may be the widget whose signal got us here

    def name_of(self, direction: int) -> str:
        assert self.settings is not None
        return self.settings.setting_for(direction).name

    def visible_directions(self) -> list[int]:
        """Directions of the shown sliders, top to bottom."""
        if self.settings is None:
            return []
        return [s.direction for s in self.settings.sliders if s.visible]

    # -- values ------------------------------------------------------------------------

    def show_values(self, values: np.ndarray) -> None:
        """Move the sliders to these coordinates without reporting a move."""
        self._silent = True
        try:
            for direction, value in enumerate(values[: len(self.sliders)]):
                self.sliders[direction].setValue(int(round(float(value) * SLIDER_STEPS)))
                self.value_labels[direction].setText(f"{float(value):+.2f}")
        finally:
            self._silent = False

    def _on_value(self, direction: int, ticks: int) -> None:
        if self._silent:
            return
        value = ticks / SLIDER_STEPS
        self.value_labels[direction].setText(f"{value:+.2f}")
        self.sig_moved.emit(direction, value)

    # -- editing -----------------------------------------------------------------------

    def start_rename(self, direction: int) -> None:
        """Swap the name for a text field in place; Enter keeps the new name."""
        if self.settings is None or self.editor is not None:
            return
        label = self.name_labels[direction]
        editor = _NameEditor(label.text(), lambda text: self._finish_rename(direction, text))
        editor.setFixedWidth(NAME_WIDTH)
        row = self.settings.position_of(direction)
        label.hide()
        self._grid.addWidget(editor, row, 0)
        self.editor = editor
        editor.setFocus()
        editor.selectAll()

    def _finish_rename(self, direction: int, text: str | None) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.hide()
            self._grid.removeWidget(editor)
            editor.deleteLater()
        self.name_labels[direction].show()
        if text is not None and self.settings is not None:
            renamed = self.settings.renamed(direction, text)
            if renamed != self.settings:
                self.sig_settings_changed.emit(renamed)

    def _move(self, direction: int, step: int) -> None:
        """Move a slider past the next shown one above (step -1) or below (step 1)."""
        assert self.settings is not None
        shown = self.visible_directions()
        place = shown.index(direction)
        if not 0 <= place + step < len(shown):
            return
        target = self.settings.position_of(shown[place + step])
        offset = target - self.settings.position_of(direction)
        self.sig_settings_changed.emit(self.settings.moved(direction, offset))

    def _show_menu(self, direction: int, where: QPoint) -> None:
        menu = self.menu_for(direction)
        if menu is not None:
            menu.exec(where)

    def menu_for(self, direction: int) -> QMenu | None:
        """The right-click menu of one slider (None before a model's sliders are set)."""
        from aigc_studio.ui.explore_slider_dialog import RangeDialog

        settings = self.settings
        if settings is None:
            return None
        shown = self.visible_directions()
        place = shown.index(direction) if direction in shown else -1
        setting = settings.setting_for(direction)
        menu = QMenu(self)
        menu_action(
            menu,
            "rename",
            tr("Rename…"),
            tr("Give this slider a name that says what it changes"),
            lambda: self.start_rename(direction),
        )
        menu_action(
            menu,
            "fit",
            tr("Set range…"),
            tr("How far this slider goes each way"),
            lambda: self._ask_range(direction, RangeDialog),
        )
        up = menu_action(
            menu,
            "up",
            tr("Move up"),
            tr("Move this slider one place up"),
            lambda: self._move(direction, -1),
        )
        up.setEnabled(place > 0)
        down = menu_action(
            menu,
            "down",
            tr("Move down"),
            tr("Move this slider one place down"),
            lambda: self._move(direction, 1),
        )
        down.setEnabled(0 <= place < len(shown) - 1)
        hide = menu_action(
            menu,
            "eye-off",
            tr("Hide this slider"),
            tr("Take this slider off the list; Show hidden slider brings it back"),
            lambda: self.sig_settings_changed.emit(settings.shown(direction, False)),
        )
        hide.setEnabled(len(shown) > 1)  # keep at least one slider on screen
        menu_action(
            menu,
            "undo",
            tr("Back to 0"),
            tr("Put this slider back in the middle"),
            lambda: self.sig_moved.emit(direction, 0.0),
        )
        hidden = [s for s in settings.sliders if not s.visible]
        if hidden:
            show_menu = menu.addMenu(tr("Show hidden slider"))
            for other in hidden:
                menu_action(
                    show_menu,
                    "eye",
                    other.name,
                    tr("Show this slider again"),
                    lambda d=other.direction: self.sig_settings_changed.emit(
                        settings.shown(d, True)
                    ),
                )
        menu.addSeparator()
        menu_action(
            menu,
            "sliders",
            tr("Slider settings…"),
            tr("Rename, hide, reorder and set the range of the sliders"),
            self.sig_open_settings.emit,
        )
        menu.setToolTipsVisible(True)
        menu.setTitle(setting.name)
        return menu

    def _ask_range(self, direction: int, dialog_class) -> None:
        assert self.settings is not None
        setting = self.settings.setting_for(direction)
        dialog = dialog_class(setting.name, setting.low, setting.high, self)
        if dialog.exec():
            low, high = dialog.values()
            self.sig_settings_changed.emit(self.settings.with_range(direction, low, high))
