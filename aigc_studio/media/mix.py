"""The timeline's sound: narration, music and effects clips plus video files' own sound.

Each source file is decoded once by the bundled ffmpeg to stereo float32 at the mix rate
in a temporary raw file, and read back through a np.memmap window of just the samples a
chunk needs, so memory stays flat however long the video (a decoded 10-minute song is
230 MB on disk; only the chunk being mixed is ever in memory). Per clip: gain in dB (a
video file's ``volume`` as a plain factor), linear fades in and out, looping, and the
in-point; a video file played faster or slower is resampled (its pitch follows, like
tape). Music clips are ducked under the narration (media.ducking). The sum is clipped
to [-1, 1].

Loudness normalisation needs the whole mix (a chunk cannot know the whole track's
loudness), so write_mix_wav with ``normalise`` mixes in two passes: the unclipped mix
goes to a float32 temporary file (memory stays flat), is measured (BS.1770, media.loudness),
and is written again with the gain that brings it to the project's loudness target through
a true-peak limiter that keeps it under the ceiling. measure_mix and plan_normalisation
give the same figures without writing the WAV (the Export area shows them beforehand).
"""

from __future__ import annotations

import atexit
import math
import re
import struct
import subprocess
import tempfile
import threading
import wave
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aigc_studio.media.ducking import duck_envelope
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.loudness import (
    LoudnessMeter,
    LoudnessReport,
    TruePeakLimiter,
    limiter_needed,
    normalisation_gain,
)
from aigc_studio.media.sources import MediaError, describe, file_key, media_path, video_facts
from aigc_studio.progress import Reporter, check_cancelled
from aigc_studio.project.model import AUDIO_TRACK_KINDS, AudioClip, Project, VideoFileClip
from aigc_studio.translation import tr

RATE = 48000  # Hz: what phones and platforms use for video
CHUNK_SECONDS = 5.0  # write_mix_wav mixes this much at a time (1.9 MB of float32 stereo)
NORMALISE_TOLERANCE = 0.2  # LU: the limited mix's loudness is re-aimed until this close
NORMALISE_ROUNDS = 5  # at most this many re-aims (heavy limiting lowers the loudness)
MAX_DECODED = 16  # decoded files a shared AudioSources keeps before deleting the oldest

SoundingClip = AudioClip | VideoFileClip


@dataclass(frozen=True)
class DecodedSound:
    """Sound samples in a raw file on disk: a decoded temporary file, or a WAV's own data."""

    path: Path  # the file holding the samples
    frames: int  # samples per channel
    offset: int = 0  # bytes before the first sample (a WAV's header)
    dtype: str = "<f4"  # "<f4" (float32) or "<i2" (16-bit PCM)
    channels: int = 2  # 1 or 2, interleaved

    def read(self, start: int, stop: int) -> np.ndarray:
        """Samples start..stop as (n, 2) float32; silence outside the file."""
        out = np.zeros((max(0, stop - start), 2), dtype=np.float32)
        first, last = max(start, 0), min(stop, self.frames)
        if last > first:
            # A window onto just these samples: mapped, copied, unmapped, so the pages of
            # a long file never pile up in this process.
            step = np.dtype(self.dtype).itemsize * self.channels
            window = np.memmap(
                self.path,
                self.dtype,
                "r",
                offset=self.offset + first * step,
                shape=(last - first, self.channels),
            )
            scale = 1 / 32768 if self.dtype == "<i2" else 1.0
            out[first - start : last - start] = window * np.float32(scale)  # mono: both sides
            del window
        return out


class AudioSources:
    """Sound files decoded once each (per file version and rate) into a temporary folder."""

    def __init__(self, max_files: int | None = None) -> None:
        self.max_files = max_files  # None keeps every file until close()
        self.decodes = 0  # files decoded so far (tests check a file is decoded once)
        self._folder: tempfile.TemporaryDirectory | None = None
        self._sounds: OrderedDict[tuple, DecodedSound] = OrderedDict()
        self._lock = threading.Lock()

    def sound(self, path: Path, rate: int = RATE) -> DecodedSound:
        key = (*file_key(path), rate)
        with self._lock:
            if key in self._sounds:
                self._sounds.move_to_end(key)
                return self._sounds[key]
            if self._folder is None:
                self._folder = tempfile.TemporaryDirectory(prefix="aigc-sound-")
            sound = wav_samples(path, rate)  # a WAV at the mix rate is read as it is
            if sound is None:
                raw = Path(self._folder.name) / f"{len(self._sounds)}-{self.decodes}.f32"
                sound = _decode(path, raw, rate)
                self.decodes += 1
            self._sounds[key] = sound
            while self.max_files is not None and len(self._sounds) > self.max_files:
                dropped = self._sounds.popitem(last=False)[1]
                if dropped.path.parent == Path(self._folder.name):  # never the user's WAV
                    dropped.path.unlink(missing_ok=True)
            return sound

    def close(self) -> None:
        with self._lock:
            self._sounds.clear()
            if self._folder is not None:
                self._folder.cleanup()
                self._folder = None

    def __enter__(self) -> AudioSources:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# mix_audio calls without their own AudioSources (the preview player, chunk after chunk)
