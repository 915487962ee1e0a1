"""A creator's past scripts as one training text for their own char-GPT.

Scripts saved by the studio (JSON, SRT, Markdown) are rewritten in the one shape the
own-model writer prompts with ("TITLE: …", "SCENE 1", "SHOT: …", "LINE: …", or the
Chinese labels for a Chinese script), so the model learns fields the parser can read
back. Plain .txt files are taken as they are: a creator's notes in their own words are
the richest material. Scripts are separated by a blank line, as the writer expects.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from aigc_studio.script.formats import import_script
from aigc_studio.script.model import Script
from aigc_studio.translation import tr

CORPUS_SUFFIXES = (".txt", ".json", ".srt", ".md")  # what the training dialog accepts
MIN_CORPUS_CHARS = 2_000  # less than this is too little text to learn anything from
# The field labels per language; English ones match own_provider.PROMPTS["en"].
LABELS = {
    "en": {"title": "TITLE: ", "hook": "HOOK: ", "scene": "SCENE {n}", "shot": "SHOT: ",
           "line": "LINE: ", "sfx": "SFX: "},
    "zh": {"title": "标题：", "hook": "开头：", "scene": "场景{n}", "shot": "画面：",
           "line": "台词：", "sfx": "音效："},
}  # fmt: skip


@dataclass
class Corpus:
    text: str  # the training text, scripts separated by blank lines
    scripts: int = 0  # how many scripts or text files went in
    skipped: list[str] = field(default_factory=list)  # "NAME: why" for files left out

    @property
    def chars(self) -> int:
        return len(self.text)


def script_to_corpus(script: Script) -> str:
    """One script in the training shape, ending with a blank line."""
    labels = LABELS["zh" if script.lang == "zh" else "en"]
    lines = []
    if script.title.strip():
        lines.append(labels["title"] + _one_line(script.title))
    if script.hook.strip():
        lines.append(labels["hook"] + _one_line(script.hook))
    for number, scene in enumerate(script.scenes, 1):
        lines.append(labels["scene"].format(n=number))
        lines.append(labels["shot"] + _one_line(scene.shot))
        lines.append(labels["line"] + _one_line(scene.line))
        if scene.sfx.strip():
            lines.append(labels["sfx"] + _one_line(scene.sfx))
    return "\n".join(lines) + "\n\n"


def build_corpus(paths: list[Path], extra: list[Script] | None = None) -> Corpus:
    """The training text from these files (and scripts already in memory).

    A file that can't be read is listed in ``skipped`` with the reason, not raised: one
    bad file should not stop a creator training on the other forty.
    """
    corpus = Corpus(text="")
    parts: list[str] = []
    for script in extra or []:
        if script.scenes:
            parts.append(script_to_corpus(script))
            corpus.scripts += 1
    for path in paths:
        try:
            if path.suffix.lower() == ".txt":
                text = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip()
                if not text:
                    raise ValueError(tr("it is empty"))
                parts.append(text + "\n\n")
            else:
                script = import_script(path)
                if not script.scenes:
                    raise ValueError(tr("it has no scenes"))
                parts.append(script_to_corpus(script))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            corpus.skipped.append(f"{path.name}: {error}")
            continue
        corpus.scripts += 1
    corpus.text = re.sub(r"\n{3,}", "\n\n", "".join(parts))
    return corpus


def check_corpus(corpus: Corpus) -> None:
    """Raise ValueError with a sentence when the text is too small to train on."""
    if corpus.chars < MIN_CORPUS_CHARS:
        raise ValueError(
            tr(
                "only {chars:,} characters of scripts; a text model needs at least "
                "{minimum:,} (a few dozen scripts) to learn their shape"
            ).format(chars=corpus.chars, minimum=MIN_CORPUS_CHARS)
        )


def unigram_entropy(text: str) -> float:
    """Entropy of the character frequencies in nats: the loss of a model that ignores
    context. The cross-entropy loss uses natural logs, so the two compare directly."""
    counts = Counter(text)
    total = len(text)
    if total == 0:
        return 0.0
    return -sum(n / total * math.log(n / total) for n in counts.values())


def _one_line(text: str) -> str:
    return " ".join(text.split())
