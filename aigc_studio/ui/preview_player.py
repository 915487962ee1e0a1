"""The Timeline's preview player: the frame at the playhead, play/pause, scrub and step.

Frames come from the engine's player worker (engine/player.py), which renders a copy of
the project taken here whenever the document changes. Playback runs on a clock (the
sound's position when sound plays, else a monotonic timer) at the project's frame rate:
every tick asks for the frame due now; when it is not rendered yet the newest frame that
is stays on screen and the due one is counted as dropped. Nothing queues up: the worker
only ever renders the newest request, reading a few frames ahead while playing.
"""

from __future__ import annotations

import logging
import weakref
from pathlib import Path

import numpy as np
from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from aigc_studio.engine.engine import Engine
from aigc_studio.engine.player import frame_index
from aigc_studio.media.timeline_render import frame_count
from aigc_studio.project.document import ProjectDocument
from aigc_studio.ui import preview_audio
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.images import array_to_qimage
from aigc_studio.ui.preview_audio import PreviewSound
from aigc_studio.ui.studio_icons import set_studio_icon
from aigc_studio.ui.widgets import format_seconds, hint

log = logging.getLogger(__name__)

TICKS_PER_FRAME = 2  # the clock is read twice a frame, so a frame shows at most half late
SHUTTLE_RATES = (1.0, 2.0, 4.0)  # J and L pressed again while playing go one faster


