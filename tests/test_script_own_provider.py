"""The creator's own text model as a script writer: its samples become scenes or a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from aigc_studio.progress import Cancelled
from aigc_studio.script.char_gpt_train import train_char_gpt
from aigc_studio.script.own_provider import OwnModelProvider
from aigc_studio.script.providers import ProviderError, ScriptRequest
from aigc_studio.script.reading import reading_seconds
from tests.test_script_char_gpt import TINY, make_corpus

WELL_FORMED = (
    " Close-up of a notebook on a wooden desk.\nLINE: Stop scrolling: coffee is not what you "
    "think.\nSCENE 2\nSHOT: Slow pan across the kettle, warm light.\nLINE: It takes 5 minutes "
    "and costs almost nothing.\nSCENE 3\nSHOT: Hands holding a phone.\nLINE: Follow for part "
    "two.\n\nTITLE: Next script that must not be read"
)


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("own") / "voice.safetensors"
    train_char_gpt(make_corpus(20_000), path, TINY, steps=150, batch=16, seed=1)
    return path


def stub_sampler(text: str):
    """A sampler that hands out `text` in order, whatever it is asked, like a perfect model."""
    given: list[str] = []

    def sampler(model, vocab, prompt, max_new, temperature, top_k, seed) -> str:
        assert prompt.endswith("".join(given))  # each chunk continues what came before
        done = sum(map(len, given))
        given.append(text[done : done + max_new])
        return given[-1]

    return sampler


def test_well_formed_samples_become_scenes_with_reading_durations(model_file: Path) -> None:
    streamed: list[str] = []
    provider = OwnModelProvider(model_file, sampler=stub_sampler(WELL_FORMED))
    script = provider.write(ScriptRequest("home coffee", seconds=60), on_text=streamed.append)
    assert [s.shot for s in script.scenes] == [
        "Close-up of a notebook on a wooden desk.",
        "Slow pan across the kettle, warm light.",
        "Hands holding a phone.",
    ]
    assert script.scenes[2].line == "Follow for part two."
    assert "Next script" not in "".join(s.line + s.shot for s in script.scenes)
    for scene in script.scenes:
        assert scene.duration >= reading_seconds(scene.line, "en") - 1e-6
    assert script.title == "home coffee"
    assert "".join(streamed) == WELL_FORMED.split("\n\n")[0]  # streamed up to the script's end


def test_prompt_is_a_scene_header_with_the_topic(model_file: Path) -> None:
    provider = OwnModelProvider(model_file, sampler=stub_sampler(WELL_FORMED))
    provider.write(ScriptRequest("budget travel"))
    _, vocab = provider.load()
    assert provider.prompt(ScriptRequest("budget travel"), vocab).endswith("SCENE 1\nSHOT:")
    # the corpus is English, so a zh request still prompts in the shape the model knows
    assert "SHOT:" in provider.prompt(ScriptRequest("旅行", lang="zh"), vocab)


def test_garbage_samples_are_a_sentence_not_a_blob(model_file: Path) -> None:
    provider = OwnModelProvider(model_file, sampler=stub_sampler("\n\n"))
    with pytest.raises(ProviderError, match="no usable scenes"):
        provider.write(ScriptRequest("home coffee"))


def test_trained_model_writes_scenes_or_says_why(model_file: Path) -> None:
    provider = OwnModelProvider(model_file, top_k=1, max_chars=400)
    try:
        script = provider.write(ScriptRequest("sourdough", seconds=30))
    except ProviderError as error:
        assert "no usable scenes" in str(error)
    else:
        assert script.scenes and all(s.line or s.shot for s in script.scenes)
        assert script.duration <= 30.0 + 1e-6


def test_cancel_stops_sampling(model_file: Path) -> None:
    class Stop:
        def progress(self, fraction: float, message: str = "") -> None:
            pass

        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        OwnModelProvider(model_file).write(ScriptRequest("x"), Stop())


def test_missing_or_broken_model_file_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(ProviderError, match="No text model"):
        OwnModelProvider(tmp_path / "nope.safetensors").write(ScriptRequest("x"))
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"not a model")
    with pytest.raises(ProviderError, match="bad.safetensors"):
        OwnModelProvider(bad).write(ScriptRequest("x"))
