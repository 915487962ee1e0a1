"""How long a line takes to say aloud, per language, until a voice is generated."""

from __future__ import annotations

import re

ZH_CHARS_PER_SECOND = 4.5  # Mandarin narration on shorts runs about 4-5 characters a second
EN_WORDS_PER_SECOND = 2.6  # about 155 words a minute, a brisk but clear narration pace
PAUSE_SECONDS = 0.3  # a breath between scenes so lines do not run into each other
MIN_SECONDS = 1.0  # shorter scenes flash by before a caption can be read

# CJK ideographs, kana and hangul: each one is about one spoken syllable.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def reading_seconds(text: str, lang: str | None = None) -> float:
    """Seconds to read `text` aloud, at least MIN_SECONDS.

    Each CJK character and each Latin word is counted at its own pace, which is what CJK
    detection (lang None) amounts to and also right for mixed lines ("你好 hello") in either
    language, so `lang` is accepted for callers that know it but does not change the estimate.
    """
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    seconds = cjk / ZH_CHARS_PER_SECOND + words / EN_WORDS_PER_SECOND
    return max(MIN_SECONDS, seconds + PAUSE_SECONDS)
