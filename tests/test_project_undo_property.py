"""Undo and redo over long random edit sequences: every earlier state comes back exactly.

Hypothesis draws sequences of 50 edits (add a walk or a caption, remove, move, trim,
replace an edited walk, rewrite the script, rename) and shrinks any failure to the
shortest sequence that breaks the history.
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
    RemoveClip,
    RenameProject,
    ReplaceClip,
    SetClipDuration,
    SetScenes,
)
from aigc_studio.project.model import CaptionClip, LatentWalkClip, Project
from aigc_studio.script.model import Scene

EDIT_KINDS = ("add_walk", "add_caption", "remove", "move", "trim", "replace", "script", "rename")
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
    if kind in ("remove", "move", "trim", "replace") and not ids:
        kind = "add_caption"  # nothing to change yet
    if kind == "add_walk":
        keyframes = [[float(pick % 7)] * 4, [float(pick % 5) - 2.0] * 4]
        clip = LatentWalkClip(start=at, duration=length, keyframes=keyframes)
        return AddClip(project, "video", clip)
    if kind == "add_caption":
        return AddClip(
            project, "caption", CaptionClip(start=at, duration=length, text=f"说 {pick}")
        )
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
        if isinstance(edited, LatentWalkClip):
            edited.loop = not edited.loop
        else:
            edited.text = f"{edited.text}!"
        return ReplaceClip(project, edited)
    raise AssertionError(kind)


@settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(edit, min_size=50, max_size=50))
def test_undo_and_redo_of_50_random_edits_revisit_every_state(edits) -> None:
    project = Project(name="Random edits")
    states = [state(project)]
    history: list[Command] = []
    for kind, at, length, pick in edits:
        command = make_command(project, kind, at, length, pick)
        command.apply()
        history.append(command)
        states.append(state(project))

    for command, earlier in zip(reversed(history), reversed(states[:-1]), strict=True):
        command.undo()
        assert state(project) == earlier
    for command, later in zip(history, states[1:], strict=True):
        command.apply()  # redo
        assert state(project) == later
