"""The timeline preview's worker: frames of a project snapshot, newest request first, cached.

The player (ui/preview_player.py) hands over a copy of the project whenever the document
changes (``set_project``, copied on the GUI thread, so this thread never reads a project
the GUI is editing) and asks for frames by index. Requests go into a "latest value" slot,
as in engine/preview.py: a request for frame j while frame i renders replaces any older
one still waiting, so scrubbing and a playback that falls behind skip frames instead of
queueing them. Rendered frames go into an LRU cache bounded in megabytes, keyed by
(project revision, frame index, size); the GUI thread reads it directly (``cached_frame``)
so a hit costs no round trip. While playing, the worker reads a few frames ahead once the
asked-for one is done, as long as nothing newer is asked for.

Sound is mixed here too, in chunks the player asks for in order (a queue, not a slot: a
skipped chunk would be a gap), as 16-bit stereo PCM for QAudioSink.

Models load in this thread on one torch thread (see engine/preview.py for why), from the
worker's own ModelCache, so the Explore preview and the player never share a generator.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QThread, Signal

from aigc_studio.engine.jobs import user_message
from aigc_studio.engine.threads import track_thread
from aigc_studio.media.mix import mix_audio
from aigc_studio.media.sources import MediaSources
from aigc_studio.media.timeline_render import frame_at, frame_count
from aigc_studio.project.model import Project
from aigc_studio.translation import tr

log = logging.getLogger(__name__)

CacheKey = tuple[int, int, tuple[int, int]]  # project revision, frame index, (width, height)


@dataclass(frozen=True)
class PlayerConfig:
    """How the preview player renders and caches."""

    max_side: int = 640  # longer side of a preview frame in px (1080x1920 -> 360x640)
    cache_mb: float = 128.0  # frame cache bound (a 360x640 frame is 0.66 MB: ~190 frames, 6 s)
    read_ahead: int = 8  # frames rendered past the asked-for one while playing
    audio_rate: int = 48_000  # sample rate of the preview's sound (Hz)


def preview_size(width: int, height: int, max_side: int) -> tuple[int, int]:
    """(width, height) of the preview frame: the project's aspect, longer side at most
    ``max_side``, even sides (what a video frame of that shape would have)."""
    scale = min(1.0, max_side / max(width, height))
    even = [max(2, int(round(side * scale / 2)) * 2) for side in (width, height)]
    return (width, height) if scale == 1.0 else (even[0], even[1])


def frame_index(seconds: float, fps: int) -> int:
    """The frame showing at ``seconds``: frame i covers [i / fps, (i + 1) / fps)."""
    return max(0, int(seconds * fps + 1e-6))


def pcm16(samples: np.ndarray) -> bytes:
    """(n, 2) float samples in [-1, 1] -> interleaved signed 16-bit little-endian PCM."""
    clipped = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    return (clipped * 32767.0).round().astype("<i2").tobytes()


def mix_sound(
    project: Project, first: int, count: int, *, media_root: Path | None, rate: int
) -> np.ndarray:
    """The timeline's sound for samples [first, first + count) at ``rate``: (count, 2)
    float32. Chunks are asked for by sample, so consecutive chunks join exactly."""
    return mix_audio(
        project, first / rate, (first + count) / rate, media_root=media_root, rate=rate
    )


class FrameCache:
    """Least-recently-used frames bounded in bytes; safe to use from any thread."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._frames: OrderedDict[CacheKey, np.ndarray] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: CacheKey) -> np.ndarray | None:
        with self._lock:
            frame = self._frames.get(key)
            if frame is not None:
                self._frames.move_to_end(key)
            return frame

    def put(self, key: CacheKey, frame: np.ndarray) -> None:
        frame.flags.writeable = False  # shared with the GUI thread: nobody draws on it
        with self._lock:
            old = self._frames.pop(key, None)
            if old is not None:
                self._bytes -= old.nbytes
            self._frames[key] = frame
            self._bytes += frame.nbytes
            while self._bytes > self.max_bytes and len(self._frames) > 1:
                _, dropped = self._frames.popitem(last=False)
                self._bytes -= dropped.nbytes

    def drop_older_revisions(self, revision: int) -> None:
        """Forget frames of earlier project states (they can never be asked for again)."""
        with self._lock:
            for key in [k for k in self._frames if k[0] < revision]:
                self._bytes -= self._frames.pop(key).nbytes

    @property
    def nbytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._frames)


