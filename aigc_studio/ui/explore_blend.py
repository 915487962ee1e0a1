"""Blend with face B: a slider between the current face (A) and a second face (B).

The box shows both faces and the mix; the panel owns the latents and does the mixing
(spherical, like the walks), so this widget only reports where the slider is.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QVBoxLayout, QWidget

from aigc_studio.ui.i18n import tr
from aigc_studio.ui.images import array_to_pixmap
from aigc_studio.ui.widgets import button, hint

FACE_SIDE = 96  # px of faces A and B
BLEND_STEPS = 100  # slider ticks from A (0) to B (100)


def _face_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("thumbnail")
    label.setFixedSize(FACE_SIDE, FACE_SIDE)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class BlendBox(QWidget):
    sig_mix = Signal(float)
    """The user moved the blend to this share of face B (0 = face A, 1 = face B)."""
    sig_pressed = Signal()
    """The user grabbed the blend slider."""
    sig_released = Signal()
    """The user let go of the blend slider."""
    sig_set_b = Signal()
    """The user asked to make the current face face B."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        faces = QGridLayout()
        faces.setHorizontalSpacing(12)
        self.face_a = _face_label("—")
        self.face_a.setToolTip(tr("Face A: the face you are exploring (where the blend starts)"))
        self.face_b = _face_label(tr("Pick\nface B"))
        self.face_b.setToolTip(tr("Face B: the face to blend towards"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, BLEND_STEPS)
        self.slider.setPageStep(10)
        self.slider.setEnabled(False)
        self.slider.setToolTip(
            tr(
                "Mix face A with face B: left is A, right is B. The latents are mixed "
                "spherically, so faces in between stay sharp."
            )
        )
        self.slider.setStatusTip(tr("Drag towards B to blend the current face with face B"))
        self.slider.valueChanged.connect(self._on_value)
        self.slider.sliderPressed.connect(self.sig_pressed)
        self.slider.sliderReleased.connect(self.sig_released)
        self.share = QLabel(tr("{percent}% B").format(percent=0))
        self.share.setObjectName("hint")
        self.share.setAlignment(Qt.AlignmentFlag.AlignCenter)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.slider)
        middle.addWidget(self.share)
        middle.addStretch(1)
        faces.addWidget(QLabel(tr("Face A")), 0, 0, Qt.AlignmentFlag.AlignHCenter)
        faces.addWidget(QLabel(tr("Face B")), 0, 2, Qt.AlignmentFlag.AlignHCenter)
        faces.addWidget(self.face_a, 1, 0)
        faces.addLayout(middle, 1, 1)
        faces.addWidget(self.face_b, 1, 2)
        faces.setColumnStretch(1, 1)
        layout.addLayout(faces)
        self.set_b_button = button(
            tr("Use current face as B"),
            tr("Keep the face on screen as face B, then explore on"),
            icon="blend",
        )
        self.set_b_button.clicked.connect(self.sig_set_b)
        layout.addWidget(self.set_b_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(
            hint(
                tr(
                    "Face B can also come from a grid or the favourites: right-click a face "
                    "there and choose “Use as face B”. Each blend you let go of is one step back."
                )
            )
        )
        layout.addStretch(1)
        self._silent = False

    def mix(self) -> float:
        return self.slider.value() / BLEND_STEPS

    def set_mix(self, share: float) -> None:
        """Put the slider at this share of B without reporting a move."""
        self._silent = True
        try:
            self.slider.setValue(round(share * BLEND_STEPS))
            self.share.setText(tr("{percent}% B").format(percent=round(share * 100)))
        finally:
            self._silent = False

    def show_face_a(self, image: np.ndarray) -> None:
        self.face_a.setPixmap(array_to_pixmap(image, FACE_SIDE, smooth=True))

    def show_face_b(self, image: np.ndarray | None) -> None:
        """Face B's image; None clears it (another model was loaded)."""
        if image is None:
            self.face_b.clear()
            self.face_b.setText(tr("Pick\nface B"))
        else:
            self.face_b.setPixmap(array_to_pixmap(image, FACE_SIDE, smooth=True))
        self.slider.setEnabled(image is not None)

    def _on_value(self, ticks: int) -> None:
        self.share.setText(tr("{percent}% B").format(percent=ticks))
        if not self._silent:
            self.sig_mix.emit(ticks / BLEND_STEPS)
