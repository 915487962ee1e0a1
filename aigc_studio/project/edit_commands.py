"""Timeline edits: move, trim, split, ripple delete, clip properties and paste.

Each is a Command (command_base.py) whose undo restores ``project.to_dict()`` exactly:
before changing anything it takes a Snapshot of the tracks and clips it touches, and undo
puts that snapshot back. Anything new a command makes (the second halves of a split,
pasted clips and their ids) is made once, when the command is built, so redo brings back
the very same clips. Import these from aigc_studio.project.commands.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from aigc_studio.project.clips import VisualProps
from aigc_studio.project.command_base import (
    Command,
    Snapshot,
    checked_clip,
    default_track_kind,
    find_clip,
    finite,
    insert_sorted,
    plural,
    remove_track,
    require_unused_ids,
    track_at,
)
from aigc_studio.project.model import (
    CLIP_TYPES,
    CLIPS_FOR_TRACK,
    TRACK_KINDS,
    AudioClip,
    Clip,
    LatentWalkClip,
    Project,
    Track,
    VideoFileClip,
    new_clip_id,
)
from aigc_studio.translation import tr

# Clips that play a source over time: trimming and splitting move their in-point so the
# pictures and sound stay where they were on the timeline. (An image shows the same still
# whatever its in-point, and a caption has none.)
SOURCE_CLIPS = (LatentWalkClip, VideoFileClip, AudioClip)
_EDGE = 1e-6  # a split this close to a clip's edge would leave a sliver; it is not a split


def _take_out(track: Track, clip: Clip) -> None:
    """Remove this very clip object from its track."""
    del track.clips[next(i for i, c in enumerate(track.clips) if c is clip)]


def _place(track: Track, clip: Clip, start: float) -> None:
    """Give a clip a new start, re-sorting its track only when the start changed."""
    if start != clip.start:
        _take_out(track, clip)
        clip.start = start
        insert_sorted(track, clip)


def _unique_ids(clip_ids: Sequence[str], project: Project) -> list[str]:
    """The ids in order, each once, all checked to be on the timeline (ClipNotFound)."""
    ids = list(dict.fromkeys(clip_ids))
    for clip_id in ids:
        find_clip(project, clip_id)
    return ids


class MoveClips(Command):
    """Move clips in time (never before 0 s) and, optionally, to another track.

    ``moves`` holds (clip_id, new_start, new_track_index or None = stay on its track); a
    clip may only go to a track whose kind holds it (a caption never lands on a video track).
    """

    def __init__(self, project: Project, moves: Sequence[tuple[str, float, int | None]]) -> None:
        super().__init__(project)
        self.moves: list[tuple[str, float, int | None]] = []
        for clip_id, new_start, track_index in moves:
            if any(clip_id == m[0] for m in self.moves):
                raise ValueError(
                    tr("clip {clip_id!r} is moved twice in one step").format(clip_id=clip_id)
                )
            _, _, clip = find_clip(project, clip_id)
            if track_index is not None:
                track_at(project, track_index, clip)
            self.moves.append((clip_id, max(0.0, finite(new_start, tr("start"))), track_index))
        if not self.moves:
            raise ValueError(tr("there are no clips to move"))
        self.text = plural(len(self.moves), tr("Move clip"), tr("Move {count} clips"))
        self._snapshot: Snapshot | None = None

    def _do(self) -> None:
        plan = []
        for clip_id, start, track_index in self.moves:
            track, _, clip = find_clip(self.project, clip_id)
            target = track if track_index is None else track_at(self.project, track_index, clip)
            plan.append((track, clip, start, target))
        tracks = [track for source, _, _, target in plan for track in (source, target)]
        self._snapshot = Snapshot(tracks, [clip for _, clip, _, _ in plan])
        # All out first, then all in, so clips swapping places never meet half-moved.
        for source, clip, _, _ in plan:
            _take_out(source, clip)
        for _, clip, start, target in plan:
            clip.start = start
            insert_sorted(target, clip)

    def _undo(self) -> None:
        assert self._snapshot is not None
        self._snapshot.restore()


class TrimClip(Command):
    """Drag a clip's left or right edge: new start and duration, pictures kept in place.

    A clip that plays a source moves its in-point with its left edge
    (``source_in += (new_start - start) * speed``), so what shows at any moment of the
    timeline stays the same. The left edge cannot go before 0 s, nor before the source's
    first second; it stops there and the right edge stays put. A walk that stretched with
    its clip (walk_duration None) first fixes its length, so trimming cuts it, not squeezes.
    """

    def __init__(self, project: Project, clip_id: str, new_start: float, new_duration: float):
        super().__init__(project)
        find_clip(project, clip_id)
        self.clip_id = clip_id
        self.new_start = finite(new_start, tr("start"))
        self.new_duration = finite(new_duration, tr("duration"))
        if not self.new_duration > 0:
            raise ValueError(
                tr("a clip's duration must be positive, got {duration}").format(
                    duration=new_duration
                )
            )
        self.text = tr("Trim clip")
        self._snapshot: Snapshot | None = None

    def _do(self) -> None:
        track, _, clip = find_clip(self.project, self.clip_id)
        end = self.new_start + self.new_duration
        earliest = 0.0
        if isinstance(clip, SOURCE_CLIPS):
            earliest = max(0.0, clip.start - clip.source_in / clip.speed)
        start = max(self.new_start, earliest)
        if not end - start > 0:
            raise ValueError(tr("the clip cannot be trimmed to nothing; keep part of it"))
        self._snapshot = Snapshot([track], [clip])
        if isinstance(clip, LatentWalkClip) and clip.walk_duration is None:
            clip.walk_duration = clip.walk_length
        if isinstance(clip, SOURCE_CLIPS):
            clip.source_in = max(0.0, clip.source_in + (start - clip.start) * clip.speed)
        clip.duration = end - start
        _place(track, clip, start)

    def _undo(self) -> None:
        assert self._snapshot is not None
        self._snapshot.restore()


class SplitClips(Command):
    """Cut every listed clip under time ``t`` in two; clips not under ``t`` are left alone.

    The first half keeps the clip's id; the second halves get the ids in ``new_ids`` (made
    here, once, so redo brings back the same ids). Both halves show exactly what the clip
    showed; the second half has no transition in and an audio clip's fades stay at its
    outer ends. Captions keep their text in both halves.
    """

    def __init__(self, project: Project, clip_ids: Sequence[str], t: float) -> None:
        super().__init__(project)
        self.t = finite(t, tr("split time"))
        self.clip_ids = [
            clip_id
            for clip_id in _unique_ids(clip_ids, project)
            if _covers(find_clip(project, clip_id)[2], self.t)
        ]
        if not self.clip_ids:
            raise ValueError(
                tr(
                    "none of the selected clips is under the playhead at {seconds:.2f} s; "
                    "move the playhead over a clip to split it"
                ).format(seconds=self.t)
            )
        self.new_ids = [new_clip_id() for _ in self.clip_ids]  # the second halves' ids
        self.text = plural(len(self.clip_ids), tr("Split clip"), tr("Split {count} clips"))
        self._snapshot: Snapshot | None = None

    def _do(self) -> None:
        found = [find_clip(self.project, clip_id) for clip_id in self.clip_ids]
        for _, _, clip in found:
            if not _covers(clip, self.t):
                raise ValueError(
                    tr("clip {clip_id!r} is no longer under {seconds:.2f} s").format(
                        clip_id=clip.id, seconds=self.t
                    )
                )
        require_unused_ids(self.project, self.new_ids)
        self._snapshot = Snapshot([track for track, _, _ in found], [c for _, _, c in found])
        for (track, _, clip), new_id in zip(found, self.new_ids, strict=True):
            insert_sorted(track, _split(clip, self.t, new_id))

    def _undo(self) -> None:
        assert self._snapshot is not None
        self._snapshot.restore()


def _covers(clip: Clip, t: float) -> bool:
    return clip.start + _EDGE < t < clip.end - _EDGE


def _split(clip: Clip, t: float, new_id: str) -> Clip:
    """Shorten ``clip`` to end at t and return its second half, from t to the old end."""
    if isinstance(clip, LatentWalkClip) and clip.walk_duration is None:
        clip.walk_duration = clip.walk_length  # both halves keep the pace they had
    second = copy.deepcopy(clip)
    second.id = new_id
    second.start = t
    second.duration = clip.end - t
    clip.duration = t - clip.start
    if isinstance(clip, SOURCE_CLIPS):
        second.source_in = clip.source_in + clip.duration * clip.speed
    if isinstance(second, VisualProps):
        second.transition = "none"  # it continues the first half; nothing to blend with
    if isinstance(clip, AudioClip):
        clip.fade_out = 0.0
        second.fade_in = 0.0
    return second


class RippleDelete(Command):
    """Remove clips and close the gaps they leave on their tracks.

    Clips later on the same track move left by the time that became empty; time still
    covered by another clip is not a gap, so nothing moves past or onto a remaining clip.
    Other tracks do not move.
    """

    def __init__(self, project: Project, clip_ids: Sequence[str]) -> None:
        super().__init__(project)
        self.clip_ids = _unique_ids(clip_ids, project)
        if not self.clip_ids:
            raise ValueError(tr("there are no clips to delete"))
        self.text = plural(
            len(self.clip_ids), tr("Ripple delete clip"), tr("Ripple delete {count} clips")
        )
        self._snapshot: Snapshot | None = None

    def _do(self) -> None:
        doomed = set(self.clip_ids)
        tracks = [t for t in self.project.timeline.tracks if any(c.id in doomed for c in t.clips)]
        if len({c.id for t in tracks for c in t.clips} & doomed) != len(doomed):
            raise ValueError(tr("some of the clips to delete are no longer on the timeline"))
        self._snapshot = Snapshot(tracks, [c for t in tracks for c in t.clips])
        for track in tracks:
            kept = [c for c in track.clips if c.id not in doomed]
            holes = _holes([c for c in track.clips if c.id in doomed], kept)
            for clip in kept:
                # A hole never overlaps a kept clip, so "starts before it" means "before it".
                shift = sum(end - start for start, end in holes if start < clip.start)
                clip.start = max(0.0, clip.start - shift)
            track.clips[:] = kept

    def _undo(self) -> None:
        assert self._snapshot is not None
        self._snapshot.restore()


def _holes(removed: Sequence[Clip], kept: Sequence[Clip]) -> list[tuple[float, float]]:
    """The time the removed clips covered that no kept clip covers, as disjoint spans."""
    spans: list[tuple[float, float]] = []
    for clip in sorted(removed, key=lambda c: c.start):
        if spans and clip.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], clip.end))
        else:
            spans.append((clip.start, clip.end))
    for other in kept:
        cut: list[tuple[float, float]] = []
        for start, end in spans:
            if other.end <= start or other.start >= end:
                cut.append((start, end))
                continue
            if start < other.start:
                cut.append((start, other.start))
            if other.end < end:
                cut.append((other.end, end))
        spans = cut
    return spans


# Names for the Edit menu ("Undo Change gain"); other fields read as their name.


def _field_label(key: str) -> str:
    """A clip field's name as the Edit menu says it ("Change gain"), in the studio's
    language; a field without a label is named by its key with spaces."""
    labels = {  # built on each call, so the words follow the language installed now
        "gain_db": tr("gain"),
        "source_in": tr("in-point"),
        "ken_burns_zoom": tr("Ken Burns zoom"),
        "transition_duration": tr("transition length"),
        "fade_in": tr("fade-in"),
        "fade_out": tr("fade-out"),
        "walk_duration": tr("walk length"),
        "keyframe_times": tr("keyframe times"),
        "pip": tr("placement"),
        "pip_scale": tr("picture-in-picture size"),
        "opacity": tr("opacity"),
        "speed": tr("speed"),
        "fit": tr("fit"),
        "transition": tr("transition"),
        "volume": tr("volume"),
        "loop": tr("loop"),
        "easing": tr("easing"),
        "interpolation": tr("interpolation"),
    }
    return labels.get(key, key.replace("_", " "))


class SetClipProperties(Command):
    """Change fields of one clip (opacity, fit, gain, fades, text, ...), checked by the
    clip class's own from_dict, so the rules for a valid clip live in one place.

    ``changes`` maps field names as in ``clip.to_dict()`` to new values; an unknown field,
    the id, the kind or a bad value raises ValueError with a sentence.
    """

    def __init__(self, project: Project, clip_id: str, changes: Mapping[str, object]) -> None:
        super().__init__(project)
        _, _, clip = find_clip(project, clip_id)
        changes = dict(changes)
        if not changes:
            raise ValueError(tr("there is nothing to change"))
        fields = clip.to_dict()
        for key in changes:
            if key in ("id", "kind"):
                raise ValueError(tr("a clip's {field} cannot be changed").format(field=key))
            if key not in fields:
                raise ValueError(
                    tr("a {kind} clip has no field {field!r}").format(kind=clip.kind, field=key)
                )
        checked = checked_clip(type(clip), {**fields, **changes})
        # The values as the clip class stores them (numbers as floats, lists copied).
        self.changes = {key: getattr(checked, key) for key in changes}
        self.clip_id = clip_id
        names = [_field_label(k) for k in changes]
        self.text = (
            tr("Change {name}").format(name=names[0])
            if len(names) == 1
            else tr("Change clip properties")
        )
        self._snapshot: Snapshot | None = None

    def _do(self) -> None:
        track, _, clip = find_clip(self.project, self.clip_id)
        self._snapshot = Snapshot([track], [clip])
        for key, value in self.changes.items():
            if key != "start":
                setattr(clip, key, copy.deepcopy(value))
        if "start" in self.changes:
            _place(track, clip, self.changes["start"])

    def _undo(self) -> None:
        assert self._snapshot is not None
        self._snapshot.restore()


class PasteClips(Command):
    """Put copies of clips (``to_dict`` form, e.g. from clipboard.clips_from_text) on the
    timeline with fresh ids, the earliest one starting at ``at``, the others keeping their
    distance from it.

    Each clip goes on the track at ``track_index`` when that track's kind holds it, else
    on the first track of the kind its dict names under "track_kind" (as copied), else on
    the first track that holds its kind; a missing track is created (undo removes it).
    The clips and their ids (``new_ids``) are made here, once, so redo restores the same.
    """

    def __init__(
        self,
        project: Project,
        clips: Sequence[Mapping[str, Any]],
        at: float,
        track_index: int | None = None,
    ) -> None:
        super().__init__(project)
        if not clips:
            raise ValueError(tr("there are no clips to paste"))
        at = max(0.0, finite(at, tr("paste time")))
        originals = [self._checked(data, n) for n, data in enumerate(clips, 1)]
        first = min(clip.start for clip, _ in originals)
        self.clips: list[Clip] = []
        self._kinds: list[str] = []
        for clip, kind in originals:
            clip.id = new_clip_id()
            clip.start = at + (clip.start - first)
            self.clips.append(clip)
            self._kinds.append(kind)
        self.new_ids = [clip.id for clip in self.clips]
        self.track_index = track_index
        if track_index is not None:
            tracks = project.timeline.tracks
            if isinstance(track_index, bool) or not 0 <= track_index < len(tracks):
                raise ValueError(
                    tr("there is no track number {number} on the timeline").format(
                        number=track_index
                    )
                )
        self.text = plural(len(self.clips), tr("Paste clip"), tr("Paste {count} clips"))
        self._snapshot: Snapshot | None = None
        self._created: list[Track] = []

    @staticmethod
    def _checked(data: Mapping[str, Any], number: int) -> tuple[Clip, str]:
        """A fresh clip from one pasted dict and the track kind it asks for."""
        clip_type = CLIP_TYPES.get(data.get("kind")) if isinstance(data, Mapping) else None
        if clip_type is None:
            raise ValueError(
                tr("pasted item {number} is not a clip AIGC Studio knows").format(number=number)
            )
        clip = checked_clip(clip_type, dict(data))
        kind = data.get("track_kind")
        if kind not in TRACK_KINDS or not isinstance(clip, CLIPS_FOR_TRACK[kind]):
            kind = default_track_kind(clip)
        return clip, kind

    def _do(self) -> None:
        require_unused_ids(self.project, self.new_ids)
        timeline = self.project.timeline
        given = None
        if self.track_index is not None:
            if not self.track_index < len(timeline.tracks):
                raise ValueError(
                    tr("there is no track number {number} on the timeline").format(
                        number=self.track_index
                    )
                )
            given = timeline.tracks[self.track_index]
        before = list(timeline.tracks)
        targets = []
        for clip, kind in zip(self.clips, self._kinds, strict=True):
            if given is not None and isinstance(clip, CLIPS_FOR_TRACK[given.kind]):
                targets.append(given)
            else:
                targets.append(timeline.track(kind))  # type: ignore[arg-type]
        self._created = [t for t in timeline.tracks if not any(t is b for b in before)]
        self._snapshot = Snapshot([t for t in targets if not any(t is c for c in self._created)])
        for clip, track in zip(self.clips, targets, strict=True):
            insert_sorted(track, clip)

    def _undo(self) -> None:
        assert self._snapshot is not None
        self._snapshot.restore()
        for track in self._created:
            remove_track(self.project, track)
