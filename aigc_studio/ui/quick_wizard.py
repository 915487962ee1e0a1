"""File ▸ New Short from Idea…: a topic in, finished MP4s and an editable project out.

The dialog only gathers choices and shows the run: the whole pipeline (script, narration,
captions, visuals, music, export, the saved project) is quick.pipeline.make_quick_short,
run as one engine job (engine.tasks.quick_job) with one overall progress bar, the stage
the pipeline reports, the time left, and a cooperative Stop. When it ends the dialog lists
the videos and offers to open variant 1's project on the timeline.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.tasks import quick_job
from aigc_studio.media.presets import DEFAULT_PRESET, PRESETS
from aigc_studio.project.clips import DEFAULT_MODEL_REF
from aigc_studio.quick.pipeline import QuickRequest, QuickResult, variant_paths
from aigc_studio.script.model import LANGS
from aigc_studio.script.structures import STRUCTURES
from aigc_studio.ui.eta import EtaEstimator, format_duration
from aigc_studio.ui.export_panel import preset_label
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.script_writer import PROVIDERS, provider_label, structure_label
from aigc_studio.ui.settings import (
    DEFAULT_LLM_MODEL,
    DEFAULT_LLM_URL,
    Settings,
    load_settings,
    save_settings,
)
from aigc_studio.ui.widgets import browse_row, button, hint

LENGTHS = (15, 30, 60)  # the lengths offered, in seconds
DEFAULT_LENGTH = 30
MAX_VARIANTS = 6  # more would take long on a CPU and is rarely worth A/B testing
# The virtual host's placements (QuickRequest.host); host_label() says them.
HOST_CHOICES = ("", "full", "bottom-right", "bottom-left", "top-right", "top-left")
LANG_LABELS = {"en": "English", "zh": "中文"}
PROGRESS_STEPS = 1000  # the bar's resolution
NAME_LIMIT = 48  # characters of the topic kept in the default file name
# Shown when Make my short is pressed with no topic (English; empty_topic_text() says it).
EMPTY_TOPIC = (
    "Type a topic first, in a sentence, e.g. “why cats knock things off tables”; the "
    "script is written about it."
)


def empty_topic_text() -> str:
    return tr(
        "Type a topic first, in a sentence, e.g. “why cats knock things off tables”; the "
        "script is written about it."
    )


def host_label(place: str) -> str:
    """The virtual host menu's words for a placement."""
    labels = {
        "": tr("None"),
        "full": tr("Full frame"),
        "bottom-right": tr("Picture-in-picture, bottom right"),
        "bottom-left": tr("Picture-in-picture, bottom left"),
        "top-right": tr("Picture-in-picture, top right"),
        "top-left": tr("Picture-in-picture, top left"),
    }
    return labels.get(place, place)


def file_name_for(topic: str) -> str:
    """A safe file name from the topic: its letters and digits (any script), dashes between
    words, nothing a file system or a shell trips on; "my-short" when nothing is left."""
    words = re.findall(r"\w+", topic.strip().lower())
    name = "-".join(words).replace("_", "-")[:NAME_LIMIT].strip("-")
    return name or "my-short"


