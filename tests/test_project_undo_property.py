"""Undo and redo over long random edit sequences: every earlier state comes back exactly.

Hypothesis draws sequences of 50 edits (add a walk, a caption or an image onto a chosen
track, remove, move, change length, replace an edited walk, rewrite the script, rename,
and the timeline edits: move a selection across tracks, trim either edge, split, ripple
delete, change clip properties, paste) and shrinks any failure to the shortest sequence
that breaks the history. After every edit each track is still sorted and ids are unique.
"""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aigc_studio.project.commands import (
    AddClip,
    Command,
    MoveClip,
    MoveClips,
    PasteClips,
    RemoveClip,
    RenameProject,
    ReplaceClip,
    RippleDelete,
    SetClipDuration,
    SetClipProperties,
    SetScenes,
    SplitClips,
    TrimClip,
    find_clip,
)
from aigc_studio.project.model import (
    CLIPS_FOR_TRACK,
    AudioClip,
    CaptionClip,
    Clip,
    ImageClip,
    LatentWalkClip,
    Project,
    Track,
)
from aigc_studio.script.model import Scene

EDIT_KINDS = (
    "add_walk",
    "add_caption",
    "add_image",
    "add_audio",
    "remove",
    "move",
    "trim",
    "replace",
    "script",
    "rename",
    "move_many",
    "trim_edge",
    "split",
    "ripple",
    "props",
    "paste",
)
NEEDS_A_CLIP = (
    "remove",
    "move",
    "trim",
    "replace",
    "move_many",
    "trim_edge",
    "split",
    "ripple",
    "props",
    "paste",
)
times = st.floats(min_value=0.0, max_value=60.0, allow_nan=False).map(lambda t: round(t, 2))
durations = st.floats(min_value=0.1, max_value=20.0, allow_nan=False).map(lambda t: round(t, 2))
edit = st.tuples(st.sampled_from(EDIT_KINDS), times, durations, st.integers(0, 10_000))


def state(project: Project) -> str:
    """Everything a save would write, so 'equal' means 'the same project file'."""
    return json.dumps(project.to_dict(), sort_keys=True)


def clip_ids(project: Project) -> list[str]:
    return [clip.id for track in project.timeline.tracks for clip in track.clips]


def make_command(project: Project, kind: str, at: float, length: float, pick: int) -> Command:
    ids = clip_ids(project)
    if kind in NEEDS_A_CLIP and not ids:
        kind = "add_caption"  # nothing to change yet
    if kind == "split" and find_clip(project, ids[pick % len(ids)])[2].duration < 0.01:
        kind = "add_caption"  # trimmed down to a sliver: nothing to split
    if kind == "add_walk":
        keyframes = [[float(pick % 7)] * 4, [float(pick % 5) - 2.0] * 4]
        clip = LatentWalkClip(start=at, duration=length, keyframes=keyframes)
        return AddClip(project, "video", clip)
    if kind == "add_caption":
        return AddClip(
            project, "caption", CaptionClip(start=at, duration=length, text=f"说 {pick}")
        )
    if kind == "add_image":
        tracks = project.timeline.tracks
        index = [i for i, t in enumerate(tracks) if t.kind == "video"][pick % 2]
        return AddClip(project, "video", ImageClip(at, length, f"{pick}.png"), index)
    if kind == "add_audio":
        track_kind = ("narration", "music", "effects")[pick % 3]
        return AddClip(project, track_kind, AudioClip(at, length, "a.wav", source_in=pick % 3))
    if kind == "script":
        scenes = [Scene(shot="", line=f"line {pick + i}", duration=length) for i in range(pick % 3)]
        return SetScenes(project, scenes)
    if kind == "rename":
        return RenameProject(project, f"Short {pick}")
    target = ids[pick % len(ids)]
    if kind == "remove":
        return RemoveClip(project, target)
    if kind == "move":
        return MoveClip(project, target, at)
    if kind == "trim":
        return SetClipDuration(project, target, length)
    if kind == "replace":
        old = next(c for t in project.timeline.tracks for c in t.clips if c.id == target)
        edited = copy.deepcopy(old)
        edited.duration = length
        if isinstance(edited, LatentWalkClip | AudioClip):
            edited.loop = not edited.loop
        elif isinstance(edited, CaptionClip):
            edited.text = f"{edited.text}!"
        return ReplaceClip(project, edited)
    return timeline_edit(project, kind, at, length, pick, ids)


