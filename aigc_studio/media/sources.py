"""The pictures clips show: still images decoded once, video files read through ffmpeg.

An image is decoded once per file and size (an LRU cache shared by previews and exports),
turned upright by its EXIF orientation and resized with a good filter once, never per
frame. A video file is read by the bundled ffmpeg as a pipe of raw RGB frames already
scaled to the size needed; each clip keeps its own reader, which reads on frame after
frame during an export and restarts with a seek only when asked for an earlier frame or
one far ahead (scrubbing), and holds the file's last frame past its end.
"""

from __future__ import annotations

import math
import re
import subprocess
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from aigc_studio.gan.dataset import MAX_IMAGE_PIXELS, to_rgb
from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.project.storage import ProjectError, resolve_media_path
from aigc_studio.translation import tr

IMAGE_CACHE_BYTES = 96 * 2**20  # resized pictures kept (a 1080x1920 one is 6 MB)
MAX_READERS = 6  # video readers kept open at once (each is an ffmpeg process)
MAX_SKIP_FRAMES = 45  # reading on beats a fresh seek up to this many frames ahead
BASE_CACHE_SIZE = 3  # composed static layers kept per MediaSources (each a full frame)


class MediaError(ValueError):
    """A clip's media file cannot be used; the message is a sentence for the user."""


def media_path(path: str, media_root: Path | None) -> Path:
    """The file a clip's ``path`` names (project/storage.resolve_media_path: absolute paths
    as they are, relative ones only inside ``media_root``, the project folder)."""
    try:
        return resolve_media_path(path, media_root)
    except ProjectError as error:
        raise MediaError(str(error)) from None


def file_key(path: Path) -> tuple[str, int, int]:
    """Identity of a file's current contents for caches: path, size and modification time."""
    try:
        stat = path.stat()
    except OSError:
        raise MediaError(
            tr("The media file {name} is missing ({path}).").format(name=path.name, path=path)
        ) from None
    return str(path), stat.st_size, stat.st_mtime_ns


# -- still images -----------------------------------------------------------------------


class PictureCache:
    """Pictures by key (arrays or Pillow images), least recently used dropped past a byte
    budget or an item count."""

    def __init__(self, max_bytes: int = IMAGE_CACHE_BYTES, max_items: int | None = None) -> None:
        self.max_bytes = max_bytes
        self.max_items = max_items
        self.decodes = 0  # files decoded so far (tests check pictures are not decoded twice)
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()  # the preview and export workers share the cache

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """The picture cached under ``key``, made on a miss (an array comes back read-only)."""
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        picture = make()  # outside the lock: decoding a big photo takes a while
        if isinstance(picture, np.ndarray):
            picture.setflags(write=False)
        with self._lock:
            self._entries[key] = picture
            while len(self._entries) > 1 and (
                self._bytes() > self.max_bytes
                or (self.max_items is not None and len(self._entries) > self.max_items)
            ):
                self._entries.popitem(last=False)
        return picture

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def _bytes(self) -> int:
        return sum(
            p.nbytes if isinstance(p, np.ndarray) else p.width * p.height * 4
            for p in self._entries.values()
        )


PICTURES = PictureCache()


def image_picture(path: Path, fit: str, width: int, height: int) -> np.ndarray:
    """The image at ``path`` as (h, w, 3) uint8: "fit" inside width x height keeping its
    shape, "fill" covering exactly width x height (the middle kept). Read-only, cached."""
    key = (*file_key(path), fit, width, height)
    return PICTURES.get(key, lambda: _load_picture(path, fit, width, height))


def image_cover(path: Path, width: int, height: int) -> Image.Image:
    """The image covering exactly width x height as a Pillow image (Ken Burns crops and
    resizes a window of it every frame). Cached."""
    key = (*file_key(path), "pillow", width, height)
    return PICTURES.get(key, lambda: _resized(path, "fill", width, height))


def _load_picture(path: Path, fit: str, width: int, height: int) -> np.ndarray:
    return np.asarray(_resized(path, fit, width, height), dtype=np.uint8)


def _resized(path: Path, fit: str, width: int, height: int) -> Image.Image:
    image = _decode(path, width, height)
    PICTURES.decodes += 1
    if fit == "fit":
        w, h = fit_size(image.width, image.height, width, height)
        box = (0.0, 0.0, float(image.width), float(image.height))
    else:
        w, h = width, height
        box = cover_box(image.width, image.height, width, height)
    return image.resize((w, h), Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)


