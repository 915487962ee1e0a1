"""`aigc-studio script`: a topic in, a JSON script (and SRT) out, without the GUI."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from aigc_studio.cli import main
from aigc_studio.script.char_gpt_train import load_char_gpt
from aigc_studio.script.formats import from_srt
from aigc_studio.script.model import Script
from tests.test_script_char_gpt import make_corpus
from tests.test_script_llm import ANSWER, FakeServer, server  # noqa: F401 (a fixture)


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
        (["--provider", "own"], "--provider own needs --model"),
        (["--provider", "own", "--model", "missing.safetensors"], "No text model at"),
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


def test_llm_provider_streams_to_stderr_and_writes_its_scenes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    server: FakeServer,  # noqa: F811 (the fixture imported above)
) -> None:
    out = tmp_path / "llm.json"
    args = ["script", "latent walks", "--out", str(out), "--provider", "llm"]
    code = main([*args, "--llm-url", server.url, "--llm-model", "tiny", "--timeout", "5"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert json.loads(ANSWER)["scenes"][0]["line"] in captured.err  # streamed as it came
    assert "wrote 3 scenes" in captured.out and "Stop scrolling" not in captured.out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["line"] for s in data["scenes"]][-1] == "Follow for part two."
    assert server.requests[0]["model"] == "tiny"
    assert server.requests[0]["path"] == "/v1/chat/completions"


def test_server_down_is_one_line_and_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nothing listens on once it is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "s.json"
    args = ["script", "topic", "--out", str(out), "--provider", "llm"]
    assert main([*args, "--llm-url", f"http://127.0.0.1:{port}"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: No local LLM server at") and err.count("\n") == 1
    assert not out.exists()


def test_script_train_writes_a_model_the_own_provider_uses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, model = tmp_path / "mine.txt", tmp_path / "voice.safetensors"
    corpus.write_text(make_corpus(4_000), encoding="utf-8")
    code = main(["script-train", str(corpus), "--out", str(model), "--steps", "3", "--seed", "2"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "trained 3 steps" in captured.out
    _, vocab, header = load_char_gpt(model)
    assert header["step"] == 3 and set(vocab.chars) >= set("SCENE SHOT: LINE:")
    # Three steps teach it little: it writes scenes or says so in a sentence, never a blob.
    out = tmp_path / "own.json"
    args = ["script", "sourdough", "--out", str(out), "--provider", "own", "--model", str(model)]
    code = main(args)
    captured = capsys.readouterr()
    if code == 0:
        assert Script.from_dict(json.loads(out.read_text(encoding="utf-8"))).scenes
    else:
        assert code == 1 and "error: Your text model wrote no usable scenes" in captured.err
        assert not out.exists()


def test_script_train_refuses_a_too_short_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "tiny.txt"
    corpus.write_text("SCENE 1", encoding="utf-8")
    assert main(["script-train", str(corpus), "--out", str(tmp_path / "m.safetensors")]) == 1
    assert "too short" in capsys.readouterr().err
