"""Soundtracks made from nothing: a quiet synth pad bed, or silence. Deterministic, no files.

The pad is a pure function of time (``pad_samples``), so an export can produce it in
chunks while writing, and memory does not grow with the video's length.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from aigc_studio.translation import tr

SoundtrackKind = Literal["pad", "silent"]

# I - V - vi - IV in C, voiced low and close so the bed sits under a voice-over.
_CHORDS_HZ = (
    (130.81, 196.00, 261.63, 329.63),  # C3 G3 C4 E4
    (123.47, 196.00, 246.94, 293.66),  # B2 G3 B3 D4 (G/B)
    (110.00, 164.81, 220.00, 261.63),  # A2 E3 A3 C4
    (87.31, 174.61, 220.00, 261.63),  # F2 F3 A3 C4
)
_CHORD_SECONDS = 4.0
_CROSSFADE_SECONDS = 1.0  # neighbouring chords overlap by this much
# Fixed gain, not normalised per track (a chunk cannot know the whole track's peak): the
# summed voices peak near 5, so the pad peaks near 0.25 (about -12 dBFS), quiet enough
# to talk over.
_GAIN = 0.05


def make_soundtrack(
    duration: float, sample_rate: int = 48000, kind: SoundtrackKind = "pad"
) -> np.ndarray:
    """(n, 2) float32 stereo samples in [-1, 1], n = round(duration * sample_rate)."""
    n = max(0, int(round(duration * sample_rate)))
    if kind == "silent":
        return np.zeros((n, 2), dtype=np.float32)
    if kind != "pad":
        raise ValueError(
            tr("unknown soundtrack kind {kind!r}; expected 'pad' or 'silent'").format(kind=kind)
        )
    return pad_samples(np.arange(n, dtype=np.float64) / sample_rate, duration)


def pad_samples(t: np.ndarray, duration: float) -> np.ndarray:
    """The pad at times ``t`` (seconds, 1-D) of a track ``duration`` long: (len(t), 2) float32.

    Any slice of times gives the same samples as the whole track would, so callers may
    produce the track chunk by chunk.
    """
    t = np.atleast_1d(np.asarray(t, dtype=np.float64))
    stereo = np.zeros((len(t), 2), dtype=np.float32)
    if len(t) == 0:
        return stereo
    half_fade = _CROSSFADE_SECONDS / 2
    first = max(0, int((t.min() - half_fade) // _CHORD_SECONDS))
    last = max(0, int((t.max() + half_fade) // _CHORD_SECONDS))
    for k in range(first, last + 1):
        sounding = np.flatnonzero(_chord_weight(t, k))
        if sounding.size == 0:
            continue
        # Work on the span where the chord sounds (contiguous for increasing times; for
        # any other order the zero weights outside it keep the result right).
        span = slice(sounding[0], sounding[-1] + 1)
        ts = t[span]
        weight = _chord_weight(ts, k).astype(np.float32)
        chord = _CHORDS_HZ[k % len(_CHORDS_HZ)]
        for voice, freq in enumerate(chord):
            # Two slightly detuned oscillators per note, one per side: slow beating gives
            # width and movement without any effects.
            detune = 1.0 + 0.0015 * (voice + 1)
            phase = voice * 1.7 + k * 0.9
            stereo[span, 0] += weight * _soft_tone(ts, freq / detune, phase)
            stereo[span, 1] += weight * _soft_tone(ts, freq * detune, phase + 0.5)
    breathing = 0.85 + 0.15 * np.sin(2 * np.pi * t / 7.0)  # slow swell
    stereo *= (_GAIN * breathing * _fades(t, duration)).astype(np.float32)[:, None]
    return np.clip(stereo, -1.0, 1.0)


def _soft_tone(t: np.ndarray, freq: float, phase: float) -> np.ndarray:
    """A sine with a little second and third harmonic: warm, no buzz (float32)."""
    w = (2 * np.pi * freq * t + phase) % (2 * np.pi)  # phase in float64, then wrapped
    s = np.sin(w.astype(np.float32))
    c = np.cos(w.astype(np.float32))
    # sin 2w = 2 s c and sin 3w = s (3 - 4 s^2): one sin and one cos instead of three sins
    return s + 0.25 * (2 * s * c) + 0.08 * (s * (3 - 4 * s * s))


def _chord_weight(t: np.ndarray, k: int) -> np.ndarray:
    """Chord k plays from k*C to (k+1)*C, crossfading with its neighbours (equal power)."""
    start, end = k * _CHORD_SECONDS, (k + 1) * _CHORD_SECONDS
    half_fade = _CROSSFADE_SECONDS / 2
    rise = np.clip((t - (start - half_fade)) / _CROSSFADE_SECONDS, 0.0, 1.0)
    fall = np.clip(((end + half_fade) - t) / _CROSSFADE_SECONDS, 0.0, 1.0)
    if k == 0:
        rise = np.ones_like(t)  # nothing before the first chord; the fade-in handles it
    return np.sin(0.5 * np.pi * np.minimum(rise, fall))


def _fades(t: np.ndarray, duration: float) -> np.ndarray:
    fade_in = min(1.5, duration / 4)
    fade_out = min(2.0, duration / 3)
    gain_in = np.clip(t / fade_in, 0.0, 1.0) if fade_in > 0 else np.ones_like(t)
    gain_out = np.clip((duration - t) / fade_out, 0.0, 1.0) if fade_out > 0 else np.ones_like(t)
    return np.sin(0.5 * np.pi * gain_in) ** 2 * np.sin(0.5 * np.pi * gain_out) ** 2
