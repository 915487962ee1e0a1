"""Edit commands: every change to a project is an object that can apply and undo itself.

The UI wraps these in QUndoCommand adapters and the CLI/tests drive them through
ProjectDocument; either way the command itself holds everything needed to invert it, so
undo restores ``project.to_dict()`` exactly. A command works on the project it was built
with and refuses to apply twice in a row or to undo before it was applied, because either
would silently corrupt the history.

This module holds the project-level commands and is the one place to import commands
from: the shared base lives in command_base.py, the timeline edits (move, trim, split,
ripple delete, clip properties, paste) in edit_commands.py, and both are re-exported here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from aigc_studio.project.command_base import (  # noqa: F401  (re-exported: the commands API)
    ClipNotFound,
    Command,
    CommandStateError,
    find_clip,
    insert_sorted,
    remove_track,
    require_unused_ids,
    track_at,
)
from aigc_studio.project.edit_commands import (  # noqa: F401  (re-exported)
    MoveClips,
    PasteClips,
    RippleDelete,
    SetClipProperties,
    SplitClips,
    TrimClip,
)
from aigc_studio.project.model import (
    CLIPS_FOR_TRACK,
    CaptionClip,
    Clip,
    LatentWalkClip,
    Project,
    Track,
    TrackKind,
)
from aigc_studio.project.script_timeline import (  # noqa: F401  (captions_for_scenes re-exported)
    captions_for_scenes,
    is_builtin_sfx_path,
    narration_clips,
    sfx_clips,
)
from aigc_studio.script.model import LANGS, Scene, Script
from aigc_studio.translation import tr


class AddClip(Command):
    """Put a clip on a track, keeping the track sorted by start.

    ``track_index`` is the track's index in ``project.timeline.tracks`` (it must be of
    ``track_kind``); None means the first track of the kind, created when there is none.
    """

    def __init__(
        self,
        project: Project,
        track_kind: TrackKind,
        clip: Clip,
        track_index: int | None = None,
    ) -> None:
        super().__init__(project)
        allowed = CLIPS_FOR_TRACK.get(track_kind)
        if allowed is None:
            raise ValueError(tr("unknown track kind {kind!r}").format(kind=track_kind))
        if not isinstance(clip, allowed):
            raise ValueError(
                tr("a {clip_kind} clip cannot go on a {track_kind} track").format(
                    clip_kind=clip.kind, track_kind=track_kind
                )
            )
        self.track_kind = track_kind
        self.track_index = track_index
        self.clip = clip
        if track_index is not None:
            self._check_track(track_index)
        self.text = tr("Add caption") if isinstance(clip, CaptionClip) else tr("Add clip")
        self._created_track: Track | None = None  # set when apply had to create the track

    def _check_track(self, track_index: int) -> Track:
        track = track_at(self.project, track_index, self.clip)
        if track.kind != self.track_kind:
            raise ValueError(
                tr("track number {number} is a {kind} track").format(
                    number=track_index, kind=track.kind
                )
            )
        return track

    def _do(self) -> None:
        require_unused_ids(self.project, [self.clip.id])
        if self.track_index is not None:
            track = self._check_track(self.track_index)
            self._created_track = None
        else:
            tracks = self.project.timeline.tracks
            had_track = any(t.kind == self.track_kind for t in tracks)
            track = self.project.timeline.track(self.track_kind)
            self._created_track = None if had_track else track
        insert_sorted(track, self.clip)

    def _undo(self) -> None:
        track, index, _ = find_clip(self.project, self.clip.id)
        del track.clips[index]
        if self._created_track is not None:
            remove_track(self.project, self._created_track)


class RemoveClip(Command):
    """Take a clip off its track; undo puts it back at the same index."""

    def __init__(self, project: Project, clip_id: str) -> None:
        super().__init__(project)
        find_clip(project, clip_id)  # fail now, where the caller can show the error
        self.clip_id = clip_id
        self.text = tr("Remove clip")
        self._where: tuple[Track, int, Clip] | None = None

    def _do(self) -> None:
        track, index, clip = find_clip(self.project, self.clip_id)
        del track.clips[index]
        self._where = (track, index, clip)

    def _undo(self) -> None:
        assert self._where is not None
        track, index, clip = self._where
        track.clips.insert(index, clip)


class MoveClip(Command):
    """Change a clip's start (never below 0) and re-sort its track."""

    def __init__(self, project: Project, clip_id: str, new_start: float) -> None:
        super().__init__(project)
        find_clip(project, clip_id)
        self.clip_id = clip_id
        self.new_start = max(0.0, float(new_start))
        self.text = tr("Move clip")
        self._old: tuple[int, float] | None = None  # index and start before the move

    def _do(self) -> None:
        track, index, clip = find_clip(self.project, self.clip_id)
        self._old = (index, clip.start)
        del track.clips[index]
        clip.start = self.new_start
        insert_sorted(track, clip)

    def _undo(self) -> None:
        assert self._old is not None
        old_index, old_start = self._old
        track, index, clip = find_clip(self.project, self.clip_id)
        del track.clips[index]
        clip.start = old_start
        track.clips.insert(old_index, clip)


