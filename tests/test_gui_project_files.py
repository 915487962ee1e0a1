"""Project files in the window: autosave and the offer to recover after a crash, recent
projects, missing media found again and relinked, Collect Files, failures as sentences."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from aigc_studio.media.mix import mix_audio
from aigc_studio.project.autosave import find_recoveries, write_recovery
from aigc_studio.project.model import AudioClip, Project
from aigc_studio.project.storage import (
    ProjectError,
    load_project,
    resolve_media_path,
    save_project,
)
from aigc_studio.script.model import Scene
from aigc_studio.ui.main_window import RECOVERY_FOLDER, MainWindow
from tests.test_project_autosave import write_tone


@pytest.fixture(autouse=True)
def own_data_and_settings(tmp_path, monkeypatch):
    """Each test gets its own recovery folder and settings (autouse fixtures run before
    the studio fixture builds its window, which reads both)."""
    monkeypatch.setenv("AIGC_STUDIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AIGC_STUDIO_CONFIG_DIR", str(tmp_path / "config"))


def recovery_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / RECOVERY_FOLDER


def add_scene(qtbot, window) -> None:
    qtbot.mouseClick(window.script.add_button, Qt.MouseButton.LeftButton)


def test_autosave_writes_a_recovery_copy_and_save_or_a_clean_close_drops_it(
    qtbot, studio, tmp_path
):
    assert studio.save_to(tmp_path / "Short")
    folder = tmp_path / "Short.aigcproj"
    on_disk = (folder / "project.json").read_bytes()
    assert studio.autosave_now() is None  # nothing unsaved, nothing written

    add_scene(qtbot, studio)
    studio.set_autosave_seconds(1)  # the timer itself fires, as it would after 120 s
    own = studio.recovery.folder
    qtbot.waitUntil(lambda: (own / "project.json").is_file(), timeout=5_000)
    assert len(load_project(own).script.scenes) == 1  # the unsaved scene is in the copy
    assert (folder / "project.json").read_bytes() == on_disk  # Save's file, untouched
    assert len(load_project(folder).script.scenes) == 0

    assert studio.save()
    assert not own.exists()  # the project folder holds the work now
    add_scene(qtbot, studio)
    assert studio.autosave_now() == own and own.is_dir()
    studio.close()
    assert not own.exists() and find_recoveries(recovery_dir(tmp_path)) == []


def test_after_a_crash_the_next_window_offers_the_copy_and_restore_brings_the_edit_back(
    qtbot, tmp_path
):
    folder = save_project(Project(name="Short"), tmp_path / "Short.aigcproj")
    crashed = load_project(folder)
    crashed.script.scenes.append(Scene("close-up", "the line I never saved"))
    left = write_recovery(crashed, folder, recovery_dir(tmp_path), session="before-the-crash")

    window = MainWindow(confirm_close=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recovery_dialog is not None, timeout=5_000)
    dialog = window.recovery_dialog
    assert dialog.isVisible() and dialog.list.count() == 1
    assert "Short" in dialog.list.item(0).text() and str(folder) in dialog.list.item(0).text()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [s.line for s in window.document.project.script.scenes] == ["the line I never saved"]
    assert window.script.table.rowCount() == 1
    assert window.isWindowModified() and window.document.path == folder
    assert not left.exists() and window.recovery.exists  # the copy now belongs to this session

    assert window.save()  # Save writes to the project's own folder
    assert [s.line for s in load_project(folder).script.scenes] == ["the line I never saved"]
    assert not window.isWindowModified() and not window.recovery.exists
    qtbot.waitUntil(lambda: not window.explore.preview.pixmap().isNull(), timeout=60_000)
    window.close()
    assert find_recoveries(recovery_dir(tmp_path)) == []


def test_discard_removes_the_offered_copy_and_a_corrupt_one_is_skipped_with_a_message(
    studio, tmp_path
):
    good = write_recovery(Project(name="Lost"), None, recovery_dir(tmp_path), session="good")
    bad = write_recovery(Project(name="Bad"), None, recovery_dir(tmp_path), session="bad")
    (bad / "project.json").write_bytes(b"\x00\x01 not a project")

    offered = studio.offer_recovery(choose=lambda found: ("later", None))
    assert [r.name for r in offered] == ["Lost"] and good.exists()  # Later keeps it
    assert len(studio.recovery_problems) == 1 and "bad" in studio.recovery_problems[0]
    assert "could not be read and was skipped" in studio.statusBar().currentMessage()

    studio.offer_recovery(choose=lambda found: ("discard", found[0]))
    assert not good.exists() and bad.exists()  # the unreadable one is left for the creator
    assert studio.document.project.name == "Untitled"  # nothing was restored


def test_recent_projects_newest_first_and_a_deleted_one_is_handled(studio, tmp_path):
    first = save_project(Project(name="First"), tmp_path / "First.aigcproj")
    second = save_project(Project(name="Second"), tmp_path / "Second.aigcproj")
    assert studio.open_project(first) and studio.open_project(second)
    menu = studio.recent_menu
    assert [a.data() for a in menu.project_actions()] == [str(second), str(first)]
    assert [a.text() for a in menu.project_actions()] == ["&1 Second", "&2 First"]
    assert studio.open_recent(first)  # opening again puts it first
    assert [a.data() for a in menu.project_actions()] == [str(first), str(second)]

    shutil.rmtree(second)
    menu.rebuild()  # what showing the menu does
    gone = menu.project_actions()[1]
    assert not gone.isEnabled() and "folder missing" in gone.text()
    assert not studio.open_recent(second)
    assert "no longer there" in studio.error_box.text() and studio.error_box.isVisible()
    assert [a.data() for a in menu.project_actions()] == [str(first)]
    assert studio.document.project.name == "First"  # still the open project

    menu.clear_action.trigger()
    assert menu.project_actions() == [] and not menu.clear_action.isEnabled()
    studio.error_box.close()


def test_moved_sound_is_reported_found_relinked_undone_and_collected(qtbot, studio, tmp_path):
    tone = tmp_path / "imports" / "tone.wav"
    tone.parent.mkdir()
    write_tone(tone, seconds=1.0)
    project = Project(name="Sound")
    project.timeline.track("music").clips.append(AudioClip(0.0, 1.0, str(tone)))
    folder = save_project(project, tmp_path / "Sound.aigcproj")
    stored = project.timeline.track("music").clips[0].path  # assets/media/tone-<hash>.wav
    moved = tmp_path / "backup" / "sounds" / Path(stored).name
    moved.parent.mkdir(parents=True)
    shutil.move(folder / stored, moved)
    tone.unlink()  # only the moved copy is left anywhere

    assert studio.open_project(folder)
    assert studio.missing_bar.isVisible()
    assert "1 media file is missing" in studio.missing_bar.label.text()
    assert Path(stored).name in studio.missing_bar.label.text()
    collected = studio.collect_files()
    assert "1 media file could not be collected because it is missing" in collected

    with qtbot.waitSignal(studio.sig_relinked, timeout=10_000) as relinked:
        studio.find_missing_files(tmp_path / "backup")  # searched off the GUI thread
    assert relinked.args == [0]  # none left missing
    assert not studio.missing_bar.isVisible()
    (clip,) = studio.document.project.timeline.track("music").clips
    assert resolve_media_path(clip.path, studio.document.path) == moved
    mix = mix_audio(studio.document.project, 0.0, 1.0, media_root=studio.document.path)
    assert float(np.sqrt(np.mean(mix**2))) > 0.1  # the tone plays again (it was silence)
    assert studio.undo_stack.undoText() == "Relink media file"

    studio.undo_stack.undo()
    assert clip.path == stored
    qtbot.waitUntil(studio.missing_bar.isVisible, timeout=5_000)
    studio.undo_stack.redo()
    assert studio.collect_files() == "All media is inside the project folder."
    assert not Path(clip.path).is_absolute()  # copied into assets/media by the save
    assert (folder / clip.path).is_file()
    assert load_project(folder).timeline.track("music").clips[0].path == clip.path


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (ProjectError("The project folder is read-only; choose another."), "read-only"),
    ],
)
def test_a_failed_save_is_told_as_a_sentence_and_the_work_stays_unsaved(
    qtbot, studio, tmp_path, monkeypatch, error, sentence
):
    add_scene(qtbot, studio)
    own = studio.autosave_now()

    def refuse(*_args, **_kwargs):
        raise error

    monkeypatch.setattr("aigc_studio.ui.main_window.save_project", refuse)
    assert not studio.save_to(tmp_path / "Full")
    assert sentence in studio.error_box.text() and studio.error_box.isVisible()
    assert sentence in studio.statusBar().currentMessage()
    assert studio.document.dirty and studio.isWindowModified()
    assert studio.document.path is None and own.is_dir()  # the recovery copy is kept
    assert not (tmp_path / "Full.aigcproj").exists()
    studio.error_box.close()

    assert not studio.open_project(tmp_path / "Nowhere.aigcproj")
    assert "There is no project at" in studio.error_box.text()
    assert studio.script.table.rowCount() == 1  # the open project is untouched
    studio.error_box.close()
