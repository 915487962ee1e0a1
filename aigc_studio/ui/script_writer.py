"""The Script area's "Write for me" row: topic, language, structure, seed and length in,
a built-in writer's scenes out, written in an engine job so the window never freezes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from aigc_studio.script.model import LANGS
from aigc_studio.script.providers import PLATFORM_LIMIT_SECONDS, ScriptRequest
from aigc_studio.script.structures import STRUCTURES, BuiltinProvider
from aigc_studio.ui.widgets import button

DEFAULT_SECONDS = 30.0  # a request's length until the creator picks another


class WriteRow(QWidget):
    """Builds a ScriptRequest from its fields and runs the built-in writer as a job."""

    sig_written = Signal(object)
    """The finished Script (on the GUI thread)."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel  # the ScriptPanel: its engine runs the job, its status bar talks
        self.job = None  # the running write job, if any
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText("Topic, e.g. how a GAN learns faces")
        self.lang_combo = QComboBox()
        for lang in LANGS:
            self.lang_combo.addItem({"en": "English", "zh": "中文"}.get(lang, lang), lang)
        self.structure_combo = QComboBox()
        for name in STRUCTURES:
            self.structure_combo.addItem(name, name)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 1_000_000)
        self.seed_spin.setPrefix("seed ")
        self.seed_spin.setToolTip("Same seed, same script; another seed, other phrasings")
        self.seconds_spin = QDoubleSpinBox()
        self.seconds_spin.setRange(5.0, PLATFORM_LIMIT_SECONDS)
        self.seconds_spin.setValue(DEFAULT_SECONDS)
        self.seconds_spin.setSuffix(" s")
        self.write_button = button(
            "Write for me", "Replace the scenes with a script on the topic (undoable)", True
        )
        self.write_button.clicked.connect(self.write)
        row.addWidget(self.topic_edit, 1)
        for widget in (
            self.lang_combo,
            self.structure_combo,
            self.seed_spin,
            self.seconds_spin,
            self.write_button,
        ):
            row.addWidget(widget)

    def request(self) -> ScriptRequest:
        return ScriptRequest(
            topic=self.topic_edit.text().strip(),
            lang=str(self.lang_combo.currentData()),
            structure=str(self.structure_combo.currentData()),
            seed=self.seed_spin.value(),
            seconds=self.seconds_spin.value(),
        )

    def write(self) -> None:
        request = self.request()
        if not request.topic:
            self.panel.sig_status.emit("Type a topic first, e.g. “how a GAN learns faces”")
            self.topic_edit.setFocus()
            return
        engine = self.panel.engine
        if engine is None or self.job is not None:
            return
        provider = BuiltinProvider()
        self.write_button.setEnabled(False)
        self.job = engine.start_job(
            "Write script", lambda reporter: provider.write(request, reporter)
        )
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(self._done)

    def _done(self) -> None:
        self.job = None
        self.write_button.setEnabled(True)

    def _on_finished(self, script) -> None:
        self._done()
        self.sig_written.emit(script)

    def _on_failed(self, message: str) -> None:
        self._done()
        self.panel.sig_status.emit(message)
