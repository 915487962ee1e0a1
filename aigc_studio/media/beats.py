"""Onsets, tempo and beats of a piece of audio, from its waveform alone (numpy, offline).

The steps are the textbook ones:

1. Onset envelope: a short-time Fourier transform (23 ms Hann windows every 5 ms), log
   magnitudes, and the spectral flux: how much louder each frequency got since the last
   frame, summed over frequencies (half-wave rectified, so only new sound counts).
2. Onsets: peaks of the envelope that are the largest within ±30 ms and stand above the
   envelope's local mean by a margin, at least 80 ms apart (Böck, Krebs & Schedl 2012).
3. Tempo: the autocorrelation of the envelope over lags of 40–240 BPM, weighted towards
   120 BPM on a log scale so a click track is not taken at half or double its speed.
4. Beats: dynamic programming over the envelope for the best chain of onsets about one
   beat apart (Ellis 2007), trimmed where the music has not started or has stopped.

Audio files are decoded by the bundled ffmpeg (media/ffmpeg.py), so any format it reads
works. Silence and near-silence give no onsets and no beats.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.translation import tr

ANALYSIS_RATE = 22050  # files are decoded at this rate: enough for rhythm, half the work
WINDOW_SECONDS = 0.023  # STFT window: short, so an onset's time is blurred by <= 6 ms
HOP_SECONDS = 0.005  # envelope step: beats land within 5 ms of where the flux peaks
SILENCE_PEAK = 1e-3  # audio quieter than -60 dBFS at its loudest has no beats
MAX_SECONDS = 600.0  # decode at most ten minutes: a short's soundtrack, never a whole album
LOG_GAIN = 10.0  # log(1 + g * |X|): loud bands are compressed, quiet ones stay nearly linear
PEAK_RADIUS = 0.03  # an onset is the envelope's largest value within this many seconds
MEAN_BEFORE, MEAN_AFTER = 0.1, 0.07  # the local mean the peak must clear spans these
THRESHOLD = 0.1  # ... by this fraction of the envelope's largest value
MIN_GAP = 0.08  # seconds between two onsets at least (no flams, no double triggers)
MIN_BPM, MAX_BPM, PRIOR_BPM = 40.0, 240.0, 120.0  # tempo search range and its favourite
TIGHTNESS = 100.0  # how strongly the beat tracker keeps beats one period apart


@dataclass(frozen=True)
class OnsetEnvelope:
    """Spectral flux over time: values[k] describes the frame at time k / frame_rate."""

    values: np.ndarray  # (frames,) float64, >= 0, largest value 1 unless silent
    frame_rate: float  # envelope frames per second


@dataclass(frozen=True)
class BeatAnalysis:
    """Everything one pass over the audio finds, in seconds from its start."""

    beats: list[float]  # the beat grid, one per beat, in order
    onsets: list[float]  # every detected onset (hits between beats included)
    tempo: float | None  # beats per minute; None when there are too few onsets to tell
    duration: float  # seconds of audio analysed


def decode_audio(
    path: str | Path, sample_rate: int = ANALYSIS_RATE, max_seconds: float = MAX_SECONDS
) -> np.ndarray:
    """Any audio file the bundled ffmpeg reads as mono float32 samples at ``sample_rate``."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(tr("no audio file at {path}").format(path=path))
    command = [
        ffmpeg_exe(),
        "-v",
        "error",
        "-nostdin",
        "-i",
        str(path),
        "-t",
        f"{max_seconds:g}",
        "-vn",
        "-ac",
        "1",
        "-ar",
        str(int(sample_rate)),
        "-f",
        "f32le",
        "pipe:1",
    ]
    result = subprocess.run(command, capture_output=True, check=False)
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ValueError(
            tr("cannot read {name} as audio: {reason}").format(
                name=path.name, reason=reason[-1] if reason else "?"
            )
        )
    return np.frombuffer(result.stdout, dtype="<f4").astype(np.float32)


