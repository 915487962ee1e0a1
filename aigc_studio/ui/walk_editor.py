"""The walk editor: build a latent walk from explorer faces, time it, preview it, place it.

Keyframes sit on a strip in time order (ui/walk_strip.py); they can be added (the host
answers sig_keyframe_requested with the face on screen), dragged in time, deleted, spaced
evenly or put on the beats of a piece of music. Each segment has its own easing; the walk
is slerp or linear and may loop. "Preview" plays the walk in place at the project's frame
rate: a timer posts the latent of the frame due now (sig_preview_latent), and the preview
renderer keeps only the newest, so a slow render skips frames instead of queueing them.

The walk's maths live in gan/walk.py and are the same the export renders, so what the
preview plays is what the video shows. The widget does no tensor work: thumbnails come
from the engine's preview renderer and beats from a job.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.preview import ModelInfo
from aigc_studio.gan.walk import (
    EASINGS,
    Walk,
    beat_keyframe_times,
    even_times,
    frame_total,
    walk_latent_at,
)
from aigc_studio.media.beats import BeatAnalysis, analyse
from aigc_studio.project.commands import AddClip, ClipNotFound, ReplaceClip, find_clip
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import LatentWalkClip, new_clip_id
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.images import array_to_pixmap
from aigc_studio.ui.model_refs import model_ref_for
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.undo import push_command
from aigc_studio.ui.walk_beat_dialog import BeatSyncChoice, BeatSyncDialog
from aigc_studio.ui.walk_strip import THUMB, KeyframeStrip, StripContent
from aigc_studio.ui.widgets import button, format_seconds, hint

WALK_THUMBS = "walk-editor"  # first item of this editor's thumbnail keys
DEFAULT_FPS = 30  # frame rate of the preview when no project is connected


def easing_titles() -> dict[str, str]:
    """Each easing's name in the Easing menu."""
    return {
        "linear": tr("Linear"),
        "ease-in-out": tr("Ease in and out"),
        "ease-in": tr("Ease in (speed up)"),
        "ease-out": tr("Ease out (slow down)"),
    }


@dataclass
class _Keyframe:
    """One face of the walk: its latent, when the walk reaches it, and its thumbnail."""

    latent: np.ndarray  # (nz,) float32
    time: float  # seconds from the clip's start
    uid: int  # names its thumbnail requests
    face: QPixmap | None = None


