"""The script model: captions default to the line, old files load, bad files say why."""

from __future__ import annotations

import pytest

from aigc_studio.project.commands import captions_for_scenes
from aigc_studio.script.model import Scene, Script
from aigc_studio.script.reading import reading_seconds


def test_caption_defaults_to_the_line_and_overrides_it_when_set() -> None:
    assert Scene(line="你好，世界").caption_text() == "你好，世界"
    assert Scene(line="long narration", caption="SHORT").caption_text() == "SHORT"
    captions = captions_for_scenes(
        [Scene("a", "spoken", 2.0, caption="shown"), Scene("b", "", 1.0)]
    )
    assert [c.text for c in captions] == ["shown"]


def test_a_full_script_round_trips_through_a_dict() -> None:
    script = Script(
        title="春天",
        hook="你知道吗？",
        hashtags=["ai", "短视频"],
        cover_text="三秒看懂",
        lang="zh",
        scenes=[Scene("特写", "你好", 2.5, caption="嗨", sfx="whoosh"), Scene("wide", "", 1.0)],
    )
    assert Script.from_dict(script.to_dict()) == script


def test_an_old_project_script_with_only_shot_line_duration_loads() -> None:
    old = {"title": "t", "scenes": [{"shot": "face", "line": "hello", "duration": 2.0}]}
    script = Script.from_dict(old)
    assert script.lang == "en" and script.hashtags == [] and script.hook == ""
    assert script.scenes == [Scene("face", "hello", 2.0)]
    assert script.scenes[0].caption_text() == "hello"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"scenes": [{"duration": -1}]}, "positive"),
        ({"scenes": [{"duration": "soon"}]}, "number of seconds"),
        ({"scenes": [{"line": 3}]}, "must be text"),
        ({"scenes": "one scene"}, "must be a list"),
        ({"lang": "fr"}, "language"),
        ({"hashtags": [1, 2]}, "hashtags"),
    ],
)
def test_malformed_scripts_raise_a_sentence(data: dict, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        Script.from_dict(data)


def test_hashtags_lose_their_hash_sign() -> None:
    assert Script.from_dict({"hashtags": ["#ai", "gan", "#"]}).hashtags == ["ai", "gan"]


def test_reading_time_follows_the_language_pace() -> None:
    zh = reading_seconds("今天我们来聊一聊人工智能如何画出一张脸")  # 19 characters
    en = reading_seconds("today we talk about how a machine learns to draw a face")  # 12 words
    assert 4.0 < zh < 5.0
    assert 4.5 < en < 5.2
    assert reading_seconds("") == 1.0  # a minimum so a caption can be read
    assert reading_seconds("你好 hello world") > reading_seconds("你好")
    assert reading_seconds("你好", lang="zh") == reading_seconds("你好")
