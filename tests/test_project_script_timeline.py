"""The script on the timeline: narration, captions and sound effects made from the scenes,
one undo step for all of them, and a saved project that still plays its narration."""

from __future__ import annotations

import copy
import wave
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.media import narration
from aigc_studio.media.mix import AudioSources, mix_audio
from aigc_studio.media.narration import narrate_scenes, narration_cache_dir
from aigc_studio.media.sfx import sfx_dir
from aigc_studio.project.commands import SetScenes
from aigc_studio.project.model import AudioClip, CaptionClip, Project, Track
from aigc_studio.project.script_timeline import (
    MIN_SCENE_SECONDS,
    NARRATION_LEAD,
    NARRATION_TAIL,
    captions_for_scenes,
    is_builtin_sfx_path,
    narration_clips,
    scene_duration_for_narration,
    sfx_clips,
)
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.project.storage import load_project, resolve_media_path, save_project
from aigc_studio.script.model import Scene, Script


def wav_length(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def narrated(line: str, seconds: float, duration: float | None = None) -> Scene:
    """A scene whose voice lasts ``seconds`` (no file needed for timing)."""
    return Scene(
        "shot",
        line,
        duration if duration is not None else scene_duration_for_narration(seconds),
        narration=f"/voices/{len(line)}.wav",
        narration_duration=seconds,
        narration_text=line,
    )


def test_scene_duration_is_lead_speech_and_tail_but_never_too_short() -> None:
    assert scene_duration_for_narration(2.0) == pytest.approx(NARRATION_LEAD + 2.0 + NARRATION_TAIL)
    assert scene_duration_for_narration(0.1) == MIN_SCENE_SECONDS


def test_a_scene_is_stale_until_its_voice_says_its_line() -> None:
    assert Scene(line="hello").narration_stale()
    assert not Scene(line="  ").narration_stale()
    spoken = narrated("hello", 1.0)
    assert not spoken.narration_stale()
    half = copy.copy(spoken)  # a split copies the scene, then gives it part of the line
    half.line = "hel"
    assert half.narration_stale()
    recording = Scene(line="hello", narration="/me.wav", narration_duration=1.0, recorded=True)
    recording.line = "anything else"
    assert not recording.narration_stale()


def test_narration_fields_round_trip_and_old_scenes_still_load() -> None:
    scene = Scene(
        "a", "hi", 2.0, narration="assets/x.wav", narration_duration=1.2, narration_text="hi"
    )
    assert Scene.from_dict(scene.to_dict()) == scene
    recorded = Scene("a", "hi", recorded=True, narration="/r.wav", narration_duration=1.0)
    assert Scene.from_dict(recorded.to_dict()) == recorded
    assert Scene.from_dict({"line": "old", "duration": 2}) == Scene("", "old", 2.0)
    for bad, words in (
        ({"narration_duration": -1}, "zero or more seconds"),
        ({"narration_duration": "long"}, "number of seconds"),
        ({"recorded": "yes"}, "true or false"),
        ({"narration": 5}, "must be text"),
    ):
        with pytest.raises(ValueError, match=words):
            Script.from_dict({"scenes": [bad]})


def test_captions_follow_the_speech_and_silent_scenes_get_one_caption() -> None:
    scenes = [
        narrated("First sentence here. And a second one, rather longer.", 3.0),
        Scene("b-roll", "no voice yet", 2.0),
        narrated("你好，世界。", 1.0, duration=0.6),  # cut shorter than its voice
    ]
    captions = captions_for_scenes(scenes, "en", max_chars_per_line=12)
    first_end = scenes[0].duration
    spoken = [c for c in captions if c.start < first_end]
    assert len(spoken) >= 2
    assert spoken[0].start == pytest.approx(NARRATION_LEAD)
    assert spoken[-1].end == pytest.approx(NARRATION_LEAD + 3.0)
    silent = [c for c in captions if first_end <= c.start < first_end + 2.0]
    assert [(c.text, c.start, c.duration) for c in silent] == [("no voice yet", first_end, 2.0)]
    last_start = first_end + 2.0
    last = [c for c in captions if c.start >= last_start]
    assert last[0].start == pytest.approx(last_start + NARRATION_LEAD)
    assert last[-1].end == pytest.approx(last_start + 0.6)  # clamped inside the scene
    for before, after in zip(captions, captions[1:], strict=False):
        assert after.start >= before.end - 1e-9


def test_narration_clips_start_after_the_lead_and_stop_with_the_scene() -> None:
    scenes = [narrated("one", 1.5), Scene("x", "", 2.0), narrated("three", 4.0, duration=3.0)]
    clips = narration_clips(scenes)
    assert [(c.path, c.source_duration) for c in clips] == [
        (scenes[0].narration, 1.5),
        (scenes[2].narration, 4.0),
    ]
    assert clips[0].start == pytest.approx(NARRATION_LEAD)
    assert clips[0].duration == pytest.approx(1.5)
    third_start = scenes[0].duration + 2.0
    assert clips[1].start == pytest.approx(third_start + NARRATION_LEAD)
    assert clips[1].duration == pytest.approx(3.0 - NARRATION_LEAD)


@pytest.mark.parametrize("name", ["whoosh", "嗖", "Swoosh"])
def test_a_scene_sfx_gives_the_effect_at_the_scene_start(name: str) -> None:
    scenes = [Scene("a", "x", 2.0), Scene("b", "y", 3.0, sfx=name), Scene("c", "", 1.0, sfx="?")]
    clips = sfx_clips(scenes)
    shipped = sfx_dir() / "whoosh.wav"
    assert len(clips) == 1
    assert (clips[0].start, clips[0].path) == (2.0, str(shipped))
    assert clips[0].duration == pytest.approx(wav_length(shipped))
    assert 0.3 < clips[0].duration < 2.0
    assert is_builtin_sfx_path(clips[0].path)


def make_project() -> Project:
    project = Project(script=Script(scenes=[Scene("old", "old line", 2.0)]))
    project.timeline.track("caption").clips = [CaptionClip(0.0, 2.0, "old line", id="cap")]
    project.timeline.track("effects").clips = [
        AudioClip(1.0, 0.5, "/my/own/boom.wav", id="mine"),
        AudioClip(0.0, 0.6, str(sfx_dir() / "whoosh.wav"), id="old-sfx"),
    ]
    project.timeline.track("narration").clips = [
        AudioClip(5.0, 1.0, "/my/own/voiceover.wav", id="my-voice")
    ]
    return project


def test_set_scenes_rebuilds_narration_captions_and_effects_in_one_undo_step() -> None:
    project = make_project()
    before = project.to_dict()
    scenes = [narrated("Hello there. How are you?", 1.5), Scene("b", "quiet", 2.0, sfx="嗖")]
    command = SetScenes(project, scenes)
    command.apply()
    after = project.to_dict()

    narration = project.timeline.track("narration").clips
    assert len(narration) == 2
    assert [c.path for c in narration] == [scenes[0].narration, "/my/own/voiceover.wav"]
    effects = project.timeline.track("effects").clips
    assert [c.id for c in effects if c.id == "mine"] == ["mine"]  # the creator's own stays
    assert "old-sfx" not in [c.id for c in effects]
    built_in = [c for c in effects if c.id != "mine"]
    assert [(c.start, Path(c.path).name) for c in built_in] == [(scenes[0].duration, "whoosh.wav")]
    captions = project.timeline.track("caption").clips
    assert "cap" not in [c.id for c in captions]
    assert captions[0].start == pytest.approx(NARRATION_LEAD)

    command.undo()
    assert project.to_dict() == before
    command.apply()
    assert project.to_dict() == after  # same clips, same ids

    # Narrating again replaces the script's voice clip, not the creator's own.
    again = [narrated("Hello there. How are you?", 1.5)]
    again[0].narration = "/voices/new.wav"
    SetScenes(project, again).apply()
    assert sorted(c.path for c in project.timeline.track("narration").clips) == [
        "/my/own/voiceover.wav",
        "/voices/new.wav",
    ]
    assert [c.id for c in project.timeline.track("effects").clips] == ["mine"]


def test_set_scenes_creates_only_the_tracks_it_fills_and_undo_removes_them() -> None:
    project = Project()
    project.timeline.tracks = [Track(kind="video")]
    command = SetScenes(project, [narrated("hi", 1.0, 2.0), Scene("b", "", 1.0, sfx="pop")])
    command.apply()
    assert [t.kind for t in project.timeline.tracks] == ["video", "caption", "narration", "effects"]
    command.undo()
    assert [t.kind for t in project.timeline.tracks] == ["video"]

    SetScenes(project, [Scene("a", "no voice", 1.0)]).apply()
    assert [t.kind for t in project.timeline.tracks] == ["video", "caption"]


def test_saved_narration_is_relative_in_assets_and_plays_after_reload(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Project(script=Script(scenes=[Scene("a", "Hello from the saved project.", 3.0)]))
    out_dir = narration_cache_dir(None)  # never saved yet: the data folder
    scenes = narrate_scenes(project.script.scenes, "en", VoiceSettings(), out_dir)
    scenes[0].sfx = "whoosh"
    SetScenes(project, scenes).apply()
    assert Path(project.script.scenes[0].narration).is_absolute()

    folder = save_project(project, tmp_path / "Short")
    loaded = load_project(folder)
    scene = loaded.script.scenes[0]
    clip = loaded.timeline.track("narration").clips[0]
    assert scene.narration == clip.path
    assert scene.narration.startswith("assets/")
    assert not scene.narration_stale()
    assert resolve_media_path(scene.narration, folder).is_file()
    # In memory the project names the same copies as the file does.
    assert project.script.scenes[0].narration == scene.narration

    # Generate narration in the saved project finds the voice it has: nothing is spoken.
    def no_speaking(*args: object) -> None:
        raise AssertionError("an unchanged line was spoken again")

    monkeypatch.setattr(narration, "speak_to_wav", no_speaking)
    again = narrate_scenes(loaded.script.scenes, "en", VoiceSettings(), narration_cache_dir(folder))
    assert again[0].narration == scene.narration

    # The narration is heard where the scene speaks.
    with AudioSources() as sources:
        speech = mix_audio(loaded, clip.start, clip.end, media_root=folder, sources=sources)
        lead = mix_audio(loaded, 0.0, NARRATION_LEAD * 0.9, media_root=folder, sources=sources)
    assert float(np.sqrt(np.mean(speech**2))) > 0.02
    # The saved copy of the whoosh is still known as built-in: editing the script again
    # replaces it instead of adding a second whoosh.
    saved_sfx = loaded.timeline.track("effects").clips
    assert len(saved_sfx) == 1 and saved_sfx[0].path.startswith("assets/media/whoosh-")
    assert is_builtin_sfx_path(saved_sfx[0].path)
    SetScenes(loaded, loaded.script.scenes).apply()
    effects = loaded.timeline.track("effects").clips
    assert [c.path for c in effects] == [str(sfx_dir() / "whoosh.wav")]
    assert float(np.abs(lead).max()) > 0.0  # the whoosh plays from 0, under the lead
