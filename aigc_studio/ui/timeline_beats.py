"""Beat markers for the timeline: the beats of the music track's first clip.

The beats of a file are found once (media/beats.py, in an engine job: decoding and
analysing a song takes a second or more) and kept per file; placing them on the timeline
(where the clip starts, its in-point, its loop) is cheap and redone on every change.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal

from aigc_studio.engine.engine import Engine
from aigc_studio.media.beats import beat_times
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import AudioClip
from aigc_studio.project.storage import ProjectError, resolve_media_path
from aigc_studio.ui.i18n import tr


def clip_beats(clip: AudioClip, beats: list[float]) -> list[float]:
    """Timeline seconds of the file's ``beats`` as the clip plays them (looping if it loops)."""
    period = clip.source_duration if clip.loop and clip.source_duration else None
    times = []
    repeats = math.ceil(clip.duration / period) + 1 if period else 1
    for repeat in range(repeats):
        for beat in beats:
            t = clip.start + beat - clip.source_in + repeat * (period or 0.0)
            if clip.start <= t < clip.end:
                times.append(t)
    return sorted(times)


def music_clip(document: ProjectDocument) -> AudioClip | None:
    """The first clip (by start) of the first music track, if any."""
    for track in document.project.timeline.tracks:
        if track.kind == "music":
            clips = [c for c in track.clips if isinstance(c, AudioClip)]
            return min(clips, key=lambda c: c.start) if clips else None
    return None


class MusicBeats(QObject):
    """Keeps the beat markers of the music track up to date."""

    sig_beats = Signal(list)
    """The music's beats moved or were found: timeline seconds (empty without music)."""
    sig_status = Signal(str)
    """A short message for the status bar (finding the beats failed)."""

    def __init__(self, engine: Engine, document: ProjectDocument, parent=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document
        self.by_file: dict[str, list[float]] = {}  # beats of each analysed file
        self._running: dict[str, object] = {}  # file -> its job, while analysing
        self._shown: list[float] | None = None
        document.add_listener(self.update_beats)

    def update_beats(self) -> None:
        clip = music_clip(self.document)
        try:
            path = None if clip is None else resolve_media_path(clip.path, self.document.path)
        except ProjectError:  # a missing or unsafe file has no beats to show
            path = None
        if clip is None or path is None:
            self._show([])
            return
        key = str(path)
        if key in self.by_file:
            self._show(clip_beats(clip, self.by_file[key]))
        elif key not in self._running:
            self._analyse(key)

    def _analyse(self, key: str) -> None:
        job = self.engine.start_job(tr("Find beats"), lambda _reporter: beat_times(key))
        self._running[key] = job

        def found(beats) -> None:
            self._running.pop(key, None)
            self.by_file[key] = [float(b) for b in beats]
            self.update_beats()

        def failed(message: str) -> None:
            self._running.pop(key, None)
            self.by_file[key] = []  # do not try the same file again on every change
            self.sig_status.emit(message)

        job.sig_finished.connect(found)
        job.sig_failed.connect(failed)
        job.sig_cancelled.connect(lambda: self._running.pop(key, None))

    def _show(self, beats: list[float]) -> None:
        if beats != self._shown:
            self._shown = beats
            self.sig_beats.emit(beats)
