"""Project, Timeline, Track and Clip: plain data the views observe and commands edit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from aigc_studio.project.clips import (  # noqa: F401  (re-exported: the model's public names)
    BUILTIN_MODEL_PREFIX,
    CLIP_TYPES,
    DEFAULT_MODEL_REF,
    AudioClip,
    CaptionClip,
    Clip,
    ImageClip,
    LatentWalkClip,
    VideoFileClip,
    VisualClip,
    new_clip_id,
)
from aigc_studio.project.migrations import migrate
from aigc_studio.project.sound_settings import CaptionSettings, SoundSettings, VoiceSettings
from aigc_studio.script.model import Script
from aigc_studio.translation import tr

# 1: video and caption tracks only. 2: narration, music and effects tracks, image, video
# file and audio clips, clip looks (fit, opacity, speed, transitions). Older files are
# brought up to this version by project/migrations.py before from_dict reads them.
SCHEMA_VERSION = 2

TrackKind = Literal["video", "caption", "narration", "music", "effects"]
TRACK_KINDS: tuple[str, ...] = ("video", "caption", "narration", "music", "effects")
AUDIO_TRACK_KINDS: tuple[str, ...] = ("narration", "music", "effects")
# Which clip classes each track kind may hold.
CLIPS_FOR_TRACK: dict[str, tuple[type, ...]] = {
    "video": (LatentWalkClip, ImageClip, VideoFileClip),
    "caption": (CaptionClip,),
    "narration": (AudioClip,),
    "music": (AudioClip,),
    "effects": (AudioClip,),
}
TRACK_TITLES = {
    "video": "Video",
    "caption": "Captions",
    "narration": "Narration",
    "music": "Music",
    "effects": "Effects",
}


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
        if not isinstance(data, dict):
            raise ValueError(
                tr("a track must be an object with kind and clips, got {data!r:.40}").format(
                    data=data
                )
            )
        kind = data.get("kind")
        if not isinstance(kind, str) or kind not in TRACK_KINDS:
            raise ValueError(tr("unknown track kind {kind!r:.40}").format(kind=kind))
        clips = []
        for clip in _list(data.get("clips"), tr("the {kind} track's clips").format(kind=kind)):
            if not isinstance(clip, dict):
                raise ValueError(
                    tr("a clip must be an object with a kind and times: {clip!r:.40}").format(
                        clip=clip
                    )
                )
            clip_kind = clip.get("kind")
            clip_type = CLIP_TYPES.get(clip_kind) if isinstance(clip_kind, str) else None
            if clip_type is None:
                raise ValueError(tr("unknown clip kind {kind!r:.40}").format(kind=clip_kind))
            if clip_type not in CLIPS_FOR_TRACK[kind]:
                raise ValueError(
                    tr("a {clip_kind} clip cannot be on a {track_kind} track").format(
                        clip_kind=clip.get("kind"), track_kind=kind
                    )
                )
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
        track = Track(kind=kind, name=TRACK_TITLES.get(kind, kind.capitalize()))
        self.tracks.append(track)
        return track

    def tracks_of(self, kind: TrackKind) -> list[Track]:
        return [t for t in self.tracks if t.kind == kind]

    def clips(self) -> list[Clip]:
        """Every clip on every track, tracks top to bottom."""
        return [clip for track in self.tracks for clip in track.clips]

    @property
    def duration(self) -> float:
        return max((t.end for t in self.tracks), default=0.0)

    def to_dict(self) -> dict[str, Any]:
        return {"tracks": [t.to_dict() for t in self.tracks]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timeline:
        if not isinstance(data, dict):
            raise ValueError(
                tr("the timeline must be an object with tracks, got {data!r:.40}").format(data=data)
            )
        return cls(tracks=[Track.from_dict(t) for t in _list(data.get("tracks"), "the tracks")])


@dataclass
class Project:
    name: str = "Untitled"  # shown in the title bar; the folder is NAME.aigcproj
    width: int = 1080  # output frame width in pixels (vertical 9:16 by default)
    height: int = 1920  # output frame height in pixels
    fps: int = 30  # output frame rate
    script: Script = field(default_factory=Script)
    timeline: Timeline = field(default_factory=lambda: Timeline(default_tracks()))
    voice: VoiceSettings = field(default_factory=VoiceSettings)  # narration's voice
    sound: SoundSettings = field(default_factory=SoundSettings)  # ducking and loudness
    captions: CaptionSettings = field(default_factory=CaptionSettings)  # caption look

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
            "voice": self.voice.to_dict(),
            "sound": self.sound.to_dict(),
            "captions": self.captions.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Project:
        """A project from project.json's dict, of this or an older schema (migrations.py
        upgrades it first). Raises ValueError (SchemaError for the version) with a reason."""
        data = migrate(data)
        width, height, fps = (
            _whole(data.get("width", 1080), "width"),
            _whole(data.get("height", 1920), "height"),
            _whole(data.get("fps", 30), "fps"),
        )
        if not (16 <= width <= 7680 and 16 <= height <= 7680 and 1 <= fps <= 120):
            raise ValueError(
                tr("unsupported frame size or rate: {width}x{height} at {fps} fps").format(
                    width=width, height=height, fps=fps
                )
            )
        return cls(
            name=str(data.get("name", "Untitled")),
            width=width,
            height=height,
            fps=fps,
            script=Script.from_dict(data.get("script", {})),
            timeline=Timeline.from_dict(data.get("timeline", {})),
            voice=VoiceSettings.from_dict(data.get("voice")),
            sound=SoundSettings.from_dict(data.get("sound")),
            captions=CaptionSettings.from_dict(data.get("captions")),
        )


def _list(value: Any, what: str) -> list[Any]:
    """A list that may be missing (older files: empty) but, when present, is a list."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(
            tr("{what} must be a list, got {type}").format(what=what, type=type(value).__name__)
        )
    return value


def _whole(value: Any, name: str) -> int:
    """A frame size or rate: a whole number (2.0 is fine, "1080" and true are not)."""
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if isinstance(value, bool) or not whole:
        raise ValueError(
            tr("the project's {name} must be a whole number, got {value!r:.40}").format(
                name=name, value=value
            )
        )
    return int(value)


def default_tracks() -> list[Track]:
    """A new project's tracks, top to bottom: one of each kind."""
    return [Track(kind=kind, name=TRACK_TITLES[kind]) for kind in TRACK_KINDS]
