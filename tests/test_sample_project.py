"""The shipped sample project: it loads, holds every kind of clip the issue names, and a first
start opens a copy of it in the Timeline."""

from __future__ import annotations

import copy
from pathlib import Path

from aigc_studio.project.commands import SetScenes
from aigc_studio.project.model import AudioClip, CaptionClip, ImageClip, LatentWalkClip
from aigc_studio.project.sample import install_sample
from aigc_studio.project.storage import load_project
from aigc_studio.resources import sample_project_path


def test_sample_project_has_a_walk_over_a_background_three_captioned_scenes_and_sound() -> None:
    folder = sample_project_path()
    project = load_project(folder)
    assert abs(project.duration - 30.0) < 1e-6
    kinds = [t.kind for t in project.timeline.tracks]
    assert kinds == ["video", "video", "caption", "narration", "music", "effects"]
    walks, background = project.timeline.tracks[0].clips, project.timeline.tracks[1].clips
    assert len(walks) == 3 and all(isinstance(c, LatentWalkClip) for c in walks)
    assert isinstance(background[0], ImageClip) and background[0].duration == 30.0
    captions = project.timeline.tracks[2].clips
    assert len(captions) == 3 and all(isinstance(c, CaptionClip) for c in captions)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in c.text) for c in captions)  # zh too
    assert len(project.script.scenes) == 3
    audio = [c for t in project.timeline.tracks[3:] for c in t.clips]
    assert all(isinstance(c, AudioClip) for c in audio) and len(audio) == 5
    for clip in [*audio, background[0]]:
        path = folder / clip.path
        assert path.is_file() and path.stat().st_size > 10_000, clip.path


def test_install_sample_copies_once_and_keeps_the_creators_edits(tmp_path: Path) -> None:
    first = install_sample(tmp_path)
    assert (first / "project.json").is_file() and first.parent == tmp_path
    (first / "project.json").write_text("edited", encoding="utf-8")
    again = install_sample(tmp_path)
    assert again == first and (again / "project.json").read_text(encoding="utf-8") == "edited"
    assert not list(tmp_path.glob(".*partial"))


def test_first_start_opens_the_sample_in_the_timeline(studio, tmp_path: Path) -> None:
    assert studio.open_sample_project(tmp_path)
    assert studio.document.path == tmp_path / sample_project_path().name
    assert studio.document.project.name == "Sample short 示例短片"
    assert studio.stack.currentWidget() is studio.timeline
    assert studio.settings.sample_opened == "yes"


def test_editing_the_samples_script_keeps_its_voices_and_its_whoosh() -> None:
    project = load_project(sample_project_path())
    scenes = [copy.copy(scene) for scene in project.script.scenes]
    scenes[0].line = "Meet faces made on this very computer."
    SetScenes(project, scenes).apply()
    narration = project.timeline.track("narration").clips
    assert [c.path for c in narration] == [f"assets/narration-{i}.wav" for i in (1, 2, 3)]
    assert [round(c.start, 2) for c in narration] == [0.15, 10.15, 20.15]  # each in its scene
    assert [Path(c.path).name for c in project.timeline.track("effects").clips] == ["whoosh.wav"]
    captions = project.timeline.track("caption").clips
    assert any("\u4e00" <= ch <= "\u9fff" for ch in captions[-1].text)  # bilingual captions stay


def test_the_samples_copy_names_its_tracks_in_the_studios_language(tmp_path: Path) -> None:
    from aigc_studio import translation

    english = install_sample(tmp_path / "en")
    shipped = (sample_project_path() / "project.json").read_bytes()
    assert (english / "project.json").read_bytes() == shipped  # untouched in English
    before = translation._translate
    chinese = {"Walks": "漫步", "Background": "背景"}
    try:
        translation.set_translator(lambda text: chinese.get(text, text))
        copy = install_sample(tmp_path / "zh")
    finally:
        translation.set_translator(before)
    names = [track.name for track in load_project(copy).timeline.tracks]
    assert names[:2] == ["漫步", "背景"] and "Walks" not in names