# share these decoded files; they are deleted when the app exits.
SHARED_SOURCES = AudioSources(max_files=MAX_DECODED)
atexit.register(SHARED_SOURCES.close)


_WAV_FORMATS = {(1, 16): "<i2", (3, 32): "<f4"}  # (format tag, bits): PCM 16, float 32


def wav_samples(path: Path, rate: int) -> DecodedSound | None:
    """The samples of a mono or stereo 16-bit or float WAV at ``rate``, read in place
    (narration recordings usually are; no decoding, no copy); None for anything else."""
    try:
        with open(path, "rb") as file:
            header = file.read(12)
            if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
                return None
            form = None
            while chunk := file.read(8):
                if len(chunk) < 8:
                    return None
                name, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
                if name == b"fmt ":
                    fmt = file.read(size + size % 2)
                    tag, channels, sample_rate = struct.unpack("<HHI", fmt[:8])
                    bits = struct.unpack("<H", fmt[14:16])[0]
                    if tag == 0xFFFE and len(fmt) >= 26:  # extensible: the real tag follows
                        tag = struct.unpack("<H", fmt[24:26])[0]
                    form = (tag, bits, channels, sample_rate)
                elif name == b"data":
                    if form is None:
                        return None
                    tag, bits, channels, sample_rate = form
                    dtype = _WAV_FORMATS.get((tag, bits))
                    if dtype is None or channels not in (1, 2) or sample_rate != rate:
                        return None
                    step = bits // 8 * channels
                    size = min(size, path.stat().st_size - file.tell())
                    return DecodedSound(path, size // step, file.tell(), dtype, channels)
                else:
                    file.seek(size + size % 2, 1)
    except (OSError, struct.error):
        return None
    return None


def _decode(path: Path, raw: Path, rate: int) -> DecodedSound:
    # ffmpeg turns mono into stereo 3 dB quieter on each side; a voice recorded in mono
    # should sound as loud as it was, so mono is copied to both sides instead.
    channels = ["-af", "pan=stereo|c0=c0|c1=c0"] if _is_mono(path) else ["-ac", "2"]
    result = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-nostdin", "-y", "-i", str(path), "-vn", "-sn"]
        + [*channels, "-ar", str(rate), "-f", "f32le", "-c:a", "pcm_f32le", str(raw)],
        capture_output=True,
        text=True,
        errors="replace",
    )
    if result.returncode != 0:
        message = result.stderr.strip()
        if "does not contain any stream" in message or "matches no streams" in message:
            raw.write_bytes(b"")  # a video without sound: silence
        else:
            reason = message.splitlines()[-1] if message else tr("no message")
            raise MediaError(
                tr("The sound of {name} cannot be read: {reason}").format(
                    name=path.name, reason=reason[:300]
                )
            )
    return DecodedSound(raw, raw.stat().st_size // 8)


def _is_mono(path: Path) -> bool:
    """Whether the file's first sound stream has one channel."""
    stream = re.search(r"Stream #\S+.*?: Audio: .*", describe(path))
    return (
        stream is not None and re.search(r"\bHz, (mono|1 channels)\b", stream.group(0)) is not None
    )


def sounding_clips(project: Project) -> list[SoundingClip]:
    """Every clip that makes sound: audio tracks' clips and video files not muted."""
    return [clip for _, clip in _sounding_clips_with_kind(project)]


def _sounding_clips_with_kind(project: Project) -> list[tuple[str, SoundingClip]]:
    """(track kind, clip) for every clip that makes sound."""
    clips: list[tuple[str, SoundingClip]] = []
    for track in project.timeline.tracks:
        for clip in track.clips:
            if track.kind in AUDIO_TRACK_KINDS and isinstance(clip, AudioClip):
                clips.append((track.kind, clip))
            elif isinstance(clip, VideoFileClip) and clip.volume > 0:
                clips.append((track.kind, clip))
    return clips


def has_sound(project: Project, media_root: Path | None = None) -> bool:
    """Whether the timeline has anything to hear (else an export uses its own soundtrack)."""
    for clip in sounding_clips(project):
        if isinstance(clip, AudioClip):
            return True
        if video_facts(media_path(clip.path, media_root)).has_audio:
            return True
    return False


def mix_audio(
    project: Project,
    t0: float,
    t1: float,
    *,
    media_root: Path | None = None,
    rate: int = RATE,
    sources: AudioSources | None = None,
    clipped: bool = True,
) -> np.ndarray:
    """The mix from t0 to t1 seconds: (n, 2) float32 in [-1, 1] (unbounded with
    ``clipped`` False, for normalising), silence where nothing plays. Music is ducked
    under the narration. Sample k is timeline sample round(t0 * rate) + k, so
    consecutive chunks join exactly."""
    sources = sources or SHARED_SOURCES
    first, last = int(round(t0 * rate)), int(round(t1 * rate))
    out = np.zeros((max(0, last - first), 2), dtype=np.float32)
    ducking: np.ndarray | None = None  # the music's gain over the whole chunk, when needed
    for kind, clip in _sounding_clips_with_kind(project):
        start, stop = int(round(clip.start * rate)), int(round(clip.end * rate))
        a, b = max(first, start), min(last, stop)
        if a >= b:
            continue
        sound = sources.sound(media_path(clip.path, media_root), rate)
        if sound.frames == 0:
            continue
        offsets = np.arange(a - start, b - start)  # samples since the clip's start
        samples = _clip_samples(clip, sound, offsets, rate)
        gain = 10 ** (clip.gain_db / 20) if isinstance(clip, AudioClip) else clip.volume
        envelope = np.full(len(offsets), gain, dtype=np.float32)
        fade_in = clip.fade_in if isinstance(clip, AudioClip) else 0.0
        fade_out = clip.fade_out if isinstance(clip, AudioClip) else 0.0
        if fade_in > 0:
            envelope *= np.clip(offsets / (fade_in * rate), 0.0, 1.0).astype(np.float32)
        if fade_out > 0:
            left = (stop - start) - offsets
            envelope *= np.clip(left / (fade_out * rate), 0.0, 1.0).astype(np.float32)
        if kind == "music":
            if ducking is None:
                ducking = duck_envelope(project, first, last - first, rate)
            envelope *= ducking[a - first : b - first]
        out[a - first : b - first] += samples * envelope[:, None]
    if clipped:
        np.clip(out, -1.0, 1.0, out=out)
    return out


def _clip_samples(
    clip: SoundingClip, sound: DecodedSound, offsets: np.ndarray, rate: int
) -> np.ndarray:
    """The source samples a clip plays at these offsets from its start: (n, 2) float32."""
    source_in = int(round(clip.source_in * rate))
    if isinstance(clip, AudioClip) and clip.loop:
        return _looped(sound, source_in + int(offsets[0]), len(offsets))
    speed = getattr(clip, "speed", 1.0)
    if speed == 1.0:
        return sound.read(source_in + int(offsets[0]), source_in + int(offsets[-1]) + 1)
    # Faster or slower: read the span covered and interpolate between its samples.
    positions = clip.source_in * rate + offsets * speed
    low = int(math.floor(positions[0]))
    span = sound.read(low, int(math.ceil(positions[-1])) + 2)
    index = positions - low
    out = np.empty((len(offsets), 2), dtype=np.float32)
    for channel in range(2):
        out[:, channel] = np.interp(index, np.arange(len(span)), span[:, channel])
    return out


def _looped(sound: DecodedSound, position: int, count: int) -> np.ndarray:
    """``count`` samples from ``position`` of the file repeated end to end."""
    out = np.empty((count, 2), dtype=np.float32)
    done = 0
    position %= sound.frames
    while done < count:
        take = min(count - done, sound.frames - position)
        out[done : done + take] = sound.read(position, position + take)
        done += take
        position = 0
    return out


def write_mix_wav(
    project: Project,
    wav_path: str | Path,
    duration: float,
    *,
    media_root: Path | None = None,
    rate: int = RATE,
    reporter: Reporter | None = None,
    normalise: bool = False,
) -> Path:
    """The whole mix, ``duration`` seconds, as a 16-bit stereo WAV written chunk by chunk
    (memory stays flat); checks the reporter for cancel between chunks.

    With ``normalise`` (pass ``project.sound.normalise``) the mix is brought to
    ``project.sound.loudness_target`` LUFS with its true peak at or under
    ``project.sound.true_peak`` dBTP, in two passes over a temporary float file."""
    wav_path = Path(wav_path)
    if not normalise:
        with AudioSources() as sources, _wav_writer(wav_path, rate) as wav:
            for first, last in _chunks(duration, rate):
                if reporter is not None:
                    check_cancelled(reporter)
                block = mix_audio(
                    project,
                    first / rate,
                    last / rate,
                    media_root=media_root,
                    rate=rate,
                    sources=sources,
                )
                wav.writeframes(np.rint(block * 32767).astype("<i2").tobytes())
        return wav_path
    with _RawMix(project, duration, media_root, rate, reporter) as raw:
        plan = raw.plan(project.sound.loudness_target, project.sound.true_peak)
        limiter = TruePeakLimiter(project.sound.true_peak, rate)
        with _wav_writer(wav_path, rate) as wav:
            for first, last in _chunks(duration, rate):
                if reporter is not None:
                    check_cancelled(reporter)
                    reporter.progress(0.8 + 0.2 * first / max(1, raw.frames), tr("Writing the mix"))
                block = raw.normalised(first, last, plan.gain_db, limiter, plan.limited)
                np.clip(block, -1.0, 1.0, out=block)
                wav.writeframes(np.rint(block * 32767).astype("<i2").tobytes())
    return wav_path


@dataclass(frozen=True)
class MixLoudness:
    """How loud the mix is as mixed, the gain normalising gives it, and how loud it is
    then (what platforms will measure)."""

    before: LoudnessReport  # the raw mix (unclipped)
    gain_db: float  # added by normalisation (before the limiter)
    after: LoudnessReport  # the normalised, limited mix
    limited: bool = False  # whether the true-peak limiter had peaks to hold down


def measure_mix(
    project: Project,
    duration: float,
    media_root: Path | None = None,
    reporter: Reporter | None = None,
    *,
    rate: int = RATE,
) -> LoudnessReport:
    """Loudness of the mix as mixed (before normalisation): one pass, memory flat."""
    meter = LoudnessMeter(rate)
    for _last, block in _raw_mix_chunks(
        project, duration, media_root, rate, reporter, tr("Measuring the mix"), 1.0
    ):
        meter.add(block)
    return meter.report()


def _raw_mix_chunks(
    project: Project,
    duration: float,
    media_root: Path | None,
    rate: int,
    reporter: Reporter | None,
    message: str,
    share: float,
) -> Iterator[tuple[int, np.ndarray]]:
    """(last sample, unclipped block) for each chunk of the mix, checking for cancel and
    reporting progress up to ``share`` of the whole job."""
    chunks = _chunks(duration, rate)
    with AudioSources() as sources:
        for index, (first, last) in enumerate(chunks):
            if reporter is not None:
                check_cancelled(reporter)
                reporter.progress(share * index / max(1, len(chunks)), message)
            block = mix_audio(
                project,
                first / rate,
                last / rate,
                media_root=media_root,
                rate=rate,
                sources=sources,
                clipped=False,
            )
            yield last, block


def plan_normalisation(
    project: Project,
    duration: float,
    media_root: Path | None = None,
    reporter: Reporter | None = None,
    *,
    rate: int = RATE,
) -> MixLoudness:
    """The mix's loudness before and after normalising to the project's target and
    ceiling: exactly what write_mix_wav(normalise=True) will write (less 16-bit rounding)."""
    with _RawMix(project, duration, media_root, rate, reporter) as raw:
        return raw.plan(project.sound.loudness_target, project.sound.true_peak)


def _chunks(duration: float, rate: int) -> list[tuple[int, int]]:
    total = max(0, int(round(duration * rate)))
    chunk = int(CHUNK_SECONDS * rate)
    return [(first, min(first + chunk, total)) for first in range(0, total, chunk)]


def _wav_writer(path: Path, rate: int) -> wave.Wave_write:
    wav = wave.open(str(path), "wb")
    wav.setnchannels(2)
    wav.setsampwidth(2)
    wav.setframerate(rate)
    return wav


class _RawMix:
    """The unclipped mix in a temporary float32 file: mixed once, then read as often as
    normalising needs, a chunk (with the limiter's context) at a time."""

    def __init__(
        self,
        project: Project,
        duration: float,
        media_root: Path | None,
        rate: int,
        reporter: Reporter | None,
    ) -> None:
        self.rate = rate
        self.reporter = reporter
        self.duration = duration
        self._folder = tempfile.TemporaryDirectory(prefix="aigc-mix-")
        self.path = Path(self._folder.name) / "mix.f32"
        self.frames = 0
        meter = LoudnessMeter(rate)
        try:
            with open(self.path, "wb") as file:
                for last, block in _raw_mix_chunks(
                    project, duration, media_root, rate, reporter, tr("Mixing the sound"), 0.5
                ):
                    meter.add(block)
                    file.write(block.astype("<f4").tobytes())
                    self.frames = last
        except BaseException:
            self._folder.cleanup()
            raise
        self.before = meter.report()

    def __enter__(self) -> _RawMix:
        return self

    def __exit__(self, *exc: object) -> None:
        self._folder.cleanup()

    def read(self, start: int, stop: int) -> np.ndarray:
        """Samples start..stop of the raw mix, silence outside it."""
        return DecodedSound(self.path, self.frames).read(start, stop)

    def normalised(
        self, first: int, last: int, gain_db: float, limiter: TruePeakLimiter, limit: bool
    ) -> np.ndarray:
        """Samples first..last with the gain, through the limiter when it has work."""
        if not limit:
            return self.read(first, last) * np.float32(10 ** (gain_db / 20))
        margin = limiter.margin
        return limiter.apply(self.read(first - margin, last + margin), gain_db)

    def measure_normalised(
        self, gain_db: float, limiter: TruePeakLimiter, peaks: bool = False
    ) -> LoudnessReport:
        meter = LoudnessMeter(self.rate, peaks=peaks)
        for first, last in _chunks(self.duration, self.rate):
            if self.reporter is not None:
                check_cancelled(self.reporter)
            meter.add(np.clip(self.normalised(first, last, gain_db, limiter, True), -1, 1))
        return meter.report()

    def plan(self, target: float, ceiling: float) -> MixLoudness:
        """The gain that lands the limited mix within NORMALISE_TOLERANCE of ``target``."""
        gain = normalisation_gain(self.before, target, ceiling)
        if not limiter_needed(self.before, gain, ceiling):
            after = LoudnessReport(
                self.before.integrated_lufs + gain, self.before.true_peak_dbtp + gain
            )
            return MixLoudness(self.before, gain, after, limited=False)
        limiter = TruePeakLimiter(ceiling, self.rate)
        # Holding peaks down takes loudness away, more the higher the gain: measure and
        # aim again, stepping by how much the last step actually moved the loudness.
        slope, previous = 1.0, None
        for round_ in range(NORMALISE_ROUNDS):
            if self.reporter is not None:
                self.reporter.progress(
                    0.5 + 0.3 * round_ / NORMALISE_ROUNDS, tr("Measuring loudness")
                )
            loudness = self.measure_normalised(gain, limiter).integrated_lufs
            miss = target - loudness
            last_round = round_ == NORMALISE_ROUNDS - 1
            if not math.isfinite(miss) or abs(miss) <= NORMALISE_TOLERANCE or last_round:
                break
            if previous is not None and gain != previous[0]:
                slope = min(1.0, max(0.1, (loudness - previous[1]) / (gain - previous[0])))
            previous = (gain, loudness)
            gain += miss / slope
        # The limiter holds the true peak at the ceiling (less its margin); measured once.
        after = self.measure_normalised(gain, limiter, peaks=True)
        return MixLoudness(self.before, gain, after, limited=True)


def write_wav(path: str | Path, samples: np.ndarray, rate: int = RATE) -> Path:
    """(n,) mono or (n, 2) stereo float samples in [-1, 1] as a 16-bit WAV (a recorded
    line, a generated bed)."""
    samples = np.clip(np.asarray(samples, dtype=np.float64), -1.0, 1.0)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1 if samples.ndim == 1 else samples.shape[1])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.rint(samples * 32767).astype("<i2").tobytes())
    return Path(path)
