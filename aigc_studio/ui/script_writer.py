"""The Script area's "Write for me": topic, language, structure, seed and length in, a
script of scenes out, from one of three writers, in an engine job so the window never
freezes.

The built-in structures answer at once. The local LLM server and the creator's own text
model stream their text into a pane below the row as it arrives (the worker hands each
piece to a signal), and the Write button turns into Cancel while they work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.script.model import LANGS
from aigc_studio.script.providers import PLATFORM_LIMIT_SECONDS, ScriptProvider, ScriptRequest
from aigc_studio.script.structures import STRUCTURES, BuiltinProvider
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.settings import DEFAULT_LLM_MODEL, DEFAULT_LLM_URL, load_settings, save_settings
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.widgets import button
from aigc_studio.ui.writer_settings import WriterSettingsDialog, llm_timeout

DEFAULT_SECONDS = 30.0  # a request's length until the creator picks another
# The writers, as (settings value, English name); menus show provider_label(key).
PROVIDERS = (
    ("builtin", "Built-in structures (instant, offline)"),
    ("llm", "Local LLM server"),
    ("own", "My text model"),
)


def provider_label(key: str) -> str:
    """A writer's name in the menu, in the studio's language (PROVIDERS has the English)."""
    labels = {
        "builtin": tr("Built-in structures (instant, offline)"),
        "llm": tr("Local LLM server"),
        "own": tr("My text model"),
    }
    return labels.get(key, key)


def structure_label(name: str) -> str:
    """A built-in structure's name in the menu, in the studio's language."""
    labels = {
        "hook-problem-reveal-cta": tr("hook-problem-reveal-cta"),
        "list-of-n": tr("list-of-n"),
        "before-after": tr("before-after"),
        "story": tr("story"),
        "tutorial": tr("tutorial"),
    }
    return labels.get(name, name)


def write_text() -> str:
    return tr("Write for me")


def write_tip() -> str:
    return tr("Replace the scenes with a script on the topic (undoable)")


class TextStream(QObject):
    """Carries a writer's text from the worker thread to the pane (a queued signal)."""

    sig_text = Signal(str)
    """A piece of the writer's answer, in order."""


