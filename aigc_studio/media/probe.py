"""What is inside a video file, read with the bundled ffmpeg (no ffprobe ships with it)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

from aigc_studio.media.ffmpeg import ffmpeg_exe


@dataclass(frozen=True)
class VideoInfo:
    width: int  # pixels of the first video stream
    height: int  # pixels of the first video stream
    fps: float  # frames per second the stream declares
    duration: float  # seconds, the container's duration (longest stream)
    frame_count: int  # frames actually stored in the first video stream (counted, not guessed)
    has_audio: bool  # whether there is an audio stream at all
    video_codec: str  # e.g. "h264"
    audio_codec: str  # e.g. "aac"; "" without audio
    pixel_format: str = ""  # e.g. "yuv420p"
    sample_rate: int = 0  # Hz of the first audio stream; 0 without audio
    audio_channels: str = ""  # e.g. "stereo"


_DURATION = re.compile(r"Duration: (\d+):(\d+):(\d+(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #\S+.*?: Video: (\w+)(.*)")
_AUDIO = re.compile(r"Stream #\S+.*?: Audio: (\w+)(.*)")
_SIZE = re.compile(r"\b(\d{2,5})x(\d{2,5})\b")
_FPS = re.compile(r"([\d.]+) fps")
_RATE = re.compile(r"(\d+) Hz, ([\w.()]+)")


def probe_video(path: str | Path) -> VideoInfo:
    """Read stream facts from ``ffmpeg -i`` and count the video frames by demuxing."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no video file at {path}")
    # ffmpeg -i without an output exits 1 by design; the description is on stderr.
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-i", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
    )
    text = result.stderr
    video = _VIDEO.search(text)
    if video is None:
        raise ValueError(f"{path.name} has no readable video stream")
    details = video.group(2)
    size = _SIZE.search(details)
    fps = _FPS.search(details)
    audio = _AUDIO.search(text)
    rate = _RATE.search(audio.group(2)) if audio else None
    frames, _ = imageio_ffmpeg.count_frames_and_secs(str(path))
    return VideoInfo(
        width=int(size.group(1)) if size else 0,
        height=int(size.group(2)) if size else 0,
        fps=float(fps.group(1)) if fps else 0.0,
        duration=_duration(text),
        frame_count=int(frames),
        has_audio=audio is not None,
        video_codec=video.group(1),
        audio_codec=audio.group(1) if audio else "",
        pixel_format=_pixel_format(details),
        sample_rate=int(rate.group(1)) if rate else 0,
        audio_channels=rate.group(2).rstrip(",") if rate else "",
    )


def _duration(text: str) -> float:
    match = _DURATION.search(text)
    if match is None:
        return 0.0
    hours, minutes, seconds = match.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def _pixel_format(details: str) -> str:
    """The pixel format is the first comma-separated field after the codec's own notes:
    ' (High) (avc1 / 0x31637661), yuv420p(progressive), 1080x1920, ...'."""
    fields = details.split("), ", 1)[-1] if details.lstrip().startswith("(") else details
    first = fields.lstrip(", ").split(",")[0].strip()
    return first.split("(")[0]


_TAG = re.compile(r"^    (\w+)\s*: (.*)$")


def read_metadata(path: str | Path) -> dict[str, str]:
    """The container's metadata tags (title, comment, description, ...) as ffmpeg lists
    them under "Metadata:" before the first stream."""
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-i", str(Path(path))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    tags: dict[str, str] = {}
    for line in result.stderr.split("  Duration:", 1)[0].splitlines():
        match = _TAG.match(line)
        if match:
            tags[match.group(1)] = match.group(2).strip()
    return tags
