"""The timeline's audio waveforms: decoded in an engine job, never while painting.

``get`` answers at once: the waveform when it is known, else None (and the file is queued
for the job). One job at a time decodes whatever is queued, file after file, so opening a
project with many sounds does not start a thread per file; each waveform that arrives
repaints the view. A missing or unreadable file is remembered per version of it (it has no
waveform; nothing is logged), so painting never asks again until the file changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject

from aigc_studio.engine.engine import Engine
from aigc_studio.media.waveform import Waveform, waveform_of
from aigc_studio.progress import Reporter, check_cancelled
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import AudioClip
from aigc_studio.project.storage import ProjectError, resolve_media_path
from aigc_studio.ui.i18n import tr

FileVersion = tuple[str, int, int]  # path, size, mtime in ns


def file_version(path: Path) -> FileVersion | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return str(path), stat.st_size, stat.st_mtime_ns


class TimelineWaveforms(QObject):
    """Waveforms of the audio clips' files, asked of the engine once per file version."""

    def __init__(
        self, engine: Engine, document: ProjectDocument, repaint: Callable, parent=None
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document
        self._repaint = repaint
        self._known: dict[FileVersion, Waveform | None] = {}  # None: the file has none
        self._queued: list[FileVersion] = []
        self._job = None
        self._batch: list[FileVersion] = []  # what the running job decodes

    def get(self, clip: AudioClip) -> Waveform | None:
        """The clip's file's waveform, or None (not decoded yet, missing or unreadable)."""
        try:
            path = resolve_media_path(clip.path, self.document.path)
        except ProjectError:
            return None
        version = file_version(path)
        if version is None:
            return None
        if version in self._known:
            return self._known[version]
        if version not in self._queued:
            self._queued.append(version)
            self._start()
        return None

    @property
    def busy(self) -> bool:
        """Whether files are queued or being decoded (tests wait for this to end)."""
        return bool(self._queued) or self._job is not None

    def _start(self) -> None:
        if self._job is not None or not self._queued:
            return
        batch = list(self._queued)
        self._job = self.engine.start_job(tr("Read waveforms"), lambda r: _decode_all(batch, r))
        self._batch = batch
        self._job.sig_partial.connect(self._on_waveform)
        self._job.sig_finished.connect(self._on_done)
        self._job.sig_failed.connect(self._on_done)
        self._job.sig_cancelled.connect(self._on_cancelled)

    def _on_waveform(self, result: tuple[FileVersion, Waveform | None]) -> None:
        version, waveform = result
        self._known[version] = waveform
        if version in self._queued:
            self._queued.remove(version)
        if waveform is not None:
            self._repaint()

    def _on_done(self, *_args) -> None:
        self._job = None
        for version in self._batch:  # a file the failed job did not get to: none, no retry
            self._known.setdefault(version, None)
        self._queued = [version for version in self._queued if version not in self._known]
        self._start()  # files asked for while the job ran

    def _on_cancelled(self) -> None:
        self._job = None  # the engine is shutting down: start nothing new


def _decode_all(
    versions: list[FileVersion], reporter: Reporter
) -> Iterator[tuple[FileVersion, Waveform | None]]:
    """Each file's waveform in turn (None for a file that cannot be read)."""
    for version in versions:
        check_cancelled(reporter)
        try:
            waveform = waveform_of(version[0], reporter)
        except (ValueError, OSError):  # missing, no sound, unreadable: drawn without
            waveform = None
        yield version, waveform
