"""Check a project folder without opening the studio: does it open, and what is broken.

A project that opens but misses a media file is still a project (the clip shows it
missing until relinked), so a report separates "opens" (``ok``) from the list of
problems: files that are missing, files a clip takes from outside the folder (not shared
with the folder), and files that are there but cannot be read. Each file is read the
cheap way: images are decoded by Pillow with its decompression-bomb guard on, sound and
video files are described by the bundled ffmpeg from their headers (no full decode).
"""

from __future__ import annotations

import re
import subprocess
import warnings
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from PIL import Image

from aigc_studio.project.model import (
    AudioClip,
    Clip,
    ImageClip,
    LatentWalkClip,
    Project,
    VideoFileClip,
)
from aigc_studio.project.storage import (
    ProjectError,
    load_project,
    resolve_media_path,
    resolve_model_ref,
)
from aigc_studio.translation import tr

MAX_IMAGE_PIXELS = 100_000_000  # as media import: larger pictures are refused (bombs)
_FFMPEG_SECONDS = 30  # a header read that takes longer is a file ffmpeg cannot read
_DURATION = re.compile(r"Duration: (\d+):(\d+):(\d+(?:\.\d+)?)")
_STREAM = {
    "audio": re.compile(r"Stream #\S+.*?: Audio: "),
    "video": re.compile(r"Stream #\S+.*?: Video: "),
}


@dataclass
class ProjectReport:
    """What check_project found."""

    ok: bool  # the project opens (missing or unreadable files do not change this)
    problems: list[str] = field(default_factory=list)  # one sentence each, for the user
    summary: str = ""  # e.g. "3 scenes, 12 clips, 30.0 s, 5 media files"


@dataclass
class _FileUse:
    """One file the project names, and every place that names it."""

    ref: str  # the path or model ref as written in project.json
    kind: str  # "image", "video", "audio" or "model"
    users: list[str] = field(default_factory=list)  # e.g. "the Music clip at 2.0 s"


def check_project(folder: Path) -> ProjectReport:
    """Open the project in ``folder`` and list what is wrong with it.

    ``ok`` is False only when it does not open (the one problem says why). Otherwise each
    missing model or media file, each file taken from outside the folder and each file
    that cannot be read is one problem naming the file and the clips that use it.
    """
    folder = Path(folder)
    try:
        project = load_project(folder)
    except ProjectError as error:
        return ProjectReport(ok=False, problems=[str(error)], summary=tr("cannot be opened"))
    if folder.name == "project.json":
        folder = folder.parent
    uses = _file_uses(project)
    problems = [problem for use in uses if (problem := _problem_with(use, folder))]
    return ProjectReport(ok=True, problems=problems, summary=_summary(project, uses))


def outside_files(project: Project, folder: Path) -> list[str]:
    """The media files the project names by an absolute path outside ``folder``: they are
    not in the folder, so a zip of it does not carry them (saving copies them in)."""
    root = Path(folder).resolve()
    return [
        use.ref
        for use in _file_uses(project)
        if use.kind != "model"
        and _is_absolute(use.ref)
        and not Path(use.ref).resolve().is_relative_to(root)
    ]


def _summary(project: Project, uses: list[_FileUse]) -> str:
    media = sum(1 for use in uses if use.kind != "model")
    return tr("{scenes}, {clips}, {seconds:.1f} s, {media}").format(
        scenes=_count(len(project.script.scenes), tr("{count} scene"), tr("{count} scenes")),
        clips=_count(len(project.timeline.clips()), tr("{count} clip"), tr("{count} clips")),
        seconds=project.duration,
        media=_count(media, tr("{count} media file"), tr("{count} media files")),
    )


def _count(number: int, one: str, many: str) -> str:
    """``one`` or ``many`` (each with a {count} field) filled in with ``number``."""
    return (one if number == 1 else many).format(count=number)