def timeline_edit(
    project: Project, kind: str, at: float, length: float, pick: int, ids: list[str]
) -> Command:
    """One of the timeline edits, with values that make sense for the clips it picks."""
    chosen = [ids[(pick + 7 * i) % len(ids)] for i in range(1 + pick % 3)]
    target = find_clip(project, chosen[0])[2]
    fraction = 0.1 + (pick % 9) / 10  # 0.1 .. 0.9 of a clip
    if kind == "move_many":
        moves = [(c, at + i, track_for(project, c, pick + i)) for i, c in enumerate(chosen)]
        return MoveClips(project, list(dict((m[0], m) for m in moves).values()))
    if kind == "trim_edge":
        if pick % 2:  # left edge, sometimes dragged out past the clip's start
            new_start = target.start + (fraction - 0.5) * target.duration
            return TrimClip(project, target.id, new_start, target.end - new_start)
        return TrimClip(project, target.id, target.start, length)
    if kind == "split":
        return SplitClips(project, chosen, target.start + fraction * target.duration)
    if kind == "ripple":
        return RippleDelete(project, chosen)
    if kind == "props":
        return SetClipProperties(project, target.id, property_change(target, pick, at))
    if kind == "paste":
        copied = [
            {**find_clip(project, c)[2].to_dict(), "track_kind": find_clip(project, c)[0].kind}
            for c in chosen
        ]
        return PasteClips(project, copied, at, track_index=pick % len(project.timeline.tracks))
    raise AssertionError(kind)


def track_for(project: Project, clip_id: str, pick: int) -> int | None:
    """None (stay) or the index of some track that may hold the clip."""
    clip = find_clip(project, clip_id)[2]
    allowed = [
        i
        for i, track in enumerate(project.timeline.tracks)
        if isinstance(clip, CLIPS_FOR_TRACK[track.kind])
    ]
    return None if pick % 3 == 0 else allowed[pick % len(allowed)]


def property_change(clip: Clip, pick: int, at: float) -> dict[str, object]:
    if pick % 4 == 0:
        return {"start": at}
    if isinstance(clip, CaptionClip):
        return {"text": f"改 {pick}"}
    if isinstance(clip, AudioClip):
        return {"gain_db": -(pick % 30), "fade_in": (pick % 5) / 10}
    return {"opacity": (pick % 11) / 10, "fit": ("fit", "fill", "ken_burns")[pick % 3]}


def check_timeline(project: Project) -> None:
    """What every edit must keep true: tracks sorted by start, no id twice."""
    for track in project.timeline.tracks:
        assert [c.start for c in track.clips] == sorted(c.start for c in track.clips)
    ids = clip_ids(project)
    assert len(ids) == len(set(ids))


@settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(edit, min_size=50, max_size=50))
def test_undo_and_redo_of_50_random_edits_revisit_every_state(edits) -> None:
    project = Project(name="Random edits")
    project.timeline.tracks.append(Track(kind="video", name="Video 2"))
    states = [state(project)]
    history: list[Command] = []
    for kind, at, length, pick in edits:
        command = make_command(project, kind, at, length, pick)
        command.apply()
        check_timeline(project)
        history.append(command)
        states.append(state(project))

    for command, earlier in zip(reversed(history), reversed(states[:-1]), strict=True):
        command.undo()
        assert state(project) == earlier
    for command, later in zip(history, states[1:], strict=True):
        command.apply()  # redo
        assert state(project) == later
