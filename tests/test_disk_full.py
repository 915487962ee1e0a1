"""A full disk while saving or exporting: the old file stays as it was, nothing half
written is left under the final name or as a temp file, and the creator is told in plain
words that the disk is full."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from aigc_studio.media import export
from aigc_studio.media.export import DiskFullError, ExportSettings, partial_path, write_video
from aigc_studio.media.timeline_render import render_project
from aigc_studio.progress import SilentReporter
from aigc_studio.project import storage
from aigc_studio.project.model import CaptionClip, ImageClip, Project
from aigc_studio.project.storage import ProjectError, load_project, save_project
from aigc_studio.script.model import Scene, Script
from tests.test_media_timeline import FakeModels, walk_project

DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


def saved_project(tmp_path: Path) -> tuple[Path, bytes]:
    project = Project(name="Kept", script=Script(scenes=[Scene("shot", "line", 2.0)]))
    project.timeline.track("caption").clips = [CaptionClip(0.0, 2.0, "line", id="c1")]
    folder = save_project(project, tmp_path / "short")
    return folder, (folder / "project.json").read_bytes()


def changed(folder: Path) -> Project:
    project = load_project(folder)
    project.name = "Never written"
    project.script.scenes.append(Scene("more", "a longer script " * 500, 3.0))
    return project


def temp_files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.name.endswith(".tmp")]


def assert_untouched(folder: Path, before: bytes, error: ProjectError) -> None:
    assert str(error) == (
        f"Not enough disk space to save the project to {folder}; free some space and save again."
    )
    assert (folder / "project.json").read_bytes() == before
    assert load_project(folder).name == "Kept"
    assert temp_files(folder) == []


def test_disk_full_at_fsync_keeps_the_old_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, before = saved_project(tmp_path)
    project = changed(folder)

    def full(fd: int) -> None:
        raise DISK_FULL

    monkeypatch.setattr(storage.os, "fsync", full)
    with pytest.raises(ProjectError) as caught:
        save_project(project, folder)
    monkeypatch.undo()
    assert_untouched(folder, before, caught.value)


class FillsUp:
    """A file object that takes ``room`` bytes and then fails as a full disk does."""

    def __init__(self, handle: Any, room: int) -> None:
        self.handle, self.room = handle, room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            self.handle.write(bytes(data)[: self.room])  # the part that fitted
            self.room = 0
            raise DISK_FULL
        self.room -= len(data)
        return self.handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)

    def __enter__(self) -> FillsUp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


@pytest.mark.parametrize("room", [0, 1000])
def test_disk_full_while_writing_keeps_the_old_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, room: int
) -> None:
    folder, before = saved_project(tmp_path)
    project = changed(folder)
    real_fdopen = os.fdopen
    monkeypatch.setattr(storage.os, "fdopen", lambda *a, **kw: FillsUp(real_fdopen(*a, **kw), room))
    with pytest.raises(ProjectError) as caught:
        save_project(project, folder)
    monkeypatch.undo()
    assert_untouched(folder, before, caught.value)


def test_disk_full_while_copying_media_in_keeps_the_old_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, before = saved_project(tmp_path)
    project = changed(folder)
    picture = tmp_path / "big picture.png"
    picture.write_bytes(os.urandom(3 << 20))
    project.timeline.track("video").clips = [ImageClip(0.0, 2.0, str(picture), id="i1")]
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        storage.os, "fdopen", lambda *a, **kw: FillsUp(real_fdopen(*a, **kw), 1 << 20)
    )
    with pytest.raises(ProjectError) as caught:
        save_project(project, folder)
    monkeypatch.undo()
    assert_untouched(folder, before, caught.value)
    assert list((folder / "assets").rglob("*.png")) == []  # no half picture under its name
    assert project.timeline.clips()[0].path == str(picture)  # not pointed at a missing copy


# -- export -------------------------------------------------------------------------------

SETTINGS = ExportSettings(
    width=96, height=128, fps=10, preset="veryfast", encoder="libx264", audio="silent"
)
needs_dev_full = pytest.mark.skipif(
    not Path("/dev/full").exists(), reason="needs /dev/full (Linux) to make a disk full"
)


def frames(count: int) -> list[np.ndarray]:
    return [np.full((128, 96, 3), 10 * i, np.uint8) for i in range(count)]


def full_disk_at(temp: Path) -> None:
    """Make ffmpeg's writes to the export's temp file fail with ENOSPC: the temp name
    is a link to /dev/full, where every write fails as on a full disk (unlinking the
    link afterwards removes only the link)."""
    temp.symlink_to("/dev/full")


def assert_export_failed_cleanly(out: Path, error: Exception, old: bytes | None) -> None:
    message = str(error)
    assert message.startswith("Not enough disk space to export the video to ")
    assert "free some space" in message
    assert (out.read_bytes() if out.exists() else None) == old  # an older export untouched
    assert not os.path.lexists(partial_path(out))  # the temp file (or link) is gone
    assert sorted(p.name for p in out.parent.iterdir()) == ([out.name] if old else [])


@needs_dev_full
@pytest.mark.parametrize("older_export", [False, True])
def test_ffmpeg_hitting_a_full_disk_says_so(tmp_path: Path, older_export: bool) -> None:
    out = tmp_path / "exports" / "short.mp4"
    out.parent.mkdir()
    old = b"an older export the creator still has" if older_export else None
    if old:
        out.write_bytes(old)
    full_disk_at(partial_path(out))
    with pytest.raises(DiskFullError) as caught:
        write_video(iter(frames(20)), 20, out, SilentReporter(), SETTINGS)
    assert isinstance(caught.value, RuntimeError)  # callers reporting export errors catch it
    assert_export_failed_cleanly(out, caught.value, old)


def test_a_full_disk_at_the_final_rename_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "short.mp4"
    real_replace = os.replace

    def full(src: Any, dst: Any) -> None:
        if Path(dst) == out:
            raise DISK_FULL
        real_replace(src, dst)

    monkeypatch.setattr(export.os, "replace", full)
    with pytest.raises(DiskFullError) as caught:
        write_video(iter(frames(5)), 5, out, SilentReporter(), SETTINGS)
    monkeypatch.undo()
    assert_export_failed_cleanly(out, caught.value, None)


@needs_dev_full
def test_exporting_a_project_onto_a_full_disk_says_so(tmp_path: Path) -> None:
    project = walk_project(duration=1.0, width=96, height=128)
    out = tmp_path / "short.mp4"
    full_disk_at(partial_path(out))
    with pytest.raises(DiskFullError) as caught:
        render_project(project, FakeModels().renderer_for, out, SilentReporter(), SETTINGS)
    assert_export_failed_cleanly(out, caught.value, None)


def test_other_ffmpeg_failures_keep_ffmpegs_words(tmp_path: Path) -> None:
    """Only a full disk is reworded: other failures still say what ffmpeg said."""
    log = tmp_path / "ffmpeg.log"
    with open(log, "w+", encoding="utf-8") as handle:
        handle.write("[libx264] frame too large\nConversion failed!\n")
        error = export._ffmpeg_error(handle, tmp_path / "x.mp4")
    assert type(error) is RuntimeError
    assert "Conversion failed" in str(error)


@needs_dev_full
def test_a_full_temporary_folder_while_preparing_the_sound_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The soundtrack WAV is written by moviepy's ffmpeg into a temporary folder first."""
    real_write_wav = export._write_wav

    def onto_a_full_disk(clip: Any, path: Path) -> None:
        Path(path).symlink_to("/dev/full")
        real_write_wav(clip, path)

    monkeypatch.setattr(export, "_write_wav", onto_a_full_disk)
    # moviepy does not notice its ffmpeg failing on a short track; the export then looks
    # at the free space, which on a really full disk is about none.
    nothing_free = SimpleNamespace(total=1 << 30, used=1 << 30, free=0)
    monkeypatch.setattr(export.shutil, "disk_usage", lambda path: nothing_free)
    out = tmp_path / "short.mp4"
    with pytest.raises(DiskFullError, match="Not enough disk space in the temporary folder"):
        write_video(iter(frames(5)), 5, out, SilentReporter(), SETTINGS)
    assert sorted(tmp_path.iterdir()) == []


def test_a_full_temporary_folder_while_mixing_the_timeline_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The timeline's mix is written to the temporary folder before the video."""
    from aigc_studio.media import timeline_render

    def disk_full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(timeline_render, "has_sound", lambda *args: True)
    monkeypatch.setattr(timeline_render, "write_mix_wav", disk_full)
    project = walk_project(duration=1.0, width=96, height=128)
    out = tmp_path / "short.mp4"
    with pytest.raises(DiskFullError, match="Not enough disk space in the temporary folder"):
        render_project(project, FakeModels().renderer_for, out, SilentReporter(), SETTINGS)
    assert sorted(tmp_path.iterdir()) == []
