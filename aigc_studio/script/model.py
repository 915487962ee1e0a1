"""The Script and Scene model: what a short says and shows, scene by scene."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Scene:
    shot: str = ""  # what we see, e.g. "close-up of the face, slow morph"
    line: str = ""  # the spoken line; it is also the scene's caption
    duration: float = 3.0  # seconds the scene lasts on the timeline

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scene:
        duration = float(data.get("duration", 3.0))
        if not duration > 0:
            raise ValueError(f"scene duration must be positive, got {duration}")
        return cls(
            shot=str(data.get("shot", "")), line=str(data.get("line", "")), duration=duration
        )


@dataclass
class Script:
    title: str = ""  # the short's title, used for the exported file's metadata
    scenes: list[Scene] = field(default_factory=list)  # in playback order

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
        return {"title": self.title, "scenes": [s.to_dict() for s in self.scenes]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Script:
        return cls(
            title=str(data.get("title", "")),
            scenes=[Scene.from_dict(s) for s in data.get("scenes", [])],
        )
