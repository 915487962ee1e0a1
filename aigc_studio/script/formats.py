"""A Script as plain text, Markdown, JSON, SRT and ASS, and back from JSON, SRT, text and
Markdown. Scenes play back to back from 0, so a scene's timing is the sum of those before it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from aigc_studio.media.sidecars import srt_time
from aigc_studio.script.model import Scene, Script
from aigc_studio.script.reading import has_cjk, reading_seconds
from aigc_studio.translation import tr

EXPORTS = ("txt", "md", "json", "srt", "ass")  # file suffixes export_script writes
IMPORTS = ("json", "srt", "txt", "md")  # file suffixes import_script reads
ASS_FONT = "Noto Sans CJK SC"  # has both CJK and Latin glyphs, so zh and en captions render
ASS_SIZE = (1080, 1920)  # PlayResX/Y: vertical shorts, so font sizes mean the same there


def _timed(script: Script) -> list[tuple[int, int, Scene]]:
    """(start ms, end ms, scene) for each scene, rounded once so cues never overlap."""
    out = []
    for start, scene in zip(script.scene_starts(), script.scenes, strict=True):
        out.append((round(start * 1000), round((start + scene.duration) * 1000), scene))
    return out


def _one_block(text: str) -> str:
    """Text with its blank lines removed: a blank line would end an SRT cue early."""
    return "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())


# -- export ------------------------------------------------------------------------------


def to_srt(script: Script) -> str:
    """One cue per scene with a spoken line, at the scene's time."""
    blocks = []
    for start, end, scene in _timed(script):
        text = _one_block(scene.line)
        if text:
            number = len(blocks) + 1
            blocks.append(
                f"{number}\n{srt_time(start / 1000)} --> {srt_time(end / 1000)}\n{text}\n"
            )
    return "\n".join(blocks)


def _ass_time(ms: int) -> str:
    """h:mm:ss.cc, ASS's centisecond clock."""
    cs = (ms + 5) // 10  # half up, as SRT's ms were rounded; round() would go to even
    hours, rest = divmod(cs, 360_000)
    minutes, rest = divmod(rest, 6000)
    seconds, cs = divmod(rest, 100)
    return f"{hours}:{minutes:02d}:{seconds:02d}.{cs:02d}"


