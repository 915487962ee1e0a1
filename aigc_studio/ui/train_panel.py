"""Train: pick a folder of images, train a DCGAN in the engine, watch losses and samples."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.jobs import Job
from aigc_studio.engine.tasks import TrainOutOfMemory, TrainRequest, training_job
from aigc_studio.resources import default_model_path
from aigc_studio.ui.eta import EtaEstimator, format_duration
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.images import array_to_pixmap
from aigc_studio.ui.loss_plot import LossPlot
from aigc_studio.ui.settings import Settings, save_settings
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.widgets import browse_row, button, hint, panel_header

MODEL_FILE = "model.safetensors"  # gan.train writes the final model under this name
SAMPLE_SIDE = 300


class TrainPanel(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_load_model = Signal(str)
    """The user wants this trained model file in the explorer."""

    def __init__(self, engine: Engine, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.settings = settings
        self.job: Job | None = None
        self.eta = EtaEstimator()
        self.out_of_memory: TrainOutOfMemory | None = None  # why the last run stopped, if so
        self._build()
        self._update_buttons()

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 22, 28, 22)
        root.addWidget(
            panel_header(
                tr("Train"),
                tr(
                    "Teach a small face model your own style: choose a folder of images, "
                    "start, and watch the samples improve. Cancel keeps the last checkpoint."
                ),
            )
        )
        body = QHBoxLayout()
        body.setSpacing(24)
        root.addLayout(body, 1)

        left = QVBoxLayout()
        body.addLayout(left, 1)
        setup = QGroupBox(tr("Setup"))
        form = QFormLayout(setup)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        self.data_edit = QLineEdit(self.settings.image_dir)
        self.data_edit.setPlaceholderText(tr("Folder of PNG / JPEG images"))
        self.data_edit.textChanged.connect(self._update_buttons)
        form.addRow(tr("Images"), self._with_browse(self.data_edit, self._choose_data))
        self.run_edit = QLineEdit(self.settings.run_dir)
        self.run_edit.setPlaceholderText(tr("Where the model, samples and metrics go"))
        self.run_edit.textChanged.connect(self._update_buttons)
        form.addRow(tr("Run folder"), self._with_browse(self.run_edit, self._choose_run))
        self.steps_spin = self._spin(1, 1_000_000, 2000, tr("Optimiser steps; 2000 is a quick run"))
        form.addRow(tr("Steps"), self.steps_spin)
        self.batch_spin = self._spin(1, 1024, 64, tr("Images per step"))
        form.addRow(tr("Batch"), self.batch_spin)
        self.resolution_combo = QComboBox()
        for size in (32, 64, 128):
            self.resolution_combo.addItem(tr("{size} px").format(size=size), size)
        self.resolution_combo.setCurrentIndex(1)
        self.resolution_combo.setToolTip(tr("Images are centre-cropped and resized to this"))
        form.addRow(tr("Resolution"), self.resolution_combo)
        self.device_combo = QComboBox()
        # The device names stay as the CLI spells them (tests pick "cpu" by its text).
        self.device_combo.addItem(tr("auto"), "auto")
        for device in ("cpu", "cuda", "mps"):
            self.device_combo.addItem(device, device)
        self.device_combo.setToolTip(tr("auto uses a GPU when there is one, else the CPU"))
        form.addRow(tr("Device"), self.device_combo)
        self.width_spin = self._spin(4, 256, 64, tr("Network width; smaller trains faster"))
        form.addRow(tr("Network width"), self.width_spin)
        self.arch_combo = QComboBox()
        self.arch_combo.addItem(tr("Small-data recipe"), "recipe")
        self.arch_combo.addItem(tr("DCGAN (paper)"), "dcgan")
        self.arch_combo.setToolTip(
            tr(
                "The recipe (augmentation, spectral norm, averaged weights) trains stably on a "
                "few hundred images; DCGAN is the original 2016 network and training"
            )
        )
        form.addRow(tr("Architecture"), self.arch_combo)
        self.labels_check = QCheckBox()
        self.labels_check.setChecked(True)
        form.addRow(tr("Classes"), self.labels_check)
        self.warm_start_check = QCheckBox(tr("Start from the default face model"))
        self.warm_start_check.setToolTip(
            tr(
                "Fine-tune the shipped face model instead of starting from noise: a few "
                "hundred face-like images give good faces far sooner. Uses its 64 px size "
                "and width."
            )
        )
        form.addRow(tr("Start"), self.warm_start_check)
        self.warm_start_check.toggled.connect(self._update_buttons)
        self.data_edit.textChanged.connect(self._update_labels_check)
        self._update_labels_check()
        left.addWidget(setup)

        buttons = QHBoxLayout()
        self.start_button = button(
            tr("Start training"), tr("Train a model on the image folder"), True, icon="train"
        )
        self.start_button.clicked.connect(self.start)
        self.cancel_button = button(
            tr("Cancel"), tr("Stop after this step and save a checkpoint"), icon="stop"
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.pause_button = button(
            tr("Pause"), tr("Hold training after this step; Resume goes on"), icon="pause"
        )
        self.pause_button.clicked.connect(self.toggle_pause)
        self.load_button = button(
            tr("Load into Explore"), tr("Explore the model this run trained"), icon="explore"
        )
        self.load_button.clicked.connect(self._load_into_explore)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.load_button)
        left.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        left.addWidget(self.progress)
        self.stats_label = QLabel(tr("Not started."))
        left.addWidget(self.stats_label)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        left.addWidget(self.warning_label)
        self.cpu_button = button(
            tr("Train on CPU"),
            tr("Go on with this run on the CPU: slower, but it has the memory the GPU lacked"),
            True,
            icon="cpu",
        )
        self.cpu_button.clicked.connect(self.train_on_cpu)
        self.cpu_button.hide()
        left.addWidget(self.cpu_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(500)
        self.log.setPlaceholderText(tr("Training messages appear here."))
        self.log.setMinimumHeight(80)
        left.addWidget(self.log, 1)

        right = QVBoxLayout()
        body.addLayout(right)
        right.addWidget(QLabel(tr("Latest samples")))
        self.sample_label = QLabel(tr("Samples appear after the first step"))
        self.sample_label.setObjectName("preview")
        self.sample_label.setFixedSize(SAMPLE_SIDE, SAMPLE_SIDE)
        self.sample_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.sample_label)
        right.addWidget(QLabel(tr("Losses")))
        self.loss_plot = LossPlot()
        self.loss_plot.setFixedWidth(SAMPLE_SIDE)
        right.addWidget(self.loss_plot)
        right.addWidget(
            hint(tr("A healthy run keeps both losses bounded; neither should reach 0."))
        )
        right.addStretch(1)

    def _spin(self, low: int, high: int, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.setStatusTip(tip)
        return spin

    def _with_browse(self, edit: QLineEdit, choose) -> QWidget:
        return browse_row(edit, tr("Choose a folder"), choose)

    def _choose_data(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Folder of training images"), self.data_edit.text() or str(Path.home())
        )
        if folder:
            self.data_edit.setText(folder)
            if not self.run_edit.text():
                path = Path(folder)
                self.run_edit.setText(str(path.parent / f"{path.name}-run"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._update_labels_check()  # a labels.csv may have been added since

    def _update_labels_check(self) -> None:
        """Offer conditional training only when the folder has a labels.csv, naming its
        label columns, so the creator knows what the explorer will let them choose."""
        from aigc_studio.gan.labels import LABELS_FILE, LabelsError, read_labels

        folder = Path(self.data_edit.text().strip()).expanduser()
        try:
            table = read_labels(folder) if folder.is_dir() else None
        except (OSError, LabelsError) as error:
            table, problem = None, str(error)
        else:
            problem = ""
        self.labels_check.setEnabled(table is not None and self.job is None)
        if table is not None:
            names = ", ".join(table.names)
            self.labels_check.setText(
                tr("Learn the classes in {file} ({names})").format(file=LABELS_FILE, names=names)
            )
            self.labels_check.setToolTip(
                tr("A conditional model: Explore lets you choose each label's class")
            )
        else:
            self.labels_check.setText(
                problem or tr("No {file} in the folder: one model for all").format(file=LABELS_FILE)
            )
            self.labels_check.setToolTip(
                tr(
                    "Put a {file} (filename + whole-number class columns) in the image folder "
                    "to train a model that draws a chosen class"
                ).format(file=LABELS_FILE)
            )

    def _choose_run(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Run folder"), self.run_edit.text() or str(Path.home())
        )
        if folder:
            self.run_edit.setText(folder)

    # -- running ----------------------------------------------------------------------

    @property
    def model_path(self) -> Path | None:
        text = self.run_edit.text().strip()
        return Path(text) / MODEL_FILE if text else None

    def _update_buttons(self) -> None:
        running = self.job is not None
        ready = bool(self.data_edit.text().strip() and self.run_edit.text().strip())
        self.start_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        paused = running and self.job is not None and self.job.paused
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
        set_studio_icon(self.pause_button, "play" if paused else "pause")
        model = self.model_path
        self.load_button.setEnabled(model is not None and model.is_file())
        for widget in (self.data_edit, self.run_edit, self.steps_spin, self.batch_spin):
            widget.setEnabled(not running)
        for widget in (self.resolution_combo, self.device_combo, self.width_spin, self.arch_combo):
            widget.setEnabled(not running)
        self.warm_start_check.setEnabled(not running)
        # A fine-tuned run keeps the default model's 64 px: the choice would be ignored.
        self.resolution_combo.setEnabled(not running and not self.warm_start_check.isChecked())
        self._update_labels_check()

    def start(self) -> None:
        self._start(resume=None)

    def train_on_cpu(self) -> None:
        """After the GPU ran out of memory: the same run on the CPU, from its saved state."""
        stop, self.out_of_memory = self.out_of_memory, None
        self.device_combo.setCurrentIndex(self.device_combo.findData("cpu"))
        checkpoint = stop.checkpoint if stop is not None else None
        self._start(resume=checkpoint.parent if checkpoint and checkpoint.is_file() else None)

    def _start(self, resume: Path | None) -> None:
        data_dir = Path(self.data_edit.text().strip()).expanduser()
        run_dir = Path(self.run_edit.text().strip()).expanduser()
        if not data_dir.is_dir():
            self._show_warning(
                tr("The image folder {folder} does not exist.").format(folder=data_dir)
            )
            return
        request = TrainRequest(
            data_dir=data_dir,
            out_dir=run_dir,
            steps=self.steps_spin.value(),
            batch=self.batch_spin.value(),
            resolution=int(self.resolution_combo.currentData()),
            device=str(self.device_combo.currentData()),
            width=self.width_spin.value(),
            arch=str(self.arch_combo.currentData()),
            labels="auto" if self.labels_check.isChecked() else "none",
            init_from=default_model_path() if self.warm_start_check.isChecked() else None,
            resume=resume,
        )
        self.settings.image_dir, self.settings.run_dir = str(data_dir), str(run_dir)
        save_settings(self.settings)
        self.warning_label.hide()
        self.cpu_button.hide()
        self.out_of_memory = None
        self.loss_plot.clear()
        self.progress.setValue(0)
        self.stats_label.setText(tr("Loading images…"))
        if resume is not None:
            started = tr("Training on {images} → {run} on the CPU, from the saved state")
        else:
            started = tr("Training on {images} → {run}")
        self.log.appendPlainText(started.format(images=data_dir, run=run_dir))
        self.eta.reset()
        self.job = self.engine.start_job(tr("Training"), training_job(request))
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_partial.connect(self._on_update)
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(self._on_cancelled)
        self._update_buttons()
        self.sig_status.emit(tr("Training started"))

    def toggle_pause(self) -> None:
        if self.job is None:
            return
        if self.job.paused:
            self.job.resume()
            self.sig_status.emit(tr("Training resumed"))
        else:
            self.job.pause()
            self.sig_status.emit(tr("Training paused after this step; press Resume to go on"))
        self._update_buttons()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.pause_button.setEnabled(False)
            self.cancel_button.setEnabled(False)
            self.stats_label.setText(
                tr("{status} · cancelling…").format(status=self.stats_label.text())
            )
            self.sig_status.emit(tr("Cancelling training: saving a checkpoint…"))

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(round(fraction * 100)))

    def _on_update(self, update) -> None:
        if isinstance(update, TrainOutOfMemory):
            self.out_of_memory = update  # the failure follows; it offers the CPU
            return
        if update.batch_lowered:  # out of GPU memory; training goes on with a smaller batch
            self._show_warning(update.message)
            self.sig_status.emit(update.message)
            return
        if update.step == 0:
            if update.skipped:
                self._show_warning(update.message)  # also logs it, once
            else:
                self.log.appendPlainText(update.message)
            return
        left = self.eta.seconds_left(update.step, update.total_steps, update.seconds)
        if math.isfinite(update.loss_d):
            text = tr("Step {step}/{total} · loss D {loss_d:.3f} · loss G {loss_g:.3f}").format(
                step=update.step,
                total=update.total_steps,
                loss_d=update.loss_d,
                loss_g=update.loss_g,
            )
            if update.images_per_second:
                text += tr(" · {rate:.0f} img/s").format(rate=update.images_per_second)
            if left is not None:
                text += tr(" · {duration} left").format(duration=format_duration(left))
            self.stats_label.setText(text)
        self.loss_plot.add(update.step, update.loss_d, update.loss_g)
        if update.sample_grid is not None:
            self.sample_label.setPixmap(array_to_pixmap(update.sample_grid, SAMPLE_SIDE, True))
        if update.message:
            self.log.appendPlainText(update.message)
        if update.quality:  # measured at checkpoints; lower KID and higher precision are better
            q = update.quality
            self.log.appendPlainText(
                tr(
                    "Step {step} quality: KID {kid:.3f} · precision {precision:.2f} · "
                    "recall {recall:.2f}"
                ).format(
                    step=update.step, kid=q["kid"], precision=q["precision"], recall=q["recall"]
                )
            )
        if update.model_path is not None:
            self._update_buttons()

    def _on_finished(self, model_path) -> None:
        self._end_job()
        self.sig_status.emit(tr("Training finished; model saved to {path}").format(path=model_path))

    def _on_failed(self, message: str) -> None:
        self._end_job()
        self._show_warning(message)
        self.stats_label.setText(tr("Training stopped with an error."))
        if self.out_of_memory is not None and self.out_of_memory.offer_cpu:
            self.stats_label.setText(tr("Training stopped: the GPU ran out of memory."))
            self.cpu_button.show()
        self.sig_status.emit(message)

    def _on_cancelled(self) -> None:
        self._end_job()
        self.stats_label.setText(tr("Cancelled before training started."))

    def _end_job(self) -> None:
        self.job = None
        self._update_buttons()

    def _show_warning(self, message: str) -> None:
        self.warning_label.setText(message)
        self.warning_label.show()
        self.log.appendPlainText(tr("Warning: {message}").format(message=message))

    def _load_into_explore(self) -> None:
        model = self.model_path
        if model is not None and model.is_file():
            self.sig_load_model.emit(str(model))
