"""Train my text model: the creator's past scripts in, their own char-GPT out.

The training runs as an engine job like the GAN's (progress, Cancel, a checkpoint every
few hundred steps, one safetensors file). When it ends the model becomes the "My text
model" writer's, and the dialog says how much it learned: its validation loss against
that of a model that ignores context (the text's character entropy).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
)

from aigc_studio.engine.tasks import TextModelRequest, text_model_job
from aigc_studio.script.corpus import (
    CORPUS_SUFFIXES,
    build_corpus,
    check_corpus,
    unigram_entropy,
)
from aigc_studio.script.model import Script
from aigc_studio.ui.eta import EtaEstimator, format_duration
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.settings import default_text_model_path, load_settings, save_settings
from aigc_studio.ui.widgets import browse_row, button, hint

DEFAULT_STEPS = 2000  # the loss has mostly settled by then on a few dozen scripts


class TextModelDialog(QDialog):
    sig_trained = Signal(str)
    """A text model finished training (or was stopped and saved); carries its path."""

    def __init__(self, engine, current_script: Script | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Train my text model"))
        self.setMinimumWidth(560)
        self.engine = engine
        self.current_script = current_script  # the open project's script, offered as material
        self.job = None
        self.eta = EtaEstimator()  # time left, from the pace of progress so far
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                tr(
                    "Teach a small text model your own way of writing: add your past scripts "
                    "(JSON, SRT, Markdown or plain text, a blank line between scripts). "
                    "It trains here, on this computer."
                )
            )
        )
        self.files = QListWidget()
        self.files.setToolTip(tr("The scripts the model learns from"))
        layout.addWidget(self.files, 1)
        row = QHBoxLayout()
        self.add_button = button(
            tr("Add scripts…"), tr("Add script files to learn from"), icon="add"
        )
        self.add_button.clicked.connect(self._add_files)
        self.remove_button = button(tr("Remove"), tr("Leave the selected files out"), icon="delete")
        self.remove_button.clicked.connect(self._remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.include_current = QCheckBox(tr("Also learn from this project's script"))
        self.include_current.setChecked(bool(current_script and current_script.scenes))
        self.include_current.setEnabled(bool(current_script and current_script.scenes))
        layout.addWidget(self.include_current)

        form = QFormLayout()
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(50, 100_000)
        self.steps_spin.setSingleStep(500)
        self.steps_spin.setValue(DEFAULT_STEPS)
        self.steps_spin.setToolTip(tr("More steps learn more; 2,000 take a few minutes on a CPU"))
        self.size_combo = QComboBox()
        self.size_combo.addItem(tr("Small: trains fast, writes rougher"), "small")
        self.size_combo.addItem(tr("Standard: slower on a CPU, writes better"), "standard")
        self.size_combo.setToolTip(tr("A bigger model learns more but takes longer without a GPU"))
        settings = load_settings()
        self.out_edit = QLineEdit(settings.text_model or str(default_text_model_path()))
        form.addRow(tr("Model size"), self.size_combo)
        form.addRow(tr("Training steps"), self.steps_spin)
        form.addRow(
            tr("Save the model as"), browse_row(self.out_edit, tr("Where to save"), self._choose)
        )
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.train_button = button(
            tr("Train"), tr("Start training on these scripts"), True, icon="train"
        )
        self.train_button.clicked.connect(self.train)
        self.cancel_button = button(
            tr("Stop"), tr("Stop now and keep what was learned so far"), icon="stop"
        )
        self.cancel_button.clicked.connect(self.stop)
        self.cancel_button.setEnabled(False)
        self.close_button = button(tr("Close"), tr("Close this window"), icon="close")
        self.close_button.clicked.connect(self.close)
        for widget in (self.train_button, self.cancel_button, self.close_button):
            buttons.addWidget(widget)
        layout.addLayout(buttons)

    # -- inputs -----------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        present = {self.files.item(i).text() for i in range(self.files.count())}
        for path in paths:
            if str(path) not in present:
                self.files.addItem(str(path))

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def _add_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in CORPUS_SUFFIXES)
        chosen, _ = QFileDialog.getOpenFileNames(
            self, tr("Add your scripts"), "", tr("Scripts") + f" ({patterns})"
        )
        self.add_paths([Path(p) for p in chosen])

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save the text model as"),
            self.out_edit.text(),
            tr("Text models") + " (*.safetensors)",
        )
        if path:
            self.out_edit.setText(path if path.endswith(".safetensors") else path + ".safetensors")

    # -- training ---------------------------------------------------------------------

    def train(self) -> None:
        if self.job is not None or self.engine is None:
            return
        extra = [self.current_script] if self.include_current.isChecked() else []
        corpus = build_corpus(self.paths(), [s for s in extra if s is not None])
        skipped = (
            tr(" Left out: {files}.").format(files="; ".join(corpus.skipped))
            if corpus.skipped
            else ""
        )
        try:
            check_corpus(corpus)
        except ValueError as error:
            self.status.setText(tr("Add more scripts: {reason}.").format(reason=error) + skipped)
            return
        out = Path(self.out_edit.text().strip() or default_text_model_path())
        if out.suffix.lower() != ".safetensors":
            out = out.with_suffix(".safetensors")
        request = TextModelRequest(
            corpus_text=corpus.text,
            out_path=out,
            steps=self.steps_spin.value(),
            size=self.size_combo.currentData(),
        )
        self._entropy = unigram_entropy(corpus.text)
        self.status.setText(
            tr("Learning from {scripts} scripts ({chars:,} characters).").format(
                scripts=corpus.scripts, chars=corpus.chars
            )
            + skipped
        )
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.eta.reset()
        self._set_running(True)
        self.job = self.engine.start_job(tr("Train text model"), text_model_job(request))
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(lambda: self._on_failed(tr("Training stopped.")))

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(tr("Stopping after this step; what was learned is kept…"))

    def _set_running(self, running: bool) -> None:
        self.train_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        inputs = (self.add_button, self.remove_button, self.steps_spin, self.size_combo)
        for widget in (*inputs, self.out_edit):
            widget.setEnabled(not running)

    def _on_progress(self, fraction: float, message: str) -> None:
        done = int(fraction * 1000)
        self.progress.setValue(done)
        left = self.eta.seconds_left(done, 1000, time.monotonic())
        about = (
            tr(" · about {time} left").format(time=format_duration(left))
            if left is not None
            else ""
        )
        self.progress.setFormat((message or "%p%") + about)

    def _on_finished(self, result) -> None:
        self.job = None
        self._set_running(False)
        self.progress.setValue(1000)
        stopped = tr("Stopped early and saved") if result.cancelled else tr("Trained")
        self.status.setText(
            tr(
                "{outcome}: {steps:,} steps. Validation loss {loss:.2f} (a model that ignores "
                "context scores {baseline:.2f}; lower is better). The “My text model” writer "
                "now uses {file}."
            ).format(
                outcome=stopped,
                steps=result.steps,
                loss=result.final_val_loss,
                baseline=self._entropy,
                file=result.path.name,
            )
        )
        settings = load_settings()
        settings.text_model = str(result.path)
        save_settings(settings)
        self.sig_trained.emit(str(result.path))

    def _on_failed(self, message: str) -> None:
        self.job = None
        self._set_running(False)
        self.status.setText(message)

    def closeEvent(self, event) -> None:
        # Closing the window stops the training (what was learned is saved).
        self.stop()
        super().closeEvent(event)

    def wait_for_job(self, timeout_ms: int = 10_000) -> None:
        """Block until the job's thread ends (tests and application shutdown)."""
        if self.job is not None:
            self.job.wait(timeout_ms)
