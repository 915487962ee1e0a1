"""Export: render the project to a vertical MP4 in the engine, with progress and cancel."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.jobs import Job
from aigc_studio.engine.tasks import ExportNotice, export_job
from aigc_studio.media.captions import missing_glyphs
from aigc_studio.media.export import AI_LABEL_POSITIONS, ExportSettings
from aigc_studio.media.presets import (
    DEFAULT_PRESET,
    DEFAULT_QUALITY,
    PRESETS,
    QUALITIES,
    Preset,
    duration_warning,
    preset_named,
    preset_settings,
)
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import CaptionClip, Project
from aigc_studio.ui.eta import EtaEstimator, format_duration
from aigc_studio.ui.export_advanced import AdvancedExportPane, AdvancedValues
from aigc_studio.ui.export_sound import ExportSoundGroup
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.settings import Settings, save_settings
from aigc_studio.ui.widgets import (
    browse_row,
    button,
    format_seconds,
    hint,
    panel_header,
)

if TYPE_CHECKING:
    from aigc_studio.keyframe_check import KeyframeCopy  # torch stays out of the GUI

# Scales: the project's own size, or a quick half-size draft for checking timing.
SIZES = (1, 2)
CUSTOM = "Custom"  # the preset combo's entry once the format is edited by hand
CUSTOM_QUALITY = "custom"  # the quality combo's entry once the CRF is edited by hand
AUTO_COVER_TIME = -0.5  # the cover time spin box's "Auto" value (its minimum)
MISSING_GLYPHS_SHOWN = 8  # characters the caption-font warning names before "…"


def size_label(scale: int) -> str:
    """The size menu's words for a scale."""
    return tr("Full quality") if scale == 1 else tr("Draft (half size)")


def preset_label(name: str) -> str:
    """A platform preset's name in the studio's language (presets keep English names: data)."""
    labels = {
        "Douyin": tr("Douyin"),
        "TikTok": tr("TikTok"),
        "YouTube Shorts": tr("YouTube Shorts"),
        "Instagram Reels": tr("Instagram Reels"),
        "Bilibili": tr("Bilibili"),
        "Square 1:1": tr("Square 1:1"),
        "Landscape 16:9": tr("Landscape 16:9"),
    }
    return labels.get(name, name)


def quality_label(quality: str, crf: int) -> str:
    labels = {"high": tr("High"), "standard": tr("Standard"), "small": tr("Small")}
    return tr("{quality} (CRF {crf})").format(
        quality=labels.get(quality, quality.capitalize()), crf=crf
    )


def position_label(position: str) -> str:
    """A corner's words (AI_LABEL_POSITIONS holds the values)."""
    labels = {
        "top-left": tr("Top left"),
        "top-right": tr("Top right"),
        "bottom-left": tr("Bottom left"),
        "bottom-right": tr("Bottom right"),
    }
    return labels.get(position, position.replace("-", " ").capitalize())


def caption_font_warning(project: Project) -> str:
    """A sentence naming the caption characters the bundled font would draw as boxes."""
    text = "".join(clip.text for clip in project.timeline.clips() if isinstance(clip, CaptionClip))
    missing = missing_glyphs(text)
    if not missing:
        return ""
    shown = " ".join(missing[:MISSING_GLYPHS_SHOWN]) + (
        " …" if len(missing) > MISSING_GLYPHS_SHOWN else ""
    )
    return tr(
        "The captions use characters the caption font does not have; they would show as "
        "empty boxes: {characters}. Replace them with more common ones."
    ).format(characters=shown)


def default_export_path() -> Path:
    """~/Videos/short.mp4 where a Videos folder exists, else ~/short.mp4."""
    videos = Path.home() / "Videos"
    return (videos if videos.is_dir() else Path.home()) / "short.mp4"


def _checked(text: str, tip: str) -> QCheckBox:
    """A check box that starts checked (the Export area's outputs are on by default)."""
    check = QCheckBox(text)
    check.setChecked(True)
    check.setToolTip(tip)
    return check


