"""Edit ▸ Settings…: the studio-wide choices in one place.

Language (applies at the next start, when every text is built in it), theme (applies at
once), how often unsaved work is kept as a recovery copy, and where Piper voices are
looked for. Everything is saved in the typed settings table (ui/settings.py).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.ui.i18n import LANGUAGES, tr
from aigc_studio.ui.project_files import autosave_seconds
from aigc_studio.ui.settings import Settings, save_settings
from aigc_studio.ui.studio_icons import refresh_studio_icons
from aigc_studio.ui.style import THEME_CHOICES, apply_theme
from aigc_studio.ui.widgets import button

MAX_AUTOSAVE_MINUTES = 60  # the longest gap between recovery copies offered


class SettingsDialog(QDialog):
    """The studio's settings; each change is saved at once (there is no Apply)."""

    sig_autosave_changed = Signal(int)
    """The autosave interval changed; carries seconds (0 = off)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language_combo = QComboBox()
        for value, label in LANGUAGES:
            self.language_combo.addItem(tr("System") if value == "" else label, value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_combo.currentIndexChanged.connect(self._on_language)
        form.addRow(tr("Language"), self.language_combo)

        self.theme_combo = QComboBox()
        labels = {"": tr("System"), "dark": tr("Dark"), "light": tr("Light")}
        for value, _english in THEME_CHOICES:
            self.theme_combo.addItem(labels[value], value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.theme_combo.currentIndexChanged.connect(self._on_theme)
        form.addRow(tr("Theme"), self.theme_combo)

        self.autosave_spin = QSpinBox()
        self.autosave_spin.setRange(0, MAX_AUTOSAVE_MINUTES)
        self.autosave_spin.setSpecialValueText(tr("Off"))
        self.autosave_spin.setSuffix(tr(" min"))
        self.autosave_spin.setValue(round(autosave_seconds(settings) / 60))
        self.autosave_spin.setToolTip(
            tr(
                "How often unsaved changes are kept as a recovery copy "
                "(your project file is not touched)"
            )
        )
        self.autosave_spin.valueChanged.connect(self._on_autosave)
        form.addRow(tr("Keep a recovery copy every"), self.autosave_spin)

        voices = QHBoxLayout()
        from aigc_studio.media.tts import default_voices_dir

        self.voices_dir = default_voices_dir()
        voices_label = QLabel(str(self.voices_dir))
        voices_label.setWordWrap(True)
        voices.addWidget(voices_label, 1)
        open_voices = button(
            tr("Open folder"), tr("Put Piper voices (.onnx + .onnx.json) here"), icon="folder"
        )
        open_voices.clicked.connect(self.open_voices_folder)
        voices.addWidget(open_voices)
        form.addRow(tr("Piper voices"), voices)

        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        save_settings(self.settings)

    def _on_language(self) -> None:
        self.settings.language = str(self.language_combo.currentData())
        self._save()
        self.note.setText(tr("The language changes the next time AIGC Studio starts."))

    def _on_theme(self) -> None:
        self.settings.theme = str(self.theme_combo.currentData())
        self._save()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme)
            refresh_studio_icons()  # drawn for the old theme's panels until now

    def _on_autosave(self, minutes: int) -> None:
        self.settings.autosave_seconds = str(minutes * 60)
        self._save()
        self.sig_autosave_changed.emit(minutes * 60)

    def open_voices_folder(self) -> None:
        self.voices_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.voices_dir)))
