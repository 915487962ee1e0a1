"""A spoken line cut into captions that fit the box, timed back to back over the line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aigc_studio.media.caption_timing import CaptionChunk, caption_chunks, srt_for_chunks
from aigc_studio.media.captions import CLOSING_PUNCTUATION, text_width, wrap_balanced

ZH = "今天我们来聊一聊人工智能，它会怎样改变短视频的创作？答案可能出乎你的意料！"
EN = (
    "Hello creators, today we look at how a tiny model learns faces. "
    "It takes ten minutes on a laptop, and the results are surprisingly good!"
)

# Random spoken lines: Chinese and English words, spaces, and the punctuation that cuts
# them (closing punctuation included anywhere, even first).
pieces = st.sampled_from(
    list("你好世界人工智能短视频创作的一是")
    + ["hello", "world", "creators", "a", "Supercalifragilistic", "3.5", "AI"]
    + list("，。！？、：；”）》…,.!?;:\"') ")
    + ["“", "（", "《", " ", " ", "\n"]
)
lines = st.lists(pieces, min_size=1, max_size=60).map("".join).filter(str.strip)


def lines_of(chunk: CaptionChunk, columns: int) -> list[str]:
    return wrap_balanced(chunk.text, columns)


@settings(max_examples=300, deadline=None)
@given(
    text=lines,
    start=st.floats(0, 600, allow_nan=False),
    duration=st.floats(0.05, 60, allow_nan=False),
    lang=st.sampled_from(["zh", "en"]),
    columns=st.sampled_from([0, 8, 12, 16, 24, 40]),
    max_lines=st.integers(1, 3),
)
def test_chunks_are_back_to_back_over_the_span_and_fit_the_box(
    text, start, duration, lang, columns, max_lines
):
    chunks = caption_chunks(text, start, duration, lang, columns, max_lines)
    assert chunks
    assert chunks[0].start == start
    assert chunks[-1].end == pytest.approx(start + duration, abs=1e-9)
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.start == pytest.approx(before.end, abs=1e-9)  # no gap, no overlap
        assert after.start >= before.start
    assert all(c.duration >= 0 for c in chunks)
    assert sum(c.duration for c in chunks) == pytest.approx(duration, rel=1e-9)
    width = columns or 24
    for index, chunk in enumerate(chunks):
        assert chunk.text.strip()
        shown = lines_of(chunk, width)
        assert len(shown) <= max_lines, chunk.text
        for number, line in enumerate(shown):
            if index == 0 and number == 0 and text.strip()[0] in CLOSING_PUNCTUATION:
                continue  # the line itself starts with it: nothing to attach it to
            assert line[:1] not in CLOSING_PUNCTUATION, (chunk.text, line)
    # Nothing spoken is lost or invented.
    said = "".join(ch for ch in text if not ch.isspace())
    shown_text = "".join(ch for c in chunks for ch in c.text if not ch.isspace())
    assert shown_text == said


def test_chinese_breaks_at_clause_punctuation_and_times_by_characters():
    chunks = caption_chunks(ZH, 2.0, 9.0, "zh", 24, 2)
    assert [c.text for c in chunks] == [
        "今天我们来聊一聊人工智能，",
        "它会怎样改变短视频的创作？",
        "答案可能出乎你的意料！",
    ]
    # 13, 13 and 11 characters share 9 s in proportion.
    assert [c.duration for c in chunks] == pytest.approx([9 * 13 / 37, 9 * 13 / 37, 9 * 11 / 37])
    assert chunks[0].start == 2.0 and chunks[-1].end == pytest.approx(11.0)


def test_english_keeps_sentences_apart_and_fills_the_box():
    chunks = caption_chunks(EN, 0.0, 8.0, "en", 24, 2)
    texts = [c.text for c in chunks]
    # No chunk holds the end of one sentence and the start of the next.
    for text in texts:
        assert not any(mark in text.rstrip(".!?")[:-1] for mark in (". ", "! ", "? ")), text
    assert all(len(wrap_balanced(t, 24)) <= 2 for t in texts)
    assert all(max(text_width(line) for line in wrap_balanced(t, 24)) <= 24 for t in texts)
    assert texts[0].startswith("Hello creators,")
    assert any(t.endswith("faces.") for t in texts)
    assert texts[-1].endswith("good!")


def test_a_decimal_point_is_not_a_sentence_end_and_ascii_commas_cut_chinese():
    assert len(caption_chunks("Pi is 3.14 today", 0, 1, "en", 40)) == 1
    chunks = caption_chunks("你好,世界!今天天气很好,我们出去玩吧", 0, 1, "zh", 14, 1)
    assert [c.text for c in chunks] == [
        "你好,世界!",
        "今天天气很好,",
        "我们出去玩吧",
    ]


def test_a_word_longer_than_the_box_is_cut_across_chunks():
    word = "Supercalifragilisticexpialidocious" * 3
    chunks = caption_chunks(word, 0.0, 3.0, "en", 12, 2)
    assert len(chunks) >= 2
    assert "".join(c.text.replace("\n", "") for c in chunks) == word
    assert all(len(lines_of(c, 12)) <= 2 for c in chunks)


def test_blank_text_gives_no_chunks_and_a_negative_duration_is_an_error():
    assert caption_chunks("  \n ", 0.0, 2.0, "en") == []
    with pytest.raises(ValueError, match="negative"):
        caption_chunks("hello", 0.0, -1.0, "en")


def test_srt_cues_follow_the_chunks_without_overlap():
    chunks = caption_chunks(ZH, 1.0, 2.0 / 3.0, "zh", 24, 2)
    srt = srt_for_chunks(chunks)
    blocks = srt.strip().split("\n\n")
    assert len(blocks) == 3
    first = blocks[0].splitlines()
    assert first[0] == "1" and first[1].startswith("00:00:01,000 --> ")
    assert first[2] == "今天我们来聊一聊人工智能，"
    stamps = [b.splitlines()[1].split(" --> ") for b in blocks]
    assert stamps[-1][1] == "00:00:01,667"
    for (_, end), (begin, _) in zip(stamps, stamps[1:], strict=False):
        assert end <= begin  # SRT times sort as text (fixed width)
    multi = srt_for_chunks([CaptionChunk("one\n\ntwo", 0.0, 1.0)])
    assert multi == "1\n00:00:00,000 --> 00:00:01,000\none\ntwo\n"
