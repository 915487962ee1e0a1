"""The offer made at start after a crash: the recovery copies left behind, Restore/Discard/Later."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.project.autosave import Recovery
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.widgets import button

LIST_HEIGHT = 96  # pixels: about four copies before it scrolls


def describe(recovery: Recovery) -> str:
    """ "My Short — autosaved 04 Dec 14:52 (/home/me/My Short.aigcproj)" (local time)."""
    # The date's layout is a translation too (a strftime pattern): "12月04日 14:52".
    when = recovery.saved_at.astimezone().strftime(tr("%d %b %H:%M"))
    where = str(recovery.original) if recovery.original else tr("never saved")
    return tr("{name} — autosaved {when} ({where})").format(
        name=recovery.name, when=when, where=where
    )


class RecoveryDialog(QDialog):
    """Lists recoveries; Restore and Discard act on the selected one, Later closes.

    It decides nothing itself: the window connects the signals, so the dialog can be
    shown without blocking (``open()``) and a test can click its buttons.
    """

    sig_restore = Signal(object)
    """Restore this Recovery into the window."""
    sig_discard = Signal(object)
    """Delete this Recovery."""

    def __init__(
        self, recoveries: list[Recovery], problems: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recover unsaved work"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        heading = QLabel(
            tr(
                "<b>AIGC Studio did not close properly last time.</b><br>"
                "These projects had changes that were not saved. Restore one to continue "
                "where you left off; Save then writes it to its project folder."
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setFixedHeight(LIST_HEIGHT)  # a few lines; more scroll
        layout.addWidget(self.list)
        self.problems_label = QLabel(" ".join(problems))
        self.problems_label.setWordWrap(True)
        self.problems_label.setVisible(bool(problems))
        layout.addWidget(self.problems_label)
        buttons = QHBoxLayout()
        self.restore_button = button(
            tr("Restore"), tr("Open the selected copy to go on where you left off"), icon="restore"
        )
        self.restore_button.setDefault(True)
        self.discard_button = button(
            tr("Discard"),
            tr("Delete this recovery copy; the project folder is kept"),
            icon="delete",
        )
        self.later_button = button(
            tr("Later"), tr("Keep the copies and ask again at the next start"), icon="later"
        )
        buttons.addStretch(1)
        for widget in (self.restore_button, self.discard_button, self.later_button):
            buttons.addWidget(widget)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        self.set_recoveries(recoveries)
        self.adjustSize()

    def set_recoveries(self, recoveries: list[Recovery]) -> None:
        self.list.clear()
        for recovery in recoveries:
            item = QListWidgetItem(describe(recovery))
            item.setData(Qt.ItemDataRole.UserRole, recovery)
            self.list.addItem(item)
        if recoveries:
            self.list.setCurrentRow(0)
        else:
            self.accept()  # nothing left to decide

    def selected(self) -> Recovery | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _restore(self) -> None:
        recovery = self.selected()
        if recovery is not None:
            self.accept()
            self.sig_restore.emit(recovery)

    def _discard(self) -> None:
        recovery = self.selected()
        if recovery is None:
            return
        self.list.takeItem(self.list.currentRow())
        self.sig_discard.emit(recovery)
        if self.list.count() == 0:
            self.accept()
