"""Script files: what we export reads back with the same lines and timings, in zh and en."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aigc_studio.script.formats import (
    export_script,
    from_json,
    from_srt,
    from_text,
    import_script,
    to_ass,
    to_markdown,
    to_srt,
    to_text,
)
from aigc_studio.script.model import Scene, Script


def sample() -> Script:
    return Script(
        title="春天 spring",
        hook="三秒看懂 GAN",
        hashtags=["ai", "短视频"],
        lang="zh",
        scenes=[
            Scene("特写", "你好，世界", 2.345, caption="嗨", sfx="whoosh"),
            Scene("wide", "", 1.0),  # a silent scene: no cue, but later cues keep their time
            Scene("face", "two lines\nof text {bold}", 1.5),
            Scene("end", "关注我 follow", 3.3333),
        ],
    )


def test_srt_round_trips_lines_and_timings() -> None:
    script = sample()
    back = from_srt(to_srt(script))
    spoken = [
        (s, sc) for s, sc in zip(script.scene_starts(), script.scenes, strict=True) if sc.line
    ]
    cues = [(s, sc) for s, sc in zip(back.scene_starts(), back.scenes, strict=True) if sc.line]
    assert [sc.line for _, sc in cues] == [sc.line for _, sc in spoken]
    for (start, scene), (start2, scene2) in zip(spoken, cues, strict=True):
        assert start2 == pytest.approx(start, abs=0.001)
        assert start2 + scene2.duration == pytest.approx(start + scene.duration, abs=0.001)
    assert back.lang == "zh"


def test_srt_import_of_cues_with_a_gap_keeps_their_times() -> None:
    srt = "1\n00:00:01,000 --> 00:00:02,500\nhello\n\n2\n00:00:03,000 --> 00:00:04,000\nbye\n"
    script = from_srt(srt)
    assert [(s.line, s.duration) for s in script.scenes] == [
        ("", 1.0),
        ("hello", 1.5),
        ("", 0.5),
        ("bye", 1.0),
    ]


@pytest.mark.parametrize(
    ("srt", "words"),
    [
        ("1\nhello\n", "no 'start --> end'"),
        ("1\n00:00:01 --> 00:00:02,000\nhi\n", "not hh:mm:ss,mmm"),
        ("1\n00:00:02,000 --> 00:00:01,000\nhi\n", "ends before it starts"),
        ("\n\n", "no cues"),
    ],
)
def test_malformed_srt_says_which_cue_is_wrong(srt: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        from_srt(srt)


def test_ass_has_a_header_and_one_dialogue_per_spoken_scene() -> None:
    ass = to_ass(sample())
    for section in ("[Script Info]", "[V4+ Styles]", "[Events]"):
        assert section in ass
    dialogues = [line for line in ass.splitlines() if line.startswith("Dialogue:")]
    assert len(dialogues) == 3
    assert dialogues[0].startswith("Dialogue: 0,0:00:00.00,0:00:02.35,Default")
    assert dialogues[0].endswith(",你好，世界")
    assert "two lines\\Nof text ｛bold｝" in dialogues[1]  # no accidental override block
    one_per_scene = Script(scenes=[Scene(line=f"line {i}", duration=1.0) for i in range(5)])
    assert to_ass(one_per_scene).count("\nDialogue:") == 5


def test_json_round_trips_everything_and_keeps_chinese_readable(tmp_path: Path) -> None:
    path = tmp_path / "script.json"
    export_script(sample(), path)
    assert "你好，世界" in path.read_text(encoding="utf-8")
    assert import_script(path) == sample()
    with pytest.raises(ValueError, match="not valid JSON"):
        from_json("{scenes: [")


def test_text_and_markdown_show_every_scene() -> None:
    for text in (to_text(sample()), to_markdown(sample())):
        for needle in ("春天 spring", "你好，世界", "whoosh", "嗨", "#短视频", "特写"):
            assert needle in text


def test_plain_text_becomes_one_scene_per_paragraph_timed_by_reading_speed() -> None:
    script = from_text("今天我们聊聊人工智能。\n它能画出\n一张脸。\n\nThen we show how it works.\n")
    assert [s.line for s in script.scenes] == [
        "今天我们聊聊人工智能。它能画出一张脸。",
        "Then we show how it works.",
    ]
    assert script.lang == "zh"
    assert all(1.0 <= s.duration < 5 for s in script.scenes)


def test_markdown_list_items_become_scenes_and_the_heading_the_title() -> None:
    script = from_text("# My short\n\n> a note\n\n- **First** point\n- Second point\n1. Third\n")
    assert script.title == "My short"
    assert [s.line for s in script.scenes] == ["First point", "Second point", "Third"]
    with pytest.raises(ValueError, match="no paragraphs"):
        from_text("\n# Only a title\n")


def test_every_export_writes_and_unknown_suffixes_are_refused(tmp_path: Path) -> None:
    for suffix in ("txt", "md", "json", "srt", "ass"):
        export_script(sample(), tmp_path / f"s.{suffix}")
        assert (tmp_path / f"s.{suffix}").stat().st_size > 0
    assert import_script(tmp_path / "s.srt").scenes[0].line == "你好，世界"
    json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="cannot export"):
        export_script(sample(), tmp_path / "s.docx")