def onset_envelope(samples: np.ndarray, sample_rate: int) -> OnsetEnvelope:
    """The spectral-flux envelope of mono (or multi-channel, averaged) samples."""
    samples = _mono(samples)
    hop = max(1, int(round(HOP_SECONDS * sample_rate)))
    frame_rate = sample_rate / hop
    window = int(2 ** np.ceil(np.log2(WINDOW_SECONDS * sample_rate)))
    if len(samples) == 0 or np.max(np.abs(samples)) < SILENCE_PEAK:
        return OnsetEnvelope(np.zeros(len(samples) // hop + 1), frame_rate)
    # Centred frames: frame k's window is centred on sample k * hop, i.e. time k / frame_rate.
    # Mirrored ends, not zeros: sound that is already playing at the start is no onset.
    padded = np.pad(samples.astype(np.float64), (window // 2, window // 2), mode="reflect")
    count = 1 + (len(padded) - window) // hop
    hann = np.hanning(window)
    bands = _band_matrix(window, sample_rate)
    flux = np.zeros(count)
    previous = None
    for first in range(0, count, 2048):  # in blocks, so a long file never needs much memory
        frames = np.lib.stride_tricks.sliding_window_view(padded, window)[
            first * hop : min(count, first + 2048) * hop : hop
        ]
        magnitude = np.abs(np.fft.rfft(frames * hann, axis=1)) * (2.0 / hann.sum())
        log_mag = np.log1p(LOG_GAIN * np.sqrt((magnitude**2) @ bands))
        if previous is None:
            previous = log_mag[:1]
        rise = np.diff(np.concatenate([previous, log_mag]), axis=0)
        flux[first : first + len(log_mag)] = np.maximum(rise, 0.0).sum(axis=1)
        previous = log_mag[-1:]
    peak = flux.max()
    return OnsetEnvelope(flux / peak if peak > 0 else flux, frame_rate)


def pick_onsets(envelope: OnsetEnvelope) -> list[int]:
    """Frames of the envelope's onsets (Böck et al.'s peak picking)."""
    values, rate = envelope.values, envelope.frame_rate
    if len(values) == 0 or values.max() <= 0:
        return []
    radius = max(1, int(round(PEAK_RADIUS * rate)))
    before, after = int(round(MEAN_BEFORE * rate)), int(round(MEAN_AFTER * rate))
    gap = int(round(MIN_GAP * rate))
    local_max = _running(values, radius, radius, np.max)
    local_mean = _running(values, before, after, np.mean)
    candidates = np.flatnonzero(
        (values >= local_max) & (values >= local_mean + THRESHOLD * values.max()) & (values > 0)
    )
    onsets: list[int] = []
    for frame in candidates:
        if not onsets or frame - onsets[-1] >= gap:
            onsets.append(int(frame))
    return onsets


def estimate_tempo(envelope: OnsetEnvelope) -> float | None:
    """Beats per minute from the envelope's autocorrelation; None if it has no rhythm."""
    values, rate = envelope.values, envelope.frame_rate
    shortest, longest = int(rate * 60 / MAX_BPM), int(np.ceil(rate * 60 / MIN_BPM))
    if len(values) < 2 * longest or values.max() <= 0:
        return None
    centred = values - values.mean()
    size = int(2 ** np.ceil(np.log2(2 * len(centred))))
    spectrum = np.fft.rfft(centred, size)
    autocorrelation = np.fft.irfft(spectrum * np.conj(spectrum), size)[: longest + 2]
    if autocorrelation[0] <= 0:
        return None
    lags = np.arange(shortest, longest + 1)
    bpm = 60.0 * rate / lags
    prior = np.exp(-0.5 * (np.log2(bpm / PRIOR_BPM)) ** 2)  # one octave either side
    weighted = autocorrelation[lags] * prior
    best = int(np.argmax(weighted))
    if weighted[best] <= 0:
        return None
    lag = float(lags[best])
    if 0 < best < len(lags) - 1:  # parabolic interpolation between envelope frames
        a, b, c = weighted[best - 1], weighted[best], weighted[best + 1]
        denominator = a - 2 * b + c
        if denominator < 0:
            lag += 0.5 * (a - c) / denominator
    return 60.0 * rate / lag


def track_beats(envelope: OnsetEnvelope, tempo: float, onsets: list[int]) -> list[int]:
    """Frames of the beats: the chain of strong envelope frames about one period apart."""
    values, rate = envelope.values, envelope.frame_rate
    period = 60.0 * rate / tempo
    if len(onsets) < 2:
        return list(onsets)
    # Only moments with sound can score; between onsets the chain keeps its best score.
    strength = values / (values.std() + 1e-12)
    score = np.zeros(len(values))
    back = np.full(len(values), -1)
    lo, hi = int(round(period / 2)), int(round(2 * period))
    steps = np.arange(lo, hi + 1)
    penalty = -TIGHTNESS * np.log(steps / period) ** 2
    for t in range(len(values)):
        candidates = t - steps
        valid = candidates >= 0
        best_score = 0.0
        if valid.any():
            options = score[candidates[valid]] + penalty[valid]
            pick = int(np.argmax(options))
            if options[pick] > 0:
                best_score = options[pick]
                back[t] = candidates[valid][pick]
        score[t] = strength[t] + best_score
    # The chain ends at the best-scoring frame near the last onset, then runs backwards.
    end_zone = np.arange(max(0, onsets[-1] - hi), min(len(values), onsets[-1] + lo))
    frame = int(end_zone[np.argmax(score[end_zone])])
    beats = [frame]
    while back[frame] >= 0:
        frame = int(back[frame])
        beats.append(frame)
    beats.reverse()
    # Trim beats before the first onset and after the last (the chain may coast there).
    first, last = onsets[0] - lo // 2, onsets[-1] + lo // 2
    return [b for b in beats if first <= b <= last]


def analyse(source: str | Path | np.ndarray, sample_rate: int | None = None) -> BeatAnalysis:
    """Beats, onsets and tempo of an audio file, or of samples at ``sample_rate``."""
    samples, rate = _load(source, sample_rate)
    envelope = onset_envelope(samples, rate)
    onsets = pick_onsets(envelope)
    tempo = estimate_tempo(envelope) if len(onsets) >= 2 else None
    beats = track_beats(envelope, tempo, onsets) if tempo else list(onsets)
    seconds = [float(f / envelope.frame_rate) for f in beats]
    return BeatAnalysis(
        beats=seconds,
        onsets=[float(f / envelope.frame_rate) for f in onsets],
        tempo=tempo,
        duration=len(samples) / rate,
    )


def beat_times(source: str | Path | np.ndarray, sample_rate: int | None = None) -> list[float]:
    """Seconds of each beat from the audio's start: a file path, or samples (mono, or
    (n, channels)) at ``sample_rate``."""
    return analyse(source, sample_rate).beats


def _load(source: str | Path | np.ndarray, sample_rate: int | None) -> tuple[np.ndarray, int]:
    if isinstance(source, (str, Path)):
        rate = int(sample_rate or ANALYSIS_RATE)
        return decode_audio(source, rate), rate
    if not sample_rate or sample_rate <= 0:
        raise ValueError(tr("samples need their sample rate"))
    return _mono(source), int(sample_rate)


def _band_matrix(window: int, sample_rate: int) -> np.ndarray:
    """(bins, bands) 0/1 matrix grouping FFT bins into bands a third of an octave wide
    (one bin each at the bottom): summing noise power over a band steadies it, so only a
    real change of sound makes flux, and the many high bins do not outvote the bass."""
    freqs = np.fft.rfftfreq(window, 1.0 / sample_rate)
    edges = [0.0]
    while edges[-1] < freqs[-1]:
        edges.append(max(edges[-1] * 2 ** (1 / 3), edges[-1] + freqs[1]))
    band = np.searchsorted(edges, freqs, side="right") - 1
    used = np.unique(band)
    return (band[:, None] == used[None, :]).astype(np.float64)


def _mono(samples: np.ndarray) -> np.ndarray:
    samples = np.asarray(samples, dtype=np.float32)
    return samples.mean(axis=1) if samples.ndim == 2 else samples.reshape(-1)


def _running(values: np.ndarray, before: int, after: int, reduce) -> np.ndarray:
    """reduce() over values[k - before : k + after + 1] for every k (edges padded)."""
    padded = np.pad(values, (before, after), mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, before + after + 1)
    return reduce(windows, axis=1)
