"""Waveform peaks of a sound file, for drawing it on the timeline.

A file is decoded once by the bundled ffmpeg to mono at a low rate and reduced to the
loudest sample of each 1/100 s (``PEAKS_PER_SECOND``); coarser levels (each the max of two
buckets of the level below, as Audacity's summary files) let a drawing at any zoom read at
most a few values per pixel column, so a 10-minute song costs as little to draw as a word.
Decoded waveforms are kept in memory per file version (path, size, mtime).
"""

from __future__ import annotations

import math
import subprocess
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.sources import MediaError, file_key
from aigc_studio.progress import Reporter, check_cancelled
from aigc_studio.translation import tr

PEAKS_PER_SECOND = 100  # buckets per second of sound at the finest level
DECODE_RATE = 16000  # Hz decoded; enough for peaks (a 440 Hz crest is missed by < 1 %)
BUCKET = DECODE_RATE // PEAKS_PER_SECOND  # samples per finest bucket
READ_SECONDS = 10  # seconds of samples read from ffmpeg at a time (memory stays flat)
MAX_CACHED = 64  # waveforms kept in memory; a 10-minute song's is about 0.5 MB
DISPLAY_RANGE_DB = 42.0  # a drawn waveform spans this many dB below full scale
MAX_SAMPLES_PER_COLUMN = 64  # cap on values read per column (a column wider than the file)


@dataclass(frozen=True)
class Waveform:
    """A sound's peaks: ``levels[k][i]`` is the loudest |sample| (0..1) of buckets
    i*2**k .. (i+1)*2**k - 1 of 1/PEAKS_PER_SECOND s."""

    levels: tuple[np.ndarray, ...]  # float32 arrays, finest first, each half the last
    seconds: float  # length of the decoded sound

    @property
    def peaks(self) -> np.ndarray:
        """The finest level: one value per 1/PEAKS_PER_SECOND s."""
        return self.levels[0]

    def column_peaks(
        self, source_start: float, column_seconds: float, count: int, loop: bool = False
    ) -> np.ndarray:
        """Loudest |sample| of each of ``count`` consecutive spans of ``column_seconds``
        from second ``source_start`` of the file (wrapping round when ``loop``); silence
        before and after the file."""
        out = np.zeros(max(count, 0), dtype=np.float32)
        if count <= 0 or len(self.peaks) == 0 or column_seconds <= 0:
            return out
        buckets = column_seconds * PEAKS_PER_SECOND
        level = min(max(int(math.floor(math.log2(max(buckets, 1.0)))), 0), len(self.levels) - 1)
        values = self.levels[level]
        width = (1 << level) / PEAKS_PER_SECOND  # seconds one value of this level covers
        # Points one value apart across each column, and its last instant: every value
        # the column touches is read (2-4 of them, whatever the zoom).
        steps = min(int(math.ceil(column_seconds / width)) + 1, MAX_SAMPLES_PER_COLUMN)
        within = np.minimum(np.arange(steps) * width, column_seconds * (1 - 1e-9))
        times = source_start + np.arange(count)[:, None] * column_seconds + within[None, :]
        if loop and self.seconds > 0:
            times = np.mod(times, self.seconds)
        index = np.floor(times / width).astype(np.int64)
        inside = (index >= 0) & (index < len(values))
        read = np.where(inside, values[np.clip(index, 0, len(values) - 1)], 0.0)
        return read.max(axis=1).astype(np.float32)


def peaks_to_waveform(peaks: np.ndarray, seconds: float) -> Waveform:
    """A Waveform from its finest peaks, with the coarser levels built from them."""
    levels = [np.asarray(peaks, dtype=np.float32)]
    while len(levels[-1]) > 1:
        finer = levels[-1]
        if len(finer) % 2:
            finer = np.append(finer, np.float32(0.0))
        levels.append(finer.reshape(-1, 2).max(axis=1))
    return Waveform(tuple(levels), float(seconds))


