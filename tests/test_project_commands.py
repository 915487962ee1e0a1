"""Edit commands: each one undoes exactly, and SetScenes puts captions where scenes are."""

from __future__ import annotations

import subprocess
import sys

import pytest

from aigc_studio.project.commands import (
    AddClip,
    ClipNotFound,
    Command,
    CommandGroup,
    CommandStateError,
    MoveClip,
    RemoveClip,
    RenameProject,
    SetClipDuration,
    SetScenes,
    find_clip,
)
from aigc_studio.project.model import CaptionClip, LatentWalkClip, Project, Track
from aigc_studio.script.model import Scene, Script


def walk(start: float, duration: float = 2.0, clip_id: str | None = None) -> LatentWalkClip:
    clip = LatentWalkClip(start=start, duration=duration, keyframes=[[0.0, 1.0], [1.0, 0.0]])
    if clip_id:
        clip.id = clip_id
    return clip


def make_project() -> Project:
    project = Project(
        name="短片 demo", script=Script(title="t", scenes=[Scene("face", "你好", 2.0)])
    )
    video = project.timeline.track("video")
    video.clips = [walk(0.0, clip_id="a"), walk(2.0, clip_id="b"), walk(4.0, clip_id="c")]
    project.timeline.track("caption").clips = [CaptionClip(0.0, 2.0, "你好", id="cap")]
    return project


# Every command, built on a fresh project; each must visibly change the project.
COMMANDS = {
    "add": lambda p: AddClip(p, "video", walk(3.0)),
    "add-caption": lambda p: AddClip(p, "caption", CaptionClip(1.0, 1.0, "嗨")),
    "remove-middle": lambda p: RemoveClip(p, "b"),
    "move": lambda p: MoveClip(p, "a", 5.0),
    "move-negative": lambda p: MoveClip(p, "c", -3.0),
    "duration": lambda p: SetClipDuration(p, "b", 7.5),
    "scenes": lambda p: SetScenes(p, [Scene("x", "一", 1.0), Scene("y", "", 2.0)]),
    "rename": lambda p: RenameProject(p, "新名字"),
    "group": lambda p: CommandGroup(
        p, "Two edits", [RemoveClip(p, "a"), RenameProject(p, "renamed")]
    ),
}


@pytest.mark.parametrize("name", COMMANDS)
def test_undo_restores_the_project_exactly_and_redo_repeats(name: str) -> None:
    project = make_project()
    before = project.to_dict()
    command: Command = COMMANDS[name](project)

    command.apply()
    after = project.to_dict()
    assert after != before
    assert command.text

    command.undo()
    assert project.to_dict() == before

    command.apply()
    assert project.to_dict() == after


def test_add_clip_keeps_the_track_sorted_by_start() -> None:
    project = make_project()
    AddClip(project, "video", walk(3.0, clip_id="new")).apply()
    assert [c.id for c in project.timeline.track("video").clips] == ["a", "b", "new", "c"]


def test_add_clip_to_a_missing_track_creates_it_and_undo_removes_it() -> None:
    project = Project()
    project.timeline.tracks = []
    command = AddClip(project, "caption", CaptionClip(0.0, 1.0, "hi"))
    command.apply()
    assert [t.kind for t in project.timeline.tracks] == ["caption"]
    command.undo()
    assert project.timeline.tracks == []


def test_add_clip_refuses_the_wrong_track_kind_and_duplicate_ids() -> None:
    project = make_project()
    with pytest.raises(ValueError, match="caption clip cannot go on a video track"):
        AddClip(project, "video", CaptionClip(0.0, 1.0, "x"))
    with pytest.raises(ValueError, match="already in the project"):
        AddClip(project, "video", walk(9.0, clip_id="a")).apply()
    assert len(project.timeline.track("video").clips) == 3


