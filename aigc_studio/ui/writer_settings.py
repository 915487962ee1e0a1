"""The Script writers' settings: the local LLM server and the creator's own text model.

Both are off until the creator picks them in the writer's menu; the LLM server is only
ever the address typed here (localhost by default), so nothing leaves the machine unless
the creator points it elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.ui.i18n import tr
from aigc_studio.ui.settings import (
    DEFAULT_LLM_MODEL,
    DEFAULT_LLM_TIMEOUT,
    DEFAULT_LLM_URL,
    Settings,
    load_settings,
    save_settings,
)
from aigc_studio.ui.widgets import browse_row, hint


def llm_timeout(settings: Settings) -> float:
    try:
        return max(1.0, float(settings.llm_timeout))
    except ValueError:
        return DEFAULT_LLM_TIMEOUT


class WriterSettingsDialog(QDialog):
    """Edits the writer fields of the saved settings; OK saves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Writer settings"))
        self.settings = load_settings()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.url_edit = QLineEdit(self.settings.llm_url or DEFAULT_LLM_URL)
        self.url_edit.setToolTip(
            tr(
                "Ollama: http://127.0.0.1:11434 · llama.cpp server: http://127.0.0.1:8080 · "
                "LM Studio: http://127.0.0.1:1234"
            )
        )
        self.model_edit = QLineEdit(self.settings.llm_model or DEFAULT_LLM_MODEL)
        self.model_edit.setToolTip(tr("The model's name as the server knows it, e.g. qwen2.5:3b"))
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setRange(1.0, 600.0)
        self.timeout_spin.setDecimals(0)
        self.timeout_spin.setSuffix(" s")
        self.timeout_spin.setValue(llm_timeout(self.settings))
        self.timeout_spin.setToolTip(tr("How long to wait for the server before giving up"))
        self.text_model_edit = QLineEdit(self.settings.text_model)
        self.text_model_edit.setPlaceholderText(tr("Train one with “Train my text model…”"))
        form.addRow(tr("LLM server address"), self.url_edit)
        form.addRow(tr("LLM model"), self.model_edit)
        form.addRow(tr("Wait at most"), self.timeout_spin)
        form.addRow(
            tr("My text model"),
            browse_row(self.text_model_edit, tr("Choose a text model file"), self._choose_model),
        )
        layout.addLayout(form)
        layout.addWidget(
            hint(
                tr(
                    "The local LLM writer talks to a server on your computer that speaks the "
                    "OpenAI chat API (Ollama, llama.cpp, LM Studio, vLLM). Nothing is sent "
                    "anywhere else."
                )
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a text model"),
            self.text_model_edit.text(),
            tr("Text models") + " (*.safetensors)",
        )
        if path:
            self.text_model_edit.setText(path)

    def accept(self) -> None:
        self.settings.llm_url = self.url_edit.text().strip()
        self.settings.llm_model = self.model_edit.text().strip()
        self.settings.llm_timeout = f"{self.timeout_spin.value():g}"
        model = self.text_model_edit.text().strip()
        self.settings.text_model = str(Path(model)) if model else ""
        save_settings(self.settings)
        super().accept()
