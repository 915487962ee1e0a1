"""`aigc-studio quick`: a Chinese topic becomes an MP4 and a project through the command
line; bad input is one line and exit status 1.

The render runs at the small test size (tests/test_quick.py's SMALL); the command, the
request it builds and the pipeline are the real ones.
"""

from __future__ import annotations

import io
import subprocess
import sys
from contextlib import redirect_stdout

import pytest

from aigc_studio.cli import main
from aigc_studio.cli_quick import STRUCTURE_CHOICES
from aigc_studio.project.storage import load_project
from aigc_studio.quick import pipeline
from aigc_studio.script.structures import STRUCTURES
from tests.test_quick import (
    SPEECH_OVER_MUSIC,
    assert_valid_short,
    caption_text_by_scene,
    small_settings,
    speech_energy,
)

ZH_TOPIC = "生成对抗网络如何学会画脸"


@pytest.fixture(scope="module")
def zh_run(tmp_path_factory):
    """`aigc-studio quick ZH_TOPIC --lang zh`, run once; (exit status, stdout, out path)."""
    out = tmp_path_factory.mktemp("quick-zh") / "脸.mp4"
    argv = ["quick", ZH_TOPIC, "--out", str(out), "--lang", "zh", "--seconds", "12"]
    argv += ["--seed", "4", "--preset", "douyin"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "export_settings", small_settings)
        printed = io.StringIO()
        with redirect_stdout(printed):
            status = main(argv)
    return status, printed.getvalue(), out


def test_a_chinese_topic_becomes_an_mp4_and_a_project(zh_run):
    status, printed, out = zh_run
    folder = out.with_name("脸.aigcproj")
    assert status == 0
    assert printed.strip() == f"wrote {out} (project {folder})"
    assert_valid_short(out, folder)
    assert load_project(folder).script.lang == "zh"


def test_the_chinese_narration_is_heard_in_every_scene(zh_run):
    _, _, out = zh_run
    check = speech_energy(out, out.with_name("脸.aigcproj"))
    assert len(check.speech) >= 3
    for level in check.speech:
        assert level > SPEECH_OVER_MUSIC * check.music_only, check


def test_the_chinese_captions_are_the_scripts_lines(zh_run):
    _, _, out = zh_run
    joined, expected = caption_text_by_scene(out.with_name("脸.aigcproj"))
    assert joined == expected
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in joined)


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--preset", "myspace"], "unknown preset"),
        (["--model", "missing.safetensors"], "No face model"),
        (["--provider", "own"], "text model"),
    ],
)
def test_bad_input_is_one_line_and_exit_status_1(tmp_path, extra, words):
    out = tmp_path / "x.mp4"
    done = subprocess.run(
        [sys.executable, "-m", "aigc_studio", "quick", "cats", "--out", str(out), *extra],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: ")
    assert words in done.stderr
    assert done.stdout == "" and not out.exists()


def test_out_must_be_an_mp4(tmp_path, capsys):
    assert main(["quick", "cats", "--out", str(tmp_path / "x.avi")]) == 1
    assert "must name a .mp4" in capsys.readouterr().err


def test_the_structure_choices_are_the_writers_structures():
    assert set(STRUCTURE_CHOICES) == set(STRUCTURES)