@dataclass(frozen=True)
class _Snapshot:
    """A private copy of the project and how to render it."""

    revision: int  # increases with every set_project
    project: Project  # the copy; only the worker reads it
    media_root: Path | None  # the project folder media and model paths are relative to
    size: tuple[int, int]  # (width, height) of the preview frames


@dataclass
class _Slots:
    """What the GUI posted and the worker has not taken yet."""

    snapshot: _Snapshot | None = None  # the newest project copy
    frame: tuple[int, int] | None = None  # newest frame request: index, frames to read ahead
    audio: deque[tuple[int, int, int]] = field(default_factory=deque)  # id, first, count
    stop: bool = False


class PlayerWorker(QThread):
    """One long-lived thread rendering the preview player's frames and sound."""

    sig_frame = Signal(int, int, object)
    """Project revision, frame index and the asked-for frame, (H, W, 3) uint8 read-only."""
    sig_audio = Signal(int, object)
    """Audio request id and its chunk as 16-bit stereo PCM bytes."""
    sig_failed = Signal(str)
    """A frame or the sound could not be made; one sentence, once per project revision."""

    def __init__(self, parent=None, config: PlayerConfig | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview-player")
        self.config = config or PlayerConfig()
        self.cache = FrameCache(int(self.config.cache_mb * 1024 * 1024))
        self.renders = 0  # frames rendered (not served from the cache): for tests and stats
        self._condition = threading.Condition()
        self._slots = _Slots()
        self._revision = 0  # GUI side: the newest snapshot's revision
        self._size = (0, 0)  # GUI side: its preview size
        self._state: tuple[Path | None, dict] | None = None  # GUI side: what it was made of
        self._next_audio_id = 0
        # Worker side only:
        self._snapshot: _Snapshot | None = None
        self._models: Any = None  # rendering.ModelCache of the snapshot's folder
        self._sources: MediaSources | None = None  # video readers and still layers, while running
        self._models_folder: Path | None = None
        # (next frame to read ahead, frames left, +1 forward or -1 backward), or None
        self._ahead: tuple[int, int, int] | None = None
        self._failed_revision = 0  # the revision whose failure was already reported
        track_thread(self)

    # -- called from the GUI thread: post and return at once -----------------------------

    def set_project(self, project: Project, media_root: Path | None = None) -> int:
        """Hand over a copy of the project (taken here, on the caller's thread); returns its
        revision. Frames of earlier revisions leave the cache. A project that has not
        changed since the last call (the document also notifies on save) keeps its revision
        and its cached frames."""
        state = (media_root, project.to_dict())
        if state == self._state:
            return self._revision
        self._state = state
        copied = copy.deepcopy(project)
        size = preview_size(project.width, project.height, self.config.max_side)
        with self._condition:
            self._revision += 1
            self._size = size
            self._slots.snapshot = _Snapshot(self._revision, copied, media_root, size)
            self._condition.notify()
        self.cache.drop_older_revisions(self._revision)
        self._ensure_started()
        return self._revision

    @property
    def revision(self) -> int:
        """The revision of the newest project handed over."""
        return self._revision

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of the newest project's preview frames."""
        return self._size

    def cached_frame(self, index: int) -> np.ndarray | None:
        """Frame ``index`` of the newest project if it is rendered already."""
        return self.cache.get((self._revision, index, self._size))

    def request_frame(self, index: int, read_ahead: int = 0) -> None:
        """Render frame ``index`` (sig_frame), replacing any request still waiting; then
        read up to ``read_ahead`` frames past it into the cache while nothing newer is asked
        (negative: the frames before it, for playing backwards)."""
        with self._condition:
            self._slots.frame = (max(0, int(index)), int(read_ahead))
            self._condition.notify()
        self._ensure_started()

    def request_audio(self, first: int, count: int) -> int:
        """Mix samples [first, first + count) at config.audio_rate (sig_audio, in order of
        asking); returns the request id."""
        with self._condition:
            self._next_audio_id += 1
            self._slots.audio.append((self._next_audio_id, int(first), int(count)))
            self._condition.notify()
        self._ensure_started()
        return self._next_audio_id

    def cancel_audio(self) -> None:
        """Drop every waiting audio request (playback paused or jumped)."""
        with self._condition:
            self._slots.audio.clear()

    def stop(self, timeout_ms: int = 30_000) -> bool:
        """Ask the worker to finish and join it; True when the thread has ended."""
        with self._condition:
            self._slots.stop = True
            self._condition.notify()
        if self.isRunning():
            return self.wait(timeout_ms)
        return True

    def _ensure_started(self) -> None:
        if not self.isRunning() and not self._slots.stop:
            self.start()

    # -- the worker thread -------------------------------------------------------------

    def run(self) -> None:
        import torch

        torch.set_num_threads(1)  # as engine/preview.py: the GUI and training keep their cores
        # Open video readers and static layers, kept between frames; closed on the way out
        # (the readers run ffmpeg processes).
        self._sources = MediaSources()
        try:
            self._serve()
        finally:
            self._sources.close()

    def _serve(self) -> None:
        while True:
            with self._condition:
                slots = self._slots
                while not (
                    slots.stop or slots.snapshot or slots.frame or slots.audio or self._ahead
                ):
                    self._condition.wait()
                if slots.stop:
                    return
                if slots.snapshot is not None:
                    self._snapshot, slots.snapshot = slots.snapshot, None
                    self._ahead = None  # frames of the old project are no use now
                # Sound first (a late chunk is heard as a gap); a frame request waits in
                # its slot meanwhile, where a newer one may still replace it.
                audio = slots.audio.popleft() if slots.audio else None
                frame = None
                if audio is None:
                    frame, slots.frame = slots.frame, None
            # Outside the lock: the GUI posts newer requests while this one is worked on.
            if audio is not None:
                self._mix(*audio)
                continue
            if frame is not None:
                index, read_ahead = frame
                step = 1 if read_ahead > 0 else -1  # the way the playhead is moving
                self._ahead = (index + step, abs(read_ahead), step) if read_ahead else None
                self._frame(index, announce=True)
            elif self._ahead is not None:
                index, left, step = self._ahead
                self._ahead = (index + step, left - 1, step) if left > 1 else None
                self._frame(index, announce=False)

    def _frame(self, index: int, announce: bool) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        if index < 0:  # read back past the first frame
            self._ahead = None
            return
        if index >= frame_count(snapshot.project):
            self._ahead = None
            if not announce:
                return
            index = frame_count(snapshot.project) - 1
        key = (snapshot.revision, index, snapshot.size)
        image = self.cache.get(key)
        if image is None:
            try:
                image = self._render(snapshot, index)
            except Exception as error:
                self._ahead = None
                self._report(snapshot.revision, tr("Rendering the preview"), error)
                return
            self.renders += 1
            self.cache.put(key, image)
        if announce:
            self.sig_frame.emit(snapshot.revision, index, image)

    def _render(self, snapshot: _Snapshot, index: int) -> np.ndarray:
        project = snapshot.project
        width, height = snapshot.size
        frame = frame_at(
            project,
            index / project.fps,
            self._model_cache(snapshot.media_root).renderer_for,
            media_root=snapshot.media_root,
            width=width,
            height=height,
            sources=self._sources,
        )
        return np.ascontiguousarray(frame)

    def _model_cache(self, folder: Path | None):
        if self._models is None or folder != self._models_folder:
            from aigc_studio.rendering import ModelCache  # torch loads in this thread

            self._models, self._models_folder = ModelCache(folder), folder
        return self._models

    def _mix(self, request_id: int, first: int, count: int) -> None:
        snapshot = self._snapshot
        rate = self.config.audio_rate
        samples = np.zeros((count, 2), dtype=np.float32)
        if snapshot is not None:
            try:
                samples = mix_sound(
                    snapshot.project, first, count, media_root=snapshot.media_root, rate=rate
                )
            except Exception as error:
                self._report(snapshot.revision, tr("Mixing the preview's sound"), error)
        self.sig_audio.emit(request_id, pcm16(samples))

    def _report(self, revision: int, what: str, error: Exception) -> None:
        """Log every failure; tell the user once per project state, not once per frame."""
        log.warning("%s failed (revision %d)", what, revision, exc_info=True)
        if revision != self._failed_revision:
            self._failed_revision = revision
            self.sig_failed.emit(user_message(what, error))