class SetClipDuration(Command):
    """Change how long a clip lasts; its start and position stay."""

    def __init__(self, project: Project, clip_id: str, duration: float) -> None:
        super().__init__(project)
        find_clip(project, clip_id)
        duration = float(duration)
        if not duration > 0:
            raise ValueError(
                tr("a clip's duration must be positive, got {duration}").format(duration=duration)
            )
        self.clip_id = clip_id
        self.duration = duration
        self.text = tr("Change clip length")
        self._old_duration: float | None = None

    def _do(self) -> None:
        _, _, clip = find_clip(self.project, self.clip_id)
        self._old_duration = clip.duration
        clip.duration = self.duration

    def _undo(self) -> None:
        assert self._old_duration is not None
        _, _, clip = find_clip(self.project, self.clip_id)
        clip.duration = self._old_duration


class ReplaceClip(Command):
    """Swap a clip for an edited version with the same id (a walk re-opened in Explore and
    updated); the track stays sorted by start and undo brings back the old clip."""

    def __init__(self, project: Project, clip: Clip) -> None:
        super().__init__(project)
        _, _, old = find_clip(project, clip.id)
        if type(old) is not type(clip):
            raise ValueError(
                tr("a {old_kind} clip cannot be replaced by a {new_kind} clip").format(
                    old_kind=old.kind, new_kind=clip.kind
                )
            )
        # A copy, so the editor that sent it can keep changing its own without touching
        # the project or this command's history.
        self.clip = copy.deepcopy(clip)
        self.text = tr("Edit walk") if isinstance(clip, LatentWalkClip) else tr("Edit clip")
        self._old: tuple[int, Clip] | None = None  # index and clip before the edit

    def _do(self) -> None:
        track, index, old = find_clip(self.project, self.clip.id)
        self._old = (index, old)
        del track.clips[index]
        insert_sorted(track, self.clip)

    def _undo(self) -> None:
        assert self._old is not None
        old_index, old = self._old
        track, index, _ = find_clip(self.project, self.clip.id)
        del track.clips[index]
        track.clips.insert(old_index, old)


class SetScenes(Command):
    """Replace the script's scenes and rebuild the clips the script puts on the timeline.

    The caption track is made again from the scenes (chunks timed over a scene's
    narration, or one caption spanning a scene without). On the narration track the
    script's own clips (those playing a scene's narration, before or after the edit) are
    replaced by one per narrated scene; on the effects track the built-in effects are
    replaced by the scenes' sfx. Sound the creator put there themselves stays. The new
    clips are made once, here, so redo brings back the same clip ids; ``lang`` and
    ``max_chars_per_line`` (default: the script's and project.captions') say how captions
    are cut.
    """

    def __init__(
        self,
        project: Project,
        scenes: Sequence[Scene],
        *,
        lang: str | None = None,
        max_chars_per_line: int | None = None,
    ) -> None:
        super().__init__(project)
        # Copies, so a caller editing its Scene objects later cannot change our history.
        self.scenes = [copy.copy(s) for s in scenes]
        if max_chars_per_line is None:
            max_chars_per_line = project.captions.max_chars_per_line
        self.captions = captions_for_scenes(
            self.scenes, lang or project.script.lang, max_chars_per_line
        )
        self.narration = narration_clips(self.scenes)
        self.effects = sfx_clips(self.scenes)
        self.text = tr("Edit script")
        self._old_scenes: list[Scene] | None = None
        # Per rebuilt track: the track, its clip list before, and whether we created it.
        self._old_tracks: list[tuple[Track, list[Clip], bool]] = []

    def _do(self) -> None:
        script = self.project.script
        spoken = {s.narration for s in [*script.scenes, *self.scenes] if s.narration}
        self._old_scenes = script.scenes
        self._old_tracks = []
        self._rebuild("caption", lambda clip: False, self.captions, always=True)
        self._rebuild("narration", lambda clip: clip.path not in spoken, self.narration)
        self._rebuild("effects", lambda clip: not is_builtin_sfx_path(clip.path), self.effects)
        script.scenes = list(self.scenes)

    def _rebuild(
        self, kind: TrackKind, keep: Callable[[Any], bool], made: list[Any], always: bool = False
    ) -> None:
        """Give the first ``kind`` track the clips it keeps plus ``made``, sorted by start;
        the track is created only when something goes on it (or ``always``)."""
        had_track = any(t.kind == kind for t in self.project.timeline.tracks)
        if not (had_track or made or always):
            return
        track = self.project.timeline.track(kind)
        old = track.clips
        clips = [clip for clip in old if keep(clip)] + made
        track.clips = sorted(clips, key=lambda clip: clip.start)  # stable: kept ones first
        self._old_tracks.append((track, old, not had_track))

    def _undo(self) -> None:
        assert self._old_scenes is not None
        self.project.script.scenes = self._old_scenes
        for track, old, created in reversed(self._old_tracks):
            if created:
                remove_track(self.project, track)
            else:
                track.clips = old


