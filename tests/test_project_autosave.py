"""Recovery copies and relinking without Qt: what autosave writes, finds, loads and drops,
and how missing media are found again after they moved."""

from __future__ import annotations

import json
import math
import shutil
import struct
import wave
from pathlib import Path

import pytest

from aigc_studio.progress import Cancelled
from aigc_studio.project.autosave import (
    META_FILE,
    RecoverySession,
    discard_recovery,
    find_recoveries,
    load_recovery,
    write_recovery,
)
from aigc_studio.project.model import AudioClip, Project
from aigc_studio.project.relink import RelinkMedia, find_moved, missing_media
from aigc_studio.project.storage import load_project, resolve_media_path, save_project
from aigc_studio.script.model import Scene


def write_tone(path: Path, seconds: float = 0.5, rate: int = 8000) -> None:
    frames = b"".join(
        struct.pack("<h", int(12000 * math.sin(2 * math.pi * 440 * i / rate)))
        for i in range(int(seconds * rate))
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)


def saved_project_with_sound(tmp_path: Path) -> tuple[Project, Path]:
    """A project saved in tmp_path/Short.aigcproj whose music clip uses an imported WAV
    (saving copies it into assets/media, so the clip's path becomes relative)."""
    tone = tmp_path / "imports" / "tone.wav"
    tone.parent.mkdir()
    write_tone(tone)
    project = Project(name="Short")
    project.timeline.track("music").clips.append(AudioClip(0.0, 0.5, str(tone)))
    project.script.scenes.append(Scene("face", "hello", narration=str(tone)))
    folder = save_project(project, tmp_path / "Short.aigcproj")
    return project, folder


def test_recovery_copy_round_trips_without_touching_the_project_folder(tmp_path):
    project, folder = saved_project_with_sound(tmp_path)
    before = (folder / "project.json").read_bytes()
    project.script.scenes[0].line = "an unsaved edit"
    recovery_dir = tmp_path / "recovery"

    written = write_recovery(project, folder, recovery_dir, session="crashed")
    assert written == recovery_dir / "crashed"
    assert (folder / "project.json").read_bytes() == before  # Save's file, untouched
    media = {p.name for p in written.rglob("*")}
    assert media == {"project.json", META_FILE}  # nothing copied: media stay where they are

    (found,) = find_recoveries(recovery_dir)
    assert (found.folder, found.original, found.name) == (written, folder, "Short")
    restored = load_recovery(found)
    assert restored.script.scenes[0].line == "an unsaved edit"
    (clip,) = restored.timeline.track("music").clips
    # Relative media became absolute, so the copy opens from anywhere; the file is there.
    assert Path(clip.path).is_absolute() and resolve_media_path(clip.path, None).is_file()

    discard_recovery(found)
    assert find_recoveries(recovery_dir) == [] and not written.exists()


def test_corrupt_recoveries_are_skipped_with_a_sentence_and_good_ones_still_found(tmp_path):
    recovery_dir = tmp_path / "recovery"
    write_recovery(Project(name="Good"), None, recovery_dir, session="good")
    bad_json = write_recovery(Project(name="BadJson"), None, recovery_dir, session="bad-json")
    (bad_json / "project.json").write_text("{ not json", encoding="utf-8")
    no_meta = write_recovery(Project(name="NoMeta"), None, recovery_dir, session="no-meta")
    (no_meta / META_FILE).unlink()
    bad_meta = write_recovery(Project(name="BadMeta"), None, recovery_dir, session="bad-meta")
    (bad_meta / META_FILE).write_text(json.dumps(["nope"]), encoding="utf-8")
    (recovery_dir / "stray-file.txt").write_text("not a folder", encoding="utf-8")

    problems: list[str] = []
    found = find_recoveries(recovery_dir, problems)
    assert [r.name for r in found] == ["Good"]
    assert len(problems) == 3
    assert all("skipped" in p for p in problems)
    assert any("bad-json" in p and "not valid JSON" in p for p in problems)


def test_a_live_session_keeps_its_copy_to_itself_and_a_clean_end_drops_it(tmp_path):
    recovery_dir = tmp_path / "recovery"
    session = RecoverySession(recovery_dir)
    session.write(Project(name="Live"), None)
    assert session.exists
    assert find_recoveries(recovery_dir) == []  # locked: another studio must not offer it
    session.write(Project(name="Live again"), None)  # replaces, still one folder
    assert len(list(recovery_dir.iterdir())) == 1
    session.discard()
    assert not session.exists and list(recovery_dir.iterdir()) == []


def test_missing_media_found_again_and_relinked_in_one_undo_step(tmp_path):
    project, folder = saved_project_with_sound(tmp_path)
    (stored,) = [c.path for c in project.timeline.track("music").clips]
    assert stored.startswith("assets/media/")
    elsewhere = tmp_path / "moved" / "deep" / "er"
    elsewhere.mkdir(parents=True)
    shutil.move(folder / stored, elsewhere / Path(stored).name)

    reopened = load_project(folder)
    (missing,) = missing_media(reopened, folder)
    assert missing.path == stored and len(missing.clips) == 1 and missing.scenes == [0]

    found = find_moved([missing], tmp_path / "moved")
    assert found == {stored: elsewhere / Path(stored).name}
    command = RelinkMedia(reopened, found)
    command.apply()
    (clip,) = reopened.timeline.track("music").clips
    assert resolve_media_path(clip.path, folder) == elsewhere / Path(stored).name
    assert reopened.script.scenes[0].narration == clip.path
    assert missing_media(reopened, folder) == []
    command.undo()
    assert clip.path == stored and reopened.script.scenes[0].narration == stored


def test_find_moved_recognises_the_original_name_by_its_hash_and_checks_sizes(tmp_path):
    project, folder = saved_project_with_sound(tmp_path)
    stored = project.timeline.track("music").clips[0].path
    (folder / stored).unlink()
    (missing,) = missing_media(load_project(folder), folder)
    # The creator's own tone.wav is what the copy tone-<hash>.wav was made from.
    original = tmp_path / "imports" / "tone.wav"
    assert find_moved([missing], tmp_path / "imports") == {stored: original}
    other = tmp_path / "other"
    other.mkdir()
    write_tone(other / "tone.wav", seconds=0.25)  # same name, other sound: not it
    assert find_moved([missing], other) == {}

    missing.size = original.stat().st_size + 1  # a known size must match too
    shutil.copy(original, other / Path(stored).name)
    assert find_moved([missing], other) == {}
    missing.size = original.stat().st_size
    assert find_moved([missing], other) == {stored: other / Path(stored).name}


def test_a_search_for_moved_files_stops_on_cancel(tmp_path):
    project, folder = saved_project_with_sound(tmp_path)
    (folder / project.timeline.track("music").clips[0].path).unlink()
    crowd = tmp_path / "crowd"
    crowd.mkdir()
    for number in range(600):
        (crowd / f"file-{number}.txt").write_text("x", encoding="utf-8")

    class CancelAtOnce:
        def progress(self, fraction: float, message: str = "") -> None: ...

        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        find_moved(missing_media(project, folder), crowd, reporter=CancelAtOnce())