def _decode(path: Path, width: int, height: int) -> Image.Image:
    """The file as upright 8-bit RGB; a sentence (MediaError) for anything unreadable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as opened:
                if opened.width * opened.height > MAX_IMAGE_PIXELS:
                    raise MediaError(
                        tr("The image {name} is too large ({width}x{height}).").format(
                            name=path.name, width=opened.width, height=opened.height
                        )
                    )
                # JPEG decodes straight at a reduced scale still larger than needed (fast).
                # EXIF rotation may swap the sides, so ask for the larger on both.
                side = max(width, height)
                opened.draft("RGB", (side, side))
                opened.load()
                return to_rgb(opened)
    except MediaError:
        raise
    except FileNotFoundError:
        raise MediaError(
            tr("The image {name} is missing ({path}).").format(name=path.name, path=path)
        ) from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise MediaError(
            tr("The image {name} cannot be read: {error}").format(name=path.name, error=error)
        ) from None
    except Image.DecompressionBombWarning:
        raise MediaError(
            tr("The image {name} is too large to open safely.").format(name=path.name)
        ) from None


def fit_size(width: int, height: int, frame_width: int, frame_height: int) -> tuple[int, int]:
    """Size of a width x height picture scaled to fit inside the frame."""
    scale = min(frame_width / width, frame_height / height)
    return (
        max(1, min(frame_width, int(round(width * scale)))),
        max(1, min(frame_height, int(round(height * scale)))),
    )


def cover_box(
    width: int, height: int, frame_width: int, frame_height: int
) -> tuple[float, float, float, float]:
    """The middle part of a width x height picture with the frame's shape (what fill shows)."""
    aspect = frame_width / frame_height
    crop_w = min(float(width), height * aspect)
    crop_h = min(float(height), width / aspect)
    left, top = (width - crop_w) / 2, (height - crop_h) / 2
    return left, top, left + crop_w, top + crop_h


# -- video files ------------------------------------------------------------------------


@dataclass(frozen=True)
class VideoFacts:
    width: int  # pixels as shown (after the rotation a phone recorded)
    height: int  # pixels as shown
    fps: float  # frames per second of the video stream
    duration: float  # seconds (0 when ffmpeg does not say)
    has_audio: bool  # whether the file has a sound stream


_VIDEO_LINE = re.compile(r"Stream #\S+.*?: Video: .*")
_SIZE = re.compile(r", (\d{2,5})x(\d{2,5})\b")
_RATE = re.compile(r"([\d.]+) (?:fps|tbr)\b")
_DURATION = re.compile(r"Duration: (\d+):(\d+):(\d+(?:\.\d+)?)")
_ROTATION = re.compile(r"rotat\w* of (-?[\d.]+) degrees|rotate\s*:\s*(-?\d+)")


def describe(path: Path) -> str:
    """What ``ffmpeg -i`` says about a media file (its streams; there is no ffprobe), cached
    per file version."""
    return _describe(*file_key(path))


@lru_cache(maxsize=64)
def _describe(path: str, size: int, mtime_ns: int) -> str:
    # ffmpeg -i without an output exits 1 by design; the description is on stderr.
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", path],
        capture_output=True,
        text=True,
        errors="replace",
    )
    return result.stderr


def video_facts(path: Path) -> VideoFacts:
    """Size, rate, length and sound of a video file (cached per file version)."""
    return _video_facts(*file_key(path))


@lru_cache(maxsize=64)
def _video_facts(path: str, size: int, mtime_ns: int) -> VideoFacts:
    text = _describe(path, size, mtime_ns)
    video = _VIDEO_LINE.search(text)
    dims = _SIZE.search(video.group(0)) if video else None
    if video is None or dims is None:
        raise MediaError(tr("{name} has no video ffmpeg can read.").format(name=Path(path).name))
    width, height = int(dims.group(1)), int(dims.group(2))
    rotation = _ROTATION.search(text)
    if rotation and round(float(rotation.group(1) or rotation.group(2))) % 180:
        width, height = height, width  # ffmpeg turns the frames upright as it decodes
    rate = _RATE.search(video.group(0))
    duration = _DURATION.search(text)
    seconds = 0.0
    if duration:
        hours, minutes, secs = duration.groups()
        seconds = int(hours) * 3600 + int(minutes) * 60 + float(secs)
    return VideoFacts(
        width=width,
        height=height,
        fps=float(rate.group(1)) if rate and float(rate.group(1)) > 0 else 30.0,
        duration=seconds,
        has_audio=re.search(r"Stream #\S+.*?: Audio: ", text) is not None,
    )


