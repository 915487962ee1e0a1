"""Dialogs that arrange the explorer's sliders: one slider's range, and all of them at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from aigc_studio.gan.slider_settings import (
    MAX_NAME_LENGTH,
    RANGE_LIMIT,
    SliderSetting,
    SliderSettings,
    check_range,
)
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.widgets import button, hint

SHOW, NAME, LOW, HIGH = range(4)  # table columns


def range_spin(value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(-RANGE_LIMIT, RANGE_LIMIT)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setValue(value)
    return spin


def add_error_and_buttons(dialog: QDialog, layout: QVBoxLayout) -> QLabel:
    """OK/Cancel at the foot of a dialog, and above them a (hidden) line for what is wrong."""
    error = QLabel()
    error.setObjectName("warning")
    error.setWordWrap(True)
    error.hide()
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error


class RangeDialog(QDialog):
    """Ask for one slider's left and right end."""

    def __init__(self, name: str, low: float, high: float, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Range of “{name}”").format(name=name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.low_spin, self.high_spin = range_spin(low), range_spin(high)
        form.addRow(tr("From"), self.low_spin)
        form.addRow(tr("To"), self.high_spin)
        layout.addLayout(form)
        layout.addWidget(hint(tr("Latents are standard normal: ±3 covers almost every face.")))
        self.error = add_error_and_buttons(self, layout)

    def values(self) -> tuple[float, float]:
        return self.low_spin.value(), self.high_spin.value()

    def accept(self) -> None:
        try:
            check_range(*self.values())
        except ValueError as error:
            self.error.setText(str(error).capitalize() + ".")
            self.error.show()
            return
        super().accept()


class SliderSettingsDialog(QDialog):
    """All of a model's sliders in one table: show, name, range, and order."""

    def __init__(self, settings: SliderSettings, default_names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Slider settings"))
        self.resize(520, 480)
        self._model_sha256 = settings.model_sha256
        self._default_names = default_names
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                tr(
                    "Name the directions after what they do to the face, hide the ones you do "
                    "not use, and order them. Saved for this model file."
                )
            )
        )
        body = QHBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Show"), tr("Name"), tr("From"), tr("To")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (SHOW, LOW, HIGH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.table, 1)
        side = QVBoxLayout()
        self.up_button = button(
            tr("Move up"), tr("Move the selected slider one place up"), icon="up"
        )
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button = button(
            tr("Move down"), tr("Move the selected slider one place down"), icon="down"
        )
        self.down_button.clicked.connect(lambda: self._move_selected(1))
        reset = button(
            tr("Reset all"),
            tr("Back to the model's names, order and ranges, all shown"),
            icon="undo",
        )
        reset.clicked.connect(self._reset)
        for widget in (self.up_button, self.down_button, reset):
            side.addWidget(widget)
        side.addStretch(1)
        body.addLayout(side)
        layout.addLayout(body, 1)
        self.error = add_error_and_buttons(self, layout)
        self._fill(settings.sliders)
        self.table.selectRow(0)

    def _fill(self, sliders: list[SliderSetting]) -> None:
        self.table.setRowCount(0)
        for setting in sliders:
            self._append(setting)

    def _append(self, setting: SliderSetting) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        show = QTableWidgetItem()
        show.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        show.setCheckState(Qt.CheckState.Checked if setting.visible else Qt.CheckState.Unchecked)
        show.setData(Qt.ItemDataRole.UserRole, setting.direction)
        self.table.setItem(row, SHOW, show)
        self.table.setItem(row, NAME, QTableWidgetItem(setting.name))
        self.table.setCellWidget(row, LOW, range_spin(setting.low))
        self.table.setCellWidget(row, HIGH, range_spin(setting.high))

    def _row(self, row: int) -> SliderSetting:
        show = self.table.item(row, SHOW)
        name = " ".join(self.table.item(row, NAME).text().split())[:MAX_NAME_LENGTH]
        direction = int(show.data(Qt.ItemDataRole.UserRole))
        return SliderSetting(
            direction=direction,
            name=name or self._default_names[direction],
            visible=show.checkState() == Qt.CheckState.Checked,
            low=self.table.cellWidget(row, LOW).value(),
            high=self.table.cellWidget(row, HIGH).value(),
        )

    def _rows(self) -> list[SliderSetting]:
        return [self._row(row) for row in range(self.table.rowCount())]

    def _move_selected(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        sliders = self._rows()
        sliders.insert(target, sliders.pop(row))
        self._fill(sliders)
        self.table.selectRow(target)

    def _reset(self) -> None:
        self._fill(SliderSettings.defaults(self._model_sha256, self._default_names).sliders)

    def settings(self) -> SliderSettings:
        """The table as SliderSettings; ValueError names the first bad row."""
        sliders = []
        for setting in self._rows():
            try:
                low, high = check_range(setting.low, setting.high)
            except ValueError as error:
                raise ValueError(f"{setting.name}: {error}") from error
            sliders.append(
                SliderSetting(setting.direction, setting.name, setting.visible, low, high)
            )
        if not any(s.visible for s in sliders):
            raise ValueError(tr("Keep at least one slider shown."))
        return SliderSettings(self._model_sha256, sliders)

    def accept(self) -> None:
        try:
            self.settings()
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
