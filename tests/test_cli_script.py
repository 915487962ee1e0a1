"""`aigc-studio script`: a topic in, a JSON script (and SRT) out, without the GUI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aigc_studio.cli import main
from aigc_studio.script.formats import from_srt
from aigc_studio.script.model import Script


def test_script_writes_json_scenes_and_a_parseable_srt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, srt = tmp_path / "short.json", tmp_path / "short.srt"
    code = main(["script", "how a GAN learns faces", "--out", str(out), "--srt", str(srt)])
    assert code == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["scenes"]) >= 3
    for scene in data["scenes"]:
        assert set(scene) >= {"shot", "line", "caption", "sfx", "duration"}
        assert scene["duration"] > 0
    script = Script.from_dict(data)
    assert script.duration <= 30.0 + 1e-6
    cues = from_srt(srt.read_text(encoding="utf-8"))
    assert [s.line for s in cues.scenes if s.line] == [s.line for s in script.scenes if s.line]
    assert "scenes" in capsys.readouterr().out


def test_script_in_chinese_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    def write(name: str, seed: str) -> str:
        out = tmp_path / f"{name}.json"
        args = ["script", "春季护肤", "--lang", "zh", "--seed", seed, "--seconds", "60"]
        assert main([*args, "--out", str(out)]) == 0
        return out.read_text(encoding="utf-8")

    first = write("a", "3")
    assert first == write("b", "3")
    script = Script.from_dict(json.loads(first))
    assert script.lang == "zh" and script.duration <= 60.0 + 1e-6
    assert any("\u4e00" <= ch <= "\u9fff" for s in script.scenes for ch in s.line)


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--provider", "llm"], "llm provider is not available"),
        (["--provider", "own"], "own provider is not available"),
        (["--structure", "sonnet"], "sonnet"),
    ],
)
def test_script_failures_are_one_line_and_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], words: str
) -> None:
    out = tmp_path / "s.json"
    assert main(["script", "topic", "--out", str(out), *extra]) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not out.exists()