class WalkEditor(QWidget):
    sig_add_to_timeline = Signal(object)
    """A new LatentWalkClip, ready to add to the video track."""
    sig_update_clip = Signal(object)
    """An edited LatentWalkClip with the id of the timeline clip it replaces."""
    sig_preview_latent = Signal(object)
    """A latent (nz,) float32 to show in the big preview while the walk plays."""
    sig_playing = Signal(bool)
    """The preview started (True) or stopped (False: the host may show its own face again)."""
    sig_keyframe_requested = Signal()
    """Add keyframe was pressed: the host answers with add_keyframe(current latent, classes)."""
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, engine: Engine, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.model: ModelInfo | None = None
        self.keyframes: list[_Keyframe] = []  # in time order
        self.easing: list[str] = []  # one per segment (one more when looping)
        self.labels: tuple[int, ...] = ()  # classes of a conditional model's walk
        self.selected: int | None = None
        self.editing: LatentWalkClip | None = None  # the timeline clip this walk came from
        self.document: ProjectDocument | None = None
        self.undo_stack = None
        self.beat_info = ""  # what the last beat sync found, shown under the strip
        self._even = True  # keyframes respaced evenly until one is moved by hand or synced
        # Seconds, exactly: the spin box shows it rounded, and a beat-synced length must not be.
        self._duration = 4.0
        self._next_uid = 0
        self._walk: Walk | None = None  # built once per edit, sampled by the preview
        self._updating = False  # set while code, not the user, changes the controls
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._shown_frame = -1
        self._beat_job = None  # the running beat analysis, if any
        self._beat_choice: BeatSyncChoice | None = None  # what it was asked for
        self._build()
        engine.preview.sig_thumbnail.connect(self._on_thumbnail)
        self._refresh()

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(tr("Latent walk"))
        root.addWidget(box)
        root.addStretch(1)  # extra height goes below the box, not between its rows
        layout = QVBoxLayout(box)
        layout.setSpacing(8)
        self.editing_label = QLabel()
        self.editing_label.setObjectName("hint")
        self.editing_label.hide()
        layout.addWidget(self.editing_label)
        self.strip = KeyframeStrip()
        self.strip.sig_selected.connect(self.select)
        self.strip.sig_dragged.connect(self.move_keyframe)
        self.strip.sig_drag_finished.connect(lambda _i: self._refresh())
        self.strip.sig_delete_requested.connect(self.delete_keyframe)
        layout.addWidget(self.strip)
        self.info_label = hint("")
        layout.addWidget(self.info_label)

        keys = QHBoxLayout()
        self.add_keyframe_button = button(
            tr("Add keyframe"),
            tr("Add the face in the preview as the walk's next keyframe"),
            icon="keyframe",
        )
        self.add_keyframe_button.clicked.connect(self.sig_keyframe_requested)
        self.delete_button = button(
            tr("Delete"), tr("Remove the selected keyframe (Delete key)"), icon="delete"
        )
        self.delete_button.clicked.connect(lambda: self.delete_keyframe(self.selected))
        self.even_button = button(
            tr("Space evenly"), tr("Spread the keyframes evenly over the clip"), icon="distribute"
        )
        self.even_button.clicked.connect(self.space_evenly)
        self.beats_button = button(
            tr("Sync to beats…"),
            tr("Put the keyframes on the beats of a piece of music"),
            icon="music",
        )
        self.beats_button.clicked.connect(self._choose_beats)
        for widget in (
            self.add_keyframe_button,
            self.delete_button,
            self.even_button,
            self.beats_button,
        ):
            keys.addWidget(widget)
        keys.addStretch(1)
        layout.addLayout(keys)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.duration_spin = QDoubleSpinBox()
        self.duration_spin.setRange(0.5, 600.0)
        self.duration_spin.setDecimals(2)
        self.duration_spin.setSingleStep(0.5)
        self.duration_spin.setValue(4.0)
        self.duration_spin.setSuffix(tr(" s"))
        self.duration_spin.setToolTip(tr("How long the walk lasts in the video"))
        self.duration_spin.valueChanged.connect(self._on_duration_changed)
        self.interpolation_combo = QComboBox()
        self.interpolation_combo.addItem(tr("Spherical (slerp)"), "slerp")
        self.interpolation_combo.addItem(tr("Linear"), "linear")
        self.interpolation_combo.setToolTip(
            tr("Spherical keeps faces in between as sharp as the keyframes; linear cuts across")
        )
        self.interpolation_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.easing_combo = QComboBox()
        titles = easing_titles()
        for name in EASINGS:
            self.easing_combo.addItem(titles.get(name, name), name)
        self.easing_combo.setToolTip(
            tr(
                "How the selected keyframe's face moves on to the next one; with none "
                "selected, every segment"
            )
        )
        self.easing_combo.currentIndexChanged.connect(self._on_easing_chosen)
        self.all_easing_button = button(
            tr("All segments"), tr("Use this easing for every segment"), icon="curve"
        )
        self.all_easing_button.clicked.connect(lambda: self.set_all_easing(self._chosen_easing()))
        self.loop_check = QCheckBox(tr("Loop"))
        self.loop_check.setToolTip(
            tr("After the last keyframe walk back to the first, so the clip repeats seamlessly")
        )
        self.loop_check.toggled.connect(self._on_loop_toggled)
        grid.addWidget(QLabel(tr("Duration")), 0, 0)
        grid.addWidget(self.duration_spin, 0, 1)
        grid.addWidget(QLabel(tr("Path")), 0, 2)
        grid.addWidget(self.interpolation_combo, 0, 3)
        grid.addWidget(self.loop_check, 0, 4)
        grid.addWidget(QLabel(tr("Easing")), 1, 0)
        grid.addWidget(self.easing_combo, 1, 1, 1, 3)
        grid.addWidget(self.all_easing_button, 1, 4)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        actions = QHBoxLayout()
        self.preview_button = button(
            tr("Preview"), tr("Play the walk here at the video's frame rate"), icon="play"
        )
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._on_preview_toggled)
        actions.addWidget(self.preview_button)
        actions.addStretch(1)
        self.new_button = button(
            tr("New walk"), tr("Stop editing this clip and start an empty walk"), icon="new"
        )
        self.new_button.clicked.connect(self.new_walk)
        self.add_button = button(
            tr("Add to timeline"),
            tr("Add the walk as a new clip on the video track"),
            icon="timeline",
        )
        self.add_button.clicked.connect(self.add_to_timeline)
        self.update_button = button(
            tr("Update clip"),
            tr("Replace the timeline clip with this walk (undoable)"),
            True,
            icon="refresh",
        )
        self.update_button.clicked.connect(self.update_clip)
        for widget in (self.new_button, self.add_button, self.update_button):
            actions.addWidget(widget)
        layout.addLayout(actions)

    # -- the host's side --------------------------------------------------------------

    def connect_project(self, document: ProjectDocument, undo_stack) -> None:
        """Optional wiring: Add/Update become undoable edits of this document (AddClip at
        the end of the video track, ReplaceClip), and previews use its frame rate."""
        self.document, self.undo_stack = document, undo_stack
        self.sig_add_to_timeline.connect(self._push_add)
        self.sig_update_clip.connect(self._push_update)
        self._refresh()

    def set_model(self, info: ModelInfo) -> None:
        """The explorer loaded a model. A new walk's keyframes belong to the model they were
        found with, so another model clears them; a clip being edited keeps its own model
        (the host loads that model for it) as long as the latent sizes match."""
        previous, self.model = self.model, info
        if self.keyframes:
            size = self.keyframes[0].latent.shape[0]
            other_model = previous is not None and previous.path != info.path
            if size != info.latent_dim or (other_model and self.editing is None):
                self.new_walk()
                self.sig_status.emit(tr("Walk cleared: its keyframes belong to another model"))
                return
        if len(self.labels) != len(info.label_classes):
            self.labels = ()
        self._request_thumbnails()
        self._refresh()

    def add_keyframe(self, latent: np.ndarray, labels: tuple[int, ...] = ()) -> None:
        """Append a face to the walk; the walk is drawn in the classes of its newest one."""
        latent = np.array(latent, dtype=np.float32).reshape(-1)
        if self.keyframes and latent.shape != self.keyframes[0].latent.shape:
            raise ValueError(
                tr("a {size}-value latent cannot join a walk of {walk_size}-value latents").format(
                    size=latent.shape[0], walk_size=self.keyframes[0].latent.shape[0]
                )
            )
        labels = tuple(int(c) for c in labels)
        fps = self.fps
        if self._even or not self.keyframes:
            time = 0.0
        else:  # keep hand-set times; the new face comes one average segment later
            times = [k.time for k in self.keyframes]
            step = (times[-1] - times[0]) / (len(times) - 1) if len(times) > 1 else 1.0
            time = _snap(times[-1] + max(step, 1.0 / fps), fps)
            if time > self._last_frame_time():
                self._set_duration(time + 1.0 / fps)
        self._fit_easing()
        before = len(self.keyframes)
        self.keyframes.append(_Keyframe(latent, time, self._new_uid()))
        if before >= 1:
            # The new segment (old last face -> new face) goes before a loop's way back and
            # eases like the segment before it, so "all segments" choices carry on.
            self.easing.insert(before - 1, self.easing[before - 2] if before >= 2 else "linear")
        self._fit_easing()
        classes_changed = bool(self.keyframes[:-1]) and labels != self.labels
        self.labels = labels
        if self._even:
            self._respace()
        self.selected = len(self.keyframes) - 1
        if classes_changed:
            self._request_thumbnails()
            self.sig_status.emit(tr("The walk is drawn in the classes of its newest keyframe"))
        else:
            self._request_thumbnails([self.keyframes[-1]])
        self._refresh()

    def load_clip(self, clip: LatentWalkClip) -> None:
        """Open a timeline clip for editing; Update clip replaces it (same id)."""
        self.stop()
        walk = clip.walk()
        times = walk.keyframe_times(clip.duration)
        self.keyframes = [
            _Keyframe(np.asarray(k, dtype=np.float32), float(t), self._new_uid())
            for k, t in zip(walk.keyframes, times, strict=True)
        ]
        self.easing = list(clip.easing)
        self.labels = tuple(clip.labels)
        self.editing = copy.deepcopy(clip)
        self.selected = None
        self._even = clip.keyframe_times is None
        self._set_duration(clip.duration)
        self._updating = True
        try:
            self.interpolation_combo.setCurrentIndex(0 if clip.interpolation == "slerp" else 1)
            self.loop_check.setChecked(clip.loop)
        finally:
            self._updating = False
        self._fit_easing()
        self._request_thumbnails()
        self._refresh()
        self.sig_status.emit(
            tr("Editing the walk at {time}").format(time=format_seconds(clip.start))
        )

    # -- state ------------------------------------------------------------------------

    @property
    def fps(self) -> int:
        return self.document.project.fps if self.document is not None else DEFAULT_FPS

    @property
    def duration(self) -> float:
        return self._duration

    @property
    def loop(self) -> bool:
        return self.loop_check.isChecked()

    @property
    def interpolation(self) -> str:
        return str(self.interpolation_combo.currentData())

    @property
    def model_ref(self) -> str | None:
        """The model the walk renders with: the edited clip's, else the explorer's."""
        if self.editing is not None:
            return self.editing.model
        if self.model is None:
            return None
        return model_ref_for(self.model.path)

    def times(self) -> list[float]:
        return [k.time for k in self.keyframes]

    def walk(self) -> Walk:
        """The walk as it stands (at least two keyframes)."""
        return Walk(
            keyframes=np.stack([k.latent for k in self.keyframes]).astype(np.float64),
            times=tuple(self.times()),
            easing=tuple(self.easing),
            interpolation=self.interpolation,
            loop=self.loop,
        )

    def clip(self) -> LatentWalkClip:
        """The walk as a timeline clip: the edited clip's id and start, or a new clip at
        the end of the video track."""
        if len(self.keyframes) < 2:
            raise ValueError(tr("a latent walk needs at least two keyframes"))
        model = self.model_ref
        if model is None:
            raise ValueError(tr("load a model before adding a walk"))
        fields = dict(
            duration=self.duration,
            keyframes=[k.latent.astype(float).tolist() for k in self.keyframes],
            model=model,
            interpolation=self.interpolation,
            labels=list(self.labels),
            keyframe_times=self.times(),
            easing=list(self.easing),
            loop=self.loop,
        )
        if self.editing is not None:
            start = self.editing.start
            if self.document is not None:  # it may have been moved on the timeline since
                try:
                    start = find_clip(self.document.project, self.editing.id)[2].start
                except ClipNotFound:
                    pass
            return LatentWalkClip(start=start, id=self.editing.id, **fields)
        return LatentWalkClip(start=self._timeline_end(), **fields)

    def frame_count(self, fps: int | None = None) -> int:
        return frame_total(self.duration, fps or self.fps)

    # -- edits ------------------------------------------------------------------------

    def select(self, index: int | None) -> None:
        self.selected = index if index is not None and 0 <= index < len(self.keyframes) else None
        self._refresh()

    def delete_keyframe(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self.keyframes):
            return
        del self.keyframes[index]
        if self.easing:
            # The segment leaving the face goes (or, for the last face, the one arriving).
            del self.easing[min(index, len(self.easing) - 1)]
        self._fit_easing()
        if self._even:
            self._respace()
        self.selected = None
        self._refresh()

    def move_keyframe(self, index: int, seconds: float) -> None:
        """Retime a keyframe; it stays between its neighbours and on a frame of the video."""
        if not 0 <= index < len(self.keyframes):
            return
        fps = self.fps
        frame = 1.0 / fps
        low = self.keyframes[index - 1].time + frame if index > 0 else 0.0
        high = self._last_frame_time()
        if index + 1 < len(self.keyframes):
            high = self.keyframes[index + 1].time - frame
        self.keyframes[index].time = min(max(_snap(seconds, fps), low), max(low, high))
        self._even = False
        self.selected = index
        self._refresh()

    def set_duration(self, seconds: float) -> None:
        """Change the clip's length as the Duration box does (even keyframes respace)."""
        self._set_duration(seconds)
        self._on_duration_changed(self._duration)

    def set_easing(self, segment: int, name: str) -> None:
        if name not in EASINGS:
            raise ValueError(f"unknown easing {name!r}")
        self._fit_easing()
        if 0 <= segment < len(self.easing):
            self.easing[segment] = name
            self._refresh()

    def set_all_easing(self, name: str) -> None:
        if name not in EASINGS:
            raise ValueError(f"unknown easing {name!r}")
        self._fit_easing()
        self.easing = [name] * len(self.easing)
        self._refresh()

    def space_evenly(self) -> None:
        self._even = True
        self._respace()
        self._refresh()

    def new_walk(self) -> None:
        """An empty walk, not tied to any timeline clip."""
        self.stop()
        self.keyframes, self.easing, self.selected, self.editing = [], [], None, None
        self._even = True
        self.beat_info = ""
        self._refresh()

    # -- timeline ---------------------------------------------------------------------

    def add_to_timeline(self) -> LatentWalkClip | None:
        """Emit the walk as a new clip; later edits can update that clip."""
        make = self.clip if self.editing is None else self._as_new_clip
        return self._emit_clip(self.sig_add_to_timeline, make)

    def update_clip(self) -> LatentWalkClip | None:
        """Emit the edited walk under the id of the clip it was opened from."""
        if self.editing is None:
            return self.add_to_timeline()
        return self._emit_clip(self.sig_update_clip, self.clip)

    def _emit_clip(self, signal, make) -> LatentWalkClip | None:
        """Send the clip ``make()`` builds and keep editing it; a walk that cannot be a
        clip yet (too few keyframes, no model) is reported instead."""
        try:
            clip = make()
        except ValueError as error:
            self.sig_status.emit(str(error))
            return None
        signal.emit(clip)
        self.editing = copy.deepcopy(clip)
        self._refresh()
        return clip

    def _as_new_clip(self) -> LatentWalkClip:
        clip = self.clip()
        clip.id = new_clip_id()
        clip.start = self._timeline_end()
        return clip

    def _timeline_end(self) -> float:
        if self.document is None:
            return 0.0
        tracks = self.document.project.timeline.tracks
        return max((t.end for t in tracks if t.kind == "video"), default=0.0)

    def _push_add(self, clip: LatentWalkClip) -> None:
        project = self.document.project
        push_command(self.undo_stack, self.document, AddClip(project, "video", clip))
        length = round(clip.duration, 1)
        self.sig_status.emit(
            tr("Added a {length:g} s walk at {time}").format(
                length=length, time=format_seconds(clip.start)
            )
        )

    def _push_update(self, clip: LatentWalkClip) -> None:
        project = self.document.project
        try:
            find_clip(project, clip.id)
        except ClipNotFound:  # removed (or its adding undone) since: add it back
            self._push_add(clip)
            return
        push_command(self.undo_stack, self.document, ReplaceClip(project, clip))
        self.sig_status.emit(tr("Walk updated on the timeline (Edit ▸ Undo restores it)"))

    # -- preview ----------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def play(self) -> None:
        """Play the walk in place, over and over, at the video's frame rate."""
        if len(self.keyframes) < 2:
            return
        self._shown_frame = -1
        self._clock.start()
        self._timer.start(max(1, int(500 / self.fps)))  # twice a frame: never late by more
        self._set_preview_button(True)
        self.sig_playing.emit(True)
        self._tick()

    def stop(self) -> None:
        if not self._timer.isActive():
            return
        self._timer.stop()
        self.strip.set_playhead(None)
        self._set_preview_button(False)
        self.sig_playing.emit(False)

    def _tick(self) -> None:
        """Post the frame due now; frames whose time passed while a render ran are skipped."""
        count = self.frame_count()
        if self._walk is None or count == 0:
            self.stop()
            return
        frame = int(self._clock.elapsed() * self.fps / 1000) % count
        if frame == self._shown_frame:
            return
        self._shown_frame = frame
        seconds = frame / self.fps
        self.strip.set_playhead(seconds)
        self.sig_preview_latent.emit(walk_latent_at(self._walk, seconds, self.duration))

    def _on_preview_toggled(self, on: bool) -> None:
        if self._updating:
            return
        if on:
            self.play()
        else:
            self.stop()

    def _set_preview_button(self, on: bool) -> None:
        self._updating = True
        try:
            self.preview_button.setChecked(on)
            self.preview_button.setText(tr("Stop") if on else tr("Preview"))
            set_studio_icon(self.preview_button, "stop" if on else "play")
        finally:
            self._updating = False

    def hideEvent(self, event) -> None:
        self.stop()  # nobody watches it: stop posting renders
        super().hideEvent(event)

    # -- beats ------------------------------------------------------------------------

    def _choose_beats(self) -> None:
        folder = self.document.path.parent if self.document and self.document.path else None
        dialog = BeatSyncDialog(len(self.keyframes), folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.sync_to_beats(dialog.choice())

    def sync_to_beats(self, choice: BeatSyncChoice):
        """Find the music's beats in a job, then put the keyframes on them; returns the job."""
        path = Path(choice.path)
        self.sig_status.emit(tr("Finding the beats of {name}…").format(name=path.name))
        job = self.engine.start_job(tr("Finding beats"), lambda _reporter: analyse(path))
        # Bound methods of this widget, so the slots run on the GUI thread (queued).
        job.sig_finished.connect(self._apply_beats)
        job.sig_failed.connect(self._on_beats_failed)
        self._beat_job, self._beat_choice = job, choice
        self._refresh()
        return job

    def _apply_beats(self, analysis: BeatAnalysis) -> None:
        choice = self._beat_choice
        self._beat_job = None
        if len(self.keyframes) < 2:
            self._refresh()
            return
        if len(analysis.beats) < 2:
            self.beat_info = tr("No beats found in {name}").format(name=choice.path.name)
            self.sig_status.emit(self.beat_info)
            self._refresh()
            return
        fps = self.fps
        times = beat_keyframe_times(
            analysis.beats, len(self.keyframes), choice.every, choice.first_beat
        )
        times = [_snap(t, fps) for t in times]
        for index in range(1, len(times)):  # two beats on one frame: keep them a frame apart
            times[index] = max(times[index], times[index - 1] + 1.0 / fps)
        for keyframe, time in zip(self.keyframes, times, strict=True):
            keyframe.time = time
        self._even = False
        if self.loop:
            # Back at the first face one beat step after the last keyframe, which happens
            # one clip length after the first keyframe's time.
            step = float(np.median(np.diff(analysis.beats))) * choice.every
            duration = times[-1] + step - times[0]
            if duration <= times[-1]:  # a late first beat: the clip must reach every face
                duration = times[-1] + step
        else:  # the clip ends on the last keyframe's frame
            duration = times[-1] + 1.0 / fps
        self._set_duration(duration)
        tempo = tr("{tempo:.0f} BPM · ").format(tempo=analysis.tempo) if analysis.tempo else ""
        self.beat_info = tr("On the beats of {name}: {tempo}{beats} beats").format(
            name=choice.path.name, tempo=tempo, beats=len(analysis.beats)
        )
        self.sig_status.emit(self.beat_info)
        self._refresh()

    def _on_beats_failed(self, message: str) -> None:
        self._beat_job = None
        self.beat_info = message
        self.sig_status.emit(message)
        self._refresh()

    # -- thumbnails -------------------------------------------------------------------

    def _request_thumbnails(self, keyframes: list[_Keyframe] | None = None) -> None:
        model = self.model_ref
        if model is None:
            return
        folder = self.document.path if self.document is not None else None
        for keyframe in self.keyframes if keyframes is None else keyframes:
            key = (WALK_THUMBS, id(self), keyframe.uid, self.labels)
            self.engine.preview.render_thumbnail(
                key, model, folder, keyframe.latent[None], self.labels or None
            )

    def _on_thumbnail(self, key, images: np.ndarray) -> None:
        if not (isinstance(key, tuple) and len(key) == 4 and key[0] == WALK_THUMBS):
            return
        if key[1] != id(self) or key[3] != self.labels:
            return  # another editor's, or drawn in classes the walk no longer uses
        for keyframe in self.keyframes:
            if keyframe.uid == key[2]:
                keyframe.face = array_to_pixmap(images[0], THUMB, smooth=True)
                self._refresh_strip()

    # -- internals --------------------------------------------------------------------

    def _new_uid(self) -> int:
        self._next_uid += 1
        return self._next_uid

    def _last_frame_time(self) -> float:
        return max(0, self.frame_count() - 1) / self.fps

    def _respace(self) -> None:
        """Even times: the last keyframe on the last frame, or for a loop one segment
        before the end, where the walk arrives back at the first face."""
        count = len(self.keyframes)
        if count == 0:
            return
        if self.loop:
            times = [self.duration * k / count for k in range(count)]
        else:
            times = even_times(count, self._last_frame_time())
        for keyframe, time in zip(self.keyframes, times, strict=True):
            keyframe.time = _snap(time, self.fps)

    def _fit_easing(self) -> None:
        """One easing per segment: missing ones linear, surplus ones dropped."""
        segments = max(0, len(self.keyframes) - (0 if self.loop else 1))
        self.easing = (self.easing + ["linear"] * segments)[:segments]

    def _set_duration(self, seconds: float) -> None:
        """Set the length without respacing keyframes (code that places them itself)."""
        spin = self.duration_spin
        self._duration = min(max(float(seconds), spin.minimum()), spin.maximum())
        self._updating = True
        try:
            self.duration_spin.setValue(self._duration)
        finally:
            self._updating = False

    def _on_duration_changed(self, value: float) -> None:
        if self._updating:
            return
        self._duration = float(value)
        if self._even:
            self._respace()
        self._refresh()

    def _on_loop_toggled(self, _on: bool) -> None:
        if self._updating:
            return
        self._fit_easing()
        if self._even:
            self._respace()
        self._refresh()

    def _chosen_easing(self) -> str:
        return str(self.easing_combo.currentData())

    def _on_easing_chosen(self, _index: int) -> None:
        if self._updating:
            return
        name = self._chosen_easing()
        segment = self._selected_segment()
        if segment is None:
            self.set_all_easing(name)
        else:
            self.set_easing(segment, name)

    def _selected_segment(self) -> int | None:
        """The segment leaving the selected keyframe, if it has one."""
        if self.selected is None or self.selected >= len(self.easing):
            return None
        return self.selected

    def _refresh(self) -> None:
        """Bring the walk, the strip and every control up to date after an edit."""
        self._fit_easing()
        count = len(self.keyframes)
        self._walk = self.walk() if count >= 2 else None
        if self._walk is None:
            self.stop()
        self._refresh_strip()
        segment = self._selected_segment()
        shown = self.easing[segment] if segment is not None else None
        if shown is None and self.easing and len(set(self.easing)) == 1:
            shown = self.easing[0]
        self._updating = True
        try:
            if shown is not None:
                self.easing_combo.setCurrentIndex(self.easing_combo.findData(shown))
        finally:
            self._updating = False
        self.easing_combo.setEnabled(
            bool(self.easing) and not (self.selected is not None and segment is None)
        )
        ready = count >= 2
        self.delete_button.setEnabled(self.selected is not None)
        self.even_button.setEnabled(count >= 2 and not self._even)
        self.beats_button.setEnabled(ready and self._beat_job is None)
        self.preview_button.setEnabled(ready)
        self.all_easing_button.setEnabled(bool(self.easing))
        self.add_button.setEnabled(ready and self.model_ref is not None)
        editing = self.editing is not None
        self.update_button.setVisible(editing)
        self.update_button.setEnabled(ready)
        self.new_button.setVisible(editing or count > 0)
        self.add_button.setText(tr("Add as new clip") if editing else tr("Add to timeline"))
        primary = "" if editing else "primary"
        if self.add_button.objectName() != primary:  # restyle only when it changes
            self.add_button.setObjectName(primary)
            self.add_button.style().unpolish(self.add_button)
            self.add_button.style().polish(self.add_button)
        if editing:
            assert self.editing is not None
            self.editing_label.setText(
                tr("Editing the walk at {time} on the timeline").format(
                    time=format_seconds(self.editing.start)
                )
            )
        self.editing_label.setVisible(editing)
        frames = self.frame_count()
        if count == 1:
            keyframes = tr("1 keyframe")
        else:
            keyframes = tr("{count} keyframes").format(count=count)
        summary = tr("{keyframes} · {duration} · {frames} frames at {fps} fps").format(
            keyframes=keyframes, duration=_seconds(self.duration), frames=frames, fps=self.fps
        )
        if count < 2:
            summary = tr("{summary} · add at least two keyframes to make a walk").format(
                summary=summary
            )
        self.info_label.setText(f"{summary}\n{self.beat_info}" if self.beat_info else summary)

    def _refresh_strip(self) -> None:
        self.strip.set_content(
            StripContent(
                times=self.times(),
                faces=[k.face for k in self.keyframes],
                easing=list(self.easing),
                duration=self.duration,
                loop=self.loop,
                selected=self.selected,
            )
        )


def _seconds(value: float) -> str:
    """3.5333 -> '3.53 s', 4.0 -> '4 s'."""
    return f"{value:.2f}".rstrip("0").rstrip(".") + tr(" s")


def _snap(seconds: float, fps: int) -> float:
    """The time of the frame nearest to ``seconds``: keyframes land on frames exactly."""
    return max(0.0, round(seconds * fps) / fps)
