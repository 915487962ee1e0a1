"""The clips a timeline holds: what each shows or plays, and when.

Every clip has a start and a duration on the timeline (seconds) and an id. Clips that
play media from a source (a walk, a video or audio file) also have ``source_in``, the
second of the source shown at the clip's start, and ``speed``: timeline time t shows
source second ``source_in + (t - start) * speed``. Trimming and splitting change start,
duration and source_in together, so the pictures stay where they were in time.

Paths to media are relative to the project folder (assets/...) once saved, or absolute
for media imported into a project that was not saved yet.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from aigc_studio.gan.walk import EASINGS, Walk, check_times
from aigc_studio.translation import tr

BUILTIN_MODEL_PREFIX = "builtin:"
# A model reference that names a model shipped in resources/models, e.g. "builtin:default-faces-64".
DEFAULT_MODEL_REF = "builtin:default-faces-64"

Interpolation = Literal["slerp", "linear"]
FitMode = Literal["fit", "fill", "ken_burns"]
FIT_MODES = ("fit", "fill", "ken_burns")
TransitionKind = Literal["none", "crossfade", "slide"]
TRANSITIONS = ("none", "crossfade", "slide")
# Corners a picture-in-picture clip may sit in; "" draws the clip full-frame as usual.
PIP_CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
MAX_TALK_STRENGTH = 3.0  # strongest mouth movement a virtual host may be given
MAX_SPEED = 16.0  # fastest playback a clip may have (and 1 / MAX_SPEED the slowest)
MAX_TIMELINE_SECONDS = 24 * 3600.0  # latest start and longest clip a project may hold: a
# day is far beyond any short, while 1e308 s would make every "until the end" loop endless


@dataclass(kw_only=True)
class VisualProps:
    """How a clip on a video track is drawn; shared by walks, images and video files."""

    # fit: the whole picture inside the frame, the rest shows the tracks below (or, for
    # the bottom layer, a blurred backdrop); fill: covers the frame, cropping the excess;
    # ken_burns: fill plus a slow zoom and pan over the clip's duration.
    fit: FitMode = "fill"
    opacity: float = 1.0  # 0 = invisible, 1 = covers the tracks below
    speed: float = 1.0  # source seconds per timeline second (walks and video files)
    source_in: float = 0.0  # source second shown at the clip's start
    transition: TransitionKind = "none"  # how the clip enters over the clip before it on
    # its track: crossfade blends, slide pushes in from the right
    transition_duration: float = 0.5  # seconds the transition takes, from the clip's start
    ken_burns_zoom: float = 1.15  # how far Ken Burns zooms in by the clip's end (1 = none)
    # Picture-in-picture: "" = off (the fit mode rules), else the corner (PIP_CORNERS) the
    # clip is drawn in, scaled down, over the tracks below.
    pip: str = ""
    pip_scale: float = 0.35  # the picture-in-picture's width as a share of the frame's

    def source_time(self, t: float) -> float:
        """Seconds into the source shown at timeline time t."""
        return self.source_in + (t - self.start) * self.speed  # type: ignore[attr-defined]

    def visual_dict(self) -> dict[str, Any]:
        return {
            "fit": self.fit,
            "opacity": self.opacity,
            "speed": self.speed,
            "source_in": self.source_in,
            "transition": self.transition,
            "transition_duration": self.transition_duration,
            "ken_burns_zoom": self.ken_burns_zoom,
            "pip": self.pip,
            "pip_scale": self.pip_scale,
        }

    @staticmethod
    def visual_from(data: dict[str, Any], default_fit: FitMode = "fill") -> dict[str, Any]:
        """Checked keyword arguments for the visual fields (older projects have none)."""
        fit = data.get("fit", default_fit)
        if fit not in FIT_MODES:
            raise ValueError(
                tr("unknown fit {fit!r}; expected one of {choices}").format(
                    fit=fit, choices=", ".join(FIT_MODES)
                )
            )
        transition = data.get("transition", "none")
        if transition not in TRANSITIONS:
            raise ValueError(tr("unknown transition {transition!r}").format(transition=transition))
        pip = data.get("pip", "")  # projects saved before picture-in-picture have none
        if pip not in ("", *PIP_CORNERS):
            raise ValueError(
                tr(
                    "unknown picture-in-picture corner {pip!r}; expected one of "
                    "{choices} or nothing"
                ).format(pip=pip, choices=", ".join(PIP_CORNERS))
            )
        return {
            "fit": fit,
            "opacity": _in_range(data.get("opacity", 1.0), "opacity", 0.0, 1.0),
            "speed": _in_range(data.get("speed", 1.0), "speed", 1 / MAX_SPEED, MAX_SPEED),
            "source_in": _non_negative(data.get("source_in", 0.0), "source_in"),
            "transition": transition,
            "transition_duration": _in_range(
                data.get("transition_duration", 0.5), "transition_duration", 0.0, 10.0
            ),
            "ken_burns_zoom": _in_range(
                data.get("ken_burns_zoom", 1.15), "ken_burns_zoom", 1.0, 3.0
            ),
            "pip": pip,
            "pip_scale": _in_range(data.get("pip_scale", 0.35), "pip_scale", 0.1, 0.9),
        }


@dataclass
class TalkSettings:
    """What makes a latent walk a virtual host that speaks the narration (gan/talking.py
    finds the directions; media/timeline_render.clip_latent moves the face along them)."""

    mouth: list[float]  # unit latent direction that opens the mouth
    strength: float = 1.5  # how far the loudest sound moves along ``mouth`` (0..3)
    blink: list[float] = field(default_factory=list)  # latent direction that closes the
    # eyes; [] = no blinks
    blink_every: float = 3.5  # seconds between blinks, on average (0 = never blink)
    drift: list[list[float]] = field(default_factory=list)  # directions of slow head-like
    # movement (each orthogonal to ``mouth``)
    drift_amount: float = 0.3  # how far the drift moves along each direction (0 = still)
    # Narration loudness 0..1 stored when the host was added, one value per
    # 1 / envelope_fps seconds from the clip's first second. Read only when the
    # narration's files cannot be: the mouth otherwise follows the timeline's narration
    # wherever the clips are moved (media/narration_envelope.py). Older versions read it.
    envelope: list[float] = field(default_factory=list)
    envelope_fps: int = 50  # envelope values per second
    seed: int = 0  # blink timing and drift phases follow from it, so preview and export agree

    def to_dict(self) -> dict[str, Any]:
        return {
            "mouth": [float(v) for v in self.mouth],
            "strength": float(self.strength),
            "blink": [float(v) for v in self.blink],
            "blink_every": float(self.blink_every),
            "drift": [[float(v) for v in d] for d in self.drift],
            "drift_amount": float(self.drift_amount),
            # Four decimals are far finer than anything a mouth shows, and keep files small.
            "envelope": [round(float(v), 4) for v in self.envelope],
            "envelope_fps": int(self.envelope_fps),
            "seed": int(self.seed),
        }

    @classmethod
    def from_dict(cls, data: Any, latent_size: int | None = None) -> TalkSettings:
        """Checked settings; ``latent_size`` (the clip's) every direction must match."""
        if not isinstance(data, dict):
            raise ValueError(tr("a virtual host's talk settings must be an object"))
        mouth = _vector(data.get("mouth"), tr("mouth direction"))
        if not mouth:
            raise ValueError(tr("a virtual host needs a mouth direction"))
        size = latent_size if latent_size is not None else len(mouth)
        blink = _vector(data.get("blink", []), tr("blink direction"))
        drift_data = data.get("drift", [])
        if not isinstance(drift_data, list):
            raise ValueError(tr("a virtual host's drift must be a list of latent directions"))
        drift = [_vector(d, tr("drift direction")) for d in drift_data]
        pairs = [(tr("mouth"), mouth), (tr("blink"), blink)]
        pairs += [(tr("drift"), d) for d in drift]
        for name, vector in pairs:
            if vector and len(vector) != size:
                raise ValueError(
                    tr(
                        "the virtual host's {name} direction has {count} values, "
                        "the face's latent has {size}"
                    ).format(name=name, count=len(vector), size=size)
                )
        envelope = _vector(data.get("envelope", []), tr("loudness envelope"))
        if any(not 0.0 <= v <= 1.0 for v in envelope):
            raise ValueError(tr("a virtual host's loudness envelope must lie between 0 and 1"))
        fps = data.get("envelope_fps", 50)
        if isinstance(fps, bool) or not isinstance(fps, int) or not 1 <= fps <= 1000:
            raise ValueError(
                tr("the envelope's values per second must be 1..1000, got {fps!r}").format(fps=fps)
            )
        seed = data.get("seed", 0)
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise ValueError(
                tr("a virtual host's seed must be a whole number, got {seed!r}").format(seed=seed)
            )
        return cls(
            mouth=mouth,
            strength=_in_range(data.get("strength", 1.5), "strength", 0.0, MAX_TALK_STRENGTH),
            blink=blink,
            blink_every=_in_range(data.get("blink_every", 3.5), "blink_every", 0.0, 600.0),
            drift=drift,
            drift_amount=_in_range(data.get("drift_amount", 0.3), "drift_amount", 0.0, 3.0),
            envelope=envelope,
            envelope_fps=fps,
            seed=seed,
        )


def new_clip_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class LatentWalkClip(VisualProps):
    """Generated frames: the model walks from keyframe to keyframe over the clip's duration.

    gan/walk.py samples it: frame j of the clip shows the walk j / fps seconds in.
    """

    start: float  # seconds from the start of the timeline
    duration: float  # seconds
    keyframes: list[list[float]]  # latent vectors, at least two, in the order visited
    model: str = DEFAULT_MODEL_REF  # "builtin:NAME" or a path relative to the project folder
    # A face is a square: "fit" shows it whole over the tracks below, as before fit modes.
    fit: FitMode = field(default="fit", kw_only=True)
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
    # Seconds the whole walk lasts at speed 1; None means the clip's duration (the walk
    # stretches with the clip, as before trimming existed). Trimming and splitting set it,
    # so a trimmed walk keeps its pace and shows only part of itself.
    walk_duration: float | None = None
    # A virtual host: the face speaks the narration (TalkSettings); None: a plain walk.
    talk: TalkSettings | None = None

    kind = "latent_walk"

    @property
    def end(self) -> float:
        return self.start + self.duration

    @property
    def walk_length(self) -> float:
        """Seconds the walk lasts at speed 1."""
        return self.walk_duration if self.walk_duration is not None else self.duration * self.speed

    def walk_time(self, t: float) -> float:
        """Seconds into the walk shown at timeline time t."""
        return self.source_time(t)

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
            **_timing_dict(self),
            "keyframes": [list(map(float, k)) for k in self.keyframes],
            "model": self.model,
            "interpolation": self.interpolation,
            "labels": [int(c) for c in self.labels],
            "keyframe_times": (
                None if self.keyframe_times is None else [float(t) for t in self.keyframe_times]
            ),
            "easing": list(self.easing),
            "loop": bool(self.loop),
            "walk_duration": self.walk_duration,
            "talk": None if self.talk is None else self.talk.to_dict(),
            **self.visual_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LatentWalkClip:
        keyframes = data.get("keyframes")
        if not isinstance(keyframes, list) or not all(isinstance(k, list) for k in keyframes):
            raise ValueError(  # the wording SetClipProperties' callers know for broken clips
                tr("not a valid latent_walk clip: its keyframes must be a list of latent vectors")
            )
        label = tr("keyframe value")  # once: a walk holds thousands of values
        keyframes = [[_number(x, label) for x in k] for k in keyframes]
        if len(keyframes) < 2:
            raise ValueError(tr("a latent walk needs at least two keyframes"))
        if len({len(k) for k in keyframes}) != 1:
            raise ValueError(tr("latent walk keyframes differ in length"))
        interpolation = data.get("interpolation", "slerp")
        if interpolation not in ("slerp", "linear"):
            raise ValueError(
                tr("unknown interpolation {interpolation!r}").format(interpolation=interpolation)
            )
        labels = data.get("labels") or []  # projects saved before conditional models have none
        if not isinstance(labels, list) or not all(_is_class(c) for c in labels):
            raise ValueError(
                tr("latent walk classes must be whole numbers from 0, got {labels!r}").format(
                    labels=labels
                )
            )
        # Projects saved before timed keyframes have none of the next three keys.
        times = data.get("keyframe_times")
        if times is not None:
            if not isinstance(times, list):
                raise ValueError(tr("a latent walk's keyframe times must be a list of seconds"))
            label = tr("keyframe time")
            times = [_number(t, label) for t in times]
            check_times(times, len(keyframes))
        easing = data.get("easing") or []
        if not isinstance(easing, list) or not all(
            isinstance(e, str) and e in EASINGS for e in easing
        ):
            raise ValueError(
                tr("unknown easing in {easing!r}; expected some of {choices}").format(
                    easing=easing, choices=list(EASINGS)
                )
            )
        loop = data.get("loop", False)
        if not isinstance(loop, bool):
            raise ValueError(
                tr("latent walk loop must be true or false, got {loop!r}").format(loop=loop)
            )
        talk = data.get("talk")  # projects saved before virtual hosts have none
        if talk is not None and not isinstance(talk, TalkSettings):
            talk = TalkSettings.from_dict(talk, len(keyframes[0]))
        return cls(
            **_timing_from(data),
            keyframes=keyframes,
            model=str(data.get("model", DEFAULT_MODEL_REF)),
            interpolation=interpolation,
            labels=[int(c) for c in labels],
            keyframe_times=times,
            easing=list(easing),
            loop=loop,
            walk_duration=_optional_positive(data.get("walk_duration"), "walk_duration"),
            talk=talk,
            **VisualProps.visual_from(data, default_fit="fit"),
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
            **_timing_dict(self),
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaptionClip:
        return cls(
            **_timing_from(data),
            text=str(data.get("text", "")),
        )


@dataclass
class ImageClip(VisualProps):
    """A still picture: a generated face saved as PNG, or an image the creator imported."""

    start: float  # seconds from the start of the timeline
    duration: float  # seconds
    path: str  # image file, relative to the project folder or absolute
    id: str = field(default_factory=new_clip_id)

    kind = "image"

    @property
    def end(self) -> float:
        return self.start + self.duration

    def to_dict(self) -> dict[str, Any]:
        return {
            **_timing_dict(self),
            "path": self.path,
            **self.visual_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageClip:
        return cls(
            **_timing_from(data),
            path=_path(data),
            **VisualProps.visual_from(data),
        )


@dataclass
class VideoFileClip(VisualProps):
    """Part of an imported video file; its own sound plays at ``volume``."""

    start: float  # seconds from the start of the timeline
    duration: float  # seconds
    path: str  # video file, relative to the project folder or absolute
    source_duration: float | None = None  # the file's length in seconds, when probed; the
    # clip holds the file's last frame past it
    volume: float = 1.0  # gain of the file's own sound (0 mutes it)
    id: str = field(default_factory=new_clip_id)

    kind = "video_file"

    @property
    def end(self) -> float:
        return self.start + self.duration

    def to_dict(self) -> dict[str, Any]:
        return {
            **_timing_dict(self),
            "path": self.path,
            "source_duration": self.source_duration,
            "volume": self.volume,
            **self.visual_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VideoFileClip:
        return cls(
            **_timing_from(data),
            path=_path(data),
            source_duration=_optional_positive(data.get("source_duration"), "source_duration"),
            volume=_in_range(data.get("volume", 1.0), "volume", 0.0, 4.0),
            **VisualProps.visual_from(data),
        )


@dataclass
class AudioClip:
    """Sound from a file on a narration, music or effects track."""

    start: float  # seconds from the start of the timeline
    duration: float  # seconds
    path: str  # audio (or video) file, relative to the project folder or absolute
    source_in: float = 0.0  # second of the file heard at the clip's start
    source_duration: float | None = None  # the file's length in seconds, when probed
    gain_db: float = 0.0  # loudness change in decibels (-60 .. +12)
    fade_in: float = 0.0  # seconds the sound takes to rise from silence at the start
    fade_out: float = 0.0  # seconds it takes to fall to silence at the end
    loop: bool = False  # repeat the file to fill the clip (music under a longer video)
    id: str = field(default_factory=new_clip_id)

    kind = "audio"
    speed = 1.0  # audio always plays at its own pace (no pitch shifting)

    @property
    def end(self) -> float:
        return self.start + self.duration

    def source_time(self, t: float) -> float:
        """Seconds into the file heard at timeline time t (before looping)."""
        return self.source_in + (t - self.start)

    def to_dict(self) -> dict[str, Any]:
        return {
            **_timing_dict(self),
            "path": self.path,
            "source_in": self.source_in,
            "source_duration": self.source_duration,
            "gain_db": self.gain_db,
            "fade_in": self.fade_in,
            "fade_out": self.fade_out,
            "loop": self.loop,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AudioClip:
        loop = data.get("loop", False)
        if not isinstance(loop, bool):
            raise ValueError(tr("audio loop must be true or false, got {loop!r}").format(loop=loop))
        return cls(
            **_timing_from(data),
            path=_path(data),
            source_in=_non_negative(data.get("source_in", 0.0), "source_in"),
            source_duration=_optional_positive(data.get("source_duration"), "source_duration"),
            gain_db=_in_range(data.get("gain_db", 0.0), "gain_db", -60.0, 12.0),
            fade_in=_in_range(data.get("fade_in", 0.0), "fade_in", 0.0, 60.0),
            fade_out=_in_range(data.get("fade_out", 0.0), "fade_out", 0.0, 60.0),
            loop=loop,
        )


Clip = LatentWalkClip | CaptionClip | ImageClip | VideoFileClip | AudioClip
VisualClip = LatentWalkClip | ImageClip | VideoFileClip
CLIP_TYPES: dict[str, type] = {
    "latent_walk": LatentWalkClip,
    "caption": CaptionClip,
    "image": ImageClip,
    "video_file": VideoFileClip,
    "audio": AudioClip,
}


def _timing_dict(clip: Any) -> dict[str, Any]:
    """The fields every clip writes first: what it is, which one, and when."""
    return {"kind": clip.kind, "id": clip.id, "start": clip.start, "duration": clip.duration}


def _timing_from(data: dict[str, Any]) -> dict[str, Any]:
    """Checked id, start and duration keyword arguments (an id is made when missing)."""
    start = _in_range(data["start"], "start", 0.0, MAX_TIMELINE_SECONDS)
    return {
        "id": str(data.get("id") or new_clip_id()),
        "start": start,
        "duration": _in_range(
            _positive(data["duration"], "duration"), "duration", 0.0, MAX_TIMELINE_SECONDS
        ),
    }


def _number(value: Any, name: str) -> float:
    """A finite number from project.json (true, "3" and lists are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(
            tr("clip {name} must be a number, got {value!r:.40}").format(name=name, value=value)
        )
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ValueError(
            tr("clip {name} must be a finite number, got {value!r:.40}").format(
                name=name, value=value
            )
        )
    return number


def _vector(value: Any, name: str) -> list[float]:
    """A list of finite numbers from project.json."""
    if not isinstance(value, list):
        raise ValueError(tr("a virtual host's {name} must be a list of numbers").format(name=name))
    label = tr("{name} value").format(name=name)  # once: an envelope holds thousands
    return [_number(v, label) for v in value]


def _positive(value: Any, name: str) -> float:
    number = _number(value, name)
    if not number > 0:
        raise ValueError(
            tr("clip {name} must be positive, got {value!r}").format(name=name, value=value)
        )
    return number


def _non_negative(value: Any, name: str) -> float:
    number = _number(value, name)
    if not number >= 0:
        raise ValueError(
            tr("clip {name} must not be negative, got {value!r}").format(name=name, value=value)
        )
    return number


def _is_class(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _optional_positive(value: Any, name: str) -> float | None:
    return None if value is None else _positive(value, name)


def _in_range(value: Any, name: str, low: float, high: float) -> float:
    number = _number(value, name)
    if not low <= number <= high:
        raise ValueError(
            tr("clip {name} must be between {low:g} and {high:g}, got {value!r}").format(
                name=name, low=low, high=high, value=value
            )
        )
    return number


def _path(data: dict[str, Any]) -> str:
    path = data.get("path")
    if not isinstance(path, str) or not path.strip():
        raise ValueError(
            tr("a {kind} clip needs the path of its file").format(kind=data.get("kind"))
        )
    return path
