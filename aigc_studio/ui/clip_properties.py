"""The side pane of the Timeline: the selected clip's properties, each change undoable.

Every change is one project command (SetClipProperties, MoveClips for the start, TrimClip
for the length). A slider drag commits once, on release; quick repeats on one field (arrow
keys on a slider, spin box steps) merge into the undo step before them, so Undo takes the
whole adjustment back rather than one notch.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.project.clips import MAX_TALK_STRENGTH, PIP_CORNERS
from aigc_studio.project.commands import (
    ClipNotFound,
    Command,
    MoveClips,
    SetClipProperties,
    TrimClip,
    find_clip,
)
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.host_commands import SetTalkSettings
from aigc_studio.project.model import (
    AudioClip,
    CaptionClip,
    Clip,
    ImageClip,
    LatentWalkClip,
    VideoFileClip,
)
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.undo import DocumentCommand
from aigc_studio.ui.widgets import hint

MERGE_ID = 0x5C11  # QUndoCommand.id() of property changes that may merge
MERGE_WINDOW_S = 2.0  # a change this soon after the last one to the same field merges


def fit_choices() -> tuple[tuple[str, str], ...]:
    """(value, what the Framing menu says) for each way a picture fills the frame."""
    return (("fit", tr("Fit")), ("fill", tr("Fill")), ("ken_burns", tr("Ken Burns")))


def transition_choices() -> tuple[tuple[str, str], ...]:
    """(value, what the Transition menu says) for each way a clip enters."""
    return (("none", tr("Cut")), ("crossfade", tr("Crossfade")), ("slide", tr("Slide in")))


def corner_name(corner: str) -> str:
    """'top-left' as the studio says it: 'Top left'."""
    names = {
        "top-left": tr("Top left"),
        "top-right": tr("Top right"),
        "bottom-left": tr("Bottom left"),
        "bottom-right": tr("Bottom right"),
    }
    return names.get(corner, corner.replace("-", " ").capitalize())


def pip_choices() -> tuple[tuple[str, str], ...]:
    """(value, what the Placement menu says): full frame, then each corner."""
    return (("", tr("Full frame")),) + tuple((c, corner_name(c)) for c in PIP_CORNERS)


def kind_title(kind: str) -> str:
    """The pane's title for a clip of ``kind``."""
    titles = {
        "latent_walk": tr("Latent walk"),
        "image": tr("Image"),
        "video_file": tr("Video file"),
        "caption": tr("Caption"),
        "audio": tr("Sound"),
    }
    return titles.get(kind, tr("Clip"))


class MergingCommand(DocumentCommand):
    """A property change that absorbs the next change to the same field of the same clip
    (within MERGE_WINDOW_S), so one adjustment is one undo step."""

    def __init__(self, document: ProjectDocument, command: Command, key: tuple) -> None:
        super().__init__(document, command)
        self.key = key
        self.commands = [command]
        self.stamp = time.monotonic()

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MergingCommand) or other.key != self.key:
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.commands.extend(other.commands)
        self.stamp = other.stamp
        return True

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        for command in self.commands:
            self.document.apply(command)

    def undo(self) -> None:
        for command in reversed(self.commands):
            self.document.revert(command)


