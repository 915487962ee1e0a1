"""What is inside a video file, read with the bundled ffmpeg (no ffprobe ships with it)."""

from __future__ import annotations

import re
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import imageio_ffmpeg

from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.translation import tr


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
    profile: str = ""  # the video codec's profile as ffmpeg names it, e.g. "High"


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
        raise FileNotFoundError(tr("no video file at {path}").format(path=path))
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
        raise ValueError(tr("{name} has no readable video stream").format(name=path.name))
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
        profile=_profile(details),
    )


_AUDIO_STREAM = re.compile(r"Stream #\S+.*?: Audio: ")


def audio_seconds(path: str | Path) -> float | None:
    """Seconds of sound in an audio or video file, from its header as the bundled ffmpeg
    reads it (there is no ffprobe); None when ffmpeg finds no audio stream or no length."""
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
        capture_output=True,
        text=True,
        errors="replace",
    )
    if _AUDIO_STREAM.search(result.stderr) is None or _DURATION.search(result.stderr) is None:
        return None
    return _duration(result.stderr)


def _duration(text: str) -> float:
    match = _DURATION.search(text)
    if match is None:
        return 0.0
    hours, minutes, seconds = match.groups()
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def _profile(details: str) -> str:
    """' (High) (avc1 / 0x31637661), yuv420p...' -> 'High'; '' when none is named."""
    match = re.match(r"\s*\(([^()/]+)\)", details)
    return match.group(1).strip() if match else ""


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


def mp4_boxes(path: str | Path) -> list[str]:
    """The MP4's top-level box types in file order ("ftyp", "moov", "mdat", ...), read from
    the box headers (sizes only: the media itself is skipped, not read)."""
    boxes: list[str] = []
    with open(path, "rb") as handle:
        size_on_disk = Path(path).stat().st_size
        offset = 0
        while offset + 8 <= size_on_disk:
            handle.seek(offset)
            header = handle.read(16)
            size, kind = struct.unpack(">I4s", header[:8])
            if size == 1:  # a 64-bit size follows the type
                size = struct.unpack(">Q", header[8:16])[0]
            elif size == 0:  # the box runs to the end of the file
                size = size_on_disk - offset
            if size < 8:
                raise ValueError(
                    tr("{name} has a broken MP4 box at byte {offset}").format(
                        name=Path(path).name, offset=offset
                    )
                )
            boxes.append(kind.decode("latin-1"))
            offset += size
    return boxes


class Keyframe(NamedTuple):
    time: float  # presentation time in seconds
    idr: bool  # whether it holds an IDR slice: decoding can start here with nothing before


_PACKET = re.compile(r"Packet: \d+ bytes, (key frame, )?pts (-?\d+)")
_NAL_TYPE = re.compile(r"nal_unit_type\s+\d+ = (\d+)")
_TIME_BASE = re.compile(r"Stream #0:\d+.*: Video: .*?(\d+) tbn")
_IDR_NAL = 5  # H.264 nal_unit_type of an IDR picture's slice


def h264_keyframes(path: str | Path) -> list[Keyframe]:
    """Every packet of the first video stream (H.264) that the file marks as a keyframe
    (sync sample), with whether it really is an IDR picture.

    An open-GOP keyframe is an I picture that B frames before it in display order reach
    across; the container still calls it a sync sample, but a cut there leaves those
    frames broken. Read with the bundled ffmpeg's trace_headers bitstream filter, which
    prints each packet and the NAL units in it.
    """
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(Path(path)), "-map", "0:v:0"]
        + ["-c", "copy", "-bsf:v", "trace_headers", "-f", "null", "-"],
        capture_output=True,
        text=True,
        errors="replace",
    )
    if result.returncode != 0:
        raise ValueError(
            tr("could not read the H.264 stream of {name}").format(name=Path(path).name)
        )
    tbn = _TIME_BASE.search(result.stderr)
    ticks = int(tbn.group(1)) if tbn else 1
    keyframes: list[Keyframe] = []
    current: list[int] | None = None  # NAL types of the keyframe being read
    for line in result.stderr.splitlines():
        packet = _PACKET.search(line)
        if packet:
            if current is not None:
                keyframes[-1] = keyframes[-1]._replace(idr=_IDR_NAL in current)
            current = [] if packet.group(1) else None
            if current is not None:
                keyframes.append(Keyframe(int(packet.group(2)) / ticks, False))
            continue
        nal = _NAL_TYPE.search(line)
        if nal and current is not None:
            current.append(int(nal.group(1)))
    if current is not None:
        keyframes[-1] = keyframes[-1]._replace(idr=_IDR_NAL in current)
    return keyframes
