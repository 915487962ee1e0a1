"""The "Sync to beats" dialog: which music, and which of its beats the keyframes land on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from aigc_studio.ui.i18n import tr
from aigc_studio.ui.widgets import browse_row, hint

AUDIO_PATTERNS = "(*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus)"  # the file dialog's filter


def every_choices() -> tuple[tuple[int, str], ...]:
    """(beats apart, menu text) of each choice of keyframe spacing."""
    return (
        (1, tr("Every beat")),
        (2, tr("Every 2nd beat")),
        (4, tr("Every 4th beat (one bar)")),
    )


def audio_filter() -> str:
    """The file dialog's filter: audio files, or anything."""
    return f"{tr('Audio')} {AUDIO_PATTERNS};;{tr('All files')} (*)"


@dataclass(frozen=True)
class BeatSyncChoice:
    """What the user picked in the dialog."""

    path: Path  # the audio file; it plays from the walk's first frame
    every: int  # a keyframe on every 1st, 2nd or 4th beat
    first_beat: int  # 0-based index of the beat the first keyframe lands on


class BeatSyncDialog(QDialog):
    """Pick an audio file and the beats to use; the editor finds the beats afterwards."""

    def __init__(self, keyframes: int, start_folder: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sync keyframes to beats"))
        self._start_folder = start_folder or Path.home()
        root = QVBoxLayout(self)
        root.addWidget(
            hint(
                tr(
                    "The {keyframes} keyframes are placed on the music's beats, so the face "
                    "arrives at each one on a beat. The music is taken to start with the walk."
                ).format(keyframes=keyframes)
            )
        )
        form = QFormLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(tr("An audio file: WAV, MP3, M4A, FLAC, OGG…"))
        self.path_edit.textChanged.connect(self._update_ok)
        music = browse_row(self.path_edit, tr("Choose the music to sync to"), self._browse)
        form.addRow(tr("Music"), music)
        self.every_combo = QComboBox()
        for every, text in every_choices():
            self.every_combo.addItem(text, every)
        self.every_combo.setToolTip(tr("How many beats apart the keyframes are"))
        form.addRow(tr("Keyframes on"), self.every_combo)
        self.first_spin = QSpinBox()
        self.first_spin.setRange(1, 999)
        self.first_spin.setToolTip(tr("The beat the first keyframe lands on (1 = the first beat)"))
        form.addRow(tr("Start at beat"), self.first_spin)
        root.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Find beats"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self._update_ok()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Music to sync to"), str(self._start_folder), audio_filter()
        )
        if path:
            self.path_edit.setText(path)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(Path(self.path_edit.text().strip()).is_file())

    def choice(self) -> BeatSyncChoice:
        return BeatSyncChoice(
            path=Path(self.path_edit.text().strip()),
            every=int(self.every_combo.currentData()),
            first_beat=self.first_spin.value() - 1,
        )
