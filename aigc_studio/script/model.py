"""The Script and Scene model: what a short says and shows, scene by scene."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

from aigc_studio.translation import tr

LANGS = ("en", "zh")  # the languages scripts are written in (structures, reading speed)
MAX_SCENE_SECONDS = 24 * 3600.0  # longest scene read from a file: far beyond any short,
# while two 1e308 s scenes would add up to an endless script


def _text(data: dict[str, Any], key: str, what: str) -> str:
    """A text field that may be missing (older files) but, when present, must be text.
    ``what`` is "scene" or "script"; each has its own sentence, so each translates whole."""
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        if what == "scene":
            sentence = tr("the scene's {key} must be text, got {kind}")
        else:
            sentence = tr("the script's {key} must be text, got {kind}")
        raise ValueError(sentence.format(key=key, kind=type(value).__name__))
    return value


@dataclass
class Scene:
    shot: str = ""  # what we see, e.g. "close-up of the face, slow morph"
    line: str = ""  # the spoken narration
    duration: float = 3.0  # seconds the scene lasts on the timeline
    # Keyword-only so Scene(shot, line, duration) written before these existed keeps its meaning.
    caption: str = field(default="", kw_only=True)  # on-screen text; "" means the line
    sfx: str = field(default="", kw_only=True)  # sound effect name, e.g. "whoosh" ("" none)
    # The spoken line's audio file, relative to the project folder or absolute ("" none).
    narration: str = field(default="", kw_only=True)
    narration_duration: float = field(default=0.0, kw_only=True)  # seconds of speech in it
    # The line as it was when the voice was generated ("" for a recording): a line edited
    # since then, or a scene copied by a split and given another line, no longer matches.
    narration_text: str = field(default="", kw_only=True)
    recorded: bool = field(default=False, kw_only=True)  # the creator's own recording: kept

    def caption_text(self) -> str:
        """What the viewer reads on screen: the caption if one is set, else the spoken line."""
        return self.caption.strip() or self.line.strip()

    def has_narration(self) -> bool:
        """Whether the scene has an audio file of its line with some sound in it."""
        return bool(self.narration) and self.narration_duration > 0

    def narration_stale(self) -> bool:
        """Whether Generate narration has work here: a line without a voice, or a generated
        voice that no longer says the line (a blank line's leftover voice counts too).
        A recording is never stale: the creator chose it."""
        if not self.narration:
            return bool(self.line.strip())
        if self.recorded:
            return False
        return self.narration_text.strip() != self.line.strip()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scene:
        if not isinstance(data, dict):
            raise ValueError(
                tr("a scene must be an object with shot and line, got {data!r:.40}").format(
                    data=data
                )
            )
        try:
            duration = float(data.get("duration", 3.0))
        except (TypeError, ValueError):
            raise ValueError(
                tr("a scene's duration must be a number of seconds, got {duration!r}").format(
                    duration=data.get("duration")
                )
            ) from None
        if not 0 < duration <= MAX_SCENE_SECONDS:
            raise ValueError(
                tr(
                    "a scene's duration must be a positive number of seconds up to a day, "
                    "got {duration}"
                ).format(duration=duration)
            )
        return cls(
            shot=_text(data, "shot", "scene"),
            line=_text(data, "line", "scene"),
            duration=duration,
            caption=_text(data, "caption", "scene"),
            sfx=_text(data, "sfx", "scene"),
            narration=_text(data, "narration", "scene"),
            narration_duration=_seconds(data, "narration_duration"),
            narration_text=_text(data, "narration_text", "scene"),
            recorded=_flag(data, "recorded"),
        )


def _seconds(data: dict[str, Any], key: str) -> float:
    """A length in seconds that may be missing (older files: 0) but never negative."""
    value = data.get(key, 0.0)
    if value is None:
        return 0.0
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(
            tr("a scene's {key} must be a number of seconds, got {value!r}").format(
                key=key, value=value
            )
        )
    if not (math.isfinite(value) and value >= 0):
        raise ValueError(
            tr("a scene's {key} must be zero or more seconds, got {value!r}").format(
                key=key, value=value
            )
        )
    return float(value)


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(
            tr("a scene's {key} must be true or false, got {value!r}").format(key=key, value=value)
        )
    return value


@dataclass
class Script:
    title: str = ""  # the short's title, used for the exported file's metadata
    scenes: list[Scene] = field(default_factory=list)  # in playback order
    hook: str = ""  # what grabs the viewer in the first 3 seconds
    hashtags: list[str] = field(default_factory=list)  # without the "#", e.g. ["gan", "ai"]
    cover_text: str = ""  # big text on the cover image
    lang: str = "en"  # "en" | "zh": picks structures and the reading speed

    @property
    def duration(self) -> float:
        return sum(scene.duration for scene in self.scenes)

    def scene_starts(self) -> list[float]:
        """Start time in seconds of each scene, scenes played back to back from 0."""
        starts, t = [], 0.0
        for scene in self.scenes:
            starts.append(t)
            t += scene.duration
        return starts

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "hook": self.hook,
            "hashtags": list(self.hashtags),
            "cover_text": self.cover_text,
            "lang": self.lang,
            "scenes": [s.to_dict() for s in self.scenes],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Script:
        if not isinstance(data, dict):
            raise ValueError(
                tr("a script must be an object with scenes, got {data!r:.40}").format(data=data)
            )
        lang = data.get("lang", "en") or "en"
        if lang not in LANGS:
            raise ValueError(
                tr("a script's language must be one of {langs}, got {lang!r}").format(
                    langs=", ".join(LANGS), lang=lang
                )
            )
        hashtags = data.get("hashtags", []) or []
        if isinstance(hashtags, str):
            hashtags = hashtags.split()
        if not isinstance(hashtags, list) or not all(isinstance(h, str) for h in hashtags):
            raise ValueError(tr("a script's hashtags must be a list of words"))
        scenes = data.get("scenes", []) or []
        if not isinstance(scenes, list):
            raise ValueError(tr("a script's scenes must be a list"))
        return cls(
            title=_text(data, "title", "script"),
            scenes=[Scene.from_dict(s) for s in scenes],
            hook=_text(data, "hook", "script"),
            hashtags=[h.strip().lstrip("#") for h in hashtags if h.strip().lstrip("#")],
            cover_text=_text(data, "cover_text", "script"),
            lang=lang,
        )
