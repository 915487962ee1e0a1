"""Help ▸ About: version, licences and the dataset attribution the default model requires."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from aigc_studio import __version__
from aigc_studio.ui.i18n import tr


def cartoon_set_attribution() -> str:
    """The CC BY 4.0 attribution the shipped model's training images require."""
    return tr(
        "Contains images from Cartoon Set (https://google.github.io/cartoonset/) by Google "
        "LLC, licensed under CC BY 4.0. Images were cropped, downscaled to 64x64 and "
        "re-encoded."
    )


def licence_lines() -> tuple[str, ...]:
    """One line per licence notice (names of licences and projects stay as they are)."""
    return (
        tr("AIGC Studio is released under the MIT licence."),
        tr("Qt for Python (PySide6) is used under the LGPL v3."),
        tr(
            "PyTorch (BSD-3-Clause), NumPy (BSD-3-Clause), Pillow (MIT-CMU), MoviePy (MIT), "
            "imageio-ffmpeg (BSD-2-Clause; bundles FFmpeg under the GPL v3 / LGPL), "
            "safetensors (Apache-2.0), platformdirs (MIT)."
        ),
        tr("Caption font: Noto Sans CJK SC (subset), SIL Open Font License 1.1."),
        # eSpeak NG is GPL: the notice and where its source lives must reach the user.
        tr(
            "Narration voice: eSpeak NG, GNU GPL v3 or later (source: "
            "https://github.com/espeak-ng/espeak-ng), loaded as a separate library from the "
            "espeakng-loader package. ONNX Runtime (MIT) runs Piper voices you add."
        ),
    )


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About AIGC Studio"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(f"AIGC Studio {__version__}")
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        layout.addWidget(
            self._text(
                tr(
                    "An offline studio for short-video creators: train a small GAN on your "
                    "own images, explore its faces, write a script and export vertical shorts."
                )
            )
        )
        heading = QLabel(tr("Default model"))
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        self.attribution_label = self._text(
            tr("The built-in face model was trained on Cartoon Set. {attribution}").format(
                attribution=cartoon_set_attribution()
            )
        )
        layout.addWidget(self.attribution_label)
        heading = QLabel(tr("Licences"))
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        for line in licence_lines():
            layout.addWidget(self._text(line))
        layout.addWidget(
            self._text(tr("Built with PySide6 {version}.").format(version=pyside_version))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
