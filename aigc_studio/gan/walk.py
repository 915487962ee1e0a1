"""Latent walks with timed keyframes, easing and looping, sampled frame by frame.

A walk visits its keyframes at given times (seconds from the clip's start) and moves
between them by slerp or linear interpolation, each segment with its own easing. Before
the first keyframe's time it holds the first face; after the last one it holds the last
face, or, when it loops, walks back to the first face so that it arrives there exactly one
clip length after the first keyframe: the next frame after the clip is its first frame
again, so back-to-back copies of a looping clip join without a jump.

Frame j of a clip shows the walk at j / fps seconds, the same times the timeline renders
at, so a clip re-renders at any frame rate from its latents alone.

Walks saved before keyframe times existed have none (``times`` None): their keyframes are
spread evenly over the whole duration and they render exactly as they always did
(latent.latent_at at u = t / duration). Pure numpy, no torch, no Qt.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from aigc_studio.gan.latent import Interpolation, latent_at, lerp, slerp
from aigc_studio.translation import tr

Easing = Literal["linear", "ease-in-out", "ease-in", "ease-out"]

# Each maps progress through a segment in [0, 1] onto [0, 1], fixing both ends, so easing
# changes how a morph moves between two faces but never which faces it starts and ends on.
EASINGS: dict[str, Callable[[float], float]] = {
    "linear": lambda t: t,
    "ease-in-out": lambda t: t * t * (3.0 - 2.0 * t),  # smoothstep: slow out, slow in
    "ease-in": lambda t: t * t,  # starts slowly, arrives at full speed
    "ease-out": lambda t: 1.0 - (1.0 - t) * (1.0 - t),  # leaves at full speed, settles
}
INTERPOLATIONS: tuple[str, ...] = ("slerp", "linear")


def ease(name: str, t: float) -> float:
    """Eased progress through a segment; t is clamped to [0, 1]."""
    try:
        curve = EASINGS[name]
    except KeyError:
        raise ValueError(
            tr("unknown easing {name!r}; expected one of {choices}").format(
                name=name, choices=list(EASINGS)
            )
        ) from None
    return curve(min(max(float(t), 0.0), 1.0))


def even_times(count: int, end: float) -> list[float]:
    """``count`` keyframe times spread evenly from 0 to ``end`` seconds."""
    if count < 1:
        return []
    if count == 1:
        return [0.0]
    return [end * k / (count - 1) for k in range(count)]


def frame_total(duration: float, fps: float) -> int:
    """Frames in a clip: round(duration * fps), the timeline's own count."""
    return max(0, int(round(duration * fps)))


@dataclass(frozen=True)
class Walk:
    """A latent walk: the faces to visit, when, and how to move between them."""

    keyframes: np.ndarray  # (K, nz) float64 latents, K >= 2, in the order visited
    # Seconds from the clip's start at which each keyframe is reached, non-decreasing; None
    # spreads them evenly over the whole duration (projects saved before keyframe times).
    times: tuple[float, ...] | None = None
    # Easing of each segment: segment k runs from keyframe k to k + 1, and segment K - 1
    # from the last keyframe back to the first when looping. Missing entries are linear.
    easing: tuple[str, ...] = ()
    interpolation: Interpolation = "slerp"  # slerp keeps latents at a typical norm
    loop: bool = False  # after the last keyframe, walk back to the first

    def __post_init__(self) -> None:
        keyframes = np.asarray(self.keyframes, dtype=np.float64)
        if keyframes.ndim != 2 or len(keyframes) < 2:
            raise ValueError(tr("a latent walk needs at least two keyframes of the same length"))
        if not np.isfinite(keyframes).all():
            raise ValueError(tr("latent walk keyframes must be finite numbers"))
        object.__setattr__(self, "keyframes", keyframes)
        if self.times is not None:
            times = tuple(float(t) for t in self.times)
            check_times(times, len(keyframes))
            object.__setattr__(self, "times", times)
        for name in self.easing:
            if name not in EASINGS:
                raise ValueError(
                    tr("unknown easing {name!r}; expected one of {choices}").format(
                        name=name, choices=list(EASINGS)
                    )
                )
        object.__setattr__(self, "easing", tuple(self.easing))
        if self.interpolation not in INTERPOLATIONS:
            raise ValueError(tr("unknown interpolation {name!r}").format(name=self.interpolation))

    @property
    def segments(self) -> int:
        """Morphs in the walk: one between each pair of keyframes, plus one back if looping."""
        return len(self.keyframes) - (0 if self.loop else 1)

    def segment_easing(self, index: int) -> str:
        return self.easing[index] if index < len(self.easing) else "linear"

    @property
    def legacy(self) -> bool:
        """Rendered by the original rule: evenly spaced, linear easing, no loop."""
        plain = all(name == "linear" for name in self.easing)
        return self.times is None and plain and not self.loop

    def keyframe_times(self, duration: float) -> tuple[float, ...]:
        """When each keyframe is reached in a clip ``duration`` seconds long."""
        if self.times is not None:
            return self.times
        # Evenly over the duration; a loop also spends one equal segment walking back.
        count = len(self.keyframes)
        step = duration / (count if self.loop else count - 1)
        return tuple(step * k for k in range(count))