def decode_waveform(path: str | Path, reporter: Reporter | None = None) -> Waveform:
    """Decode ``path`` (any sound or video file ffmpeg reads) to its waveform.

    Raises MediaError with a sentence when the file is missing or has no readable sound,
    and Cancelled when the reporter asks to stop.
    """
    path = Path(path)
    if not path.is_file():
        raise MediaError(
            tr("The media file {name} is missing ({path}).").format(name=path.name, path=path)
        )
    command = [ffmpeg_exe(), "-v", "error", "-nostdin", "-i", str(path), "-vn", "-sn"]
    command += ["-ac", "1", "-ar", str(DECODE_RATE), "-f", "f32le", "-c:a", "pcm_f32le", "-"]
    chunks: list[np.ndarray] = []
    samples = 0
    rest = np.zeros(0, dtype=np.float32)  # samples of a bucket not complete yet
    read_bytes = READ_SECONDS * DECODE_RATE * 4
    # ffmpeg's messages go to a file, not a pipe: a damaged file can print more than a
    # pipe holds while we are still reading the samples, and both sides would wait.
    with tempfile.TemporaryFile() as messages:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=messages)
        read_to_end = False
        try:
            assert process.stdout is not None
            while data := process.stdout.read(read_bytes):
                if reporter is not None:
                    check_cancelled(reporter)
                block = np.concatenate([rest, np.frombuffer(data[: len(data) // 4 * 4], "<f4")])
                samples += len(block) - len(rest)
                whole = len(block) // BUCKET * BUCKET
                chunks.append(np.abs(block[:whole]).reshape(-1, BUCKET).max(axis=1))
                rest = block[whole:]
            read_to_end = True
        finally:
            if not read_to_end:
                process.kill()  # cancelled (or failed) while ffmpeg still writes
            process.wait()
            if process.stdout is not None:
                process.stdout.close()
        messages.seek(0)
        error = messages.read().decode("utf-8", "replace")
    if process.returncode != 0 or samples == 0:
        lines = error.strip().splitlines()
        reason = lines[-1][:300] if lines else tr("it has no sound")
        raise MediaError(
            tr("The sound of {name} cannot be read: {reason}").format(name=path.name, reason=reason)
        )
    if len(rest):
        chunks.append(np.abs(rest).max(keepdims=True))
    peaks = np.minimum(np.concatenate(chunks), 1.0) if chunks else np.zeros(0, np.float32)
    return peaks_to_waveform(peaks, samples / DECODE_RATE)


_cache: OrderedDict[tuple, Waveform] = OrderedDict()
_cache_lock = threading.Lock()


def waveform_of(path: str | Path, reporter: Reporter | None = None) -> Waveform:
    """The file's waveform, decoded once per version of the file (kept in memory)."""
    key = file_key(Path(path))  # raises MediaError when the file is missing
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    waveform = decode_waveform(path, reporter)
    with _cache_lock:
        _cache[key] = waveform
        while len(_cache) > MAX_CACHED:
            _cache.popitem(last=False)
    return waveform


def clip_envelope(
    offsets: np.ndarray, duration: float, gain_db: float, fade_in: float, fade_out: float
) -> np.ndarray:
    """The factor a clip applies to its sound at ``offsets`` seconds from its start: its
    gain and its linear fades, as media/mix.py plays them."""
    envelope = np.full(len(offsets), 10 ** (gain_db / 20), dtype=np.float32)
    if fade_in > 0:
        envelope *= np.clip(offsets / fade_in, 0.0, 1.0)
    if fade_out > 0:
        envelope *= np.clip((duration - offsets) / fade_out, 0.0, 1.0)
    return envelope


def display_heights(peaks: np.ndarray, range_db: float = DISPLAY_RANGE_DB) -> np.ndarray:
    """How tall (0..1 of the half height) to draw each peak: on a decibel scale, so quiet
    speech is as visible as a loud beat is (a linear scale leaves a voice at -20 dB a pixel
    tall in a timeline lane) and each 6 dB of gain is the same step; silence is 0."""
    level = 20 * np.log10(np.maximum(np.asarray(peaks, dtype=np.float32), 1e-9))
    return np.clip((level + range_db) / range_db, 0.0, 1.0)
