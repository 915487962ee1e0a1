"""`aigc-studio project export|import|check`: exit codes and the lines a user reads, and
what check_project finds in a damaged project."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from aigc_studio.cli import main
from aigc_studio.project.check import check_project
from aigc_studio.project.storage import load_project
from aigc_studio.resources import sample_project_path

SAMPLE_SUMMARY = "3 scenes, 12 clips, 30.0 s, 6 media files"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    folder = tmp_path / "work" / "sample-short.aigcproj"
    shutil.copytree(sample_project_path(), folder)
    return folder


def edit_json(folder: Path, change) -> None:
    data = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    change(data)
    (folder / "project.json").write_text(json.dumps(data), encoding="utf-8")


def clip_with_path(data: dict, path: str) -> dict:
    return next(
        clip
        for track in data["timeline"]["tracks"]
        for clip in track["clips"]
        if clip.get("path") == path
    )


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_check_of_a_sound_project_exits_0(sample: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["project", "check", str(sample)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"sample-short.aigcproj: {SAMPLE_SUMMARY}", "no problems found"]


def test_check_reports_a_deleted_asset_and_exits_1(
    sample: Path, capsys: pytest.CaptureFixture[str]
):
    (sample / "assets" / "whoosh.wav").unlink()
    assert main(["project", "check", str(sample)]) == 1
    out = capsys.readouterr().out
    problems = [line for line in out.splitlines() if line.startswith("problem: ")]
    assert len(problems) == 1
    assert "assets/whoosh.wav is missing" in problems[0]
    assert "Effects clip at 19.6 s" in problems[0]
    assert "1 problem found" in out


def test_check_of_a_corrupt_project_json_exits_2_with_one_line(
    sample: Path, capsys: pytest.CaptureFixture[str]
):
    (sample / "project.json").write_text('{"schema_version": 2, "timeline": ', encoding="utf-8")
    assert main(["project", "check", str(sample)]) == 2
    captured = capsys.readouterr()
    assert "is not valid JSON" in one_error_line(captured.err)
    assert captured.out == ""


def test_check_of_a_folder_that_is_no_project_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main(["project", "check", str(tmp_path)]) == 2
    assert "has no project.json" in one_error_line(capsys.readouterr().err)


def test_check_finds_unreadable_outside_and_missing_files(sample: Path, tmp_path: Path):
    (sample / "assets" / "music-loop.m4a").write_bytes(b"\0" * 4096)
    (sample / "assets" / "background.jpg").write_bytes(b"not a jpeg at all")
    outside = tmp_path / "elsewhere" / "whoosh.wav"
    outside.parent.mkdir()
    shutil.move(sample / "assets" / "whoosh.wav", outside)

    def change(data: dict) -> None:
        clip_with_path(data, "assets/whoosh.wav")["path"] = str(outside)
        data["timeline"]["tracks"][0]["clips"][1]["model"] = "assets/models/gone.safetensors"

    edit_json(sample, change)

    report = check_project(sample)

    assert report.ok  # it still opens: every problem is a file, not the project
    assert report.summary == SAMPLE_SUMMARY
    assert len(report.problems) == 4, report.problems
    by_file = {
        name: [p for p in report.problems if name in p]
        for name in ("music-loop.m4a", "background.jpg", str(outside), "gone.safetensors")
    }
    assert all(len(found) == 1 for found in by_file.values()), report.problems
    assert "has no sound AIGC Studio can read" in by_file["music-loop.m4a"][0]
    assert "is not an image AIGC Studio can read" in by_file["background.jpg"][0]
    assert "outside the project folder" in by_file[str(outside)][0]
    assert "missing from the project folder" in by_file["gone.safetensors"][0]
    assert all(problem.endswith(".") and "\n" not in problem for problem in report.problems)


def test_check_names_every_clip_that_shares_a_missing_file(sample: Path):
    def change(data: dict) -> None:
        clip_with_path(data, "assets/narration-2.wav")["path"] = "assets/narration-1.wav"

    edit_json(sample, change)
    (sample / "assets" / "narration-1.wav").unlink()
    problems = check_project(sample).problems
    assert len(problems) == 1
    assert problems[0].count("Narration clip at") == 2


def test_export_then_import_through_the_cli(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    zip_path = tmp_path / "shared.zip"
    assert main(["project", "export", str(sample), str(zip_path)]) == 0
    assert f"exported 7 files (862.0 KB) to {zip_path}" in capsys.readouterr().out
    dest = tmp_path / "received"
    dest.mkdir()
    assert main(["project", "import", str(zip_path), str(dest)]) == 0
    assert main(["project", "import", str(zip_path), str(dest)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"imported {dest / 'sample-short.aigcproj'}",
        f"imported {dest / 'sample-short (2).aigcproj'}",
    ]
    assert load_project(dest / "sample-short (2).aigcproj").to_dict() == (
        load_project(sample).to_dict()
    )
    assert main(["project", "check", str(dest / "sample-short (2).aigcproj")]) == 0


def test_a_hostile_zip_is_one_line_and_exit_1(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    zip_path = tmp_path / "gift.zip"
    with zipfile.ZipFile(zip_path, "w") as built:
        built.write(sample / "project.json", "gift.aigcproj/project.json")
        built.writestr("gift.aigcproj/../../evil.txt", b"owned")
    dest = tmp_path / "dest"
    dest.mkdir()
    assert main(["project", "import", str(zip_path), str(dest)]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith("error: The zip entry 'gift.aigcproj/../../evil.txt' points outside")
    assert list(dest.iterdir()) == [] and not (tmp_path / "evil.txt").exists()


def test_export_failures_are_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert main(["project", "export", str(tmp_path / "gone"), str(tmp_path / "out.zip")]) == 1
    assert "There is no project at" in one_error_line(capsys.readouterr().err)
    assert main(["project", "import", str(tmp_path / "gone.zip"), str(tmp_path)]) == 1
    assert "There is no file" in one_error_line(capsys.readouterr().err)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exited:
        main(["project", "check", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "0  the project opens and has no problems" in out
    assert "1  the project opens, but files are missing" in out
    assert "2  the project cannot be opened" in out


def test_project_without_an_action_is_a_one_line_usage_error(
    capsys: pytest.CaptureFixture[str],
):
    with pytest.raises(SystemExit) as exited:
        main(["project"])
    assert exited.value.code == 2
    assert "error:" in one_error_line(capsys.readouterr().err)