class VideoReader:
    """Frames of one video file at one size, read in order from an ffmpeg pipe.

    ``scale`` is the size ffmpeg scales to and ``crop`` the middle part kept (fill and Ken
    Burns cover the frame), so no full-size frame ever reaches Python.
    """

    def __init__(
        self,
        path: Path,
        facts: VideoFacts,
        scale: tuple[int, int],
        crop: tuple[int, int] | None = None,
    ) -> None:
        self.path = path
        self.facts = facts
        self.scale = scale
        self.size = crop or scale  # (width, height) of the frames handed out
        self._filter = f"scale={scale[0]}:{scale[1]}:flags=bicubic"
        if crop:
            self._filter += f",crop={crop[0]}:{crop[1]}"
        self._process: subprocess.Popen | None = None
        self._next = 0  # frame index (in the file) the pipe gives next
        self._frame: np.ndarray | None = None  # the last frame read: frame _next - 1
        # Frames in the file: first the stated length, corrected when the pipe ends early.
        self._count = math.ceil(facts.duration * facts.fps - 1e-6) if facts.duration else None
        self.restarts = 0  # seeks so far (tests check that export reads straight through)

    def frame_at(self, seconds: float) -> np.ndarray:
        """The frame showing at ``seconds`` into the file; its last frame past the end."""
        fps = self.facts.fps
        index = max(0, int(math.floor(seconds * fps + 1e-6)))
        if self._count:
            index = min(index, self._count - 1)
        if self._frame is not None and index == self._next - 1:
            return self._frame  # the same frame again (a still moment, or held at the end)
        if (
            self._process is None
            or self._frame is None
            or not (self._next <= index <= self._next + MAX_SKIP_FRAMES)
        ):
            self._start(index)  # a seek: backwards, far ahead, or the pipe has ended
        while self._next <= index and self._read_one():
            pass
        if self._frame is not None:
            if self._next <= index:  # the file ended before its stated length
                self._count = self._next
            return self._frame
        if index == 0:
            raise MediaError(tr("No frames could be read from {name}.").format(name=self.path.name))
        # The seek landed past the real end: read the last second to find the last frame.
        self._start(max(0, index - math.ceil(fps)))
        while self._read_one():
            pass
        if self._frame is None:
            raise MediaError(tr("No frames could be read from {name}.").format(name=self.path.name))
        self._count = self._next
        return self._frame

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            if self._process.stdout:
                self._process.stdout.close()
            self._process = None

    def _start(self, index: int) -> None:
        self.close()
        self.restarts += 1
        fps = self.facts.fps
        command = [ffmpeg_exe(), "-v", "error", "-nostdin"]
        if index:
            command += ["-ss", f"{index / fps:.6f}"]
        command += ["-i", str(self.path), "-an", "-sn", "-vf", self._filter, "-r", f"{fps:g}"]
        command += ["-f", "rawvideo", "-pix_fmt", "rgb24", "-"]
        self._process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self._next = index
        self._frame = None

    def _read_one(self) -> bool:
        width, height = self.size
        frame = np.empty((height, width, 3), dtype=np.uint8)
        view = memoryview(frame).cast("B")
        got = 0
        assert self._process is not None and self._process.stdout is not None
        while got < len(view):
            count = self._process.stdout.readinto(view[got:])
            if not count:
                self.close()
                return False
            got += count
        self._frame = frame
        self._next += 1
        return True


# -- per-session state ------------------------------------------------------------------


class MediaSources:
    """What a preview or an export keeps between frames: open video readers and the
    composed static layers (backgrounds that do not change from frame to frame).

    Close it (or use it as a context manager) to stop the readers' ffmpeg processes.
    """

    def __init__(self) -> None:
        self._readers: OrderedDict[Hashable, VideoReader] = OrderedDict()
        self._bases = PictureCache(max_items=BASE_CACHE_SIZE)
        self._lock = threading.Lock()

    def reader(
        self,
        key: Hashable,
        path: Path,
        scale: tuple[int, int],
        crop: tuple[int, int] | None = None,
    ) -> VideoReader:
        """The reader for ``key`` (a clip and how it is drawn), opened on first use."""
        with self._lock:
            reader = self._readers.get(key)
            if reader is not None:
                self._readers.move_to_end(key)
                return reader
            reader = VideoReader(path, video_facts(path), scale, crop)
            self._readers[key] = reader
            while len(self._readers) > MAX_READERS:
                self._readers.popitem(last=False)[1].close()
            return reader

    def base(self, key: Hashable, make: Callable[[], np.ndarray]) -> np.ndarray:
        """The composed static layers for ``key``, made once (read-only)."""
        return self._bases.get(key, make)

    def close(self) -> None:
        with self._lock:
            for reader in self._readers.values():
                reader.close()
            self._readers.clear()
            self._bases.clear()

    def __enter__(self) -> MediaSources:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