def _file_uses(project: Project) -> list[_FileUse]:
    """Every file the project names, once each, in timeline then script order."""
    uses: dict[tuple[str, str], _FileUse] = {}

    def add(ref: str, kind: str, user: str) -> None:
        uses.setdefault((kind, ref), _FileUse(ref, kind)).users.append(user)

    for track in project.timeline.tracks:
        for clip in track.clips:
            user = tr("the {track} clip at {seconds:.1f} s").format(
                track=track.name or track.kind, seconds=clip.start
            )
            kind = _file_kind(clip)
            if kind == "model":
                add(clip.model, kind, user)  # type: ignore[attr-defined]
            elif kind is not None:
                add(clip.path, kind, user)  # type: ignore[attr-defined]
    for number, scene in enumerate(project.script.scenes, start=1):
        narration = getattr(scene, "narration", "")
        if narration:
            add(narration, "audio", tr("scene {number}'s narration").format(number=number))
    return list(uses.values())


def _file_kind(clip: Clip) -> str | None:
    if isinstance(clip, LatentWalkClip):
        return "model"
    if isinstance(clip, ImageClip):
        return "image"
    if isinstance(clip, VideoFileClip):
        return "video"
    if isinstance(clip, AudioClip):
        return "audio"
    return None


def _problem_with(use: _FileUse, folder: Path) -> str | None:
    """A sentence about what is wrong with one file, or None when it is fine."""
    used_by = tr(" (used by {users})").format(users=", ".join(use.users))
    try:
        if use.kind == "model":
            resolve_model_ref(use.ref, folder)
            return None  # the model loader validates its header when the clip renders
        path = resolve_media_path(use.ref, folder)
    except ProjectError as error:
        return tr("{problem}{used_by}.").format(problem=_without_stop(str(error)), used_by=used_by)
    if _is_absolute(use.ref) and not path.resolve().is_relative_to(folder.resolve()):
        return tr(
            "The media file {path} is outside the project folder, so the folder alone "
            "does not hold it; save the project to copy it in{used_by}."
        ).format(path=use.ref, used_by=used_by)
    reason = _unreadable(path, use.kind)
    if reason:
        return tr("The media file {path} {reason}; replace or relink it{used_by}.").format(
            path=use.ref, reason=reason, used_by=used_by
        )
    return None


def _is_absolute(path: str) -> bool:
    """Absolute here or on Windows, as storage reads a clip's path."""
    return Path(path).is_absolute() or bool(PureWindowsPath(path).anchor)


def _without_stop(sentence: str) -> str:
    return sentence[:-1] if sentence.endswith(".") else sentence


def _unreadable(path: Path, kind: str) -> str | None:
    """Why a file cannot be used as ``kind``, or None when it can."""
    if kind == "image":
        return _unreadable_image(path)
    return _unreadable_stream(path, kind)


def _unreadable_image(path: Path) -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    return tr("is too large to show ({width}x{height} pixels)").format(
                        width=image.width, height=image.height
                    )
                image.draft("RGB", (512, 512))  # JPEGs decode at a fraction of the size
                image.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombWarning):
        return tr("is not an image AIGC Studio can read")
    except Image.DecompressionBombError:
        return tr("is too large to show")
    return None


def _unreadable_stream(path: Path, kind: str) -> str | None:
    """Read the file's header with the bundled ffmpeg (``ffmpeg -i``: there is no
    ffprobe); it must have a stream of ``kind`` and a length."""
    from aigc_studio.media.ffmpeg import ffmpeg_exe  # only when a sound or video is checked

    try:
        result = subprocess.run(
            [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=_FFMPEG_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return tr("could not be read in time")
    except OSError as error:
        return tr("could not be read ({reason})").format(reason=error.strerror or error)
    if _STREAM[kind].search(result.stderr) is None:
        if kind == "audio":
            return tr("has no sound AIGC Studio can read")
        return tr("has no video AIGC Studio can read")
    duration = _DURATION.search(result.stderr)
    if duration is None or not _seconds(duration.groups()) > 0:
        if kind == "audio":
            return tr("has no sound in it (its length is zero or unknown)")
        return tr("has no video in it (its length is zero or unknown)")
    return None


def _seconds(parts: tuple[str, ...]) -> float:
    hours, minutes, seconds = parts
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)
