"""The built-in writer: every structure, both languages, seeds, and the 60 s limit."""

from __future__ import annotations

import re

import pytest

from aigc_studio.script.model import Scene
from aigc_studio.script.providers import ProviderError, ScriptRequest
from aigc_studio.script.structures import STRUCTURES, BuiltinProvider, fit_durations

CJK = re.compile(r"[\u4e00-\u9fff]")
TOPICS = {"en": "latent walks", "zh": "潜空间漫步"}


def write(**kwargs) -> object:
    lang = kwargs.setdefault("lang", "en")
    kwargs.setdefault("topic", TOPICS[lang])
    return BuiltinProvider().write(ScriptRequest(**kwargs))


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("structure", list(STRUCTURES))
def test_each_structure_writes_valid_scenes(structure: str, lang: str) -> None:
    streamed: list[str] = []
    script = BuiltinProvider().write(
        ScriptRequest(topic=TOPICS[lang], lang=lang, structure=structure, keywords=["GAN"]),
        on_text=streamed.append,
    )
    assert script.lang == lang
    assert len(script.scenes) >= 3
    for scene in script.scenes:
        assert scene.shot.strip() and scene.line.strip()
        assert "{" not in scene.line + scene.shot, "a placeholder was left unfilled"
        assert scene.duration >= 1.0
        if lang == "zh":
            assert CJK.search(scene.line), scene.line
        else:
            assert not CJK.search(scene.line), scene.line
    assert script.title and script.hook == script.scenes[0].line and script.cover_text
    assert script.hashtags and all(" " not in t and not t.startswith("#") for t in script.hashtags)
    assert "".join(streamed).split("\n")[0] == script.scenes[0].line
    assert script.duration <= 30.0 + 1e-9


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("structure", list(STRUCTURES))
def test_seed_decides_the_words(structure: str, lang: str) -> None:
    def lines(seed: int) -> list[str]:
        return [s.line for s in write(structure=structure, lang=lang, seed=seed).scenes]

    assert lines(0) == lines(0)
    assert lines(0) != lines(1)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("structure", list(STRUCTURES))
def test_sixty_second_limit_is_respected_and_hook_and_cta_kept(structure: str, lang: str) -> None:
    many = ["one", "two", "three", "four", "five", "six"]
    full = write(structure=structure, lang=lang, keywords=many, seconds=60.0)
    assert full.duration <= 60.0 + 1e-9
    short = write(structure=structure, lang=lang, keywords=many, seconds=8.0)
    assert short.duration <= 8.0 + 1e-9
    assert len(short.scenes) < len(full.scenes), "middle beats are dropped when time is short"
    assert short.scenes[0].line == full.scenes[0].line  # the hook stays
    assert short.scenes[-1].line == full.scenes[-1].line  # the call to action stays


def test_a_longer_request_gives_a_longer_short() -> None:
    assert write(seconds=15.0).duration < write(seconds=45.0).duration <= 45.0


def test_keywords_and_tone_reach_the_lines() -> None:
    script = write(structure="list-of-n", keywords=["noise", "truncation", "seeds"])
    text = " ".join(s.line for s in script.scenes)
    assert "noise" in text and "truncation" in text and "seeds" in text
    assert "3 things" in script.title

    def lines(tone: str) -> str:  # several seeds, since not every phrasing has a tone word
        return " ".join(s.line for seed in range(6) for s in write(tone=tone, seed=seed).scenes)

    assert lines("calm") != lines("energetic")


@pytest.mark.parametrize(
    "request_kwargs",
    [{"topic": "  "}, {"structure": "sonnet"}, {"seconds": 1.0}, {"lang": "fr"}],
)
def test_bad_requests_say_what_is_wrong(request_kwargs: dict) -> None:
    kwargs = {"topic": "faces", **request_kwargs}
    with pytest.raises(ProviderError) as err:
        BuiltinProvider().write(ScriptRequest(**kwargs))
    assert str(err.value).endswith(".")


def test_a_long_draft_is_cut_to_sixty_seconds() -> None:
    step = "practise the {} exercise every single morning before work, slowly, " * 3
    long_items = [step.replace("{}", w) for w in "abcde"]  # ~13 s to say each
    script = write(structure="tutorial", keywords=long_items, seconds=60.0)
    uncut = write(structure="tutorial", keywords=long_items, seconds=600.0)
    assert uncut.duration > 60.0
    assert 50.0 <= script.duration <= 60.0 and len(script.scenes) < len(uncut.scenes)
    roles = ["hook"] + ["middle"] * 8 + ["cta"]
    drafts = [Scene(shot="s", line=f"line {i}", duration=9.0) for i in range(10)]
    fitted = fit_durations(drafts, roles, 60.0)
    assert sum(s.duration for s in fitted) <= 60.0
    assert fitted[0].line == "line 0" and fitted[-1].line == "line 9"
    assert all(s.duration >= 1.0 for s in fitted)