class ExportPanel(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self,
        engine: Engine,
        document: ProjectDocument,
        settings: Settings,
        parent=None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._eta = EtaEstimator()  # time left of the running export, from its pace so far
        self.engine = engine
        self.document = document
        self.settings = settings
        # Sound and caption choices are project edits: the window's stack, so Edit > Undo
        # reaches them (an area of its own keeps one when shown without a window).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.job: Job | None = None
        self._build()
        self._restore_choices()  # once every widget exists: choices refresh the summary
        document.add_listener(self._refresh_summary)
        self._refresh_summary()
        self._update_buttons()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 22, 28, 22)
        root.addWidget(
            panel_header(
                tr("Export"),
                tr(
                    "Render the timeline to a vertical MP4 ready for short-video platforms. "
                    "You can keep editing while it renders."
                ),
            )
        )
        box = QGroupBox(tr("Output"))
        form = QFormLayout(box)
        form.setHorizontalSpacing(12)
        self.path_edit = QLineEdit(self.settings.export_path or str(default_export_path()))
        self.path_edit.setPlaceholderText(tr("Where to write the .mp4"))
        self.path_edit.textChanged.connect(self._update_buttons)
        form.addRow(
            tr("File"), browse_row(self.path_edit, tr("Choose the output file"), self._browse)
        )
        self.preset_combo = QComboBox()
        for preset in PRESETS:
            size = f"{preset.width}×{preset.height}"
            if preset.max_seconds:
                size += tr(" · up to {minutes} min").format(minutes=int(preset.max_seconds) // 60)
            self.preset_combo.addItem(f"{preset_label(preset.name)} ({size})", preset.name)
        self.preset_combo.addItem(tr("Custom (see Advanced)"), CUSTOM)
        self.preset_combo.setCurrentIndex([p.name for p in PRESETS].index(DEFAULT_PRESET))
        self.preset_combo.setToolTip(tr("The platform's format: frame size, rate and length limit"))
        form.addRow(tr("Preset"), self.preset_combo)
        self.quality_combo = QComboBox()
        for quality, crf in QUALITIES.items():
            self.quality_combo.addItem(quality_label(quality, crf), quality)
        self.quality_combo.addItem(tr("Custom (see Advanced)"), CUSTOM_QUALITY)
        self.quality_combo.setCurrentIndex(list(QUALITIES).index(DEFAULT_QUALITY))
        self.quality_combo.setToolTip(tr("Higher quality makes a larger file"))
        self.quality_combo.setMaximumWidth(240)
        form.addRow(tr("Quality"), self.quality_combo)
        self.size_combo = QComboBox()
        for scale in SIZES:
            self.size_combo.addItem(size_label(scale), scale)
        self.size_combo.setToolTip(tr("A draft renders faster at half the width and height"))
        self.size_combo.setMaximumWidth(240)
        self.size_combo.currentIndexChanged.connect(self._refresh_summary)
        form.addRow(tr("Size"), self.size_combo)
        self.summary_label = QLabel()
        form.addRow(tr("Format"), self.summary_label)
        label_row = QHBoxLayout()
        self.ai_label_check = _checked(
            tr("Label as AI-generated"),
            tr(
                "A visible “AI生成 / AI-generated” mark in a corner and a statement in the "
                "file's metadata, as platforms and the rules on AI-generated content ask"
            ),
        )
        label_row.addWidget(self.ai_label_check)
        self.position_combo = QComboBox()
        for position in AI_LABEL_POSITIONS:
            self.position_combo.addItem(position_label(position), position)
        self.position_combo.setToolTip(tr("Which corner the mark sits in"))
        self.ai_label_check.toggled.connect(self.position_combo.setEnabled)
        label_row.addWidget(self.position_combo)
        label_row.addStretch(1)
        form.addRow(tr("AI label"), label_row)
        self.sidecars_check = _checked(
            tr("Write subtitles (.srt) and a description (.txt)"),
            tr(
                "Beside the MP4: the captions as SRT, and a title, description and hashtags "
                "from the script for the upload form"
            ),
        )
        form.addRow("", self.sidecars_check)
        cover_row = QHBoxLayout()
        self.cover_check = _checked(
            tr("Cover image (.cover.jpg) with the title, at"),
            tr(
                "Beside the MP4: a frame of the video with the project's name on it, for the "
                "platform's cover picker"
            ),
        )
        cover_row.addWidget(self.cover_check)
        self.cover_time_spin = QDoubleSpinBox()
        self.cover_time_spin.setRange(AUTO_COVER_TIME, 3600.0)
        self.cover_time_spin.setDecimals(1)
        self.cover_time_spin.setSingleStep(0.5)
        self.cover_time_spin.setSuffix(tr(" s"))
        self.cover_time_spin.setSpecialValueText(tr("Auto (1 s in)"))
        self.cover_time_spin.setValue(AUTO_COVER_TIME)
        self.cover_time_spin.setToolTip(tr("Which moment of the video the cover shows"))
        self.cover_check.toggled.connect(self.cover_time_spin.setEnabled)
        cover_row.addWidget(self.cover_time_spin)
        cover_row.addStretch(1)
        form.addRow(tr("Cover"), cover_row)
        self.advanced = AdvancedExportPane(self.engine)
        form.addRow(self.advanced)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_chosen)
        self.quality_combo.currentIndexChanged.connect(self._on_quality_chosen)
        self.advanced.sig_format_edited.connect(self._on_format_edited)
        self.advanced.sig_crf_edited.connect(self._on_crf_edited)
        self.advanced.sig_changed.connect(self._refresh_summary)
        self._on_preset_chosen()
        self._on_quality_chosen()
        root.addWidget(box)
        self.sound = ExportSoundGroup(self.engine, self.document, self.undo_stack)
        root.addWidget(self.sound)
        self.limit_label = QLabel()
        self.limit_label.setObjectName("warning")
        self.limit_label.setWordWrap(True)
        self.limit_label.hide()
        root.addWidget(self.limit_label)
        self.notice_label = QLabel()  # what the export says on the way (encoder fallback)
        self.notice_label.setObjectName("warning")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        root.addWidget(self.notice_label)

        buttons = QHBoxLayout()
        self.export_button = button(
            tr("Export"), tr("Render the project to the MP4 file"), True, icon="export"
        )
        self.export_button.clicked.connect(self.export)
        self.cancel_button = button(
            tr("Cancel"), tr("Stop the export; no file is left behind"), icon="stop"
        )
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        root.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        root.addWidget(self.progress)
        self.status_label = QLabel(tr("Ready to export."))
        self.status_label.setWordWrap(True)
        root.addWidget(self.status_label)
        self.originality_label = QLabel()
        self.originality_label.setObjectName("warning")
        self.originality_label.setWordWrap(True)
        self.originality_label.hide()
        root.addWidget(self.originality_label)
        root.addWidget(hint(tr("The file appears only when the export completes.")))
        root.addStretch(1)

    def _restore_choices(self) -> None:
        """The choices of the last export; anything unknown keeps its default."""
        settings = self.settings
        for combo, value in (
            (self.preset_combo, settings.export_preset),
            (self.quality_combo, settings.export_quality),
            (self.position_combo, settings.export_label_position),
        ):
            index = combo.findData(value) if value else -1
            if index >= 0:
                combo.setCurrentIndex(index)
        for check, value in (
            (self.ai_label_check, settings.export_ai_label),
            (self.sidecars_check, settings.export_sidecars),
            (self.cover_check, settings.export_cover),
        ):
            if value in ("on", "off"):
                check.setChecked(value == "on")
        try:
            self.cover_time_spin.setValue(float(settings.export_cover_time))
        except ValueError:
            pass  # "" or damaged: Auto
        try:
            saved = AdvancedValues.from_dict(json.loads(settings.export_advanced))
        except ValueError:
            saved = None
        if saved is not None:
            self.advanced.fill(**saved.to_dict())
            self._match_combos_to_values()

    def _remember_choices(self) -> None:
        settings = self.settings
        settings.export_preset = str(self.preset_combo.currentData())
        settings.export_quality = str(self.quality_combo.currentData())
        settings.export_label_position = str(self.position_combo.currentData())
        settings.export_ai_label = "on" if self.ai_label_check.isChecked() else "off"
        settings.export_sidecars = "on" if self.sidecars_check.isChecked() else "off"
        settings.export_cover = "on" if self.cover_check.isChecked() else "off"
        cover_time = self.cover_time
        settings.export_cover_time = "" if cover_time is None else f"{cover_time:g}"
        settings.export_advanced = json.dumps(self.advanced.values().to_dict())

    # -- presets and the Advanced pane ------------------------------------------------

    def _on_preset_chosen(self) -> None:
        """A platform preset fills the format; "Custom" keeps what is there."""
        preset = self.preset
        if preset is not None:
            base = preset_settings(preset)
            self.advanced.fill(
                width=base.width,
                height=base.height,
                fps=base.fps,
                speed=base.preset,
                audio_bitrate=base.audio_bitrate,
            )
        elif self.isVisible():
            self.advanced.set_expanded(True)  # the creator wants to set the format
        self._refresh_summary()

    def _on_quality_chosen(self) -> None:
        quality = str(self.quality_combo.currentData())
        if quality in QUALITIES:
            self.advanced.fill(crf=QUALITIES[quality])

    def _on_format_edited(self) -> None:
        self._match_combos_to_values()

    def _on_crf_edited(self) -> None:
        self._match_combos_to_values()

    def _match_combos_to_values(self) -> None:
        """The preset becomes Custom once the format differs from it, and the quality
        names the CRF's level or becomes custom."""
        values = self.advanced.values()
        preset = self.preset
        if preset is not None:
            base = preset_settings(preset)
            expected = (base.width, base.height, base.fps, base.preset, base.audio_bitrate)
            chosen = (values.width, values.height, values.fps, values.speed, values.audio_bitrate)
            if chosen != expected:
                self._set_quietly(self.preset_combo, CUSTOM)
        quality = next((q for q, crf in QUALITIES.items() if crf == values.crf), CUSTOM_QUALITY)
        self._set_quietly(self.quality_combo, quality)
        self._refresh_summary()

    @staticmethod
    def _set_quietly(combo: QComboBox, value: str) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(value))
        combo.blockSignals(False)

    # -- state ------------------------------------------------------------------------

    @property
    def preset(self) -> Preset | None:
        """The chosen platform preset; None for a custom format."""
        name = str(self.preset_combo.currentData() or DEFAULT_PRESET)
        return None if name == CUSTOM else preset_named(name)

    @property
    def output_size(self) -> tuple[int, int]:
        values = self.advanced.values()
        scale = int(self.size_combo.currentData() or 1)
        # Even sizes: H.264 in yuv420p needs them.
        return (values.width // scale) // 2 * 2, (values.height // scale) // 2 * 2

    @property
    def cover_time(self) -> float | None:
        """Seconds of the cover's frame; None for the automatic choice."""
        value = self.cover_time_spin.value()
        return None if value < 0 else value

    def export_settings(self) -> ExportSettings:
        """What the Export button would export with, as chosen in the area."""
        values = self.advanced.values()
        width, height = self.output_size
        return preset_settings(
            self.preset or DEFAULT_PRESET,
            DEFAULT_QUALITY,
            width=width,
            height=height,
            fps=values.fps,
            crf=values.crf,
            preset=values.speed,
            encoder=values.encoder,
            audio_bitrate=values.audio_bitrate,
            ai_label=self.ai_label_check.isChecked(),
            ai_label_position=str(self.position_combo.currentData()),
            sidecars=self.sidecars_check.isChecked(),
            cover=self.cover_check.isChecked(),
            cover_time=self.cover_time,
        )

    def _refresh_summary(self) -> None:
        if not hasattr(self, "limit_label"):
            return  # a preset filled the pane while the area was still being built
        project = self.document.project
        width, height = self.output_size
        self.summary_label.setText(
            tr("{width}×{height} · {fps} fps · H.264 + AAC · {duration}").format(
                width=width,
                height=height,
                fps=self.advanced.values().fps,
                duration=format_seconds(project.duration),
            )
        )
        preset = self.preset
        warnings = [duration_warning(project.duration, preset) if preset is not None else ""]
        warnings.append(caption_font_warning(project))
        text = "\n".join(w for w in warnings if w)
        self.limit_label.setText(text)
        self.limit_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.export_button.setEnabled(not running and bool(self.path_edit.text().strip()))
        self.cancel_button.setEnabled(running)
        self.path_edit.setEnabled(not running)
        for widget in (
            self.size_combo,
            self.preset_combo,
            self.quality_combo,
            self.ai_label_check,
            self.sidecars_check,
            self.cover_check,
            self.advanced.body,
        ):
            widget.setEnabled(not running)
        self.position_combo.setEnabled(not running and self.ai_label_check.isChecked())
        self.cover_time_spin.setEnabled(not running and self.cover_check.isChecked())

    def _browse(self) -> None:
        start = self.path_edit.text() or str(Path.home() / f"{self.document.project.name}.mp4")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export video"), start, tr("MP4 video") + " (*.mp4)"
        )
        if path:
            if not path.lower().endswith(".mp4"):
                path += ".mp4"
            self.path_edit.setText(path)

    # -- running ----------------------------------------------------------------------

    def export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        out_path = Path(text).expanduser()
        if out_path.suffix.lower() != ".mp4":
            out_path = out_path.with_name(out_path.name + ".mp4")
        project = self.document.project
        if project.duration <= 0:
            self._set_status(
                tr("Nothing to export yet: add a walk in Explore or scenes in Script.")
            )
            return
        if not out_path.parent.is_dir():
            self._set_status(
                tr("The folder {folder} does not exist; choose another.").format(
                    folder=out_path.parent
                )
            )
            return
        self.settings.export_path = str(out_path)
        self._remember_choices()
        save_settings(self.settings)
        self.progress.setValue(0)
        self._eta.reset()
        self.originality_label.hide()
        self.notice_label.hide()
        self._set_status(
            tr("Exporting {duration} of video…").format(duration=format_seconds(project.duration))
        )
        function = export_job(
            project, self.document.path, out_path, settings=self.export_settings()
        )
        self.job = self.engine.start_job(tr("Export"), function)
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_partial.connect(self._on_partial)
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_failed)
        self.job.sig_cancelled.connect(self._on_cancelled)
        self._update_buttons()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._set_status(tr("Cancelling…"))

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(round(fraction * 100)))
        # Per-mille steps: the estimator counts whole steps, the export reports fractions.
        left = self._eta.seconds_left(int(fraction * 1000), 1000, time.monotonic())
        eta = ""
        if left is not None:
            eta = tr(" · about {time} left").format(time=format_duration(left))
        if message and self.job is not None and not self.job.cancel_requested:
            self.status_label.setText(tr("Exporting… {step}").format(step=message) + eta)

    def _on_partial(self, value: object) -> None:
        if isinstance(value, ExportNotice):
            self.notice_label.setText(value.text)
            self.notice_label.show()
            self.sig_status.emit(value.text)
        else:
            self._on_keyframes_checked(value)  # type: ignore[arg-type]

    def _on_keyframes_checked(self, copies: list[KeyframeCopy]) -> None:
        """Say which keyframes look copied; the export itself goes on."""
        if not copies:
            return
        places = tr("; ").join(
            tr("walk at {start}, keyframe {keyframe} ≈ {image} (distance {distance:.2f})").format(
                start=format_seconds(c.clip_start),
                keyframe=c.keyframe,
                image=c.nearest.training_image,
                distance=c.nearest.distance,
            )
            for c in copies
        )
        if len(copies) == 1:
            sentence = tr(
                "1 keyframe very close to training images and may copy them: {places}. "
                "The export goes on; check it before you publish."
            )
            warning = tr("Warning: 1 keyframe may copy training images")
        else:
            sentence = tr(
                "{count} keyframes very close to training images and may copy them: {places}. "
                "The export goes on; check them before you publish."
            )
            warning = tr("Warning: {count} keyframes may copy training images")
        self.originality_label.setText(sentence.format(count=len(copies), places=places))
        self.originality_label.show()
        self.sig_status.emit(warning.format(count=len(copies)))

    def _on_finished(self, path) -> None:
        self.job = None
        self.progress.setValue(100)
        self._set_status(tr("Done! Your short is ready: {path}").format(path=path))
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self._set_status(message)
        self._update_buttons()

    def _on_cancelled(self) -> None:
        self.job = None
        self.progress.setValue(0)
        self._set_status(tr("Export cancelled; no file was written."))
        self._update_buttons()

    def _set_status(self, message: str) -> None:
        self.status_label.setText(message)
        self.sig_status.emit(message)