class FrameView(QWidget):
    """Shows one frame scaled to fit, with its aspect, on a dark ground."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._aspect = 9 / 16  # width / height of the project's frames
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(90, 160)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def set_aspect(self, aspect: float) -> None:
        if aspect != self._aspect:
            self._aspect = aspect
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(int(round(320 * self._aspect)), 320)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(12, 12, 14))
        if self._image is not None:
            size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            left = (self.width() - size.width()) / 2
            top = (self.height() - size.height()) / 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(left, top, size.width(), size.height()), self._image)
        painter.end()


class PreviewPlayer(QWidget):
    sig_position_changed = Signal(float)
    """The playhead moved (seconds), playing or scrubbing."""

    def __init__(self, engine: Engine, document: ProjectDocument, parent=None) -> None:
        super().__init__(parent)
        self._worker = engine.player
        self._document = document
        self._media_root: Path | None = None  # None: the document's folder
        self._position = 0.0  # seconds at the playhead
        self._fps = 30
        self._frames = 1  # frames in the project
        self._wanted = 0  # index of the frame that should be on screen
        self._shown = (-1, -1)  # (revision, index) of the frame on screen
        self._requested = -1  # index last asked of the worker for the current revision
        self._playing = False
        # Playback speed: 1 is normal (with sound); J/L shuttle plays -1, ±2, ±4 (silent:
        # sound played backwards or fast says nothing useful and needs a resampler).
        self._rate = 1.0
        self._play_from = 0.0  # position the clock counts from
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._sound: PreviewSound | None = None
        self._sound_checked = False  # the device is probed on the first play
        self._due = -1  # frame due at the last tick
        self.dropped_frames = 0  # frames whose time passed before they could be shown
        self._build()
        self._worker.sig_frame.connect(self._frame_arrived)
        self._worker.sig_failed.connect(self._failed)
        _listen_weakly(document, self, PreviewPlayer._document_changed)
        self._document_changed()

    def _build(self) -> None:
        self.screen = FrameView()
        # The studio's own line icons: the style's media icons are dark grey and vanish on
        # the dark theme.
        self.back_button = self._tool("back", tr("Previous frame (←)"))
        self.play_button = self._tool("play", tr("Play (Space)"))
        self.forward_button = self._tool("forward", tr("Next frame (→)"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(tr("Drag to scrub through the timeline"))
        self.slider.valueChanged.connect(self._slider_moved)
        self.time_label = QLabel()
        self.time_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Shown from the first silent play on: preview_audio.NO_SOUND_NOTICE, translated.
        self.sound_notice = hint(tr("No sound device: playing without sound"))
        self.sound_notice.setWordWrap(False)  # one line beside the time: the picture keeps
        self.sound_notice.hide()  # its height when the notice appears
        self.error_notice = hint("")  # why the preview could not be drawn, until it can
        self.error_notice.hide()
        self._failed_revision = 0
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for widget in (self.back_button, self.play_button, self.forward_button):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.sound_notice)
        controls.addWidget(self.time_label)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.screen, 1)
        root.addLayout(controls)
        root.addWidget(self.error_notice)

    @staticmethod
    def _tool(icon: str, tip: str) -> QToolButton:
        tool = QToolButton()
        set_studio_icon(tool, icon)
        tool.setToolTip(tip)
        tool.setStatusTip(tip)
        tool.setAutoRaise(True)
        return tool

    # -- the contract ------------------------------------------------------------------

    def set_position(self, seconds: float) -> None:
        """Show the frame at ``seconds`` (a scrub: no sound); playing continues from there."""
        if self._playing and abs(seconds - self._position) < 0.5 / self._fps:
            return  # our own position echoed back by a view: restarting would stutter
        self._seek(seconds)
        if self._playing:
            self._start_clock()

    def play(self) -> None:
        """Play forward at normal speed, with sound (from the start when at the end)."""
        if self._playing and self._rate == 1.0:
            return
        self._play_at(1.0)

    def shuttle(self, direction: int) -> None:
        """J (-1) / L (+1): play that way at 1×; pressed again while already going that
        way, 2× then 4×. Only forward 1× has sound."""
        going_that_way = self._playing and (self._rate > 0) == (direction > 0)
        speed = abs(self._rate) if going_that_way else 0.0
        faster = [rate for rate in SHUTTLE_RATES if rate > speed]
        self._play_at((faster[0] if faster else SHUTTLE_RATES[-1]) * (1 if direction > 0 else -1))

    def rate(self) -> float:
        """Playback speed while playing (negative: backwards)."""
        return self._rate

    def _play_at(self, rate: float) -> None:
        if self._playing:
            self._stop_clock()
        self._rate = rate
        if rate > 0 and self._position >= self._duration() - 0.5 / self._fps:
            self._seek(0.0)  # at the end: play from the start, as players do
        if rate < 0 and self._position <= 0.5 / self._fps:
            self._rate = 1.0  # at the start there is nothing to play back through
            return
        self._playing = True
        set_studio_icon(self.play_button, "pause")
        self.play_button.setToolTip(tr("Pause (Space)"))
        self.dropped_frames = 0
        self._start_clock()
        self._timer.start(self._tick_ms())
        self._update_controls()  # the speed beside the time

    def pause(self) -> None:
        if not self._playing:
            return
        self._playing = False
        self._stop_clock()
        self._rate = 1.0
        self._update_controls()
        set_studio_icon(self.play_button, "play")
        self.play_button.setToolTip(tr("Play (Space)"))
        self._show(self._wanted)  # the frame at the playhead, even if it was being skipped

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def is_playing(self) -> bool:
        return self._playing

    def set_media_root(self, folder: Path | None) -> None:
        """The folder clip media paths are relative to (None: the document's folder)."""
        self._media_root = Path(folder) if folder is not None else None
        self._document_changed()

    # -- more a user can do ------------------------------------------------------------

    def position(self) -> float:
        """Seconds at the playhead."""
        return self._position

    def step(self, frames: int) -> None:
        """Pause and move exactly ``frames`` frames (negative: back)."""
        self.pause()
        index = min(max(frame_index(self._position, self._fps) + frames, 0), self._frames - 1)
        self._seek(index / self._fps)
        self.sig_position_changed.emit(self._position)

    # -- the document and the worker ---------------------------------------------------

    def _document_changed(self) -> None:
        project = self._document.project
        root = self._media_root if self._media_root is not None else self._document.path
        self._worker.set_project(project, root)
        self._fps, self._frames = project.fps, frame_count(project)
        self._timer.setInterval(self._tick_ms())
        self._requested = -1
        self.screen.set_aspect(project.width / project.height)
        self.slider.blockSignals(True)
        self.slider.setRange(0, self._frames - 1)
        self.slider.blockSignals(False)
        self._seek(min(self._position, self._duration()))

    def _tick_ms(self) -> int:
        return max(1, int(1000 / (self._fps * TICKS_PER_FRAME)))

    def _duration(self) -> float:
        return self._document.project.duration

    def _frame_arrived(self, revision: int, index: int, image: np.ndarray) -> None:
        if revision != self._worker.revision:
            return  # rendered from an older state of the project
        if not self._playing:
            wanted = index == self._wanted
        elif self._rate > 0:  # the newest ready, never early
            wanted = (revision, index) > self._shown and index <= self._wanted
        else:  # backwards: the newest is the lowest index not yet due
            shown_revision, shown_index = self._shown
            closer = revision > shown_revision or index < shown_index
            wanted = closer and index >= self._wanted
        if wanted:
            self._display(revision, index, image)

    def _failed(self, message: str) -> None:
        self._failed_revision = self._worker.revision
        self.error_notice.setText(message)
        self.error_notice.show()

    # -- showing a frame ---------------------------------------------------------------

    def _seek(self, seconds: float) -> None:
        self._position = min(max(float(seconds), 0.0), self._duration())
        self._wanted = min(frame_index(self._position, self._fps), self._frames - 1)
        self._update_controls()
        self._show(self._wanted)

    def _show(self, index: int, read_ahead: int = 0) -> None:
        """Put frame ``index`` on screen if it is rendered, else ask for it (once)."""
        revision = self._worker.revision
        if self._shown == (revision, index):
            return
        image = self._worker.cached_frame(index)
        if image is not None:
            self._display(revision, index, image)
        elif self._requested != index:
            self._requested = index
            self._worker.request_frame(index, read_ahead)

    def _display(self, revision: int, index: int, image: np.ndarray) -> None:
        self._shown = (revision, index)
        self.screen.set_image(array_to_qimage(image))
        if revision > self._failed_revision:
            self.error_notice.hide()

    def _update_controls(self) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._wanted)
        self.slider.blockSignals(False)
        speed = ""  # no words, so nothing to translate: ◀ 1×, ▶▶ 2×
        if self._playing and self._rate != 1.0:
            arrows = ("▶" if self._rate > 0 else "◀") * (1 if abs(self._rate) == 1 else 2)
            speed = f"  {arrows} {abs(self._rate):g}×"
        self.time_label.setText(
            f"{format_seconds(self._position)} / {format_seconds(self._duration())}{speed}"
        )
        self.time_label.setToolTip(
            tr("Frames dropped in this playback: {count}").format(count=self.dropped_frames)
        )

    def _slider_moved(self, value: int) -> None:
        self.set_position(value / self._fps)
        self.sig_position_changed.emit(self._position)

    # -- playback ----------------------------------------------------------------------

    def _start_clock(self) -> None:
        self._play_from = self._position
        self._due = self._wanted
        self._clock.start()
        sound = self._sound_for_playback() if self._rate == 1.0 else None
        if sound is not None:
            sound.start(self._position)

    def _stop_clock(self) -> None:
        self._timer.stop()
        if self._sound is not None:
            self._sound.stop()

    def _sound_for_playback(self) -> PreviewSound | None:
        if not self._sound_checked:
            self._sound_checked = True
            self._sound = preview_audio.open_sound(self._worker, self)
            if self._sound is None:
                self.sound_notice.show()
        return self._sound

    def _now(self) -> float:
        """Seconds at the playhead by the clock: what is heard once the sound plays, the
        monotonic timer before that (the picture never waits for the sound to start)."""
        if self._sound is not None and self._sound.failed():
            log.warning("the preview's sound stopped; playing on without it")
            self._sound.stop()
            self._sound = None
            self.sound_notice.show()
            self._start_clock()
        if self._rate != 1.0:  # shuttling: silent, on the timer alone
            return self._play_from + self._rate * self._clock.elapsed() / 1000
        if self._sound is not None:
            heard = self._sound.position()
            if heard is not None:
                # Never backwards: when sound joins, the picture may be a device latency
                # ahead of it and holds still that long instead of jumping back.
                return max(heard, self._position)
        return self._play_from + self._clock.elapsed() / 1000

    def _tick(self) -> None:
        seconds = self._now()
        if seconds >= self._duration() or seconds <= 0.0 and self._rate < 0:
            self._seek(min(max(seconds, 0.0), self._duration()))
            self.pause()
            self.sig_position_changed.emit(self._position)
            return
        self._position = seconds
        due = min(frame_index(seconds, self._fps), self._frames - 1)
        if due != self._due:
            # Frames whose time has passed without them on screen were dropped.
            self.dropped_frames += abs(due - self._due) - 1
            if self._shown != (self._worker.revision, self._due):
                self.dropped_frames += 1
            self._due = self._wanted = due
            self._update_controls()
            self.sig_position_changed.emit(seconds)
        read_ahead = self._worker.config.read_ahead
        self._show(due, read_ahead=read_ahead if self._rate > 0 else -read_ahead)

    def hideEvent(self, event) -> None:
        self.pause()  # the Timeline went out of view: nothing keeps playing unseen
        super().hideEvent(event)


def _listen_weakly(document: ProjectDocument, player: PreviewPlayer, method) -> None:
    """Call ``method(player)`` on document changes while the player exists; a deleted player
    unregisters itself instead of keeping a dead widget alive."""
    ref = weakref.ref(player)

    def listener() -> None:
        target = ref()
        if target is None or not isValid(target):
            document.remove_listener(listener)
            return
        method(target)

    document.add_listener(listener)