def to_ass(script: Script) -> str:
    """Styled subtitles: one Dialogue per scene with a line, white text with a dark outline."""
    width, height = ASS_SIZE
    header = [
        "[Script Info]",
        f"Title: {script.title.strip() or 'Untitled'}",
        "ScriptType: v4.00+",
        f"PlayResX: {width}",
        f"PlayResY: {height}",
        "WrapStyle: 0",
        "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
        "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
        "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
        f"Style: Default,{ASS_FONT},72,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,"
        "-1,0,0,0,100,100,0,0,1,4,1,2,60,60,240,1",
        "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    events = []
    for start, end, scene in _timed(script):
        text = _one_block(scene.line)
        if text:
            # Braces open override blocks in ASS; full-width ones show the same to a reader.
            text = text.replace("{", "｛").replace("}", "｝").replace("\n", "\\N")
            events.append(f"Dialogue: 0,{_ass_time(start)},{_ass_time(end)},Default,,0,0,0,,{text}")
    return "\n".join(header + events) + "\n"


def to_json(script: Script) -> str:
    """The script's own dict, UTF-8 text kept readable (no \\u escapes for Chinese)."""
    return json.dumps(script.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_text(script: Script) -> str:
    """A readable script to print or paste: title, hook, then each scene as a paragraph."""
    parts = [p for p in (script.title.strip(), script.hook.strip()) if p]
    for i, (start, end, scene) in enumerate(_timed(script), 1):
        head = f"{i}. [{start / 1000:.1f}-{end / 1000:.1f} s]"
        if scene.shot.strip():
            head += f" ({scene.shot.strip()})"
        body = [head, _one_block(scene.line) or "(no line)"]
        parts.append("\n".join(body + _notes(scene, "{}: {}")))
    return "\n\n".join(parts + _tags(script)) + "\n"


def _notes(scene: Scene, form: str) -> list[str]:
    """The scene's caption and sound effect, when set, each as form.format(label, value)."""
    notes = (("Caption", scene.caption), ("SFX", scene.sfx))
    return [form.format(label, value.strip()) for label, value in notes if value.strip()]


def _tags(script: Script) -> list[str]:
    return [" ".join(f"#{tag}" for tag in script.hashtags)] if script.hashtags else []


def to_markdown(script: Script) -> str:
    """Markdown with a heading per scene, so the script reads well on any notes app."""
    parts = [f"# {script.title.strip() or 'Untitled'}"]
    if script.hook.strip():
        parts.append(f"> {script.hook.strip()}")
    if script.cover_text.strip():
        parts.append(f"**Cover:** {script.cover_text.strip()}")
    for i, scene in enumerate(script.scenes, 1):
        body = [f"## Scene {i} · {scene.duration:.1f} s"]
        if scene.shot.strip():
            body.append(f"**Shot:** {scene.shot.strip()}  ")
        body.append(_one_block(scene.line) or "*(no line)*")
        notes = _notes(scene, "- **{}:** {}")
        parts.append("\n".join(body + ([""] + notes if notes else [])))  # a list needs a gap
    return "\n\n".join(parts + _tags(script)) + "\n"


WRITERS = {"txt": to_text, "md": to_markdown, "json": to_json, "srt": to_srt, "ass": to_ass}


def export_script(script: Script, path: Path) -> None:
    """Write the script in the format its suffix names (UTF-8)."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in WRITERS:
        raise ValueError(
            tr("cannot export a script as .{kind}: use one of {kinds}").format(
                kind=kind, kinds=", ".join(EXPORTS)
            )
        )
    path.write_text(WRITERS[kind](script), encoding="utf-8")


# -- import ------------------------------------------------------------------------------

_SRT_TIME = re.compile(r"(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})")
_ARROW = re.compile(r"^\s*(\S+)\s*-->\s*(\S+)")


def _srt_ms(stamp: str, cue: int) -> int:
    match = _SRT_TIME.fullmatch(stamp)
    if not match:
        raise ValueError(
            tr("SRT cue {cue} has a time {stamp!r} that is not hh:mm:ss,mmm").format(
                cue=cue, stamp=stamp
            )
        )
    hours, minutes, seconds, fraction = match.groups()
    ms = int(fraction.ljust(3, "0"))
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + ms


def from_srt(text: str, lang: str | None = None) -> Script:
    """Each cue becomes a scene with that line and duration; a gap before a cue becomes a
    scene without a line, so every cue keeps its time when the scenes play back to back."""
    blocks = [b for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip("\ufeff \n")) if b]
    cues: list[tuple[int, int, str]] = []
    for number, block in enumerate(blocks, 1):
        lines = block.strip().splitlines()
        if lines and _ARROW.match(lines[0]) is None:
            lines = lines[1:]  # the cue number; some writers omit it
        if not lines or (arrow := _ARROW.match(lines[0])) is None:
            raise ValueError(
                tr("SRT cue {number} has no 'start --> end' time line").format(number=number)
            )
        start, end = _srt_ms(arrow.group(1), number), _srt_ms(arrow.group(2), number)
        if end <= start:
            raise ValueError(tr("SRT cue {number} ends before it starts").format(number=number))
        cues.append((start, end, "\n".join(line.strip() for line in lines[1:])))
    if not cues:
        raise ValueError(tr("the SRT file has no cues"))
    scenes, clock = [], 0
    for start, end, line in sorted(cues):
        if start > clock:
            scenes.append(Scene(duration=(start - clock) / 1000))
        start = max(start, clock)  # overlapping cues play one after the other
        if end > start:
            scenes.append(Scene(line=line, duration=(end - start) / 1000))
            clock = end
    return Script(scenes=scenes, lang=_lang(" ".join(c[2] for c in cues), lang))


def _lang(text: str, lang: str | None) -> str:
    return lang or ("zh" if has_cjk(text) else "en")


def from_json(text: str) -> Script:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            tr("the script file is not valid JSON ({problem}, line {line})").format(
                problem=error.msg, line=error.lineno
            )
        ) from None
    return Script.from_dict(data)


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)、])\s+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")


def _wide(char: str) -> bool:
    """CJK text and its punctuation wrap without a space, so joining lines adds none."""
    return has_cjk(char) or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef"


def from_text(text: str, lang: str | None = None) -> Script:
    """Plain text or Markdown: one scene per paragraph or list item, timed by reading speed.
    A top-level Markdown heading becomes the title; other headings and quotes are skipped."""
    title, pieces = "", []
    for paragraph in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip("\ufeff \n")):
        items: list[str] = []
        for raw in paragraph.splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("# ") and not title:
                title = line[2:].strip()
            elif line.startswith("#") and re.match(r"^#+\s", line) or line.startswith(">"):
                continue
            elif _LIST_ITEM.match(line) or not items:
                items.append(_LIST_ITEM.sub("", line))
            else:
                items[-1] += ("" if _wide(items[-1][-1]) or _wide(line[0]) else " ") + line
        pieces += [_EMPHASIS.sub(r"\2", item).strip() for item in items]
    pieces = [p for p in pieces if p]
    if not pieces:
        raise ValueError(tr("the text has no paragraphs to turn into scenes"))
    lang = _lang(" ".join(pieces), lang)
    scenes = [Scene(line=p, duration=round(reading_seconds(p, lang), 1)) for p in pieces]
    return Script(title=title, scenes=scenes, lang=lang)


def import_script(path: Path, lang: str | None = None) -> Script:
    """Read a script from the format its suffix names (UTF-8, a BOM is fine)."""
    kind = path.suffix.lower().lstrip(".")
    text = path.read_text(encoding="utf-8-sig")
    if kind == "json":
        return from_json(text)
    if kind == "srt":
        return from_srt(text, lang)
    if kind in ("txt", "md"):
        return from_text(text, lang)
    raise ValueError(
        tr("cannot import a script from .{kind}: use one of {kinds}").format(
            kind=kind, kinds=", ".join(IMPORTS)
        )
    )
