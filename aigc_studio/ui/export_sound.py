"""The Export area's "Sound and captions" group: how loud the mix is and how loud the
export will make it (measured in the engine), the loudness and ducking choices, and the
caption look. Every change is an undoable project command; undo puts the controls back."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.jobs import Job
from aigc_studio.engine.sound_tasks import loudness_job
from aigc_studio.media.captions import CAPTION_PRESETS, DEFAULT_PRESET
from aigc_studio.media.loudness import SILENCE
from aigc_studio.media.mix import MixLoudness, sounding_clips
from aigc_studio.project.command_base import Command
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import Project
from aigc_studio.project.sound_commands import SetSoundSettings, caption_settings_command
from aigc_studio.ui.clip_properties import MergingCommand
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.undo import DocumentCommand

MEASURE_DELAY_MS = 400  # quiet time after the last edit before the mix is measured again
TARGET_RANGE = (-23.0, -9.0)  # LUFS: broadcast (EBU R128) .. the loudest platforms accept
DUCK_RANGE = (-30.0, 0.0)  # dB the music drops under narration; 0 = no ducking
MAX_CHARS_PER_LINE = 80  # what a project file accepts (project.sound_settings)
# The readout's fixed sentences in English (tests compare with them); shown through
# no_sound_text(), silent_text() and measuring_text(), which translate them.
NO_SOUND = "No sound on the timeline"
SILENT = "The timeline's sound clips are silent: nothing to normalise"
MEASURING = "Measuring the mix…"
MERGE_KEY = "project-sound"  # first part of MergingCommand keys (clip keys use a clip id)


def no_sound_text() -> str:
    return tr("No sound on the timeline")


def silent_text() -> str:
    return tr("The timeline's sound clips are silent: nothing to normalise")


def measuring_text() -> str:
    return tr("Measuring the mix…")


def style_words(name: str) -> str:
    """A caption preset in words; a preset missing here (added later) shows its own name."""
    words = {
        "outline": tr("White with a black outline"),
        "box": tr("White on a dark box"),
        "yellow": tr("Big yellow (variety show)"),
        "minimal": tr("Small, with a soft shadow"),
        "top": tr("Outlined, near the top"),
    }
    return words.get(name, name.capitalize())


def readout_text(plan: MixLoudness | None, normalise: bool) -> str:
    """What the group says of a measured mix (None: nothing on the timeline sounds)."""
    if plan is None:
        return no_sound_text()
    before, after = plan.before, plan.after
    if before.integrated_lufs == SILENCE:
        return silent_text()
    text = tr("Mix: {lufs:.1f} LUFS, peak {peak:.1f} dBTP").format(
        lufs=before.integrated_lufs, peak=before.true_peak_dbtp
    )
    if not normalise:
        return tr("{mix} → exported as it is (normalising is off)").format(mix=text)
    if plan.limited:
        export = tr("{mix} → export at {lufs:.1f} LUFS, peak {peak:.1f} dBTP, peaks limited")
    else:
        export = tr("{mix} → export at {lufs:.1f} LUFS, peak {peak:.1f} dBTP")
    return export.format(mix=text, lufs=after.integrated_lufs, peak=after.true_peak_dbtp)


def _mix_key(project: Project, document: ProjectDocument) -> tuple:
    """Everything the measurement depends on: a change elsewhere (a caption, the script's
    title) does not measure the mix again."""
    return (
        repr(sounding_clips(project)),
        repr(project.sound),
        project.duration,
        document.path,
    )


class ExportSoundGroup(QGroupBox):
    """Loudness readout, sound-mix choices and caption look of the open project."""

    def __init__(
        self, engine: Engine, document: ProjectDocument, undo_stack: QUndoStack, parent=None
    ) -> None:
        super().__init__(tr("Sound and captions"), parent)
        self.engine = engine
        self.document = document
        self.undo_stack = undo_stack
        self.job: Job | None = None  # the measurement running now, if any
        self.plan: MixLoudness | None = None  # the last measurement's figures
        self._measured_key: tuple | None = None  # what the readout (or job) is for
        self._project = document.project  # New / Open replace it: old edits must go
        self._timer = QTimer(self)  # debounces measurements while the creator edits
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._measure)
        self._build()
        self._sync_controls()
        document.add_listener(self._on_document_changed)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setHorizontalSpacing(12)
        self.readout_label = QLabel(measuring_text())
        self.readout_label.setWordWrap(True)
        self.readout_label.setToolTip(
            tr(
                "Integrated loudness (ITU-R BS.1770) and true peak of the timeline's mix, and "
                "what the exported file will measure"
            )
        )
        form.addRow(tr("Loudness"), self.readout_label)

        sound_row = QHBoxLayout()
        self.normalise_check = QCheckBox(tr("Normalise to"))
        self.normalise_check.setToolTip(
            tr(
                "Bring the mix to the loudness target on export; platforms turn loud videos "
                "down and leave quiet ones quiet"
            )
        )
        self.normalise_check.toggled.connect(self._on_normalise)
        sound_row.addWidget(self.normalise_check)
        self.target_spin = _spin(*TARGET_RANGE, 0.5, " LUFS")
        self.target_spin.setToolTip(
            tr("Loudness target: -14 LUFS is what short-video platforms use")
        )
        self.target_spin.valueChanged.connect(self._on_target)
        sound_row.addWidget(self.target_spin)
        sound_row.addSpacing(16)
        sound_row.addWidget(QLabel(tr("Music under voice")))
        self.duck_spin = _spin(*DUCK_RANGE, 1.0, " dB")
        self.duck_spin.setToolTip(
            tr("How far the music drops while the narration speaks; 0 dB keeps it level")
        )
        self.duck_spin.valueChanged.connect(self._on_duck)
        sound_row.addWidget(self.duck_spin)
        sound_row.addStretch(1)
        form.addRow(tr("Sound"), sound_row)

        caption_row = QHBoxLayout()
        self.style_combo = QComboBox()
        for name in CAPTION_PRESETS:
            self.style_combo.addItem(style_words(name), name)
        self.style_combo.setToolTip(tr("The look of the burned-in captions"))
        self.style_combo.currentIndexChanged.connect(self._on_style)
        caption_row.addWidget(self.style_combo)
        self.chars_spin = QSpinBox()
        self.chars_spin.setRange(0, MAX_CHARS_PER_LINE)
        self.chars_spin.setSpecialValueText(tr("Style's line length"))
        self.chars_spin.setSuffix(tr(" characters a line"))
        self.chars_spin.setToolTip(
            tr(
                "Longest caption line in Latin characters (a Chinese character counts two); "
                "0 keeps the style's own"
            )
        )
        self.chars_spin.valueChanged.connect(self._on_chars)
        caption_row.addWidget(self.chars_spin)
        self.karaoke_check = QCheckBox(tr("Karaoke"))
        self.karaoke_check.setToolTip(tr("Colour the words as they are spoken"))
        self.karaoke_check.toggled.connect(self._on_karaoke)
        caption_row.addSpacing(16)
        caption_row.addWidget(self.karaoke_check)
        caption_row.addStretch(1)
        form.addRow(tr("Captions"), caption_row)

    # -- the project -> the controls -----------------------------------------------------

    def _on_document_changed(self) -> None:
        if self.document.project is not self._project:
            # Commands of the old project cannot be undone in the new one (the window
            # clears its own stack too; clearing twice is harmless).
            self._project = self.document.project
            self.undo_stack.clear()
        self._sync_controls()
        if _mix_key(self.document.project, self.document) != self._measured_key:
            self._schedule(MEASURE_DELAY_MS)

    def _sync_controls(self) -> None:
        """Show the project's settings (after an edit, an undo, or another project)."""
        sound, captions = self.document.project.sound, self.document.project.captions
        style = self.style_combo.findData(captions.style.strip().lower())
        values: list[tuple[QWidget, Any]] = [
            (self.normalise_check, sound.normalise),
            (self.target_spin, sound.loudness_target),
            (self.duck_spin, sound.duck_db),
            (self.style_combo, style if style >= 0 else self.style_combo.findData(DEFAULT_PRESET)),
            (self.chars_spin, captions.max_chars_per_line),
            (self.karaoke_check, captions.karaoke),
        ]
        for widget, value in values:
            widget.blockSignals(True)  # showing the state is not an edit
            if isinstance(widget, QCheckBox):
                widget.setChecked(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(value)
            else:
                widget.setValue(value)  # type: ignore[attr-defined]
            widget.blockSignals(False)
        self.target_spin.setEnabled(sound.normalise)

    # -- the controls -> commands --------------------------------------------------------

    def _on_normalise(self, on: bool) -> None:
        self._set_sound("normalise", on, merge=False)

    def _on_target(self, value: float) -> None:
        self._set_sound("loudness_target", value, merge=True)

    def _on_duck(self, value: float) -> None:
        self._set_sound("duck_db", value, merge=True)

    def _on_style(self) -> None:
        self._set_captions("style", str(self.style_combo.currentData()), merge=False)

    def _on_chars(self, value: int) -> None:
        self._set_captions("max_chars_per_line", value, merge=True)

    def _on_karaoke(self, on: bool) -> None:
        self._set_captions("karaoke", on, merge=False)

    def _set_sound(self, field: str, value: Any, merge: bool) -> None:
        project = self.document.project
        changed = replace(project.sound, **{field: value})
        if changed != project.sound:
            self._push(SetSoundSettings(project, changed), field, merge)

    def _set_captions(self, field: str, value: Any, merge: bool) -> None:
        project = self.document.project
        changed = replace(project.captions, **{field: value})
        if changed != project.captions:
            self._push(caption_settings_command(project, changed), field, merge)

    def _push(self, command: Command, field: str, merge: bool) -> None:
        """Apply and record; a spin box's steps within a moment merge into one undo step."""
        self.document.apply(command)
        if merge:
            self.undo_stack.push(MergingCommand(self.document, command, (MERGE_KEY, field)))
        else:
            self.undo_stack.push(DocumentCommand(self.document, command))

    # -- measuring -----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if _mix_key(self.document.project, self.document) != self._measured_key:
            self._schedule(0)  # the area was opened: measure now, not after a delay

    def _schedule(self, delay_ms: int) -> None:
        if self.isVisible():
            self._timer.start(delay_ms)
        # Hidden: nothing is measured until the area is shown (showEvent asks again).

    def _measure(self) -> None:
        if self.job is not None:
            self.job.cancel()  # its figures are for a mix that no longer exists
            self.job = None
        project = self.document.project
        self._measured_key = _mix_key(project, self.document)
        # A snapshot: the job reads it in another thread while the creator goes on editing.
        snapshot = Project.from_dict(project.to_dict())
        function = loudness_job(snapshot, snapshot.duration, self.document.path)
        self.readout_label.setText(measuring_text())
        job = self.engine.start_job(tr("Measuring the mix"), function)
        # Bound methods of this widget, so the slots run on the GUI thread (queued).
        job.sig_finished.connect(self._on_measured)
        job.sig_failed.connect(self._on_failed)
        self.job = job

    def _on_measured(self, plan: MixLoudness | None) -> None:
        if self.sender() is not self.job:
            return  # a stale measurement that finished before it saw the cancel
        self.job = None
        self.plan = plan
        self.readout_label.setText(readout_text(plan, self.document.project.sound.normalise))

    def _on_failed(self, message: str) -> None:
        if self.sender() is not self.job:
            return
        self.job = None
        self.plan = None
        self._measured_key = None  # measure again after the next edit
        self.readout_label.setText(message)


def _spin(low: float, high: float, step: float, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    return spin
