"""The Script and Scene model: what a short says and shows, scene by scene."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

LANGS = ("en", "zh")  # the languages scripts are written in (structures, reading speed)


def _text(data: dict[str, Any], key: str, what: str) -> str:
    """A text field that may be missing (older files) but, when present, must be text."""
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"the {what}'s {key} must be text, got {type(value).__name__}")
    return value


@dataclass
class Scene:
    shot: str = ""  # what we see, e.g. "close-up of the face, slow morph"
    line: str = ""  # the spoken narration
    duration: float = 3.0  # seconds the scene lasts on the timeline
    # Keyword-only so Scene(shot, line, duration) written before these existed keeps its meaning.
    caption: str = field(default="", kw_only=True)  # on-screen text; "" means the line
    sfx: str = field(default="", kw_only=True)  # sound effect name, e.g. "whoosh" ("" none)

    def caption_text(self) -> str:
        """What the viewer reads on screen: the caption if one is set, else the spoken line."""
        return self.caption.strip() or self.line.strip()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scene:
        if not isinstance(data, dict):
            raise ValueError(f"a scene must be an object with shot and line, got {data!r:.40}")
        try:
            duration = float(data.get("duration", 3.0))
        except (TypeError, ValueError):
            raise ValueError(
                f"a scene's duration must be a number of seconds, got {data.get('duration')!r}"
            ) from None
        if not duration > 0 or duration == float("inf"):
            raise ValueError(
                f"a scene's duration must be a positive number of seconds, got {duration}"
            )
        return cls(
            shot=_text(data, "shot", "scene"),
            line=_text(data, "line", "scene"),
            duration=duration,
            caption=_text(data, "caption", "scene"),
            sfx=_text(data, "sfx", "scene"),
        )


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
            raise ValueError(f"a script must be an object with scenes, got {data!r:.40}")
        lang = data.get("lang", "en") or "en"
        if lang not in LANGS:
            raise ValueError(f"a script's language must be one of {', '.join(LANGS)}, got {lang!r}")
        hashtags = data.get("hashtags", []) or []
        if isinstance(hashtags, str):
            hashtags = hashtags.split()
        if not isinstance(hashtags, list) or not all(isinstance(h, str) for h in hashtags):
            raise ValueError("a script's hashtags must be a list of words")
        scenes = data.get("scenes", []) or []
        if not isinstance(scenes, list):
            raise ValueError("a script's scenes must be a list")
        return cls(
            title=_text(data, "title", "script"),
            scenes=[Scene.from_dict(s) for s in scenes],
            hook=_text(data, "hook", "script"),
            hashtags=[h.strip().lstrip("#") for h in hashtags if h.strip().lstrip("#")],
            cover_text=_text(data, "cover_text", "script"),
            lang=lang,
        )
