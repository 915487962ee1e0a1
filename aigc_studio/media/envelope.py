"""How loud the narration is, moment by moment, as 0..1: what drives a virtual host's mouth.

RMS per frame in dB, mapped from a floor (silence, the mouth shut) to the line's own peak
(the mouth fully open), then smoothed with a fast attack and a slower release, so the
mouth opens on a syllable at once but does not flicker shut between two of them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aigc_studio.media.mix import RATE, SHARED_SOURCES, AudioSources
from aigc_studio.media.sources import media_path
from aigc_studio.project.model import AudioClip, Project
from aigc_studio.translation import tr

# Hz the narration is read at for its envelope: the mix's own rate, so a narration WAV
# is read in place and any other file's decode is shared with the preview's sound (and
# the other way round) through mix.SHARED_SOURCES, instead of decoded again per edit.
ENVELOPE_RATE = RATE


@dataclass(frozen=True)
class EnvelopeShape:
    """How RMS levels become mouth openness."""

    floor_db: float = -45.0  # dBFS at and under which the mouth is shut
    range_db: float = 30.0  # the mouth opens fully this far above the floor, or at the
    # line's peak when that is nearer (a quiet recording still opens the mouth fully)
    attack_s: float = 0.02  # seconds the envelope takes to rise most of the way
    release_s: float = 0.08  # seconds it takes to fall most of the way


def loudness_envelope(
    samples: np.ndarray, rate: int, fps: int = 50, shape: EnvelopeShape | None = None
) -> np.ndarray:
    """(ceil(len / (rate / fps)),) float32 in 0..1: the sound's loudness, ``fps`` values a
    second; ``samples`` mono (n,) or (n, channels) floats in -1..1."""
    shape = shape or EnvelopeShape()
    if rate <= 0 or fps <= 0:
        raise ValueError(tr("the sample rate and the envelope's rate must be positive"))
    mono = np.asarray(samples, dtype=np.float64)
    if mono.ndim == 2:
        mono = mono.mean(axis=1)
    hop = rate / fps
    count = int(math.ceil(len(mono) / hop)) if len(mono) else 0
    if count == 0:
        return np.zeros(0, dtype=np.float32)
    edges = np.minimum(np.round(np.arange(count + 1) * hop).astype(np.int64), len(mono))
    squares = np.concatenate([[0.0], np.cumsum(mono * mono)])
    lengths = np.maximum(edges[1:] - edges[:-1], 1)
    rms = np.sqrt(np.maximum(squares[edges[1:]] - squares[edges[:-1]], 0.0) / lengths)
    db = 20 * np.log10(np.maximum(rms, 1e-9))
    top = min(float(db.max()), shape.floor_db + shape.range_db)
    span = max(top - shape.floor_db, 1e-6)
    level = np.clip((db - shape.floor_db) / span, 0.0, 1.0)
    return _smoothed(level, fps, shape).astype(np.float32)


def _smoothed(level: np.ndarray, fps: int, shape: EnvelopeShape) -> np.ndarray:
    """One-pole attack/release follower (the way a compressor's detector follows sound)."""
    rise = 1.0 - math.exp(-1.0 / max(shape.attack_s * fps, 1e-6))
    fall = 1.0 - math.exp(-1.0 / max(shape.release_s * fps, 1e-6))
    out = np.empty_like(level)
    value = 0.0
    for i, target in enumerate(level):
        value += (target - value) * (rise if target > value else fall)
        out[i] = value
    return out


def project_narration_envelope(
    project: Project, media_root: Path | None, fps: int = 50, sources: AudioSources | None = None
) -> np.ndarray:
    """The loudness envelope of everything on the project's narration tracks, from the
    timeline's start to the end of the last narration clip (each clip at its gain and
    fades, as the mix plays it); ``sources`` keeps decoded files (None: the shared ones)."""
    clips = [
        clip
        for track in project.timeline.tracks_of("narration")
        for clip in track.clips
        if isinstance(clip, AudioClip)
    ]
    if not clips:
        raise ValueError(tr("The project has no narration to speak: add a voice first."))
    end = max(clip.end for clip in clips)
    total = int(math.ceil(end * ENVELOPE_RATE))
    mix = np.zeros(total, dtype=np.float32)
    sources = sources or SHARED_SOURCES
    for clip in clips:
        sound = sources.sound(media_path(clip.path, media_root), ENVELOPE_RATE)
        first = int(round(clip.start * ENVELOPE_RATE))
        count = min(int(round(clip.duration * ENVELOPE_RATE)), total - first)
        source = int(round(clip.source_in * ENVELOPE_RATE))
        if clip.loop and sound.frames > 0:
            index = (source + np.arange(count)) % sound.frames
            part = sound.read(0, sound.frames)[index]
        else:
            part = sound.read(source, source + count)
        mix[first : first + len(part)] += part.mean(axis=1) * _clip_gain(clip, len(part))
    return loudness_envelope(mix, ENVELOPE_RATE, fps)


def _clip_gain(clip: AudioClip, count: int) -> np.ndarray:
    """(count,) float32 the clip's gain over its samples: gain_db with its linear fades
    (media/mix.py fades the same way), so a faded-in line opens the mouth as it is heard."""
    gain = np.full(count, 10 ** (clip.gain_db / 20), dtype=np.float32)
    offsets = np.arange(count, dtype=np.float64)
    if clip.fade_in > 0:
        gain *= np.clip(offsets / (clip.fade_in * ENVELOPE_RATE), 0.0, 1.0).astype(np.float32)
    if clip.fade_out > 0:
        left = clip.duration * ENVELOPE_RATE - offsets
        gain *= np.clip(left / (clip.fade_out * ENVELOPE_RATE), 0.0, 1.0).astype(np.float32)
    return gain
