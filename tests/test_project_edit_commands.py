"""Timeline edits (move, trim, split, ripple delete, properties, paste): each undoes
exactly, redoes the same, and leaves the pictures and sound where a user expects them;
snapping while dragging, and copy/paste through clipboard text."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from aigc_studio.project.clipboard import clips_from_text, clips_to_text, selection_to_text
from aigc_studio.project.commands import (
    AddClip,
    ClipNotFound,
    Command,
    MoveClips,
    PasteClips,
    RippleDelete,
    SetClipProperties,
    SplitClips,
    TrimClip,
    find_clip,
)
from aigc_studio.project.model import (
    AudioClip,
    CaptionClip,
    ImageClip,
    LatentWalkClip,
    Project,
    Track,
    VideoFileClip,
)
from aigc_studio.project.snapping import snap_group, snap_targets, snap_time

VIDEO2 = 5  # index of the second video track make_project() adds below the default five


def make_project() -> Project:
    """Video: walk w [0, 4], image img [4, 6], video file vid [6, 10] (in 1 s, speed 2);
    a caption, music with fades, narration, and an empty second video track."""
    project = Project(name="edits")
    project.timeline.track("video").clips = [
        LatentWalkClip(0.0, 4.0, [[0.0, 1.0], [1.0, 0.0]], id="w"),
        ImageClip(4.0, 2.0, "assets/media/a.png", id="img"),
        VideoFileClip(6.0, 4.0, "/abs/v.mp4", source_in=1.0, speed=2.0, id="vid"),
    ]
    project.timeline.track("caption").clips = [CaptionClip(0.0, 3.0, "你好", id="cap")]
    project.timeline.track("music").clips = [
        AudioClip(0.0, 8.0, "m.wav", fade_in=1.0, fade_out=2.0, id="mus")
    ]
    project.timeline.track("narration").clips = [AudioClip(1.0, 2.0, "n.wav", id="nar")]
    project.timeline.tracks.append(Track(kind="video", name="Video 2"))
    return project


def starts(project: Project, kind: str = "video", index: int = 0) -> list[tuple[str, float]]:
    track = project.timeline.tracks_of(kind)[index]  # type: ignore[arg-type]
    return [(c.id, c.start) for c in track.clips]


def clip(project: Project, clip_id: str):
    return find_clip(project, clip_id)[2]


COMMANDS: dict[str, Callable[[Project], Command]] = {
    "add-to-track": lambda p: AddClip(p, "video", ImageClip(1.0, 1.0, "b.png"), VIDEO2),
    "move-many": lambda p: MoveClips(p, [("w", 12.0, None), ("img", 0.5, VIDEO2)]),
    "trim-left": lambda p: TrimClip(p, "vid", 7.0, 3.0),
    "trim-walk": lambda p: TrimClip(p, "w", 0.0, 2.0),
    "split": lambda p: SplitClips(p, ["w", "cap", "mus", "img"], 2.0),
    "ripple": lambda p: RippleDelete(p, ["img", "nar"]),
    "props": lambda p: SetClipProperties(p, "mus", {"gain_db": -6, "fade_out": 0.5}),
    "props-start": lambda p: SetClipProperties(p, "w", {"start": 20}),
    "paste": lambda p: PasteClips(p, [clip(p, "w").to_dict(), clip(p, "mus").to_dict()], 30.0),
}


@pytest.mark.parametrize("name", COMMANDS)
def test_undo_restores_exactly_and_redo_repeats(name: str) -> None:
    project = make_project()
    before = project.to_dict()
    command = COMMANDS[name](project)
    command.apply()
    after = project.to_dict()
    assert after != before and command.text
    command.undo()
    assert project.to_dict() == before
    command.apply()
    assert project.to_dict() == after
    command.undo()
    assert project.to_dict() == before


def test_add_clip_goes_on_the_given_track_and_refuses_a_track_of_another_kind() -> None:
    project = make_project()
    AddClip(project, "video", ImageClip(1.0, 1.0, "b.png", id="b"), VIDEO2).apply()
    assert starts(project, "video", 1) == [("b", 1.0)]
    with pytest.raises(ValueError, match="image clip cannot go on a caption track"):
        AddClip(project, "video", ImageClip(1.0, 1.0, "c.png"), 1)
    with pytest.raises(ValueError, match="track number 3 is a music track"):
        AddClip(project, "narration", AudioClip(1.0, 1.0, "c.wav"), 3)
    with pytest.raises(ValueError, match="no track number 9"):
        AddClip(project, "video", ImageClip(1.0, 1.0, "c.png"), 9)


def test_move_clips_moves_a_selection_together_and_across_tracks() -> None:
    project = make_project()
    MoveClips(project, [("w", 12.0, None), ("img", -3.0, VIDEO2), ("cap", 1.0, None)]).apply()
    assert starts(project) == [("vid", 6.0), ("w", 12.0)]
    assert starts(project, "video", 1) == [("img", 0.0)]  # never before 0 s
    assert starts(project, "caption") == [("cap", 1.0)]


def test_move_clips_refuses_wrong_kinds_repeats_and_unknown_clips() -> None:
    project = make_project()
    with pytest.raises(ValueError, match="caption clip cannot go on a video track"):
        MoveClips(project, [("cap", 1.0, 0)])
    with pytest.raises(ValueError, match="audio clip cannot go on a video track"):
        MoveClips(project, [("mus", 1.0, VIDEO2)])
    with pytest.raises(ValueError, match="moved twice"):
        MoveClips(project, [("w", 1.0, None), ("w", 2.0, None)])
    with pytest.raises(ClipNotFound):
        MoveClips(project, [("nope", 1.0, None)])
    with pytest.raises(ValueError, match="finite"):
        MoveClips(project, [("w", float("nan"), None)])


def test_moving_music_to_the_narration_track_is_allowed() -> None:
    project = make_project()
    MoveClips(project, [("mus", 4.0, 2)]).apply()
    assert [c.id for c in project.timeline.track("narration").clips] == ["nar", "mus"]
    assert project.timeline.track("music").clips == []


def test_trimming_the_left_edge_keeps_the_pictures_in_place() -> None:
    project = make_project()
    vid = clip(project, "vid")
    shown = {t: vid.source_time(t) for t in (7.0, 8.5, 9.9)}
    TrimClip(project, "vid", 7.0, 3.0).apply()
    assert (vid.start, vid.end, vid.source_in) == (7.0, 10.0, 3.0)
    assert {t: vid.source_time(t) for t in shown} == shown


def test_the_left_edge_stops_at_the_sources_first_second() -> None:
    project = make_project()
    vid = clip(project, "vid")  # in-point 1 s at speed 2: the file starts 0.5 s earlier
    TrimClip(project, "vid", 2.0, 8.0).apply()
    assert (vid.start, vid.end, vid.source_in) == (5.5, 10.0, 0.0)
    # An image has no source to run out of; it stops only at 0 s.
    TrimClip(project, "img", -1.0, 7.0).apply()
    img = clip(project, "img")
    assert (img.start, img.end) == (0.0, 6.0)


def test_trimming_a_stretching_walk_cuts_it_instead_of_squeezing_it() -> None:
    project = make_project()
    walk = clip(project, "w")
    shown = walk.walk_time(1.5)
    TrimClip(project, "w", 0.0, 2.0).apply()
    assert walk.walk_duration == 4.0  # the whole walk still lasts 4 s
    assert walk.walk_time(1.5) == shown
    TrimClip(project, "w", 1.0, 1.0).apply()  # left edge
    assert walk.walk_time(1.5) == shown and walk.source_in == 1.0


def test_trim_refuses_nothing_left() -> None:
    project = make_project()
    with pytest.raises(ValueError, match="positive"):
        TrimClip(project, "w", 0.0, 0.0)
    before = project.to_dict()
    with pytest.raises(ValueError, match="trimmed to nothing"):
        TrimClip(project, "vid", -5.0, 5.5).apply()  # its start clamps to 5.5 = its end
    assert project.to_dict() == before


def test_split_at_2_shows_the_same_source_second_in_the_second_half() -> None:
    project = make_project()
    original_walk = clip(project, "w").walk_time(2.5)
    command = SplitClips(project, ["w"], 2.0)
    command.apply()
    first, second = project.timeline.track("video").clips[:2]
    assert (first.id, first.start, first.end) == ("w", 0.0, 2.0)
    assert (second.id, second.start, second.end) == (command.new_ids[0], 2.0, 4.0)
    assert second.walk_time(2.5) == original_walk
    assert first.walk_duration == second.walk_duration == 4.0


def test_split_video_and_audio_keep_time_fades_at_the_outer_ends_and_captions_text() -> None:
    project = make_project()
    vid_shown = clip(project, "vid").source_time(9.0)
    SplitClips(project, ["vid", "mus", "cap"], 8.0).apply()  # cap ends at 3: not split
    vid2 = project.timeline.track("video").clips[-1]
    assert vid2.start == 8.0 and vid2.source_time(9.0) == vid_shown
    assert vid2.transition == "none"
    # Music ends at 8.0 exactly, so it is not under the cut either.
    assert len(project.timeline.track("music").clips) == 1
    assert len(project.timeline.track("caption").clips) == 1

    SplitClips(project, ["mus", "cap"], 2.0).apply()
    m1, m2 = project.timeline.track("music").clips
    assert (m1.fade_in, m1.fade_out, m2.fade_in, m2.fade_out) == (1.0, 0.0, 0.0, 2.0)
    assert m2.source_in == 2.0
    assert [c.text for c in project.timeline.track("caption").clips] == ["你好", "你好"]


def test_split_keeps_the_second_halves_ids_across_undo_and_redo() -> None:
    project = make_project()
    command = SplitClips(project, ["w", "mus"], 2.0)
    command.apply()
    ids = [c.id for c in project.timeline.clips()]
    command.undo()
    command.apply()
    assert [c.id for c in project.timeline.clips()] == ids
    assert set(command.new_ids) <= set(ids) and len(command.new_ids) == 2


def test_split_with_nothing_under_the_playhead_says_so() -> None:
    project = make_project()
    with pytest.raises(ValueError, match="under the playhead at 4.00 s"):
        SplitClips(project, ["w", "img"], 4.0)  # the edge between them


def test_ripple_delete_closes_the_gap_on_that_track_only() -> None:
    project = make_project()
    RippleDelete(project, ["img"]).apply()
    assert starts(project) == [("w", 0.0), ("vid", 4.0)]
    assert starts(project, "music") == [("mus", 0.0)]
    assert clip(project, "vid").source_in == 1.0  # it moves, its pictures come along


def test_ripple_delete_of_several_clips_closes_every_gap() -> None:
    project = make_project()
    RippleDelete(project, ["w", "img", "nar"]).apply()
    assert starts(project) == [("vid", 0.0)]
    assert starts(project, "narration") == []


def test_ripple_delete_does_not_close_time_another_clip_still_covers() -> None:
    project = Project()
    project.timeline.track("caption").clips = [
        CaptionClip(1.0, 2.5, "y", id="y"),  # 1 .. 3.5, overlaps x
        CaptionClip(2.0, 2.0, "x", id="x"),  # 2 .. 4
        CaptionClip(5.0, 1.0, "z", id="z"),  # 5 .. 6
    ]
    RippleDelete(project, ["x"]).apply()
    # Only 3.5 .. 4 became empty, so z moves 0.5 s, not x's 2 s onto y.
    assert starts(project, "caption") == [("y", 1.0), ("z", 4.5)]


def test_set_clip_properties_changes_fields_with_a_menu_text() -> None:
    project = make_project()
    command = SetClipProperties(project, "vid", {"opacity": 0.5})
    assert command.text == "Change opacity"
    command.apply()
    assert clip(project, "vid").opacity == 0.5
    assert SetClipProperties(project, "mus", {"gain_db": -3}).text == "Change gain"
    SetClipProperties(project, "w", {"start": 20}).apply()
    assert starts(project) == [("img", 4.0), ("vid", 6.0), ("w", 20.0)]


@pytest.mark.parametrize(
    ("clip_id", "changes", "message"),
    [
        ("vid", {"opacity": 2}, "opacity must be between 0 and 1"),
        ("vid", {"fit": "stretch"}, "unknown fit 'stretch'"),
        ("w", {"keyframes": [[0.0]]}, "at least two keyframes"),
        ("w", {"keyframes": 5}, "not a valid latent_walk clip"),
        ("mus", {"loop": "yes"}, "loop must be true or false"),
        ("mus", {"volume": 1.0}, "has no field 'volume'"),
        ("cap", {"id": "other"}, "id cannot be changed"),
        ("cap", {"kind": "image"}, "kind cannot be changed"),
        ("cap", {}, "nothing to change"),
        ("img", {"duration": 0}, "duration must be positive"),
    ],
)
def test_set_clip_properties_refuses_what_the_clip_would_refuse(
    clip_id: str, changes: dict, message: str
) -> None:
    project = make_project()
    with pytest.raises(ValueError, match=message):
        SetClipProperties(project, clip_id, changes)


def test_set_clip_properties_is_not_changed_by_the_callers_later_edits() -> None:
    project = make_project()
    times = [0.0, 3.0]
    command = SetClipProperties(project, "w", {"keyframe_times": times})
    times.append(9.0)
    command.apply()
    assert clip(project, "w").keyframe_times == [0.0, 3.0]


def test_paste_puts_fresh_clips_at_the_time_keeping_their_spacing() -> None:
    project = make_project()
    copied = [clip(project, "img").to_dict(), clip(project, "vid").to_dict()]
    command = PasteClips(project, copied, 20.0)
    command.apply()
    assert starts(project)[-2:] == [(command.new_ids[0], 20.0), (command.new_ids[1], 22.0)]
    assert not {"img", "vid"} & set(command.new_ids)
    command.undo()
    command.apply()
    assert starts(project)[-2:] == [(command.new_ids[0], 20.0), (command.new_ids[1], 22.0)]


def test_paste_follows_the_copied_track_kind_or_the_given_track() -> None:
    project = make_project()
    music = {**clip(project, "mus").to_dict(), "track_kind": "music"}
    plain_audio = clip(project, "nar").to_dict()
    image = clip(project, "img").to_dict()
    command = PasteClips(project, [music, plain_audio, image], 10.0, track_index=VIDEO2)
    command.apply()
    m, n, i = command.new_ids
    assert find_clip(project, m)[0].kind == "music"
    assert find_clip(project, n)[0].kind == "narration"  # the first track audio may use
    assert find_clip(project, i)[0] is project.timeline.tracks[VIDEO2]


def test_paste_creates_a_missing_track_and_undo_removes_it() -> None:
    project = Project()
    project.timeline.tracks = []
    command = PasteClips(project, [CaptionClip(3.0, 1.0, "hi").to_dict()], 0.0)
    command.apply()
    assert [t.kind for t in project.timeline.tracks] == ["caption"]
    assert starts(project, "caption") == [(command.new_ids[0], 0.0)]
    command.undo()
    assert project.timeline.tracks == []


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([], "no clips to paste"),
        ([{"kind": "hologram"}], "item 1 is not a clip"),
        (["text"], "item 1 is not a clip"),
        ([{"kind": "caption", "start": 0, "duration": -1}], "duration must be positive"),
        ([{"kind": "image", "duration": 1}], "missing field 'start'"),
    ],
)
def test_paste_refuses_anything_but_valid_clips(items: list, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PasteClips(make_project(), items, 0.0)


# -- snapping ---------------------------------------------------------------------------


def test_snap_targets_are_clip_edges_playhead_beats_and_zero_but_not_the_dragged_clip() -> None:
    project = make_project()
    targets = snap_targets(project, exclude_ids={"vid", "mus"}, playhead=2.5, beats=[0.5, 4.0])
    # w 0..4, img 4..6, cap 0..3, nar 1..3; vid (6..10) and mus (0..8) are being dragged.
    assert targets == [0.0, 0.5, 1.0, 2.5, 3.0, 4.0, 6.0]


def test_snap_time_jumps_to_the_nearest_target_within_tolerance_only() -> None:
    targets = [0.0, 2.0, 2.5, 10.0]
    assert snap_time(2.1, targets, 0.2) == 2.0
    assert snap_time(2.35, targets, 0.2) == 2.5
    assert snap_time(2.25, targets, 0.5) == 2.0  # a tie goes to the earlier target
    assert snap_time(6.0, targets, 0.5) == 6.0
    assert snap_time(11.0, targets, 0.5) == 11.0
    assert snap_time(1.0, [], 5.0) == 1.0


def test_a_dragged_group_snaps_by_whichever_outer_edge_is_nearer() -> None:
    targets = [0.0, 5.0, 9.0]
    assert snap_group(4.9, 8.0, targets, 0.3) == pytest.approx(0.1)  # its start onto 5
    assert snap_group(1.0, 8.8, targets, 0.3) == pytest.approx(0.2)  # its end onto 9
    assert snap_group(4.8, 8.95, targets, 0.3) == pytest.approx(0.05)
    assert snap_group(5.0, 8.8, targets, 0.3) == 0.0  # already on a target: stays there
    assert snap_group(2.0, 7.0, targets, 0.3) == 0.0


# -- clipboard --------------------------------------------------------------------------


def test_copied_clips_paste_back_the_same_on_the_same_kind_of_track() -> None:
    project = make_project()
    text = selection_to_text(project, ["mus", "cap"])
    items = clips_from_text(text)
    assert [i.pop("track_kind") for i in items] == ["music", "caption"]
    assert items == [clip(project, "mus").to_dict(), clip(project, "cap").to_dict()]

    command = PasteClips(project, clips_from_text(text), 20.0)
    command.apply()
    music, caption = (find_clip(project, new_id) for new_id in command.new_ids)
    assert (music[0].kind, music[2].start, music[2].path) == ("music", 20.0, "m.wav")
    assert (caption[0].kind, caption[2].text) == ("caption", "你好")


def test_copying_with_the_project_folder_makes_media_paths_absolute(tmp_path: Path) -> None:
    project = make_project()
    [image, video] = clips_from_text(
        clips_to_text([clip(project, "img"), clip(project, "vid")], media_root=tmp_path)
    )
    assert image["path"] == str(tmp_path / "assets/media/a.png")
    assert video["path"] == "/abs/v.mp4"


def good_text(**changes: object) -> str:
    caption = {"kind": "caption", "start": 0.0, "duration": 1.0, "text": "x"}
    data = {"format": "aigc-studio-clips", "version": 1, "clips": [caption]}
    return json.dumps({**data, **changes})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello", "does not hold AIGC Studio clips"),
        ("[1, 2]", "does not hold AIGC Studio clips"),
        (good_text(format="other"), "does not hold AIGC Studio clips"),
        (good_text(version=True), "does not hold AIGC Studio clips"),
        (good_text(version=2), "newer AIGC Studio; update"),
        (good_text(clips=[]), "copied clips are empty"),
        (
            good_text(clips=[{"kind": "caption", "start": 0, "duration": 1}, {"kind": "x"}]),
            "item 2 is not a clip",
        ),
        (
            good_text(clips=[{"kind": "image", "start": 0, "duration": 1, "path": ""}]),
            r"clip 1 is not valid \(a image clip needs the path",
        ),
        (
            good_text(clips=[{"kind": "audio", "start": 0, "duration": -2, "path": "a.wav"}]),
            "duration must be positive",
        ),
        (good_text().replace("1.0", "NaN", 1), "does not hold AIGC Studio clips"),
    ],
)
def test_pasting_anything_but_valid_clips_is_refused_with_a_sentence(
    text: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        clips_from_text(text)
    assert str(caught.value).endswith(".")


def test_a_track_kind_that_cannot_hold_the_clip_is_dropped() -> None:
    clips = json.loads(good_text())["clips"]
    clips[0]["track_kind"] = "music"
    [item] = clips_from_text(good_text(clips=clips))
    assert "track_kind" not in item
