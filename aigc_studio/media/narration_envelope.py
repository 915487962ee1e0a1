"""The narration's loudness on the timeline's clock, kept while the narration stays the same.

A virtual host's mouth follows what is heard at each moment of the timeline, so its
loudness is read at timeline time from the narration as it lies now, not from a copy
taken when the host was added (that copy went out of step as soon as the host or a
narration clip moved). Computing the envelope decodes and mixes the narration, far too
slow for every frame, so it is kept in a small cache keyed by everything it depends on:
each narration clip's file (path, size, modification time), start, length, source in,
gain, fades and looping, and the envelope's rate. A move or trim changes the key and
costs one computation; undoing it finds the earlier envelope still cached.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aigc_studio.media.envelope import project_narration_envelope
from aigc_studio.media.sources import MediaError, file_key, media_path
from aigc_studio.project.model import AudioClip, Project

log = logging.getLogger(__name__)

NARRATION_FPS = 50  # loudness values a second: finer than any video frame rate
CACHED_ENVELOPES = 8  # envelopes kept: the current narration and a few recent edits (undo)

NarrationKey = tuple  # what a narration envelope depends on (narration_key)


@dataclass(frozen=True)
class NarrationEnvelope:
    """The narration's loudness 0..1 from the timeline's start, ``fps`` values a second."""

    values: np.ndarray  # (n,) float32, read-only; value i is at i / fps seconds
    fps: int  # values a second

    def at(self, t: float) -> float:
        """The loudness at timeline time ``t`` (linear between values; 0 where no
        narration is heard: the host listens with its mouth shut)."""
        position = t * self.fps
        last = len(self.values) - 1
        if last < 0 or position < 0 or position > last:
            return 0.0
        low = int(position)
        high = min(low + 1, last)
        share = position - low
        return float(self.values[low] * (1 - share) + self.values[high] * share)


SILENT = NarrationEnvelope(np.zeros(0, dtype=np.float32), NARRATION_FPS)  # no narration


def narration_clips(project: Project) -> list[AudioClip]:
    """The clips on the project's narration tracks, in timeline order."""
    clips = [
        clip
        for track in project.timeline.tracks_of("narration")
        for clip in track.clips
        if isinstance(clip, AudioClip)
    ]
    return sorted(clips, key=lambda clip: (clip.start, clip.id))


def narration_key(project: Project, media_root: Path | None, fps: int) -> NarrationKey:
    """Everything the narration's envelope depends on; raises MediaError when a narration
    file is missing."""
    return (
        fps,
        tuple(
            (
                file_key(_resolved(clip.path, media_root)),
                clip.start,
                clip.duration,
                clip.source_in,
                clip.gain_db,
                clip.fade_in,
                clip.fade_out,
                clip.loop,
            )
            for clip in narration_clips(project)
        ),
    )


@functools.lru_cache(maxsize=256)
def _resolved(path: str, media_root: Path | None) -> Path:
    """media_path, remembered: the key is made for every frame drawn, and resolving a
    path (pathlib, checks that it stays inside the project) costs ten times its stat."""
    return media_path(path, media_root)


class NarrationEnvelopes:
    """Narration envelopes by narration_key, the newest CACHED_ENVELOPES of them.

    Thread-safe: the preview worker and an export's composing thread share one."""

    def __init__(self, size: int = CACHED_ENVELOPES) -> None:
        self.size = size  # envelopes kept
        self.computations = 0  # envelopes computed (not found cached): for tests and stats
        self._envelopes: OrderedDict[NarrationKey, NarrationEnvelope] = OrderedDict()
        self._lock = threading.Lock()

    def get(
        self, project: Project, media_root: Path | None, fps: int = NARRATION_FPS
    ) -> NarrationEnvelope | None:
        """The narration's envelope (SILENT without narration clips), or None when the
        narration cannot be read (a missing or broken file): the caller then falls back
        on what it has (a host's stored envelope)."""
        if not narration_clips(project):
            return SILENT
        try:
            key = narration_key(project, media_root, fps)
        except MediaError as error:
            log.warning("narration envelope unavailable: %s", error)
            return None
        # One lock around the computation too: two threads asking for the same new
        # envelope (preview and export) compute it once.
        with self._lock:
            envelope = self._envelopes.get(key)
            if envelope is not None:
                self._envelopes.move_to_end(key)
                return envelope
            try:
                values = project_narration_envelope(project, media_root, fps)
            except (OSError, ValueError, RuntimeError) as error:  # undecodable audio
                log.warning("narration envelope unavailable: %s", error)
                return None
            values = np.asarray(values, dtype=np.float32)
            values.setflags(write=False)
            envelope = NarrationEnvelope(values, fps)
            self.computations += 1
            self._envelopes[key] = envelope
            while len(self._envelopes) > self.size:
                self._envelopes.popitem(last=False)
            return envelope

    def clear(self) -> None:
        with self._lock:
            self._envelopes.clear()


SHARED_ENVELOPES = NarrationEnvelopes()  # the process's cache: preview and export share it


def narration_envelope(
    project: Project, media_root: Path | None, fps: int = NARRATION_FPS
) -> NarrationEnvelope | None:
    """The project's narration envelope from the shared cache (NarrationEnvelopes.get)."""
    return SHARED_ENVELOPES.get(project, media_root, fps)
