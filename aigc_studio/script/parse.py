"""Turn a writer's text into scenes: JSON, or "Scene N" / numbered plain text, zh or en.

Text models answer in many shapes; this accepts the common ones and says in a sentence
what was wrong with anything else, so bad output never lands in the editor as one blob.
"""

from __future__ import annotations

import json
import re
from typing import Any

from aigc_studio.script.model import Scene, Script
from aigc_studio.script.providers import ProviderError
from aigc_studio.script.reading import has_cjk, reading_seconds
from aigc_studio.translation import tr

MAX_TEXT_CHARS = 20_000  # a 60 s short is ~1,000 characters; far more is a runaway model
MAX_SCENES = 40  # more scenes than a short can hold is a runaway model too
MAX_LINE_CHARS = 400  # one scene's line; longer would need a minute on its own

# Field names a model may use, lower-cased, mapped to the Scene field they fill.
FIELD_NAMES = {
    "shot": "shot", "visual": "shot", "visuals": "shot", "image": "shot", "画面": "shot",
    "镜头": "shot", "line": "line", "narration": "line", "voiceover": "line", "voice": "line",
    "text": "line", "台词": "line", "旁白": "line", "口播": "line", "caption": "caption",
    "on-screen text": "caption", "字幕": "caption", "sfx": "sfx", "sound": "sfx",
    "sound effect": "sfx", "音效": "sfx", "duration": "duration", "时长": "duration",
}  # fmt: skip

_FENCE = re.compile(r"^```[a-zA-Z]*\s*\n?|\n?```\s*$")
_HEADER = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:scene|shot|场景|镜头|第)\s*(\d+)\s*(?:场|个|幕)?\s*(?:\*\*)?"
    r"\s*[:：.)、-]?\s*(?:\*\*)?\s*(.*)$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*(\d+)\s*[.)、]\s+(.*)$")
_FIELD = re.compile(
    r"^\s*[-*•]?\s*(?:\*\*)?\s*(" + "|".join(re.escape(k) for k in FIELD_NAMES) + r")\s*"
    r"(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.*)$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def parse_script(text: str, lang: str | None = None) -> Script:
    """A Script from a writer's answer; ProviderError with a sentence if none is in it."""
    text = (text or "").strip()
    if not text:
        raise ProviderError(tr("The writer gave back nothing; try again or another writer."))
    if len(text) > MAX_TEXT_CHARS:
        raise ProviderError(
            tr(
                "The writer's answer is {chars:,} characters, far too long for a short "
                "(at most {limit:,}); ask for fewer seconds or try again."
            ).format(chars=len(text), limit=MAX_TEXT_CHARS)
        )
    text = _FENCE.sub("", text).strip()
    lang = lang or ("zh" if has_cjk(text) else "en")
    script = Script(lang=lang)
    if text[:1] in "[{":
        raw_scenes = _from_json(text, script)
    else:
        raw_scenes = _from_plain_text(text)
    scenes = [_scene(raw, lang) for raw in raw_scenes]
    scenes = [s for s in scenes if s.line or s.shot]
    if not scenes:
        raise ProviderError(tr("The writer's answer has no scenes with a line to say; try again."))
    if len(scenes) > MAX_SCENES:
        raise ProviderError(
            tr(
                "The writer's answer has {count} scenes, more than a short can hold "
                "(at most {limit}); ask for fewer seconds or try again."
            ).format(count=len(scenes), limit=MAX_SCENES)
        )
    script.scenes = scenes
    script.hook = script.hook or scenes[0].line
    return script


def parse_scenes(text: str, lang: str | None = None) -> list[Scene]:
    return parse_script(text, lang).scenes


def _from_json(text: str, script: Script) -> list[dict[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProviderError(
            tr(
                "The writer's answer looks like JSON but is broken ({problem} at line "
                "{line}); try again."
            ).format(problem=error.msg, line=error.lineno)
        ) from None
    if isinstance(data, dict) and isinstance(data.get("scenes"), list):
        for key in ("title", "hook", "cover_text"):
            if isinstance(data.get(key), str):
                setattr(script, key, data[key].strip())
        tags = data.get("hashtags")
        if isinstance(tags, str):
            tags = tags.split()
        if isinstance(tags, list):
            script.hashtags = [t.strip().lstrip("#") for t in tags if isinstance(t, str)]
            script.hashtags = [t for t in script.hashtags if t]
        data = data["scenes"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ProviderError(tr("The writer's JSON answer has no list of scenes; try again."))
    scenes = []
    for item in data:
        if isinstance(item, str):
            scenes.append({"line": item})
        elif isinstance(item, dict):
            scenes.append(
                {FIELD_NAMES[k.lower()]: v for k, v in item.items() if k.lower() in FIELD_NAMES}
            )
        else:
            raise ProviderError(
                tr("A scene in the writer's JSON is {item!r:.30}, not an object.").format(item=item)
            )
    return scenes


def _from_plain_text(text: str) -> list[dict[str, Any]]:
    """Scenes start at "Scene N"/"场景N" headers, numbered items, or a repeated field."""
    scenes: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    last_field = ""
    lines = text.splitlines()
    labelled = any(_FIELD.match(line) for line in lines)
    headed = any(_HEADER.match(line) and not _FIELD.match(line) for line in lines)
    for raw in lines:
        line = raw.strip()
        if not line:
            last_field = ""
            if not labelled and current is not None:
                current = None  # unlabelled prose: a blank line ends the scene
            continue
        header = _HEADER.match(line) or (None if labelled else _NUMBERED.match(line))
        field = _FIELD.match(line)
        if header and not field:
            current = {}
            scenes.append(current)
            rest = header.group(2).strip().strip("*").strip()
            if rest:
                current["heading"] = rest
            last_field = ""
            continue
        if field:
            name, value = FIELD_NAMES[field.group(1).lower()], field.group(2).strip()
            if current is None or current.get(name):
                # Without headers, a field seen twice means the next scene began.
                current = {}
                scenes.append(current)
            current[name] = value
            last_field = name
            continue
        if (labelled and not last_field) or (headed and current is None):
            continue  # chatter around the scenes ("Here is your script!")
        if current is None:
            current = {}
            scenes.append(current)
        key = last_field or "line"  # a wrapped field continues; loose text is narration
        current[key] = (str(current.get(key, "")) + " " + line).strip()
    for scene in scenes:
        # A header's own text ("Scene 1: Close-up") is the shot when fields give the line,
        # and the line itself in unlabelled scripts ("1. Stop scrolling.").
        heading = scene.pop("heading", "")
        key = "shot" if labelled else "line"
        if heading and not scene.get(key):
            scene[key] = heading
    return scenes


def _scene(raw: dict[str, Any], lang: str) -> Scene:
    def text(key: str) -> str:
        value = raw.get(key, "")
        value = "" if value is None else str(value)
        return value.strip().strip("*").strip().strip('"“”').strip()

    line = text("line")
    if len(line) > MAX_LINE_CHARS:
        raise ProviderError(
            tr(
                "A scene's line is {chars} characters, too long to say in one scene "
                "(at most {limit}); try again."
            ).format(chars=len(line), limit=MAX_LINE_CHARS)
        )
    duration = reading_seconds(line, lang) if line else 3.0
    given = _NUMBER.search(str(raw.get("duration", "")))
    if given and 0 < float(given.group()) <= 60:
        duration = float(given.group())
    return Scene(
        shot=text("shot"),
        line=line,
        duration=round(duration, 1),
        caption=text("caption"),
        sfx=text("sfx").lower() if text("sfx").lower() not in ("none", "无", "-") else "",
    )
