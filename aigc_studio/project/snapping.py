"""Snapping: while a clip or an edge is dragged, times near a clip edge, the playhead, a
beat or 0 s jump onto it, so cuts line up without pixel hunting.

Times and tolerances are in seconds; the view turns its pixel tolerance into seconds at
its current zoom, so snapping feels the same at every zoom.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Sequence

from aigc_studio.project.model import Project


def snap_targets(
    project: Project,
    exclude_ids: Collection[str] = (),
    playhead: float | None = None,
    beats: Iterable[float] = (),
) -> list[float]:
    """Sorted, distinct times to snap to: 0, the playhead, the beats, and the start and end
    of every clip on every track except those in ``exclude_ids`` (the ones being dragged,
    which must not snap to themselves)."""
    targets = {0.0, *(float(b) for b in beats)}
    if playhead is not None:
        targets.add(float(playhead))
    for clip in project.timeline.clips():
        if clip.id not in exclude_ids:
            targets.update((clip.start, clip.end))
    return sorted(targets)


def _nearest(t: float, targets: Sequence[float]) -> float | None:
    """The target closest to t (the earlier one on a tie); None when there are none.
    ``targets`` must be sorted, as snap_targets returns them."""
    index = bisect.bisect_left(targets, t)
    around = targets[max(0, index - 1) : index + 1]
    return min(around, key=lambda target: abs(target - t), default=None)


def snap_time(t: float, targets: Sequence[float], tolerance: float) -> float:
    """The nearest target when it is within ``tolerance`` of t, else t unchanged."""
    nearest = _nearest(t, targets)
    if nearest is not None and abs(nearest - t) <= tolerance:
        return nearest
    return t


def snap_group(start: float, end: float, targets: Sequence[float], tolerance: float) -> float:
    """How far to shift a dragged group (earliest start ``start``, latest end ``end``) so
    that whichever of its two outer edges is nearer a target lands on it; 0.0 when neither
    is within ``tolerance``. Add the result to every clip's start in the group."""
    shifts = []
    for edge in (start, end):
        nearest = _nearest(edge, targets)
        if nearest is not None and abs(nearest - edge) <= tolerance:
            shifts.append(nearest - edge)  # 0.0 when the edge already sits on a target
    return min(shifts, key=abs, default=0.0)
