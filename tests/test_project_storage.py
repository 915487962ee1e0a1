"""The project folder: round trips, clear refusals, atomic saves, models and media copied
inside, and paths that never lead out of the folder."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from aigc_studio.project import storage
from aigc_studio.project.commands import find_clip
from aigc_studio.project.model import (
    SCHEMA_VERSION,
    AudioClip,
    CaptionClip,
    ImageClip,
    LatentWalkClip,
    Project,
    VideoFileClip,
)
from aigc_studio.project.storage import (
    ProjectError,
    load_project,
    resolve_media_path,
    resolve_model_ref,
    save_project,
)
from aigc_studio.script.model import Scene, Script


def chinese_project() -> Project:
    project = Project(
        name="我的短片",
        width=720,
        height=1280,
        fps=24,
        script=Script(
            title="春天", scenes=[Scene("特写", "你好，世界", 2.5), Scene("wide", "", 1.0)]
        ),
    )
    walk = LatentWalkClip(0.0, 3.5, [[0.25, -1.5], [1.0, 2.0]], interpolation="linear", id="w1")
    project.timeline.track("video").clips = [walk]
    project.timeline.track("caption").clips = [CaptionClip(0.0, 2.5, "你好，世界", id="c1")]
    return project


def write_json(folder: Path, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "project.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_round_trip_keeps_everything_and_chinese_stays_readable(tmp_path: Path) -> None:
    project = chinese_project()
    folder = save_project(project, tmp_path / "我的短片")

    assert folder == tmp_path / "我的短片.aigcproj"
    assert (folder / "assets").is_dir()
    text = (folder / "project.json").read_text(encoding="utf-8")
    assert "你好，世界" in text and "\\u" not in text
    assert text.startswith('{\n  "schema_version": ') and text.endswith("}\n")
    assert load_project(folder).to_dict() == project.to_dict()


def test_saving_twice_writes_identical_bytes(tmp_path: Path) -> None:
    project = chinese_project()
    folder = save_project(project, tmp_path / "p.aigcproj")
    first = (folder / "project.json").read_bytes()
    save_project(load_project(folder), folder)
    assert (folder / "project.json").read_bytes() == first


def test_load_accepts_the_project_json_path_too(tmp_path: Path) -> None:
    folder = save_project(chinese_project(), tmp_path / "p")
    assert load_project(folder / "project.json").name == "我的短片"


def test_newer_schema_is_refused_with_an_upgrade_hint(tmp_path: Path) -> None:
    data = chinese_project().to_dict()
    data["schema_version"] = SCHEMA_VERSION + 1
    folder = write_json(tmp_path / "future.aigcproj", data)
    with pytest.raises(ProjectError, match="newer AIGC Studio.*update AIGC Studio"):
        load_project(folder)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no project at"),
        ("file", "not a project folder"),
        ("no-json", "has no project.json"),
        ("bad-json", r"not valid JSON \(line 1"),
        ("list", "does not hold a project"),
        ("no-version", "no valid schema_version"),
        ("negative", "duration must be positive"),
        ("nan", "NaN is not a valid number"),
        ("huge", "too large"),
        ("missing-field", "missing field 'start'"),
        ("duplicate-ids", "two clips with the id 'c1'"),
        ("not-utf8", "not a readable project file"),
    ],
)
def test_bad_projects_get_a_clear_message(tmp_path: Path, setup: str, message: str) -> None:
    folder = tmp_path / "p.aigcproj"
    good = chinese_project().to_dict()
    text = json.dumps(good)
    if setup == "file":
        folder.write_text("x")
    elif setup == "no-json":
        folder.mkdir()
    elif setup == "missing":
        pass
    else:
        folder.mkdir()
        if setup == "bad-json":
            text = "{ not json"
        elif setup == "list":
            text = "[]"
        elif setup == "no-version":
            text = text.replace(f'"schema_version": {SCHEMA_VERSION},', "")
        elif setup == "negative":
            good["timeline"]["tracks"][0]["clips"][0]["duration"] = -1
            text = json.dumps(good)
        elif setup == "nan":
            text = text.replace('"duration": 3.5', '"duration": NaN')
        elif setup == "huge":
            text = text.replace('"duration": 3.5', '"duration": 1e999')
        elif setup == "missing-field":
            del good["timeline"]["tracks"][1]["clips"][0]["start"]
            text = json.dumps(good)
        elif setup == "duplicate-ids":
            good["timeline"]["tracks"][1]["clips"].append(
                dict(good["timeline"]["tracks"][1]["clips"][0])
            )
            text = json.dumps(good)
        if setup == "not-utf8":
            (folder / "project.json").write_bytes(b'{"name": "\xff"}')
        else:
            (folder / "project.json").write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError, match=message) as caught:
        load_project(folder)
    assert isinstance(caught.value, ValueError)  # the contract's ValueError still catches it
    assert str(caught.value).count(". ") == 0  # one sentence, ending in what to do


def test_interrupted_save_leaves_the_old_project_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = chinese_project()
    folder = save_project(project, tmp_path / "p")
    project.name = "never saved"

    def power_cut(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage.os, "replace", power_cut)
    with pytest.raises(ProjectError, match="Not enough disk space"):
        save_project(project, folder)
    monkeypatch.undo()

    assert load_project(folder).name == "我的短片"
    assert sorted(p.name for p in folder.iterdir()) == ["assets", "project.json"]  # no temp


def test_an_external_model_is_copied_into_assets_and_saved_relative(tmp_path: Path) -> None:
    external = tmp_path / "elsewhere" / "my faces.safetensors"
    external.parent.mkdir()
    external.write_bytes(b"model bytes")
    project = chinese_project()
    project.timeline.track("video").clips[0].model = str(external)

    folder = save_project(project, tmp_path / "p")

    saved = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    ref = saved["timeline"]["tracks"][0]["clips"][0]["model"]
    digest = hashlib.sha256(b"model bytes").hexdigest()[:10]
    assert ref == f"assets/models/my faces-{digest}.safetensors"
    assert (folder / ref).read_bytes() == b"model bytes"
    assert project.timeline.track("video").clips[0].model == ref  # memory matches disk
    assert resolve_model_ref(ref, folder) == (folder / ref).resolve()
    # Saving again copies nothing new.
    save_project(project, folder)
    assert len(list((folder / "assets" / "models").iterdir())) == 1


def test_save_as_brings_the_projects_own_models_along(tmp_path: Path) -> None:
    project = chinese_project()
    old = save_project(project, tmp_path / "old")
    (old / "assets" / "models").mkdir()
    (old / "assets" / "models" / "m.safetensors").write_bytes(b"m")
    project.timeline.track("video").clips[0].model = "assets/models/m.safetensors"

    new = save_project(project, tmp_path / "new", source_folder=old)
    assert resolve_model_ref("assets/models/m.safetensors", new).read_bytes() == b"m"


def test_a_missing_external_model_does_not_block_saving(tmp_path: Path) -> None:
    project = chinese_project()
    gone = str(tmp_path / "gone.safetensors")
    project.timeline.track("video").clips[0].model = gone
    folder = save_project(project, tmp_path / "p")
    with pytest.raises(ProjectError, match="outside the project folder"):
        resolve_model_ref(load_project(folder).timeline.track("video").clips[0].model, folder)


def test_builtin_refs_resolve_to_shipped_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AIGC_STUDIO_RESOURCES", str(tmp_path))
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "faces.safetensors").write_bytes(b"x")
    assert resolve_model_ref("builtin:faces", tmp_path / "p") == (
        tmp_path / "models" / "faces.safetensors"
    )
    with pytest.raises(ProjectError, match="'other' is not installed"):
        resolve_model_ref("builtin:other", tmp_path / "p")
    with pytest.raises(ProjectError, match="does not name a built-in model"):
        resolve_model_ref("builtin:../faces", tmp_path / "p")


@pytest.mark.parametrize(
    "ref",
    [
        "/etc/passwd",
        "../outside.safetensors",
        "assets/../../outside.safetensors",
        "..\\outside.safetensors",
        "C:\\models\\m.safetensors",
        "assets/escape.safetensors",  # a symlink pointing out of the folder
    ],
)
def test_model_refs_cannot_escape_the_project_folder(tmp_path: Path, ref: str) -> None:
    folder = tmp_path / "p.aigcproj"
    (folder / "assets").mkdir(parents=True)
    outside = tmp_path / "outside.safetensors"
    outside.write_bytes(b"x")
    if hasattr(os, "symlink"):
        (folder / "assets" / "escape.safetensors").symlink_to(outside)
    with pytest.raises(ProjectError, match="outside the project folder"):
        resolve_model_ref(ref, folder)


def test_model_refs_inside_the_folder_must_exist_and_be_models(tmp_path: Path) -> None:
    folder = tmp_path / "p.aigcproj"
    (folder / "assets").mkdir(parents=True)
    (folder / "assets" / "notes.txt").write_text("x")
    (folder / "assets" / "ok.safetensors").write_bytes(b"x")
    assert resolve_model_ref("assets/ok.safetensors", folder).name == "ok.safetensors"
    with pytest.raises(ProjectError, match="missing from the project folder"):
        resolve_model_ref("assets/gone.safetensors", folder)
    with pytest.raises(ProjectError, match="not a .safetensors model"):
        resolve_model_ref("assets/notes.txt", folder)
    with pytest.raises(ProjectError, match="no model"):
        resolve_model_ref("", folder)


def test_saving_over_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "p.aigcproj").write_text("x")
    with pytest.raises(ProjectError, match="a file has that name"):
        save_project(chinese_project(), tmp_path / "p")


# -- media files ------------------------------------------------------------------------


def media_project(tmp_path: Path) -> tuple[Project, dict[str, Path]]:
    """A project using an image, a video and a sound from a folder outside any project;
    two clips share the sound."""
    outside = tmp_path / "downloads"
    outside.mkdir()
    files = {"img": outside / "猫.png", "vid": outside / "clip.mp4", "snd": outside / "song.wav"}
    for name, path in files.items():
        path.write_bytes(f"{name} bytes".encode())
    project = chinese_project()
    project.timeline.track("video").clips += [
        ImageClip(3.5, 1.0, str(files["img"]), id="i"),
        VideoFileClip(4.5, 2.0, str(files["vid"]), id="v"),
    ]
    project.timeline.track("music").clips = [
        AudioClip(0.0, 3.0, str(files["snd"]), id="a1"),
        AudioClip(3.0, 3.0, str(files["snd"]), id="a2"),
    ]
    return project, files


def test_imported_media_is_copied_into_assets_and_saved_relative(tmp_path: Path) -> None:
    project, files = media_project(tmp_path)
    folder = save_project(project, tmp_path / "p")

    saved = load_project(folder)
    paths = {clip.id: clip.path for clip in saved.timeline.clips() if hasattr(clip, "path")}
    digest = hashlib.sha256(b"img bytes").hexdigest()[:10]
    assert paths["i"] == f"assets/media/猫-{digest}.png"
    assert paths["v"].startswith("assets/media/clip-") and paths["v"].endswith(".mp4")
    assert paths["a1"] == paths["a2"]  # one file, one copy
    for clip_id, source in (("i", files["img"]), ("v", files["vid"]), ("a1", files["snd"])):
        assert resolve_media_path(paths[clip_id], folder).read_bytes() == source.read_bytes()
    # Memory matches disk, and a second save copies nothing new.
    assert {c.id: c.path for c in project.timeline.clips() if hasattr(c, "path")} == paths
    save_project(project, folder)
    assert len(list((folder / "assets" / "media").iterdir())) == 3
    # The project folder now stands alone: the originals can go.
    for source in files.values():
        source.unlink()
    assert resolve_media_path(paths["i"], folder).is_file()


def test_a_missing_media_file_does_not_block_saving(tmp_path: Path) -> None:
    project, files = media_project(tmp_path)
    files["vid"].unlink()
    folder = save_project(project, tmp_path / "p")
    path = find_clip(load_project(folder), "v")[2].path
    assert path == str(files["vid"])  # kept, so the clip can show what is missing
    with pytest.raises(ProjectError, match=r"clip\.mp4 is missing; relink the clip"):
        resolve_media_path(path, folder)


def test_media_already_inside_the_folder_is_not_copied_again(tmp_path: Path) -> None:
    folder = save_project(chinese_project(), tmp_path / "p")
    (folder / "assets" / "media").mkdir()
    inside = folder / "assets" / "media" / "bg.png"
    inside.write_bytes(b"bg")
    project = load_project(folder)
    project.timeline.track("video").clips.append(ImageClip(3.5, 1.0, str(inside), id="i"))
    save_project(project, folder)
    assert find_clip(project, "i")[2].path == "assets/media/bg.png"
    assert [p.name for p in (folder / "assets" / "media").iterdir()] == ["bg.png"]


def test_media_paths_are_rewritten_only_after_the_save_succeeded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, files = media_project(tmp_path)

    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage.os, "replace", disk_full)
    with pytest.raises(ProjectError, match="Not enough disk space"):
        save_project(project, tmp_path / "p")
    assert find_clip(project, "i")[2].path == str(files["img"])


def test_save_as_brings_the_projects_own_media_along(tmp_path: Path) -> None:
    project, _ = media_project(tmp_path)
    old = save_project(project, tmp_path / "old")
    new = save_project(project, tmp_path / "new", source_folder=old)
    path = find_clip(project, "i")[2].path
    assert resolve_media_path(path, new).read_bytes() == b"img bytes"


def test_media_paths_resolve_inside_the_folder_or_absolute(tmp_path: Path) -> None:
    folder = tmp_path / "p.aigcproj"
    (folder / "assets" / "media").mkdir(parents=True)
    (folder / "assets" / "media" / "a.png").write_bytes(b"a")
    elsewhere = tmp_path / "b.png"
    elsewhere.write_bytes(b"b")
    assert resolve_media_path("assets/media/a.png", folder) == folder / "assets/media/a.png"
    assert resolve_media_path("assets\\media\\a.png", folder).read_bytes() == b"a"
    assert resolve_media_path(str(elsewhere), None) == elsewhere
    assert resolve_media_path(str(elsewhere), folder) == elsewhere
    with pytest.raises(ProjectError, match="gone.png is missing; relink"):
        resolve_media_path("assets/media/gone.png", folder)
    with pytest.raises(ProjectError, match="has none"):
        resolve_media_path("assets/media/a.png", None)
    with pytest.raises(ProjectError, match="no media file"):
        resolve_media_path(" ", folder)


@pytest.mark.parametrize(
    "path",
    ["../b.png", "assets/../../b.png", "..\\b.png", "assets/media/escape.png"],
)
def test_media_paths_cannot_escape_the_project_folder(tmp_path: Path, path: str) -> None:
    folder = tmp_path / "p.aigcproj"
    (folder / "assets" / "media").mkdir(parents=True)
    (tmp_path / "b.png").write_bytes(b"b")
    (folder / "assets" / "media" / "escape.png").symlink_to(tmp_path / "b.png")
    with pytest.raises(ProjectError, match="points outside the project folder"):
        resolve_media_path(path, folder)


# -- schema migrations ----------------------------------------------------------------------

# project.json exactly as AIGC Studio wrote it with schema 1 (video, caption and an empty
# "audio" track; scenes had only shot, line and duration; no voice, sound or captions).
SCHEMA_1_PROJECT = """{
  "schema_version": 1,
  "name": "Old short",
  "width": 1080,
  "height": 1920,
  "fps": 30,
  "script": {
    "title": "From version one",
    "scenes": [
      {"shot": "close-up", "line": "Hello there.", "duration": 2.5},
      {"shot": "wide", "line": "", "duration": 1.5}
    ]
  },
  "timeline": {
    "tracks": [
      {"kind": "video", "name": "Video", "clips": [
        {"kind": "latent_walk", "id": "w1", "start": 0.0, "duration": 4.0,
         "keyframes": [[0.5, -1.0], [1.0, 0.25]], "model": "builtin:default-faces-64",
         "interpolation": "slerp", "labels": [], "keyframe_times": null, "easing": [],
         "loop": false}
      ]},
      {"kind": "caption", "name": "Captions", "clips": [
        {"kind": "caption", "id": "c1", "start": 0.0, "duration": 2.5, "text": "Hello there."}
      ]},
      {"kind": "audio", "name": "Audio", "clips": []}
    ]
  }
}
"""


def test_a_schema_1_project_opens_and_saves_as_the_current_schema(tmp_path: Path) -> None:
    folder = tmp_path / "old.aigcproj"
    folder.mkdir()
    (folder / "project.json").write_text(SCHEMA_1_PROJECT, encoding="utf-8")

    project = load_project(folder)
    assert [track.kind for track in project.timeline.tracks] == ["video", "caption", "music"]
    assert [scene.line for scene in project.script.scenes] == ["Hello there.", ""]
    walk = project.timeline.tracks[0].clips[0]
    assert isinstance(walk, LatentWalkClip) and walk.keyframes == [[0.5, -1.0], [1.0, 0.25]]
    assert walk.fit == "fit" and walk.opacity == 1.0  # schema 2's defaults for old walks

    save_project(project, folder)
    saved = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION
    assert [track["kind"] for track in saved["timeline"]["tracks"]] == ["video", "caption", "music"]
    assert load_project(folder).to_dict() == project.to_dict()


def test_a_project_from_a_newer_version_is_refused_and_left_byte_identical(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "future.aigcproj"
    folder.mkdir()
    data = chinese_project().to_dict()
    data["schema_version"] = SCHEMA_VERSION + 1
    data["hologram"] = {"new": "things this version does not know"}
    raw = json.dumps(data, indent=1).encode("utf-8")
    (folder / "project.json").write_bytes(raw)
    with pytest.raises(ProjectError, match="newer AIGC Studio") as caught:
        load_project(folder)
    assert f"file format {SCHEMA_VERSION + 1}" in str(caught.value)
    assert (folder / "project.json").read_bytes() == raw
    assert sorted(p.name for p in folder.iterdir()) == ["project.json"]


@pytest.mark.parametrize("version", ['"2"', "2.0", "true", "null", "0", "-3", "[2]"])
def test_an_invalid_schema_version_is_a_sentence(tmp_path: Path, version: str) -> None:
    folder = tmp_path / "p.aigcproj"
    folder.mkdir()
    (folder / "project.json").write_text(f'{{"schema_version": {version}}}', encoding="utf-8")
    with pytest.raises(ProjectError, match="schema_version.*restore the project from a backup"):
        load_project(folder)


def test_the_migration_registry_reaches_the_current_schema_step_by_step() -> None:
    from aigc_studio.project.migrations import (
        FIRST_SCHEMA_VERSION,
        LATEST_SCHEMA_VERSION,
        MIGRATIONS,
        migrate,
    )

    assert LATEST_SCHEMA_VERSION == SCHEMA_VERSION
    assert sorted(MIGRATIONS) == list(range(FIRST_SCHEMA_VERSION, SCHEMA_VERSION))
    old = json.loads(SCHEMA_1_PROJECT)
    before = json.dumps(old)
    upgraded = migrate(old)
    assert json.dumps(old) == before  # pure: the caller's dict is not touched
    assert upgraded["schema_version"] == SCHEMA_VERSION
    assert migrate(upgraded) == upgraded  # the current schema passes through unchanged


def test_a_copy_from_another_projects_assets_keeps_its_name(tmp_path: Path) -> None:
    project, files = media_project(tmp_path)
    first = save_project(project, tmp_path / "first")
    copied = resolve_media_path(find_clip(project, "i")[2].path, first)  # 猫-<hash>.png
    other = chinese_project()
    other.timeline.track("video").clips.append(ImageClip(0.0, 1.0, str(copied), id="i"))
    second = save_project(other, tmp_path / "second")
    assert find_clip(other, "i")[2].path == f"assets/media/{copied.name}"  # no second hash
    assert (second / "assets" / "media" / copied.name).read_bytes() == b"img bytes"
