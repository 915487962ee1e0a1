"""What every edit command shares: the apply/undo guard, finding clips and tracks, and a
snapshot that puts tracks and clips back exactly.

It sits apart from commands.py so that the project-level commands (commands.py) and the
timeline edits (edit_commands.py) can both build on it without importing each other.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping
from typing import Any

from aigc_studio.project.model import (
    CLIPS_FOR_TRACK,
    TRACK_KINDS,
    Clip,
    Project,
    Track,
)
from aigc_studio.translation import tr


class ClipNotFound(LookupError):
    """No clip in the project has the requested id."""


class CommandStateError(RuntimeError):
    """A command was applied twice in a row, or undone before it was applied."""


def find_clip(project: Project, clip_id: str) -> tuple[Track, int, Clip]:
    """The track holding the clip, the clip's index in it, and the clip."""
    for track in project.timeline.tracks:
        for index, clip in enumerate(track.clips):
            if clip.id == clip_id:
                return track, index, clip
    raise ClipNotFound(
        tr("no clip with id {clip_id!r} in project {project!r}").format(
            clip_id=clip_id, project=project.name
        )
    )


def insert_sorted(track: Track, clip: Clip) -> int:
    """Insert after any clips with the same start (stable), return the index used."""
    index = bisect.bisect_right([c.start for c in track.clips], clip.start)
    track.clips.insert(index, clip)
    return index


def track_at(project: Project, track_index: int, clip: Clip) -> Track:
    """The track at ``track_index``, checked to exist and to accept ``clip``'s kind."""
    tracks = project.timeline.tracks
    if isinstance(track_index, bool) or not 0 <= track_index < len(tracks):
        raise ValueError(
            tr("there is no track number {number} on the timeline").format(number=track_index)
        )
    track = tracks[track_index]
    if not isinstance(clip, CLIPS_FOR_TRACK[track.kind]):
        raise ValueError(
            tr("a {clip_kind} clip cannot go on a {track_kind} track").format(
                clip_kind=clip.kind, track_kind=track.kind
            )
        )
    return track


def default_track_kind(clip: Clip) -> str:
    """The first track kind (top to bottom in a new project) that holds this clip's kind."""
    return next(kind for kind in TRACK_KINDS if isinstance(clip, CLIPS_FOR_TRACK[kind]))


def finite(value: object, name: str) -> float:
    """``value`` as a float, refusing NaN and infinities with a sentence."""
    if isinstance(value, bool):
        raise ValueError(
            tr("a clip's {name} must be a number, got {value!r}").format(name=name, value=value)
        )
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number):
        raise ValueError(
            tr("a clip's {name} must be a finite number, got {value!r}").format(
                name=name, value=value
            )
        )
    return number


def checked_clip(clip_type: type, data: Mapping[str, Any]) -> Clip:
    """``clip_type.from_dict(data)``, every failure as a ValueError with a sentence, so the
    rules for a valid clip stay in the clip classes."""
    try:
        return clip_type.from_dict(dict(data))
    except ValueError:
        raise
    except (TypeError, KeyError, AttributeError, OverflowError) as error:
        detail = (
            tr("missing field {field!r}").format(field=error.args[0])
            if isinstance(error, KeyError)
            else error
        )
        raise ValueError(
            tr("not a valid {kind} clip ({detail})").format(kind=data.get("kind"), detail=detail)
        ) from error


class Snapshot:
    """Tracks' clip orders and clips' fields as they were, to restore exactly on undo.

    Clips are restored in place (the same objects), so anything holding a clip keeps
    seeing the project's clip; a shallow copy of the fields is enough because commands
    replace field values rather than mutate them.
    """

    def __init__(self, tracks: Iterable[Track], clips: Iterable[Clip] = ()) -> None:
        self._orders = [(track, list(track.clips)) for track in _unique(tracks)]
        self._fields = [(clip, dict(vars(clip))) for clip in _unique(clips)]

    def restore(self) -> None:
        for clip, fields in self._fields:
            vars(clip).clear()
            vars(clip).update(fields)
        for track, clips in self._orders:
            track.clips[:] = clips


def _unique(items: Iterable) -> list:
    """Items in order, each object once (tracks and clips compare by value, not identity)."""
    seen: set[int] = set()
    out = []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            out.append(item)
    return out


class Command:
    """Base class: subclasses implement _do() and _undo(); apply()/undo() guard the order.

    _do() must check everything before it changes anything, so a refused command leaves
    the project untouched.
    """

    text: str  # shown in the Edit menu as "Undo <text>"; each command names itself

    def __init__(self, project: Project) -> None:
        self.project = project
        self.text = tr("Edit")  # subclasses replace it after calling this
        self._applied = False

    @property
    def applied(self) -> bool:
        return self._applied

    def apply(self) -> None:
        if self._applied:
            raise CommandStateError(
                tr("'{step}' is already applied; undo it before redoing").format(step=self.text)
            )
        self._do()
        self._applied = True

    def undo(self) -> None:
        if not self._applied:
            raise CommandStateError(
                tr("'{step}' cannot be undone: it was not applied").format(step=self.text)
            )
        self._undo()
        self._applied = False

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


def plural(count: int, one: str, many: str) -> str:
    """ "Move clip" or "Move 3 clips", for the Edit menu."""
    return one if count == 1 else many.format(count=count)


def require_unused_ids(project: Project, clip_ids: Iterable[str]) -> None:
    """Refuse ids already on the timeline: two clips with one id break every lookup."""
    used = {clip.id for clip in project.timeline.clips()}
    for clip_id in clip_ids:
        if clip_id in used:
            raise ValueError(
                tr("a clip with id {clip_id!r} is already in the project").format(clip_id=clip_id)
            )


def remove_track(project: Project, track: Track) -> None:
    """Take this very track off the timeline (tracks compare by value, so not list.remove)."""
    tracks = project.timeline.tracks
    del tracks[next(i for i, t in enumerate(tracks) if t is track)]