def default_output_folder() -> Path:
    """The creator's Videos folder, else Documents, else home: where people look for MP4s."""
    for location in (
        QStandardPaths.StandardLocation.MoviesLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def unused_path(folder: Path, stem: str) -> Path:
    """folder/stem.mp4, or stem-2.mp4, stem-3.mp4… when an earlier short took the name."""
    candidate = folder / f"{stem}.mp4"
    number = 2
    while candidate.exists() or candidate.with_suffix(".aigcproj").exists():
        candidate = folder / f"{stem}-{number}.mp4"
        number += 1
    return candidate


def show_in_folder(path: Path) -> None:
    """Open the file manager at the folder holding ``path``."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def remembered_choices(settings: Settings) -> dict:
    try:
        choices = json.loads(settings.quick_choices or "{}")
    except ValueError:
        return {}
    return choices if isinstance(choices, dict) else {}


def remember_choices(choices: dict) -> None:
    settings = load_settings()
    settings.quick_choices = json.dumps(choices, ensure_ascii=False)
    save_settings(settings)


class QuickWizard(QDialog):
    sig_open_project = Signal(str)
    """Open on the timeline was pressed; carries variant 1's project folder."""

    def __init__(self, engine, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New short from idea"))
        self.setMinimumWidth(620)
        self.engine = engine
        self.job = None  # the running pipeline job, if any
        self.result: QuickResult | None = None  # the last finished run
        self._running: QuickRequest | None = None  # the request being made
        self._started = 0.0  # time.time() when it started: files older are not its own
        self.eta = EtaEstimator()
        self._out_was_typed = False  # the creator chose the file: stop following the topic
        settings = load_settings()
        choices = remembered_choices(settings)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                tr(
                    "Type an idea; the studio writes the script, voices it, captions it, "
                    "animates faces to it, adds music and exports the video. The result is "
                    "also saved as a project you can edit on the timeline."
                )
            )
        )
        form = QFormLayout()
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(tr("e.g. why cats knock things off tables"))
        self.topic_edit.setToolTip(tr("What the short is about, in a sentence"))
        self.topic_edit.textChanged.connect(self._follow_topic)
        form.addRow(tr("Topic"), self.topic_edit)

        self.lang_combo = self._combo(
            [(LANG_LABELS.get(lang, lang), lang) for lang in LANGS],
            choices.get("lang", "en"),
            tr("The language of the script, the voice and the captions"),
        )
        form.addRow(tr("Language"), self.lang_combo)
        self.writer_combo = self._combo(
            list((provider_label(key), key) for key, _name in PROVIDERS),
            settings.writer_provider or "builtin",
            tr(
                "Who writes the script; the Script area's Settings… set up the LLM server and "
                "your text model"
            ),
        )
        form.addRow(tr("Writer"), self.writer_combo)
        self.structure_combo = self._combo(
            [(tr("Auto"), None), *((structure_label(name), name) for name in STRUCTURES)],
            choices.get("structure"),
            tr("The shape of the short; Auto picks one that suits the topic"),
        )
        form.addRow(tr("Structure"), self.structure_combo)
        self.length_combo = self._combo(
            [(tr("{seconds} s").format(seconds=seconds), seconds) for seconds in LENGTHS],
            choices.get("seconds", DEFAULT_LENGTH),
            tr("How long the short is"),
        )
        form.addRow(tr("Length"), self.length_combo)
        self.preset_combo = self._combo(
            [(preset_label(preset.name), preset.name) for preset in PRESETS],
            choices.get("preset", DEFAULT_PRESET),
            tr("The platform the video is for: its size and frame rate"),
        )
        form.addRow(tr("Platform"), self.preset_combo)

        self.model_edit = QLineEdit(str(choices.get("model", "")))
        self.model_edit.setPlaceholderText(tr("The shipped face model"))
        self.model_edit.setToolTip(tr("The face model whose faces appear; empty = the shipped one"))
        form.addRow(
            tr("Face model"), browse_row(self.model_edit, tr("Choose a face model"), self._pick)
        )
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 1_000_000)
        self.seed_spin.setValue(int(choices.get("seed", 0)))
        self.seed_spin.setToolTip(tr("Same seed, same short; another seed, other faces and words"))
        form.addRow(tr("Seed"), self.seed_spin)
        self.variants_spin = QSpinBox()
        self.variants_spin.setRange(1, MAX_VARIANTS)
        self.variants_spin.setValue(int(choices.get("variants", 1)))
        self.variants_spin.setToolTip(tr("Several versions to compare (A/B testing), made in turn"))
        form.addRow(tr("Variants"), self.variants_spin)
        self.host_combo = self._combo(
            [(host_label(place), place) for place in HOST_CHOICES],
            choices.get("host", ""),
            tr("A face that speaks the narration (数字人): over the whole frame or in a corner"),
        )
        form.addRow(tr("Virtual host"), self.host_combo)
        self.out_edit = QLineEdit(str(default_output_folder() / "my-short.mp4"))
        self.out_edit.setToolTip(tr("The MP4 to write; the project is saved beside it"))
        self.out_edit.textEdited.connect(lambda _text: setattr(self, "_out_was_typed", True))
        form.addRow(tr("Save as"), browse_row(self.out_edit, tr("Where to save"), self._pick_out))
        self.inputs = QWidget()
        self.inputs.setLayout(form)
        layout.addWidget(self.inputs)

        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.results = QVBoxLayout()  # one row per video once a run has finished
        layout.addLayout(self.results)

        buttons = QHBoxLayout()
        self.open_button = button(
            tr("Open on the timeline"),
            tr("Open variant 1's project in the studio to edit it"),
            icon="timeline",
        )
        self.open_button.clicked.connect(self.open_on_timeline)
        self.open_button.setVisible(False)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.make_button = button(
            tr("Make my short"), tr("Write, voice, animate and export it"), True, icon="write"
        )
        self.make_button.clicked.connect(self.make)
        self.stop_button = button(
            tr("Stop"), tr("Stop now; no unfinished video is left behind"), icon="stop"
        )
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self.close_button = button(
            tr("Close"), tr("Close this window (stops a running short)"), icon="close"
        )
        self.close_button.clicked.connect(self.close)
        for widget in (self.make_button, self.stop_button, self.close_button):
            buttons.addWidget(widget)
        layout.addLayout(buttons)

    def _combo(self, items: list[tuple[str, object]], current: object, tip: str) -> QComboBox:
        combo = QComboBox()
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setToolTip(tip)
        return combo

    # -- inputs -----------------------------------------------------------------------

    def _follow_topic(self, topic: str) -> None:
        if not self._out_was_typed:
            folder = Path(self.out_edit.text()).parent
            self.out_edit.setText(str(unused_path(folder, file_name_for(topic))))

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a face model"),
            self.model_edit.text(),
            tr("Face models") + " (*.safetensors)",
        )
        if path:
            self.model_edit.setText(path)

    def _pick_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the short as"), self.out_edit.text(), tr("MP4 video") + " (*.mp4)"
        )
        if path:
            self._out_was_typed = True
            self.out_edit.setText(path if path.lower().endswith(".mp4") else path + ".mp4")

    def request(self) -> QuickRequest:
        """The run the fields describe; ValueError with a sentence when one is unusable."""
        topic = self.topic_edit.text().strip()
        if not topic:
            raise ValueError(empty_topic_text())
        out_text = self.out_edit.text().strip()
        if not out_text:
            raise ValueError(tr("Choose where to save the video (Save as)."))
        out = Path(out_text).expanduser()
        if out.suffix.lower() != ".mp4":
            out = out.with_suffix(".mp4")
        model = self.model_edit.text().strip()
        if model:
            if not model.lower().endswith(".safetensors"):
                raise ValueError(
                    tr("A face model is a .safetensors file; choose one with Browse….")
                )
            if not Path(model).expanduser().is_file():
                raise ValueError(
                    tr("The face model {path} is not there; choose another one.").format(path=model)
                )
            model = str(Path(model).expanduser().resolve())
        settings = load_settings()
        provider = str(self.writer_combo.currentData())
        if provider == "own" and not settings.text_model:
            raise ValueError(
                tr(
                    "There is no text model of yours yet: train one in the Script area "
                    "(Train my text model…) or choose another writer."
                )
            )
        return QuickRequest(
            topic=topic,
            out=out,
            lang=str(self.lang_combo.currentData()),
            preset=str(self.preset_combo.currentData()),
            provider=provider,
            structure=self.structure_combo.currentData(),
            seed=self.seed_spin.value(),
            seconds=float(self.length_combo.currentData()),
            model=model or DEFAULT_MODEL_REF,
            variants=self.variants_spin.value(),
            llm_url=settings.llm_url or DEFAULT_LLM_URL,
            llm_model=settings.llm_model or DEFAULT_LLM_MODEL,
            text_model=settings.text_model,
            host=str(self.host_combo.currentData()),
        )

    # -- the run ----------------------------------------------------------------------

    def make(self) -> None:
        """Make my short: check the fields, then run the pipeline as an engine job."""
        if self.job is not None or self.engine is None:
            return
        try:
            request = self.request()
            request.out.parent.mkdir(parents=True, exist_ok=True)
        except ValueError as error:
            self.status.setText(str(error))
            self.topic_edit.setFocus()
            return
        except OSError as error:
            self.status.setText(
                tr(
                    "Cannot create the folder {folder} ({reason}); choose another place to save."
                ).format(folder=Path(self.out_edit.text()).parent, reason=error.strerror or error)
            )
            return
        self._remember(request)
        self._clear_results()
        self._running, self._started = request, time.time()
        self.status.setText(tr("Making “{topic}”…").format(topic=request.topic))
        self.progress.setValue(0)
        self.progress.setFormat(tr("Starting…"))
        self.progress.setVisible(True)
        self.eta.reset()
        self._set_running(True)
        self.job = self.engine.start_job(tr("Make my short"), quick_job(request))
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(self._on_cancelled)

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.stop_button.setEnabled(False)
            self.status.setText(tr("Stopping at the next step…"))

    def _set_running(self, running: bool) -> None:
        self.inputs.setEnabled(not running)
        self.make_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def _on_progress(self, fraction: float, message: str) -> None:
        done = int(fraction * PROGRESS_STEPS)
        self.progress.setValue(done)
        left = self.eta.seconds_left(done, PROGRESS_STEPS, time.monotonic())
        about = ""
        if left is not None:
            about = tr(" · about {time} left").format(time=format_duration(left))
        self.progress.setFormat((message or "%p%") + about)

    def _on_finished(self, result: QuickResult) -> None:
        self.job = None
        self._set_running(False)
        self.result = result
        self.progress.setValue(PROGRESS_STEPS)
        self.progress.setFormat(tr("Done"))
        count = len(result.videos)
        made = tr("Made 1 video in {time}:") if count == 1 else tr("Made {count} videos in {time}:")
        self.status.setText(made.format(count=count, time=format_duration(result.seconds_taken)))
        for video in result.videos:
            self._add_result_row(video)
        self.open_button.setVisible(bool(result.projects))
        self._next_free_name()

    def _next_free_name(self) -> None:
        # Another press of Make my short must not overwrite what was just made.
        if not self._out_was_typed:
            self._follow_topic(self.topic_edit.text())

    def _on_failed(self, message: str) -> None:
        # The pipeline's own sentence is the message, without the job's "… failed:".
        reason = self.job.failure_reason if self.job is not None else message
        self.job = None
        self._set_running(False)
        self.progress.setVisible(False)
        self.status.setText(reason or message)

    def _on_cancelled(self) -> None:
        self.job = None
        self._set_running(False)
        self.progress.setVisible(False)
        kept = self._finished_before_stop()
        if not kept.videos:
            self.status.setText(
                tr("Stopped before the short was finished; no unfinished video was kept.")
            )
            return
        # Variants finished before the stop are whole files: offer them like a full run.
        self.result = kept
        self.status.setText(
            tr(
                "Stopped. {finished} of {variants} videos were finished before the stop and "
                "are kept:"
            ).format(
                finished=len(kept.videos),
                variants=self._running.variants if self._running else 0,
            )
        )
        for video in kept.videos:
            self._add_result_row(video)
        self.open_button.setVisible(True)
        self._next_free_name()

    def _finished_before_stop(self) -> QuickResult:
        """The variants of the stopped run whose MP4 and project were both written by it."""
        kept = QuickResult(videos=[], projects=[], seconds_taken=time.time() - self._started)
        request = self._running
        for variant in range(1, (request.variants if request else 0) + 1):
            video, folder = variant_paths(request.out, variant)
            try:
                fresh = video.stat().st_mtime >= self._started - 1  # coarse file clocks
            except OSError:
                break  # variants are made in order: none after this one was finished
            if not (fresh and folder.is_dir()):
                break
            kept.videos.append(video)
            kept.projects.append(folder)
        return kept

    def _add_result_row(self, video: Path) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(str(video))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line.addWidget(label, 1)
        show = button(tr("Show in folder"), tr("Open the folder holding this video"), icon="folder")
        show.clicked.connect(lambda _checked=False, path=video: show_in_folder(path))
        line.addWidget(show)
        self.results.addWidget(row)

    def _clear_results(self) -> None:
        self.result = None
        self.open_button.setVisible(False)
        while self.results.count():
            widget = self.results.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def result_rows(self) -> list[str]:
        """The listed videos' paths, as shown (tests and screen readers)."""
        rows = []
        for index in range(self.results.count()):
            widget = self.results.itemAt(index).widget()
            if widget is not None:
                rows.append(widget.findChild(QLabel).text())
        return rows

    def open_on_timeline(self) -> None:
        """Open variant 1's project in the window and step aside so the timeline shows
        (the window keeps this dialog: File ▸ New Short from Idea… brings the list back)."""
        if self.result is not None and self.result.projects:
            self.sig_open_project.emit(str(self.result.projects[0]))
            self.hide()

    def _remember(self, request: QuickRequest) -> None:
        remember_choices(
            {
                "lang": request.lang,
                "structure": request.structure,
                "seconds": int(request.seconds),
                "preset": request.preset,
                "model": self.model_edit.text().strip(),
                "seed": request.seed,
                "variants": request.variants,
                "host": request.host,
            }
        )

    def closeEvent(self, event) -> None:
        # Closing the window stops the short (the pipeline leaves no half-written file).
        self.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape closes the window too, and must stop the short just like Close.
        self.stop()
        super().reject()

    def wait_for_job(self, timeout_ms: int = 10_000) -> None:
        """Block until the job's thread ends (tests and application shutdown)."""
        if self.job is not None:
            self.job.wait(timeout_ms)
