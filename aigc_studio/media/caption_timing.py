"""A spoken line as captions that fit the box, each shown while its words are spoken.

A narration line is usually longer than two caption lines, so it is cut into chunks:
at sentence ends first (a chunk never runs across one), then clauses (commas, colons…)
are packed while they fit, and a clause too long for the box alone is cut by width with
the same rules as the drawn captions (captions.wrap_text: a CJK character counts two
columns, no line starts with closing punctuation). Each chunk gets a share of the line's
time in proportion to its characters, so the chunks follow one another with no gap or
overlap and cover the line's span exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from aigc_studio.media.captions import (
    CLOSING_PUNCTUATION,
    DEFAULT_STYLE,
    char_width,
    wrap_balanced,
    wrap_text,
)
from aigc_studio.media.sidecars import srt_time
from aigc_studio.translation import tr

# A sentence ends after these (and any closing quotes or brackets that follow them).
SENTENCE_ENDS = frozenset("。！？!?.…；;")
# A clause may end after these; a line is cut here before it is cut anywhere else.
CLAUSE_ENDS = frozenset("，、：,:—～") | SENTENCE_ENDS


@dataclass(frozen=True)
class CaptionChunk:
    """One caption of a spoken line."""

    text: str  # what the caption shows (wrap_balanced draws it in at most max_lines lines)
    start: float  # seconds on the timeline when it appears
    duration: float  # seconds it stays

    @property
    def end(self) -> float:
        return self.start + self.duration


def caption_chunks(
    text: str,
    start: float,
    duration: float,
    lang: str = "en",
    max_chars_per_line: int = 0,
    max_lines: int = 2,
) -> list[CaptionChunk]:
    """``text`` spoken over [start, start + duration] as captions of at most ``max_lines``
    lines of ``max_chars_per_line`` columns (0: the default style's), back to back.

    ``lang`` ("zh", "en", …) says whether a Latin comma or full stop typed without a
    following space still ends a clause, as it does in Chinese text. Blank text gives no
    chunks; a negative duration is an error.
    """
    if duration < 0:
        raise ValueError(
            tr("a caption's duration cannot be negative, got {duration:g} s").format(
                duration=duration
            )
        )
    columns = max(2, int(max_chars_per_line or DEFAULT_STYLE.max_chars_per_line))
    max_lines = max(1, int(max_lines))
    texts: list[str] = []
    for sentence in _pieces(_one_line(text), lang, SENTENCE_ENDS):
        texts += _pack(_pieces(sentence, lang, CLAUSE_ENDS), columns, max_lines)
    texts = [t for t in (t.strip() for t in texts) if t]
    if not texts:
        return []
    weights = [max(1, sum(1 for ch in t if not ch.isspace())) for t in texts]
    total = sum(weights)
    bounds, spoken = [float(start)], 0
    for weight in weights[:-1]:
        spoken += weight
        bounds.append(start + duration * spoken / total)
    bounds.append(float(start + duration))  # the last chunk ends exactly with the line
    return [CaptionChunk(t, bounds[i], bounds[i + 1] - bounds[i]) for i, t in enumerate(texts)]


def _one_line(text: str) -> str:
    """The line's text with its line breaks gone (the chunks break their own lines): a
    space between Latin words, nothing beside a CJK character."""
    parts = [part.strip() for part in text.splitlines() if part.strip()]
    if not parts:
        return ""
    out = parts[0]
    for part in parts[1:]:
        latin = char_width(out[-1]) == 1 and char_width(part[0]) == 1
        out += (" " if latin else "") + part
    return out


def _pieces(text: str, lang: str, ends: frozenset[str]) -> list[str]:
    """``text`` cut after each of ``ends`` (with the closing punctuation and spaces that
    follow it), so joining the pieces gives the text back."""
    chinese = lang.lower().startswith(("zh", "ja"))
    pieces, begin, i = [], 0, 0
    while i < len(text):
        ch, before = text[i], text[i - 1] if i else " "
        i += 1
        if ch not in ends:
            continue
        while True:  # "。”", "...", "… ，": closing marks after it stay with it
            while i < len(text) and text[i] in CLOSING_PUNCTUATION:
                i += 1
            ahead = i
            while ahead < len(text) and text[ahead].isspace():
                ahead += 1
            if ahead == i or ahead >= len(text) or text[ahead] not in CLOSING_PUNCTUATION:
                break
            i = ahead
        after = text[i] if i < len(text) else " "
        latin = char_width(ch) == 1
        if latin and not after.isspace():
            # "3.5", "e.g.x", "1,000": inside a word or number. Chinese text often has
            # an ASCII comma with no space before the next (wide) character: a break.
            if not (chinese and char_width(after) == 2) or before.isdigit():
                continue
        while i < len(text) and text[i].isspace():
            i += 1
        pieces.append(text[begin:i])
        begin = i
    if begin < len(text):
        pieces.append(text[begin:])
    return pieces


def _fits(text: str, columns: int, max_lines: int) -> bool:
    return len(wrap_balanced(text.strip(), columns)) <= max_lines


def _pack(clauses: list[str], columns: int, max_lines: int) -> list[str]:
    """Clauses joined while the result fits the box. A clause too long for a chunk of its
    own is cut by width instead (wrap_text's lines, max_lines at a time, starting with
    what is pending so no chunk is left short); its lines keep their breaks, since a word
    longer than a line was cut inside it."""
    chunks: list[str] = []
    current = ""
    for clause in clauses:
        if _fits(current + clause, columns, max_lines):
            current += clause
            continue
        if current.strip() and _fits(clause, columns, max_lines):
            chunks.append(current)
            current = clause
            continue
        running = "\n".join(" ".join(p.split()) for p in (current + clause).splitlines())
        lines = wrap_text(running.strip(), columns)
        groups = [lines[i : i + max_lines] for i in range(0, len(lines), max_lines)]
        chunks += ["\n".join(group) for group in groups[:-1]]
        # The rest may share a chunk with what follows (keeping the space after it, if any).
        current = "\n".join(groups[-1]) + clause[len(clause.rstrip()) :]
    if current.strip():
        chunks.append(current)
    return chunks


def srt_for_chunks(chunks: list[CaptionChunk]) -> str:
    """The chunks as SRT cues, numbered from 1; times are rounded to the millisecond once
    per boundary, so a cue never ends after the next one starts."""
    blocks = []
    cues = [c for c in chunks if c.text.strip()]
    for number, chunk in enumerate(cues, start=1):
        begin = round(chunk.start * 1000)
        end = round(chunk.end * 1000)
        if number < len(cues):
            end = min(end, round(cues[number].start * 1000))
        end = max(end, begin)
        text = "\n".join(line.strip() for line in chunk.text.splitlines() if line.strip())
        blocks.append(f"{number}\n{srt_time(begin / 1000)} --> {srt_time(end / 1000)}\n{text}\n")
    return "\n".join(blocks)