class SetScriptInfo(Command):
    """Change the script's title, hook, hashtags, cover text or language (None: keep it)."""

    FIELDS = ("title", "hook", "hashtags", "cover_text", "lang")

    def __init__(
        self,
        project: Project,
        *,
        title: str | None = None,
        hook: str | None = None,
        hashtags: Sequence[str] | None = None,
        cover_text: str | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(project)
        if lang is not None and lang not in LANGS:
            raise ValueError(
                tr("a script's language must be one of {choices}").format(choices=", ".join(LANGS))
            )
        tags = None if hashtags is None else [t.strip().lstrip("#") for t in hashtags]
        given = {
            "title": title,
            "hook": hook,
            "hashtags": None if tags is None else [t for t in tags if t],
            "cover_text": cover_text,
            "lang": lang,
        }
        self.values = {name: value for name, value in given.items() if value is not None}
        self.text = tr("Edit script details")
        self._old: dict[str, object] = {}

    def _do(self) -> None:
        script = self.project.script
        self._old = {name: copy.copy(getattr(script, name)) for name in self.values}
        for name, value in self.values.items():
            setattr(script, name, copy.copy(value))

    def _undo(self) -> None:
        for name, value in self._old.items():
            setattr(self.project.script, name, value)


class RenameProject(Command):
    """Change the project's name (the title bar; the folder is renamed only on Save As)."""

    def __init__(self, project: Project, name: str) -> None:
        super().__init__(project)
        name = name.strip()
        if not name:
            raise ValueError(tr("a project name cannot be empty"))
        self.name = name
        self.text = tr("Rename project")
        self._old_name: str | None = None

    def _do(self) -> None:
        self._old_name = self.project.name
        self.project.name = self.name

    def _undo(self) -> None:
        assert self._old_name is not None
        self.project.name = self._old_name


def write_script_command(project: Project, script: Script) -> Command:
    """One undo step that puts a written script in place: its scenes (and captions) and
    its title, hook, hashtags, cover text and language."""
    return CommandGroup(
        project,
        tr("Write script"),
        [
            SetScenes(project, script.scenes, lang=script.lang),
            SetScriptInfo(
                project,
                title=script.title,
                hook=script.hook,
                hashtags=script.hashtags,
                cover_text=script.cover_text,
                lang=script.lang,
            ),
        ],
    )


class CommandGroup(Command):
    """Several commands that undo as one step, e.g. "generate script, then add its clips"."""

    def __init__(self, project: Project, text: str, commands: Sequence[Command]) -> None:
        super().__init__(project)
        for command in commands:
            if command.project is not project:
                raise ValueError(tr("all commands in a group must edit the same project"))
        self.text = text
        self.commands = list(commands)

    def _do(self) -> None:
        done: list[Command] = []
        try:
            for command in self.commands:
                command.apply()
                done.append(command)
        except Exception:
            for command in reversed(done):  # leave the project as it was
                command.undo()
            raise

    def _undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()
