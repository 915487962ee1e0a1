"""Loudness as platforms measure it (ITU-R BS.1770-4 / EBU R128) and a true-peak limiter.

Integrated loudness: each channel is K-weighted (a high shelf then a high pass, two
biquads), mean squares are taken over 400 ms blocks every 100 ms, blocks quieter than
-70 LUFS are dropped, then blocks more than 10 LU below the loudness of the rest. True
peak: the signal is oversampled 4x by a polyphase windowed-sinc interpolator and the
largest magnitude is read in dBTP.

Everything streams: a LoudnessMeter takes the sound in chunks (only ten numbers per
second are kept), so a long mix is measured from disk with flat memory. numpy only: the
biquads run block-wise (each block's zero-state response by FFT convolution with the
filter's impulse response, plus the response to the state the previous block left,
which is exact), 60 s of stereo measure in a fraction of a second.
"""

from __future__ import annotations

import math
import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.sources import describe
from aigc_studio.translation import tr

RATE = 48000  # Hz: measure_file decodes to this rate
ABSOLUTE_GATE = -70.0  # LUFS: blocks quieter than this are silence
RELATIVE_GATE = -10.0  # LU below the ungated loudness: pauses between words and notes
BLOCK_SECONDS = 0.4  # gating block length
STEP_SECONDS = 0.1  # gating blocks start every 100 ms (75 % overlap)
OVERSAMPLE = 4  # true peak: samples per input sample
TAPS_PER_PHASE = 24  # interpolator length per phase (BS.1770 asks for at least 12)
FILTER_BLOCK = 2048  # samples per block of the block-wise IIR
LIMITER_RAMP_SECONDS = 0.002  # limiter gain moves over 2 x this before and after a peak
LIMITER_MARGIN_DB = 0.4  # the limiter aims this far under the ceiling (16-bit rounding,
# and a meter with a different interpolator, must still read at or under the ceiling)
SILENCE = float("-inf")  # what a silent signal measures


@dataclass(frozen=True)
class LoudnessReport:
    integrated_lufs: float  # BS.1770 gated loudness; -inf for silence
    true_peak_dbtp: float  # highest 4x-oversampled magnitude in dB; -inf for silence

    def __str__(self) -> str:
        loudness, peak = _db_text(self.integrated_lufs), _db_text(self.true_peak_dbtp)
        return tr("integrated {loudness} LUFS, true peak {peak} dBTP").format(
            loudness=loudness, peak=peak
        )


def _db_text(value: float) -> str:
    return "-inf" if value == SILENCE else f"{value:.1f}"


# --- K-weighting -------------------------------------------------------------------------


@dataclass(frozen=True)
class Biquad:
    b: tuple[float, float, float]  # numerator b0, b1, b2
    a: tuple[float, float]  # denominator a1, a2 (a0 = 1)


