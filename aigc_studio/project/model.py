"""Project, Timeline, Track and Clip: plain data the views observe and commands edit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from aigc_studio.gan.walk import EASINGS, Walk, check_times
from aigc_studio.script.model import Script

SCHEMA_VERSION = 1
# A model reference that names a model shipped in resources/models, e.g. "builtin:default-faces-64".
BUILTIN_MODEL_PREFIX = "builtin:"
DEFAULT_MODEL_REF = "builtin:default-faces-64"

Interpolation = Literal["slerp", "linear"]


def new_clip_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class LatentWalkClip:
    """Generated frames: the model walks from keyframe to keyframe over the clip's duration.

    gan/walk.py samples it: frame j of the clip shows the walk j / fps seconds in.
    """

    start: float  # seconds from the start of the timeline
    duration: float  # seconds
    keyframes: list[list[float]]  # latent vectors, at least two, in the order visited
    model: str = DEFAULT_MODEL_REF  # "builtin:NAME" or a path relative to the project folder
    interpolation: Interpolation = "slerp"  # slerp keeps latents at a typical norm
    id: str = field(default_factory=new_clip_id)
    # The class of each label a conditional model renders the walk in (model order); []
    # for unconditional models and for projects saved before conditional models.
    labels: list[int] = field(default_factory=list)
    # Seconds from the clip's start at which each keyframe is reached (non-decreasing);
    # None spreads them evenly over the duration, as projects saved before times did.
    keyframe_times: list[float] | None = None
    # Easing of each segment (keyframe k to k + 1; the last entry of a loop is the way
    # back to the first); missing entries are "linear", as in older projects.
    easing: list[str] = field(default_factory=list)
    loop: bool = False  # after the last keyframe the walk returns to the first

    kind = "latent_walk"

    @property
    def end(self) -> float:
        return self.start + self.duration

    def walk(self) -> Walk:
        """The walk the clip plays, for sampling its latents (gan/walk.py)."""
        times = None if self.keyframe_times is None else tuple(self.keyframe_times)
        return Walk(
            keyframes=np.asarray(self.keyframes, dtype=np.float64),
            times=times,
            easing=tuple(self.easing),
            interpolation=self.interpolation,
            loop=self.loop,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "start": self.start,
            "duration": self.duration,
            "keyframes": [list(map(float, k)) for k in self.keyframes],
            "model": self.model,
            "interpolation": self.interpolation,
            "labels": [int(c) for c in self.labels],
            "keyframe_times": (
                None if self.keyframe_times is None else [float(t) for t in self.keyframe_times]
            ),
            "easing": list(self.easing),
            "loop": bool(self.loop),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LatentWalkClip:
        keyframes = [[float(x) for x in k] for k in data["keyframes"]]
        if len(keyframes) < 2:
            raise ValueError("a latent walk needs at least two keyframes")
        if len({len(k) for k in keyframes}) != 1:
            raise ValueError("latent walk keyframes differ in length")
        interpolation = data.get("interpolation", "slerp")
        if interpolation not in ("slerp", "linear"):
            raise ValueError(f"unknown interpolation {interpolation!r}")
        labels = data.get("labels") or []  # projects saved before conditional models have none
        if not isinstance(labels, list) or not all(_is_class(c) for c in labels):
            raise ValueError(f"latent walk classes must be whole numbers from 0, got {labels!r}")
        # Projects saved before timed keyframes have none of the next three keys.
        times = data.get("keyframe_times")
        if times is not None:
            times = [float(t) for t in times]
            check_times(times, len(keyframes))
        easing = data.get("easing") or []
        if not isinstance(easing, list) or not all(e in EASINGS for e in easing):
            raise ValueError(f"unknown easing in {easing!r}; expected some of {list(EASINGS)}")
        loop = data.get("loop", False)
        if not isinstance(loop, bool):
            raise ValueError(f"latent walk loop must be true or false, got {loop!r}")
        return cls(
            id=str(data.get("id") or new_clip_id()),
            start=_non_negative(data["start"], "start"),
            duration=_positive(data["duration"], "duration"),
            keyframes=keyframes,
            model=str(data.get("model", DEFAULT_MODEL_REF)),
            interpolation=interpolation,
            labels=[int(c) for c in labels],
            keyframe_times=times,
            easing=list(easing),
            loop=loop,
        )


@dataclass
class CaptionClip:
    """Text burned into the frame while the clip plays."""

    start: float  # seconds from the start of the timeline
    duration: float  # seconds
    text: str
    id: str = field(default_factory=new_clip_id)

    kind = "caption"

    @property
    def end(self) -> float:
        return self.start + self.duration

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "start": self.start,
            "duration": self.duration,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaptionClip:
        return cls(
            id=str(data.get("id") or new_clip_id()),
            start=_non_negative(data["start"], "start"),
            duration=_positive(data["duration"], "duration"),
            text=str(data.get("text", "")),
        )


Clip = LatentWalkClip | CaptionClip
CLIP_TYPES: dict[str, type] = {"latent_walk": LatentWalkClip, "caption": CaptionClip}
TrackKind = Literal["video", "caption", "audio"]


@dataclass
class Track:
    kind: TrackKind  # which clips it holds and how it renders
    name: str = ""  # shown in the timeline header
    clips: list[Clip] = field(default_factory=list)  # kept sorted by start

    @property
    def end(self) -> float:
        return max((c.end for c in self.clips), default=0.0)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "clips": [c.to_dict() for c in self.clips]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Track:
        kind = data.get("kind")
        if kind not in ("video", "caption", "audio"):
            raise ValueError(f"unknown track kind {kind!r}")
        clips = []
        for clip in data.get("clips", []):
            clip_type = CLIP_TYPES.get(clip.get("kind"))
            if clip_type is None:
                raise ValueError(f"unknown clip kind {clip.get('kind')!r}")
            clips.append(clip_type.from_dict(clip))
        return cls(kind=kind, name=str(data.get("name", "")), clips=clips)


@dataclass
class Timeline:
    tracks: list[Track] = field(default_factory=list)  # drawn top to bottom

    def track(self, kind: TrackKind) -> Track:
        """The first track of a kind, created if the timeline has none yet."""
        for track in self.tracks:
            if track.kind == kind:
                return track
        track = Track(kind=kind, name=kind.capitalize())
        self.tracks.append(track)
        return track

    @property
    def duration(self) -> float:
        return max((t.end for t in self.tracks), default=0.0)

    def to_dict(self) -> dict[str, Any]:
        return {"tracks": [t.to_dict() for t in self.tracks]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timeline:
        return cls(tracks=[Track.from_dict(t) for t in data.get("tracks", [])])


@dataclass
class Project:
    name: str = "Untitled"  # shown in the title bar; the folder is NAME.aigcproj
    width: int = 1080  # output frame width in pixels (vertical 9:16 by default)
    height: int = 1920  # output frame height in pixels
    fps: int = 30  # output frame rate
    script: Script = field(default_factory=Script)
    timeline: Timeline = field(default_factory=lambda: Timeline(default_tracks()))

    @property
    def duration(self) -> float:
        """Seconds of video: the longest of the timeline and the script."""
        return max(self.timeline.duration, self.script.duration)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "name": self.name,
            "width": self.width,
            "height": self.height,
            "fps": self.fps,
            "script": self.script.to_dict(),
            "timeline": self.timeline.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Project:
        version = data.get("schema_version")
        if not isinstance(version, int):
            raise ValueError("project.json has no schema_version")
        if version > SCHEMA_VERSION:
            raise ValueError(
                f"this project was saved by a newer AIGC Studio (schema {version}); "
                f"this version reads up to schema {SCHEMA_VERSION}"
            )
        width, height, fps = (
            int(data.get("width", 1080)),
            int(data.get("height", 1920)),
            int(data.get("fps", 30)),
        )
        if not (16 <= width <= 7680 and 16 <= height <= 7680 and 1 <= fps <= 120):
            raise ValueError(f"unsupported frame size or rate: {width}x{height} at {fps} fps")
        return cls(
            name=str(data.get("name", "Untitled")),
            width=width,
            height=height,
            fps=fps,
            script=Script.from_dict(data.get("script", {})),
            timeline=Timeline.from_dict(data.get("timeline", {})),
        )


def default_tracks() -> list[Track]:
    return [Track(kind="video", name="Video"), Track(kind="caption", name="Captions")]


def _positive(value: Any, name: str) -> float:
    number = float(value)
    if not number > 0:
        raise ValueError(f"clip {name} must be positive, got {value!r}")
    return number


def _non_negative(value: Any, name: str) -> float:
    number = float(value)
    if not number >= 0:
        raise ValueError(f"clip {name} must not be negative, got {value!r}")
    return number


def _is_class(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