class WriteRow(QWidget):
    """Builds a ScriptRequest from its fields and runs the chosen writer as a job."""

    sig_written = Signal(object)
    """The finished Script (on the GUI thread)."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel  # the ScriptPanel: its engine runs the job, its status bar talks
        self.job = None  # the running write job, if any
        self.stream = TextStream(self)
        self.stream.sig_text.connect(self._append_text)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(6)

        row = QHBoxLayout()
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(tr("Topic, e.g. how a GAN learns faces"))
        self.topic_edit.returnPressed.connect(self.write)
        self.lang_combo = QComboBox()
        for lang in LANGS:
            self.lang_combo.addItem({"en": "English", "zh": "中文"}.get(lang, lang), lang)
        self.lang_combo.setToolTip(tr("The language the lines are written in"))
        self.structure_combo = QComboBox()
        for name in STRUCTURES:
            self.structure_combo.addItem(structure_label(name), name)
        self.structure_combo.setToolTip(tr("The shape of the short (your text model ignores it)"))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 1_000_000)
        self.seed_spin.setPrefix(tr("seed "))
        self.seed_spin.setToolTip(tr("Same seed, same script; another seed, other phrasings"))
        self.seconds_spin = QDoubleSpinBox()
        self.seconds_spin.setRange(5.0, PLATFORM_LIMIT_SECONDS)
        self.seconds_spin.setValue(DEFAULT_SECONDS)
        self.seconds_spin.setSuffix(" s")
        self.seconds_spin.setToolTip(tr("How long the short should be"))
        row.addWidget(self.topic_edit, 1)
        for widget in (self.lang_combo, self.structure_combo, self.seed_spin, self.seconds_spin):
            row.addWidget(widget)
        root.addLayout(row)

        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Writer")))
        self.provider_combo = QComboBox()
        for key, _label in PROVIDERS:
            self.provider_combo.addItem(provider_label(key), key)
        self.provider_combo.setToolTip(
            tr(
                "Built-in structures work instantly and offline; a local LLM server or your "
                "own text model write in their own words"
            )
        )
        saved = load_settings().writer_provider
        self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(saved)))
        self.provider_combo.currentIndexChanged.connect(self._remember_provider)
        row.addWidget(self.provider_combo)
        self.settings_button = button(
            tr("Settings…"),
            tr("The LLM server's address and model, your text model"),
            icon="settings",
        )
        self.settings_button.clicked.connect(self.open_settings)
        row.addWidget(self.settings_button)
        self.train_button = button(
            tr("Train my text model…"),
            tr("Teach a small text model your own scripts' style"),
            icon="train",
        )
        self.train_button.clicked.connect(self.open_training)
        row.addWidget(self.train_button)
        row.addStretch(1)
        self.write_button = button(write_text(), write_tip(), True, icon="write")
        self.write_button.clicked.connect(self.write_or_cancel)
        row.addWidget(self.write_button)
        root.addLayout(row)

        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setMaximumHeight(130)
        self.output.setFont(QFont("monospace"))
        self.output.setPlaceholderText(tr("The writer's text appears here as it is written"))
        self.output.setVisible(False)
        root.addWidget(self.output)
        self.training_dialog = None

    # -- the request --------------------------------------------------------------------

    @property
    def provider_key(self) -> str:
        return str(self.provider_combo.currentData())

    def request(self) -> ScriptRequest:
        return ScriptRequest(
            topic=self.topic_edit.text().strip(),
            lang=str(self.lang_combo.currentData()),
            structure=str(self.structure_combo.currentData()),
            seed=self.seed_spin.value(),
            seconds=self.seconds_spin.value(),
        )

    def provider(self) -> ScriptProvider:
        """The chosen writer, built from the saved settings (they may have just changed)."""
        settings = load_settings()
        if self.provider_key == "llm":
            from aigc_studio.script.llm import LLMProvider

            return LLMProvider(
                url=settings.llm_url or DEFAULT_LLM_URL,
                model=settings.llm_model or DEFAULT_LLM_MODEL,
                timeout=llm_timeout(settings),
            )
        if self.provider_key == "own":
            from aigc_studio.script.own_provider import OwnModelProvider

            if not settings.text_model:
                raise LookupError(
                    tr(
                        "No text model yet: train one with “Train my text model…” or choose a "
                        "file in Settings…"
                    )
                )
            return OwnModelProvider(Path(settings.text_model))
        return BuiltinProvider()

    # -- writing ------------------------------------------------------------------------

    def write_or_cancel(self) -> None:
        if self.job is not None:
            self.cancel()
        else:
            self.write()

    def write(self) -> None:
        request = self.request()
        if not request.topic:
            self.panel.sig_status.emit(tr("Type a topic first, e.g. “how a GAN learns faces”"))
            self.topic_edit.setFocus()
            return
        engine = self.panel.engine
        if engine is None or self.job is not None:
            return
        try:
            provider = self.provider()
        except LookupError as error:
            self.panel.sig_status.emit(str(error))
            return
        streams = self.provider_key != "builtin"
        self.output.clear()
        self.output.setVisible(streams)
        on_text = self.stream.sig_text.emit if streams else None
        self.write_button.setText(tr("Cancel"))
        set_studio_icon(self.write_button, "stop")
        self.write_button.setToolTip(tr("Stop the writer; the scenes stay as they are"))
        self.job = engine.start_job(
            tr("Write script"), lambda reporter: provider.write(request, reporter, on_text)
        )
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(self._on_cancelled)
        label = self.provider_combo.currentText()
        self.panel.sig_status.emit(tr("Writing with {writer}…").format(writer=label))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.write_button.setEnabled(False)  # back when the writer has stopped

    def _append_text(self, text: str) -> None:
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.output.setTextCursor(cursor)
        self.output.ensureCursorVisible()

    def _on_progress(self, _fraction: float, message: str) -> None:
        if message:
            self.panel.sig_status.emit(message)

    def _done(self) -> None:
        self.job = None
        self.write_button.setEnabled(True)
        self.write_button.setText(write_text())
        set_studio_icon(self.write_button, "write")
        self.write_button.setToolTip(write_tip())

    def _on_finished(self, script) -> None:
        self._done()
        self.sig_written.emit(script)

    def _on_failed(self, message: str) -> None:
        # ProviderError's sentence is the message, without the job's "… failed:".
        reason = self.job.failure_reason if self.job is not None else message
        self._done()
        self.panel.sig_status.emit(reason or message)

    def _on_cancelled(self) -> None:
        self._done()
        self.panel.sig_status.emit(tr("Writing cancelled; the scenes are unchanged"))

    # -- settings and training ----------------------------------------------------------

    def _remember_provider(self) -> None:
        settings = load_settings()
        settings.writer_provider = self.provider_key
        save_settings(settings)

    def open_settings(self) -> WriterSettingsDialog:
        dialog = WriterSettingsDialog(self)
        dialog.open()
        return dialog

    def open_training(self):
        from aigc_studio.ui.text_model_dialog import TextModelDialog

        if self.training_dialog is None:
            self.training_dialog = TextModelDialog(
                self.panel.engine, self.panel.document.project.script, self
            )
            self.training_dialog.sig_trained.connect(self._on_trained)
        else:
            self.training_dialog.current_script = self.panel.document.project.script
        self.training_dialog.show()
        self.training_dialog.raise_()
        return self.training_dialog

    def _on_trained(self, _path: str) -> None:
        self.provider_combo.setCurrentIndex(self.provider_combo.findData("own"))
