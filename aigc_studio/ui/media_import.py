"""Import media onto the timeline: images, video files and sound, from a dialog or a drop.

Each file is probed first, in an engine job (reading a video's length means demuxing it,
too slow for the GUI thread): an image must decode, a video or sound file must have a
stream and a length. A file that fails is named in a message and adds nothing; the rest
are added at the playhead, one after another, as one undo step.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from aigc_studio.engine.engine import Engine
from aigc_studio.media.probe import audio_seconds, probe_video
from aigc_studio.project.commands import AddClip, CommandGroup
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import (
    AUDIO_TRACK_KINDS,
    CLIPS_FOR_TRACK,
    AudioClip,
    Clip,
    ImageClip,
    VideoFileClip,
)
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.timeline_edit import push_edit

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
VIDEO_SUFFIXES = (".mp4", ".mov", ".webm", ".mkv")
AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".ogg", ".flac")
IMAGE_SECONDS = 4.0  # how long an imported still shows until the user trims it
MAX_IMAGE_PIXELS = 100_000_000  # larger pictures are refused (decompression bombs)


def _patterns(suffixes: tuple[str, ...]) -> str:
    return " ".join(f"*{s}" for s in suffixes)


def media_filter() -> str:
    """The Import media… dialog's file types, described in the studio's language."""
    return ";;".join(
        (
            tr("Media") + f" ({_patterns(IMAGE_SUFFIXES + VIDEO_SUFFIXES + AUDIO_SUFFIXES)})",
            tr("Images") + f" ({_patterns(IMAGE_SUFFIXES)})",
            tr("Video") + f" ({_patterns(VIDEO_SUFFIXES)})",
            tr("Sound") + f" ({_patterns(AUDIO_SUFFIXES)})",
        )
    )


@dataclass(frozen=True)
class ProbedMedia:
    """A file that can go on the timeline, and what it is."""

    path: Path  # absolute; copied into the project's assets when it is saved
    kind: str  # "image", "video" or "audio"
    duration: float | None  # seconds of video or sound; None for a still


def media_kind(path: str | Path) -> str | None:
    """'image', 'video' or 'audio' by the file's suffix; None for anything else."""
    suffix = Path(path).suffix.lower()
    for kind, suffixes in (
        ("image", IMAGE_SUFFIXES),
        ("video", VIDEO_SUFFIXES),
        ("audio", AUDIO_SUFFIXES),
    ):
        if suffix in suffixes:
            return kind
    return None


def probe_media(path: str | Path) -> ProbedMedia:
    """Check a file can be shown or heard; ValueError with a sentence when it cannot."""
    path = Path(path).resolve()
    kind = media_kind(path)
    if kind is None:
        raise ValueError(tr("{name} is not an image, video or sound file").format(name=path.name))
    if not path.is_file():
        raise ValueError(tr("{name} does not exist").format(name=path.name))
    if kind == "image":
        _check_image(path)
        return ProbedMedia(path, kind, None)
    if kind == "video":
        try:
            info = probe_video(path)
        except (ValueError, OSError, RuntimeError) as error:
            raise ValueError(
                tr("{name} is not a video AIGC Studio can read").format(name=path.name)
            ) from error
        duration = info.duration or (info.frame_count / info.fps if info.fps else 0.0)
        if not duration > 0 or info.frame_count <= 0:
            raise ValueError(tr("{name} has no frames to show").format(name=path.name))
        return ProbedMedia(path, kind, duration)
    return ProbedMedia(path, kind, _audio_duration(path))