class CaptionTextEdit(QPlainTextEdit):
    """A caption's words, over several lines; applied when focus leaves or on Ctrl+Enter."""

    sig_committed = Signal(str)
    """The user finished editing; carries the text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def focusOutEvent(self, event) -> None:
        self.sig_committed.emit(self.toPlainText())
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.sig_committed.emit(self.toPlainText())
            return
        super().keyPressEvent(event)


class ClipPropertiesPane(QWidget):
    sig_status = Signal(str)
    """A change was refused; carries the sentence saying why."""

    def __init__(self, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.clip_id: str | None = None
        self.setMinimumWidth(250)
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel(tr("Clip properties"))
        self.title.setObjectName("sectionTitle")
        root.addWidget(self.title)
        self.empty_hint = hint(tr("Select a clip to see and change its properties."))
        root.addWidget(self.empty_hint)
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 4, 0, 0)
        root.addWidget(self.form_widget)
        root.addStretch(1)
        self._build_editors()
        document.add_listener(self.refresh)
        self.show_clip(None)

    # -- editors ----------------------------------------------------------------------

    def _spin(self, low: float, high: float, step: float, suffix: str, decimals: int = 2):
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)  # typing commits on Enter or focus loss, not per key
        return spin

    def _build_editors(self) -> None:
        self.start_spin = self._spin(0.0, 36_000.0, 0.1, " s")
        self.duration_spin = self._spin(0.04, 36_000.0, 0.1, " s")
        self.text_edit = CaptionTextEdit()
        self.fit_combo = QComboBox()
        for value, label in fit_choices():
            self.fit_combo.addItem(label, value)
        self.zoom_spin = self._spin(1.0, 3.0, 0.05, "×")
        self.opacity_slider, opacity_row, self.opacity_label = self._slider(0, 100, "%")
        self.speed_spin = self._spin(1 / 16, 16.0, 0.25, "×", decimals=3)
        self.transition_combo = QComboBox()
        for value, label in transition_choices():
            self.transition_combo.addItem(label, value)
        self.transition_spin = self._spin(0.0, 10.0, 0.1, " s")
        self.volume_spin = self._spin(0.0, 4.0, 0.1, "×")
        self.gain_slider, gain_row, self.gain_label = self._slider(-60, 12, " dB")
        self.fade_in_spin = self._spin(0.0, 60.0, 0.1, " s")
        self.fade_out_spin = self._spin(0.0, 60.0, 0.1, " s")
        self.loop_check = QCheckBox(tr("Repeat"))  # the row says Loop; its tip says more
        self.talk_strength_spin = self._spin(0.0, MAX_TALK_STRENGTH, 0.1, "")
        self.pip_combo = QComboBox()
        for value, label in pip_choices():
            self.pip_combo.addItem(label, value)
        self.rows: dict[str, QWidget] = {}
        for name, label, widget, tip in (
            ("start", tr("Start"), self.start_spin, tr("Where the clip begins on the timeline")),
            ("duration", tr("Length"), self.duration_spin, tr("How long the clip plays")),
            (
                "text",
                tr("Text"),
                self.text_edit,
                tr("The caption's words (applied on leaving the box, or Ctrl+Enter)"),
            ),
            (
                "fit",
                tr("Framing"),
                self.fit_combo,
                tr("Fit: the whole picture; Fill: crop to the frame; Ken Burns: fill and zoom"),
            ),
            (
                "ken_burns_zoom",
                tr("Zoom"),
                self.zoom_spin,
                tr("How far Ken Burns zooms in by the end"),
            ),
            (
                "opacity",
                tr("Opacity"),
                opacity_row,
                tr("0% invisible, 100% covers the tracks below"),
            ),
            ("speed", tr("Speed"), self.speed_spin, tr("Source seconds per timeline second")),
            ("transition", tr("Transition"), self.transition_combo, tr("How the clip enters")),
            ("transition_duration", tr("Transition length"), self.transition_spin, ""),
            (
                "volume",
                tr("Own sound"),
                self.volume_spin,
                tr("Loudness of the video file's own sound"),
            ),
            ("gain_db", tr("Gain"), gain_row, tr("Loudness change in decibels")),
            ("fade_in", tr("Fade in"), self.fade_in_spin, tr("Seconds to rise from silence")),
            ("fade_out", tr("Fade out"), self.fade_out_spin, tr("Seconds to fall to silence")),
            ("loop", tr("Loop"), self.loop_check, tr("Repeat the sound to fill the clip")),
            (
                "talk_strength",
                tr("Mouth strength"),
                self.talk_strength_spin,
                tr("How far the virtual host's mouth moves on the loudest sound (0: still)"),
            ),
            ("pip", tr("Placement"), self.pip_combo, tr("Full frame, or small in a corner")),
        ):
            widget.setToolTip(tip)
            self.form.addRow(label, widget)
            self.rows[name] = widget

        self.start_spin.valueChanged.connect(self._start_changed)
        self.duration_spin.valueChanged.connect(self._duration_changed)
        self.text_edit.sig_committed.connect(lambda text: self._set("text", text, merge=False))
        self.fit_combo.activated.connect(lambda: self._set("fit", self.fit_combo.currentData()))
        self.zoom_spin.valueChanged.connect(lambda v: self._set("ken_burns_zoom", v))
        self._connect_slider(self.opacity_slider, "opacity", lambda v: v / 100.0)
        self.speed_spin.valueChanged.connect(lambda v: self._set("speed", v))
        self.transition_combo.activated.connect(
            lambda: self._set("transition", self.transition_combo.currentData())
        )
        self.transition_spin.valueChanged.connect(lambda v: self._set("transition_duration", v))
        self.volume_spin.valueChanged.connect(lambda v: self._set("volume", v))
        self._connect_slider(self.gain_slider, "gain_db", float)
        self.fade_in_spin.valueChanged.connect(lambda v: self._set("fade_in", v))
        self.fade_out_spin.valueChanged.connect(lambda v: self._set("fade_out", v))
        self.loop_check.toggled.connect(lambda on: self._set("loop", bool(on), merge=False))
        self.talk_strength_spin.valueChanged.connect(self._talk_strength_changed)
        self.pip_combo.activated.connect(
            lambda: self._set("pip", self.pip_combo.currentData(), merge=False)
        )

    def _slider(self, low: int, high: int, unit: str) -> tuple[QSlider, QWidget, QLabel]:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        label = QLabel()
        label.setMinimumWidth(52)  # fixed, so a drag never relays the form
        label.setProperty("unit", unit)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(slider, 1)
        layout.addWidget(label)
        slider.valueChanged.connect(lambda v: label.setText(f"{v}{unit}"))
        return slider, row, label

    def _connect_slider(self, slider: QSlider, field: str, convert: Callable) -> None:
        # While the knob is held only the label follows; the release commits once.
        slider.sliderReleased.connect(lambda: self._set(field, convert(slider.value())))
        slider.valueChanged.connect(
            lambda v: None if slider.isSliderDown() else self._set(field, convert(v))
        )

    # -- showing a clip ---------------------------------------------------------------

    def show_clip(self, clip_id: str | None) -> None:
        self.clip_id = clip_id
        self.refresh()

    def _clip(self) -> Clip | None:
        if self.clip_id is None:
            return None
        try:
            return find_clip(self.document.project, self.clip_id)[2]
        except ClipNotFound:
            return None

    def refresh(self) -> None:
        """Show the clip's current values (after a change, an undo, a new selection)."""
        clip = self._clip()
        self.empty_hint.setVisible(clip is None)
        self.form_widget.setVisible(clip is not None)
        if clip is None:
            self.title.setText(tr("Clip properties"))
            return
        self.title.setText(kind_title(clip.kind))
        visual = isinstance(clip, LatentWalkClip | ImageClip | VideoFileClip)
        shown = {
            "start": True,
            "duration": True,
            "text": isinstance(clip, CaptionClip),
            "fit": visual,
            "ken_burns_zoom": visual,
            "opacity": visual,
            "speed": isinstance(clip, LatentWalkClip | VideoFileClip),
            "transition": visual,
            "transition_duration": visual,
            "volume": isinstance(clip, VideoFileClip),
            "gain_db": isinstance(clip, AudioClip),
            "fade_in": isinstance(clip, AudioClip),
            "fade_out": isinstance(clip, AudioClip),
            "loop": isinstance(clip, AudioClip),
            # A virtual host's controls (and the corner of any picture-in-picture clip).
            "talk_strength": isinstance(clip, LatentWalkClip) and clip.talk is not None,
            "pip": visual and (bool(clip.pip) or getattr(clip, "talk", None) is not None),
        }
        for name, visible in shown.items():
            self.form.setRowVisible(self.rows[name], visible)
        values: dict[str, object] = {"start": clip.start, "duration": clip.duration}
        if shown["talk_strength"]:
            values["talk_strength"] = clip.talk.strength  # type: ignore[union-attr]
        values.update({k: getattr(clip, k) for k, on in shown.items() if on and k not in values})
        self._show_values(values)
        if visual:
            self.zoom_spin.setEnabled(clip.fit == "ken_burns")
            self.transition_spin.setEnabled(clip.transition != "none")

    def _show_values(self, values: dict[str, object]) -> None:
        for name, value in values.items():
            widget = self.rows[name]
            editor = {"opacity": self.opacity_slider, "gain_db": self.gain_slider}.get(name, widget)
            editor.blockSignals(True)
            if isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value))
            elif isinstance(editor, QSlider):
                number = round(float(value) * (100 if name == "opacity" else 1))
                editor.setValue(number)
                label = self.opacity_label if name == "opacity" else self.gain_label
                label.setText(f"{number}{label.property('unit')}")
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != value:
                    editor.setPlainText(str(value))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            editor.blockSignals(False)

    # -- changes ----------------------------------------------------------------------

    def _set(self, field: str, value: object, merge: bool = True) -> None:
        clip = self._clip()
        if clip is None or getattr(clip, field, None) == value:
            return
        project = self.document.project
        self._push(lambda: SetClipProperties(project, clip.id, {field: value}), field, merge)

    def _talk_strength_changed(self, value: float) -> None:
        clip = self._clip()
        talk = getattr(clip, "talk", None)
        if clip is None or talk is None or abs(talk.strength - value) < 1e-9:
            return
        changed = dataclasses.replace(talk, strength=float(value))
        project = self.document.project
        self._push(lambda: SetTalkSettings(project, clip.id, changed), "talk_strength", True)

    def _start_changed(self, value: float) -> None:
        clip = self._clip()
        if clip is not None and abs(clip.start - value) > 1e-9:
            project = self.document.project
            self._push(lambda: MoveClips(project, [(clip.id, value, None)]), "start", True)

    def _duration_changed(self, value: float) -> None:
        clip = self._clip()
        if clip is not None and abs(clip.duration - value) > 1e-9:
            project = self.document.project
            self._push(lambda: TrimClip(project, clip.id, clip.start, value), "duration", True)

    def _push(self, make: Callable[[], Command], field: str, merge: bool) -> None:
        try:
            command = make()
            self.document.apply(command)
        except (ValueError, LookupError) as error:
            self.sig_status.emit(str(error)[:1].upper() + str(error)[1:])
            self.refresh()  # put the editor back to the clip's real value
            return
        if merge:
            key = (self.clip_id, field)
            self.undo_stack.push(MergingCommand(self.document, command, key))
        else:
            self.undo_stack.push(DocumentCommand(self.document, command))
