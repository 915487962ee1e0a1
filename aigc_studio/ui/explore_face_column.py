"""The explorer's left column: the big face, Back/Forward, favourite, seed, truncation and
the favourites strip. Widgets only; the Explore panel connects them to what they do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.ui.explore_gallery import GalleryStrip
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.widgets import button

PREVIEW_SIDE = 384  # the 32..128 px face is scaled up to this
MAX_SEED = 2**31 - 1
PSI_MAX = 1.5  # truncation slider's right end
PSI_STEPS = 100  # truncation slider ticks per unit


def psi_tip() -> str:
    """The truncation slider's explanation, in the studio's language."""
    return tr(
        "Truncation ψ scales the latent towards the average face: the face drawn is ψ × z.\n"
        "1 is the face itself; lower values (0.5–0.8) give more typical, cleaner faces with "
        "less variety;\n0 is the average face for every seed; above 1 exaggerates features "
        "(and flaws)."
    )


def _history_button(text: str, tip: str, icon: str) -> QToolButton:
    widget = QToolButton()
    widget.setText(text)
    set_studio_icon(widget, icon)
    widget.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    widget.setEnabled(False)
    widget.setToolTip(tip)
    widget.setStatusTip(tip)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def _history_tip(widget: QToolButton, lead: str, text: str, keys: str) -> None:
    """``lead`` has the fields {move} and {keys}."""
    if text:
        tip = lead.format(move=text, keys=keys)
    else:
        tip = tr("Nothing to go to ({keys})").format(keys=keys)
    widget.setToolTip(tip)
    widget.setStatusTip(tip)


class FaceColumn(QWidget):
    """The face on screen and the controls that sit under it."""

    def __init__(self, history: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.setFixedWidth(PREVIEW_SIDE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.preview = QLabel(tr("Loading model…"))
        self.preview.setObjectName("preview")
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setToolTip(tr("The face for the current latent, rendered live"))
        layout.addWidget(self.preview)
        self.model_label = QLabel("")
        self.model_label.setObjectName("hint")
        self.model_label.setWordWrap(True)
        layout.addWidget(self.model_label)
        self.originality_label = QLabel()
        self.originality_label.setObjectName("warning")
        self.originality_label.setWordWrap(True)
        self.originality_label.hide()
        layout.addWidget(self.originality_label)
        layout.addLayout(self._moves_row(history))
        layout.addLayout(self._seed_row())
        layout.addLayout(self._psi_row())
        favourites_title = QLabel(tr("Favourites"))
        favourites_title.setObjectName("hint")
        layout.addWidget(favourites_title)
        self.gallery = GalleryStrip()
        layout.addWidget(self.gallery)
        layout.addStretch(1)

    def _moves_row(self, history: QUndoStack) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = _history_button(tr("Back"), tr("Undo the last explorer move"), "back")
        self.back_button.clicked.connect(history.undo)
        history.canUndoChanged.connect(self.back_button.setEnabled)
        history.undoTextChanged.connect(
            lambda text: _history_tip(
                self.back_button, tr("Back: undo “{move}” ({keys})"), text, "Ctrl+Z"
            )
        )
        self.forward_button = _history_button(
            tr("Forward"), tr("Redo the last explorer move"), "forward"
        )
        self.forward_button.clicked.connect(history.redo)
        history.canRedoChanged.connect(self.forward_button.setEnabled)
        history.redoTextChanged.connect(
            lambda text: _history_tip(
                self.forward_button, tr("Forward: redo “{move}” ({keys})"), text, "Ctrl+Shift+Z"
            )
        )
        row.addWidget(self.back_button)
        row.addWidget(self.forward_button)
        row.addStretch(1)
        self.favourite_button = button(
            tr("Favourite"),
            tr("Keep this face in your favourites (a PNG plus its latent)"),
            icon="star",
        )
        row.addWidget(self.favourite_button)
        return row

    def _seed_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Seed")))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setToolTip(tr("The same seed always gives the same face (as the CLI does)"))
        self.seed_spin.setStatusTip(self.seed_spin.toolTip())
        # Room for seven digits, not the ten of the largest seed: the column is fixed at
        # the preview's width and the buttons beside it must keep their whole labels.
        self.seed_spin.setMinimumWidth(self.seed_spin.fontMetrics().horizontalAdvance("0" * 7) + 28)
        row.addWidget(self.seed_spin, 1)
        self.random_button = button(
            tr("Random"), tr("Pick a new random seed and jump to its face"), icon="random"
        )
        row.addWidget(self.random_button)
        self.load_button = button(
            tr("Load model…"), tr("Open a .safetensors model file"), icon="folder"
        )
        row.addWidget(self.load_button)
        return row

    def _psi_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        name = QLabel(tr("Truncation ψ"))
        name.setToolTip(psi_tip())
        row.addWidget(name)
        self.psi_slider = QSlider(Qt.Orientation.Horizontal)
        self.psi_slider.setRange(0, round(PSI_MAX * PSI_STEPS))
        self.psi_slider.setValue(PSI_STEPS)
        self.psi_slider.setSingleStep(5)
        self.psi_slider.setPageStep(25)
        self.psi_slider.setToolTip(psi_tip())
        self.psi_slider.setStatusTip(tr("Lower for more typical faces, higher for bolder ones"))
        row.addWidget(self.psi_slider, 1)
        self.psi_value = QLabel("1.00")
        self.psi_value.setObjectName("hint")
        self.psi_value.setMinimumWidth(32)
        row.addWidget(self.psi_value)
        return row

    def show_psi(self, psi: float) -> None:
        """Put the truncation slider at psi without reporting a move."""
        blocked = self.psi_slider.blockSignals(True)
        self.psi_slider.setValue(round(psi * PSI_STEPS))
        self.psi_slider.blockSignals(blocked)
        self.psi_value.setText(f"{psi:.2f}")