def _check_image(path: Path) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    raise ValueError(
                        tr("{name} is too large ({width}x{height})").format(
                            name=path.name, width=image.width, height=image.height
                        )
                    )
                image.draft("RGB", (512, 512))  # JPEGs decode at a fraction of the size
                image.load()
    except ValueError:
        raise
    except (OSError, SyntaxError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise ValueError(
            tr("{name} is not an image AIGC Studio can read").format(name=path.name)
        ) from None


def _audio_duration(path: Path) -> float:
    """Seconds of sound in a file; ValueError with a sentence when it has none."""
    total = audio_seconds(path)
    if total is None:
        raise ValueError(
            tr("{name} is not a sound file AIGC Studio can read").format(name=path.name)
        )
    if not total > 0:
        raise ValueError(tr("{name} has no sound in it").format(name=path.name))
    return total


def probe_all(paths: list[str]) -> list[ProbedMedia | tuple[str, str]]:
    """Each file probed, or (file name, why not) for one that cannot be used."""
    results: list[ProbedMedia | tuple[str, str]] = []
    for path in paths:
        try:
            results.append(probe_media(path))
        except ValueError as error:
            results.append((Path(path).name, str(error)))
    return results


def clip_for(media: ProbedMedia, start: float) -> Clip:
    """A new clip playing the whole file (a still lasts IMAGE_SECONDS)."""
    if media.kind == "image":
        return ImageClip(start=start, duration=IMAGE_SECONDS, path=str(media.path))
    assert media.duration is not None
    if media.kind == "video":
        return VideoFileClip(
            start=start,
            duration=media.duration,
            path=str(media.path),
            source_duration=media.duration,
        )
    return AudioClip(
        start=start, duration=media.duration, path=str(media.path), source_duration=media.duration
    )


class MediaImporter(QObject):
    """Probes files in the engine and adds what it can, at a time, as one undo step."""

    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_imported = Signal(list)
    """Clips were added; carries their ids."""

    def __init__(self, engine: Engine, document: ProjectDocument, view, parent: QWidget) -> None:
        super().__init__(parent)
        self.engine = engine
        self.document = document
        self.view = view  # the TimelineView: its undo stack, and where refusals are said
        self.parent_widget = parent
        self.message_box: QMessageBox | None = None  # the last "cannot import" message
        self.last_folder = str(Path.home())
        self._jobs: list = []  # running probe jobs, kept alive until they report

    def choose_and_import(self, at: float, audio_kind: str = "music") -> None:
        """The Import media… dialog; chosen files are imported at ``at``."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, tr("Import media"), self.last_folder, media_filter()
        )
        if paths:
            self.last_folder = str(Path(paths[0]).parent)
            self.import_files(paths, at, None, audio_kind)

    def import_files(
        self,
        paths: list[str],
        at: float,
        track_index: int | None = None,
        audio_kind: str = "music",
    ):
        """Probe ``paths`` off the GUI thread, then add them; returns the probe job."""
        if audio_kind not in AUDIO_TRACK_KINDS:
            raise ValueError(f"sound goes on a narration, music or effects track, not {audio_kind}")
        reading = tr("Reading {count} file…") if len(paths) == 1 else tr("Reading {count} files…")
        self.sig_status.emit(reading.format(count=len(paths)))
        job = self.engine.start_job(tr("Import media"), lambda _reporter: probe_all(list(paths)))
        self._jobs.append(job)

        def done(results) -> None:
            self._jobs.remove(job)
            self._add(results, at, track_index, audio_kind)

        def failed(message: str) -> None:
            self._jobs.remove(job)
            self._warn(message)

        job.sig_finished.connect(done)
        job.sig_failed.connect(failed)
        return job

    def _add(self, results, at: float, track_index: int | None, audio_kind: str) -> None:
        project = self.document.project
        refused = [r for r in results if isinstance(r, tuple)]
        commands, ends = [], {}  # ends: where the next clip of a track goes
        for media in (r for r in results if isinstance(r, ProbedMedia)):
            clip = clip_for(media, 0.0)
            kind = "video" if media.kind in ("image", "video") else audio_kind
            index = None if track_index is None else self._track_for(clip, track_index)
            if index is not None:
                kind = project.timeline.tracks[index].kind
            clip.start = ends.get((kind, index), at)
            ends[(kind, index)] = clip.end
            commands.append(AddClip(project, kind, clip, index))
        if commands:
            count = len(commands)
            command = push_edit(
                self.view,
                lambda: (
                    commands[0]
                    if count == 1
                    else CommandGroup(
                        project, tr("Import {count} files").format(count=count), commands
                    )
                ),
            )
            if command is not None:
                ids = [c.clip.id for c in commands]
                self.sig_imported.emit(ids)
                done = tr("Imported {count} file") if count == 1 else tr("Imported {count} files")
                self.sig_status.emit(done.format(count=count))
        if refused:
            lines = "\n".join(f"• {reason}" for _, reason in refused)
            self._warn(tr("These files were not added:") + "\n" + lines)

    def _track_for(self, clip: Clip, dropped_on: int) -> int | None:
        """The dropped-on track when it holds the clip, else None (the kind's first)."""
        tracks = self.document.project.timeline.tracks
        if 0 <= dropped_on < len(tracks) and isinstance(
            clip, CLIPS_FOR_TRACK[tracks[dropped_on].kind]
        ):
            return dropped_on
        return None

    def _warn(self, text: str) -> None:
        # open(), not exec(): the message must not stop the event loop (or a test).
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Cannot import"), text, parent=self.parent_widget
        )
        box.open()
        self.message_box = box
        self.sig_status.emit(text.splitlines()[0])