def k_weighting(rate: int) -> tuple[Biquad, Biquad]:
    """BS.1770's two K-weighting stages at any rate (the standard's 48 kHz coefficients
    come out exactly; other rates by the same bilinear design)."""
    # Stage 1: high shelf, +4 dB above ~1.7 kHz (the head's acoustic effect).
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = Biquad(
        ((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0),
        (2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0),
    )
    # Stage 2: high pass at ~38 Hz (RLB weighting).
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    a0 = 1 + k / q + k * k
    high_pass = Biquad((1.0, -2.0, 1.0), (2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0))
    return shelf, high_pass


@lru_cache(maxsize=16)
def _block_responses(section: Biquad, length: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The spectrum of the first ``length`` samples of the impulse response (zero-padded
    to 2 x length), and the responses to a unit value in each state with no input."""
    (b0, b1, b2), (a1, a2) = section.b, section.a

    def run(x0: float, z1: float, z2: float) -> np.ndarray:
        y = np.empty(length)
        for n in range(length):  # once per filter and block length: cached
            x = x0 if n == 0 else 0.0
            y[n] = b0 * x + z1
            z1, z2 = b1 * x - a1 * y[n] + z2, b2 * x - a2 * y[n]
        return y

    spectrum = np.fft.rfft(run(1.0, 0.0, 0.0), 2 * length)
    return spectrum, run(0.0, 1.0, 0.0), run(0.0, 0.0, 1.0)


def biquad_filter(section: Biquad, x: np.ndarray, history: np.ndarray) -> np.ndarray:
    """Filter (channels, n) float64 samples. ``history`` (4, channels) holds the previous
    chunk's last inputs and outputs (x[-1], x[-2], y[-1], y[-2]; zeros at the start) and
    is updated in place, so chunk after chunk equals filtering the whole at once."""
    channels, count = x.shape
    if count == 0:
        return np.zeros((channels, 0))
    length = FILTER_BLOCK
    blocks = -(-count // length)
    padded = np.zeros((channels, blocks, 2 * length))
    flat = np.zeros((channels, blocks * length))
    flat[:, :count] = x
    padded[:, :, :length] = flat.reshape(channels, blocks, length)
    spectrum, from_z1, from_z2 = _block_responses(section, length)
    # Every block's response as if it started from rest: all blocks in one batch of FFTs
    # (the zero half makes the circular convolution a linear one).
    rest = np.fft.irfft(np.fft.rfft(padded, axis=-1) * spectrum, axis=-1)
    y = rest[:, :, :length]
    xs = padded[:, :, :length]
    (_, b1, b2), (a1, a2) = section.b, section.a
    # Transposed direct form II state from the previous inputs and outputs.
    x1, x2, y1, y2 = history
    z1 = b1 * x1 - a1 * y1 + b2 * x2 - a2 * y2
    z2 = b2 * x1 - a2 * y1
    for block in range(blocks):
        out = y[:, block]
        out += z1[:, None] * from_z1 + z2[:, None] * from_z2
        # The state after a block follows from its last two inputs and outputs.
        z1 = b1 * xs[:, block, -1] - a1 * out[:, -1] + b2 * xs[:, block, -2] - a2 * out[:, -2]
        z2 = b2 * xs[:, block, -1] - a2 * out[:, -1]
    y = y.reshape(channels, -1)[:, :count]
    old = history.copy()
    if count >= 2:
        history[:] = x[:, -1], x[:, -2], y[:, -1], y[:, -2]
    else:
        history[:] = x[:, -1], old[0], y[:, -1], old[2]
    return y


def k_weighted(x: np.ndarray, rate: int, history: np.ndarray) -> np.ndarray:
    """Both K-weighting stages on (channels, n) samples; ``history`` is (8, channels),
    updated in place."""
    shelf, high_pass = k_weighting(rate)
    return biquad_filter(high_pass, biquad_filter(shelf, x, history[:4]), history[4:])


# --- true peak ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _interpolator() -> np.ndarray:
    """(OVERSAMPLE - 1, 2 x TAPS_PER_PHASE) polyphase filters: row p gives the value
    p / OVERSAMPLE of the way from sample n to n + 1 (a Kaiser-windowed sinc; the phase
    at 0 is the sample itself)."""
    half = TAPS_PER_PHASE
    taps = np.arange(-half + 1, half + 1)  # offsets of the input samples around n
    rows = []
    for phase in range(1, OVERSAMPLE):
        t = taps - phase / OVERSAMPLE  # distance of each input sample from the point
        window = np.i0(8.0 * np.sqrt(np.clip(1 - (t / (half + 0.5)) ** 2, 0, 1))) / np.i0(8.0)
        row = np.sinc(t) * window
        rows.append(row / row.sum())  # unity gain at low frequencies
    return np.array(rows)


def true_peak_envelope(x: np.ndarray) -> np.ndarray:
    """(channels, n + 2 x TAPS - 1) float64 samples in, the largest magnitude of the
    4x-oversampled signal from sample n to just before n + 1, for the n middle samples
    (``TAPS_PER_PHASE - 1`` samples of context before, ``TAPS_PER_PHASE`` after)."""
    half = TAPS_PER_PHASE
    count = x.shape[1] - 2 * half + 1
    peak = np.abs(x[:, half - 1 : half - 1 + count]).max(axis=0)
    for row in _interpolator():
        for channel in x:
            # np.convolve flips its kernel; the row is written in sample order.
            between = np.convolve(channel, row[::-1], mode="valid")
            np.maximum(peak, np.abs(between[:count]), out=peak)
    return peak


# --- metering ----------------------------------------------------------------------------


class LoudnessMeter:
    """Integrated loudness and true peak of sound given chunk after chunk."""

    def __init__(self, rate: int = RATE, channels: int = 2, *, peaks: bool = True) -> None:
        self.rate = rate
        self.channels = channels
        self.peaks = peaks  # False skips the true peak (reported as -inf): twice as fast
        self._history = np.zeros((8, channels))  # K-weighting filter state
        self._step = int(round(STEP_SECONDS * rate))  # samples per 100 ms segment
        self._partial = np.zeros(channels)  # sum of squares of the unfinished segment
        self._partial_count = 0
        self._segments: list[np.ndarray] = []  # per 100 ms: mean square per channel
        self._context = np.zeros((channels, TAPS_PER_PHASE - 1))  # true peak: samples before
        self._pending = np.zeros((channels, 0))  # true peak: samples awaiting their future
        self._peak = 0.0
        self.samples = 0  # samples per channel measured so far

    def add(self, samples: np.ndarray) -> None:
        """(n, channels) samples, any float type, continuing the previous chunk."""
        x = np.asarray(samples, dtype=np.float64).reshape(-1, self.channels).T
        if x.shape[1] == 0:
            return
        self.samples += x.shape[1]
        self._add_power(k_weighted(x, self.rate, self._history))
        if self.peaks:
            self._add_peaks(x)

    def _add_power(self, weighted: np.ndarray) -> None:
        squares = np.square(weighted)
        at = 0
        if self._partial_count:
            take = min(self._step - self._partial_count, squares.shape[1])
            self._partial += squares[:, :take].sum(axis=1)
            self._partial_count += take
            at = take
            if self._partial_count < self._step:
                return
            self._segments.append(self._partial / self._step)
            self._partial, self._partial_count = np.zeros(self.channels), 0
        whole = (squares.shape[1] - at) // self._step
        if whole:
            blocks = squares[:, at : at + whole * self._step].reshape(self.channels, whole, -1)
            self._segments.extend(blocks.mean(axis=2).T)
            at += whole * self._step
        self._partial = squares[:, at:].sum(axis=1)
        self._partial_count = squares.shape[1] - at

    def _add_peaks(self, x: np.ndarray) -> None:
        pending = np.concatenate([self._pending, x], axis=1)
        ready = pending.shape[1] - TAPS_PER_PHASE  # these have their future samples
        if ready > 0:
            window = np.concatenate([self._context, pending], axis=1)
            self._peak = max(self._peak, float(true_peak_envelope(window).max()))
            self._context = pending[:, ready - TAPS_PER_PHASE + 1 : ready]
            if self._context.shape[1] < TAPS_PER_PHASE - 1:  # a very short first chunk
                self._context = window[:, ready : ready + TAPS_PER_PHASE - 1]
            pending = pending[:, ready:]
        self._pending = pending

    def report(self) -> LoudnessReport:
        """The loudness of everything added so far (the signal is taken to end here)."""
        # The last samples' peaks need the silence after the end.
        tail = np.concatenate(
            [self._context, self._pending, np.zeros((self.channels, TAPS_PER_PHASE))], axis=1
        )
        peak = self._peak
        if self._pending.shape[1]:
            peak = max(peak, float(true_peak_envelope(tail).max()))
        return LoudnessReport(gated_loudness(self._segments), _db(peak))


def gated_loudness(segments: list[np.ndarray]) -> float:
    """BS.1770-4 integrated loudness from 100 ms mean squares (per channel, weight 1)."""
    per_block = round(BLOCK_SECONDS / STEP_SECONDS)
    if len(segments) < per_block:
        return SILENCE
    power = np.asarray(segments).sum(axis=1)  # channel weights are 1 for L, R (and mono)
    windows = np.lib.stride_tricks.sliding_window_view(power, per_block)
    blocks = windows.mean(axis=1)
    loud = blocks[blocks > _power(ABSOLUTE_GATE)]
    if len(loud) == 0:
        return SILENCE
    relative = _power(_lufs(loud.mean()) + RELATIVE_GATE)
    kept = loud[loud > relative]
    return _lufs(kept.mean())


def _lufs(power: float) -> float:
    return -0.691 + 10 * math.log10(power) if power > 0 else SILENCE


def _power(lufs: float) -> float:
    return 10 ** ((lufs + 0.691) / 10)


def _db(magnitude: float) -> float:
    return 20 * math.log10(magnitude) if magnitude > 0 else SILENCE


def measure(samples: np.ndarray, rate: int = RATE) -> LoudnessReport:
    """Loudness of (n, channels) or (n,) mono samples held in memory."""
    samples = np.asarray(samples)
    meter = LoudnessMeter(rate, 1 if samples.ndim == 1 else samples.shape[1])
    step = 5 * rate  # chunks keep the filters' work arrays small
    for first in range(0, len(samples), step):
        meter.add(samples[first : first + step])
    return meter.report()


def measure_file(path: str | Path, chunk_seconds: float = 5.0) -> LoudnessReport:
    """Loudness of any audio or video file's sound, decoded by the bundled ffmpeg to
    float32 at 48 kHz (stereo; mono stays one channel, as BS.1770 counts it) and measured
    as it streams in. A file that cannot be read is a ValueError with one sentence."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(tr("{name} is missing or not a file.").format(name=path.name))
    channels = 1 if _is_mono(path) else 2
    command = [ffmpeg_exe(), "-v", "error", "-nostdin", "-i", str(path), "-vn", "-sn"]
    command += ["-ac", str(channels), "-ar", str(RATE), "-f", "f32le", "-"]
    meter = LoudnessMeter(RATE, channels)
    chunk_bytes = int(chunk_seconds * RATE) * channels * 4
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        leftover = b""
        while data := process.stdout.read(chunk_bytes):
            data = leftover + data
            usable = len(data) - len(data) % (4 * channels)
            meter.add(np.frombuffer(data[:usable], "<f4").reshape(-1, channels))
            leftover = data[usable:]
        errors = process.stderr.read().decode("utf-8", "replace").strip()
        process.wait()
    if process.returncode != 0 or meter.samples == 0:
        reason = errors.splitlines()[-1] if errors else tr("it has no sound")
        raise ValueError(
            tr("The sound of {name} cannot be read: {reason}").format(
                name=path.name, reason=reason[:300]
            )
        )
    return meter.report()


def _is_mono(path: Path) -> bool:
    stream = re.search(r"Stream #\S+.*?: Audio: .*", describe(path))
    return (
        stream is not None and re.search(r"\bHz, (mono|1 channels)\b", stream.group(0)) is not None
    )


# --- normalisation -----------------------------------------------------------------------


def normalisation_gain(report: LoudnessReport, target: float, ceiling: float) -> float:
    """dB to add so the integrated loudness lands on ``target`` LUFS: 0 for silence. The
    true peak this would give may pass ``ceiling`` dBTP; the limiter takes care of that
    (``limiter_needed`` says whether it will have work to do)."""
    if report.integrated_lufs == SILENCE:
        return 0.0
    return target - report.integrated_lufs


def limiter_needed(report: LoudnessReport, gain_db: float, ceiling: float) -> bool:
    """Whether the peaks after ``gain_db`` would pass the ceiling (less the margin)."""
    return report.true_peak_dbtp + gain_db > ceiling - LIMITER_MARGIN_DB


# --- limiter -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TruePeakLimiter:
    """Look-ahead limiter: where the gained signal's true peak would pass the ceiling the
    gain dips just enough, reaching its depth before the peak and recovering after it,
    smoothly (two moving averages). Stateless: samples n come out the same whatever chunk
    they are in, given ``margin`` samples of context each side."""

    ceiling_db: float = -1.0  # highest true peak wanted, dBTP
    rate: int = RATE  # Hz, sets the ramp length in samples

    @property
    def ramp(self) -> int:
        """Half length of each moving average, in samples."""
        return max(1, int(round(LIMITER_RAMP_SECONDS * self.rate)))

    @property
    def reach(self) -> int:
        """How far a peak's gain dip extends either side (the smoothing's support plus the
        interpolator's)."""
        return 2 * self.ramp + TAPS_PER_PHASE + 1

    @property
    def margin(self) -> int:
        """Context samples needed either side of a chunk."""
        return 2 * self.reach + TAPS_PER_PHASE

    def apply(self, padded: np.ndarray, gain_db: float) -> np.ndarray:
        """(margin + n + margin, channels) samples in, the n middle ones out (float32),
        amplified by ``gain_db`` and limited to the ceiling."""
        x = np.asarray(padded, dtype=np.float64).T * 10 ** (gain_db / 20)
        margin, count = self.margin, padded.shape[0] - 2 * self.margin
        middle = x[:, margin : margin + count]
        ceiling = 10 ** ((self.ceiling_db - LIMITER_MARGIN_DB) / 20)
        if count <= 0:
            return np.zeros((0, padded.shape[1]), dtype=np.float32)
        if np.abs(x).max() <= ceiling * 0.5:  # no peak anywhere near: nothing to limit
            return middle.T.astype(np.float32)
        half = TAPS_PER_PHASE
        peaks = true_peak_envelope(x)  # samples half - 1 .. len - half - 1 of x
        if peaks.max() <= ceiling:
            return middle.T.astype(np.float32)
        wanted = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12))
        # Samples before and after also shape the points between n and n + 1, so each
        # point's gain limit holds over the interpolator's reach, then the two moving
        # averages (each 2 x ramp + 1 long) keep every output at or under its limit.
        hold = _running_min(wanted, 2 * self.reach + 1)
        gain = _moving_average(_moving_average(hold, 2 * self.ramp + 1), 2 * self.ramp + 1)
        # hold[i] covers wanted[i .. i + 2 reach], centred on wanted index i + reach, which
        # is x index i + reach + half - 1; each average is centred too.
        first = margin - (self.reach + half - 1) - 2 * self.ramp
        gain = gain[first : first + count]
        return (middle * gain).T.astype(np.float32)


def _running_min(values: np.ndarray, width: int) -> np.ndarray:
    """min(values[i : i + width]) for each i (van Herk / Gil-Werman: O(n) in numpy)."""
    count = len(values) - width + 1
    if count <= 0:
        return np.zeros(0)
    blocks = -(-len(values) // width)
    padded = np.full(blocks * width, np.inf)
    padded[: len(values)] = values
    grid = padded.reshape(blocks, width)
    prefix = np.minimum.accumulate(grid, axis=1).ravel()
    suffix = np.minimum.accumulate(grid[:, ::-1], axis=1)[:, ::-1].ravel()
    index = np.arange(count)
    return np.minimum(suffix[index], prefix[index + width - 1])


def _moving_average(values: np.ndarray, width: int) -> np.ndarray:
    """mean(values[i : i + width]) for each i."""
    sums = np.concatenate([[0.0], np.cumsum(values)])
    return (sums[width:] - sums[:-width]) / width
