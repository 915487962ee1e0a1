"""Music ducking: the music drops while the narration speaks and comes back after.

The gain at a sample is computed from the narration clips' spans alone, never from what
came before, so the preview player's chunks and the export's chunks join exactly. Around
each narration clip the music's level in dB follows a trapezoid: full level until
``duck_attack`` seconds before the clip starts, a straight dB ramp down to ``duck_db``
at its start, held to its end, then a ramp back up over ``duck_release``. Lines closer
together than release + attack count as one span, so the music stays down between them
instead of bobbing up; elsewhere the deeper of overlapping ramps wins. Effects and
narration are never ducked.
"""

from __future__ import annotations

import numpy as np

from aigc_studio.project.model import AudioClip, Project


def narration_spans(project: Project, bridge: float = 0.0) -> list[tuple[float, float]]:
    """(start, end) seconds the narration plays, in timeline order; clips overlapping or
    less than ``bridge`` seconds apart are joined into one span."""
    clips = sorted(
        (clip.start, clip.end)
        for track in project.timeline.tracks_of("narration")
        for clip in track.clips
        if isinstance(clip, AudioClip) and clip.duration > 0 and clip.gain_db > -60.0
    )
    spans: list[tuple[float, float]] = []
    for start, end in clips:
        if spans and start - spans[-1][1] < bridge:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def duck_envelope(project: Project, first_sample: int, count: int, rate: int) -> np.ndarray:
    """Gain (count,) float32 for music at timeline samples first_sample .. + count:
    1.0 away from narration, 10 ** (duck_db / 20) while it plays, ramping between."""
    gain = np.ones(max(0, count), dtype=np.float32)
    sound = project.sound
    if count <= 0 or sound.duck_db >= 0.0:
        return gain
    attack = max(sound.duck_attack, 0.0) * rate  # samples
    release = max(sound.duck_release, 0.0) * rate
    last_sample = first_sample + count
    depth = np.zeros(count)  # 0 = full level, 1 = ducked all the way
    samples: np.ndarray | None = None
    for start, end in narration_spans(project, sound.duck_attack + sound.duck_release):
        start, end = start * rate, end * rate
        if end + release <= first_sample or start - attack >= last_sample:
            continue  # this clip's trapezoid does not reach the chunk
        if samples is None:
            samples = np.arange(first_sample, last_sample, dtype=np.float64)
        rising = (
            np.clip((samples - (start - attack)) / attack, 0, 1) if attack else samples >= start
        )
        falling = np.clip(((end + release) - samples) / release, 0, 1) if release else samples < end
        np.maximum(depth, np.minimum(rising, falling), out=depth)
    if samples is None:
        return gain
    return (10 ** (sound.duck_db * depth / 20)).astype(np.float32)