def reached_keyframes(walk: Walk, duration: float) -> list[int]:
    """Indices of the keyframes a clip ``duration`` seconds long reaches (or ends on); a
    keyframe timed after the clip's end never shows."""
    times = walk.keyframe_times(duration)
    return [k for k, t in enumerate(times) if t <= duration]


def beat_keyframe_times(
    beats: Sequence[float], count: int, every: int = 1, first_beat: int = 0
) -> list[float]:
    """Times for ``count`` keyframes on every ``every``-th beat from beat ``first_beat`` on
    (seconds from the clip's start, where the music starts too). A walk with more keyframes
    than the music has beats goes on at the music's median beat interval."""
    if count < 1:
        return []
    every = max(1, int(every))
    chosen = [float(b) for b in list(beats)[max(0, int(first_beat)) :: every][:count]]
    if len(chosen) < count:
        if len(beats) < 2:
            raise ValueError(tr("the music needs at least two beats to set the walk's pace"))
        step = float(np.median(np.diff(np.asarray(beats, dtype=np.float64)))) * every
        last = chosen[-1] if chosen else float(beats[-1])
        chosen += [last + step * k for k in range(1, count - len(chosen) + 1)]
    return chosen


def check_times(times: Sequence[float], count: int) -> None:
    """Raise ValueError unless ``times`` are ``count`` finite, non-negative, sorted seconds."""
    if len(times) != count:
        raise ValueError(
            tr("{count} keyframes need {count} times, got {found}").format(
                count=count, found=len(times)
            )
        )
    if not all(math.isfinite(t) and t >= 0 for t in times):
        raise ValueError(
            tr("keyframe times must be non-negative seconds, got {times}").format(times=list(times))
        )
    if any(b < a for a, b in zip(times, times[1:], strict=False)):
        raise ValueError(
            tr("keyframe times must not go back in time, got {times}").format(times=list(times))
        )


def walk_latent_at(walk: Walk, t: float, duration: float) -> np.ndarray:
    """The latent (nz,) float32 a clip ``duration`` seconds long shows ``t`` seconds in."""
    keyframes = walk.keyframes
    if walk.legacy:
        # The original rule, kept bit for bit so old projects render exactly as before.
        return latent_at(keyframes, t / duration, walk.interpolation)
    times = walk.keyframe_times(duration)
    last = len(keyframes) - 1
    if walk.loop and t < times[0]:
        t += duration  # before the first keyframe a loop is still on its way back to it
    index = bisect.bisect_right(times, t) - 1
    if index < 0:
        return keyframes[0].astype(np.float32)
    if index >= last:
        if not walk.loop:
            return keyframes[last].astype(np.float32)
        return _segment(walk, last, 0, t, times[last], times[0] + duration)
    return _segment(walk, index, index + 1, t, times[index], times[index + 1])


def walk_frame_latents(walk: Walk, duration: float, fps: float) -> np.ndarray:
    """Latents of every frame of the clip: (round(duration * fps), nz) float32, frame j at
    j / fps seconds. Deterministic: the same walk always gives the same frames."""
    if not fps > 0:
        raise ValueError(tr("frame rate must be positive, got {fps}").format(fps=fps))
    count = frame_total(duration, fps)
    if count == 0:
        return np.zeros((0, walk.keyframes.shape[1]), dtype=np.float32)
    return np.stack([walk_latent_at(walk, j / fps, duration) for j in range(count)])


def _segment(walk: Walk, a: int, b: int, t: float, start: float, end: float) -> np.ndarray:
    """Keyframe a morphing into keyframe b between ``start`` and ``end`` seconds."""
    if end <= start:  # two keyframes at one time: a cut, not a morph
        return walk.keyframes[b].astype(np.float32)
    progress = (t - start) / (end - start)
    if progress <= 0.0:  # exact keyframes, not an interpolation's rounding of them
        return walk.keyframes[a].astype(np.float32)
    if progress >= 1.0:
        return walk.keyframes[b].astype(np.float32)
    mix = slerp if walk.interpolation == "slerp" else lerp
    eased = ease(walk.segment_easing(a), progress)
    return np.asarray(mix(walk.keyframes[a], walk.keyframes[b], eased), dtype=np.float32)