def test_remove_clip_undo_reinserts_at_the_same_index() -> None:
    project = make_project()
    command = RemoveClip(project, "b")
    command.apply()
    assert [c.id for c in project.timeline.track("video").clips] == ["a", "c"]
    command.undo()
    track, index, clip = find_clip(project, "b")
    assert (track.kind, index, clip.start) == ("video", 1, 2.0)


def test_move_clip_clamps_at_zero_and_resorts() -> None:
    project = make_project()
    MoveClip(project, "c", -10.0).apply()
    clips = project.timeline.track("video").clips
    # Equal starts keep order: the moved clip goes after the clip already at 0.
    assert [(c.id, c.start) for c in clips] == [("a", 0.0), ("c", 0.0), ("b", 2.0)]


def test_set_scenes_puts_one_caption_per_spoken_scene_at_the_scene_time() -> None:
    project = make_project()
    scenes = [
        Scene("open", "第一句", 2.0),
        Scene("silent", "   ", 3.0),
        Scene("close", "last line", 1.5),
    ]
    SetScenes(project, scenes).apply()

    assert [s.line for s in project.script.scenes] == ["第一句", "   ", "last line"]
    captions = project.timeline.track("caption").clips
    assert [(c.text, c.start, c.duration) for c in captions] == [
        ("第一句", 0.0, 2.0),
        ("last line", 5.0, 1.5),
    ]
    assert all(isinstance(c, CaptionClip) for c in captions)
    # The user's old caption was replaced, and the video track was left alone.
    assert "cap" not in [c.id for c in captions]
    assert len(project.timeline.track("video").clips) == 3


def test_set_scenes_is_not_affected_by_later_edits_to_the_callers_scenes() -> None:
    project = make_project()
    scenes = [Scene("a", "one", 1.0)]
    command = SetScenes(project, scenes)
    scenes[0].line = "changed"
    command.apply()
    assert project.script.scenes[0].line == "one"


def test_redo_of_set_scenes_keeps_caption_ids() -> None:
    project = make_project()
    command = SetScenes(project, [Scene("a", "one", 1.0)])
    command.apply()
    first_id = project.timeline.track("caption").clips[0].id
    command.undo()
    command.apply()
    assert project.timeline.track("caption").clips[0].id == first_id


def test_applying_twice_or_undoing_first_is_refused() -> None:
    project = make_project()
    command = RenameProject(project, "x")
    with pytest.raises(CommandStateError, match="not applied"):
        command.undo()
    command.apply()
    with pytest.raises(CommandStateError, match="already applied"):
        command.apply()
    assert project.name == "x"


def test_commands_refuse_unknown_clips_and_bad_values() -> None:
    project = make_project()
    with pytest.raises(ClipNotFound, match="nope"):
        RemoveClip(project, "nope")
    with pytest.raises(ClipNotFound):
        find_clip(project, "nope")
    with pytest.raises(ValueError, match="positive"):
        SetClipDuration(project, "a", 0)
    with pytest.raises(ValueError, match="empty"):
        RenameProject(project, "   ")


def test_a_failing_group_leaves_the_project_as_it_was() -> None:
    project = make_project()
    before = project.to_dict()
    remove_a = RemoveClip(project, "a")
    remove_a_again = RemoveClip(project, "a")  # valid when built, fails once a is gone
    group = CommandGroup(project, "Broken", [remove_a, remove_a_again])
    with pytest.raises(ClipNotFound):
        group.apply()
    assert project.to_dict() == before
    assert not group.applied


def test_project_core_imports_without_qt_or_torch() -> None:
    code = (
        "import sys\n"
        "import aigc_studio.project.commands, aigc_studio.project.document\n"
        "import aigc_studio.project.storage\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'torch')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_track_type_is_the_models() -> None:
    # find_clip hands back the real track, so callers can edit it in place.
    project = make_project()
    track, _, _ = find_clip(project, "cap")
    assert isinstance(track, Track) and track is project.timeline.track("caption")
