"""Missing media: which files a project names but cannot find, finding them again after
they moved, and relinking clips and narrations to where they are now (one undo step).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from aigc_studio.progress import Reporter, check_cancelled
from aigc_studio.project.command_base import Command, plural
from aigc_studio.project.model import Project
from aigc_studio.project.storage import (
    MEDIA_CLIPS,
    ProjectError,
    file_sha256,
    resolve_media_path,
)
from aigc_studio.translation import tr

MAX_SEARCH_FILES = 50_000  # files looked at by one search: a whole disk would take minutes
MAX_SEARCH_DEPTH = 12  # folder levels below the chosen folder
_CHECK_EVERY = 256  # files between looks at Cancel and progress reports
_HASHED_NAME = re.compile(r"^(?P<stem>.+)-(?P<digest>[0-9a-f]{10})(?P<suffix>\.[^.]*)?$")


@dataclass
class MissingFile:
    path: str  # the path as the project names it (relative to its folder, or absolute)
    clips: list[str] = field(default_factory=list)  # ids of the clips that use it
    scenes: list[int] = field(default_factory=list)  # indexes of scenes narrated by it
    size: int | None = None  # bytes, when known: a found file must have the same size

    @property
    def name(self) -> str:
        """The file's name (its last path part, also for a path written on Windows)."""
        return file_name(self.path)


def file_name(path: str) -> str:
    return PureWindowsPath(path).name if "\\" in path else PurePosixPath(path).name


def missing_media(project: Project, folder: Path | None) -> list[MissingFile]:
    """The media files (clips' pictures, videos and sounds, scenes' narration) that do not
    resolve from ``folder`` (the project's folder; None for a project never saved), each
    once, in timeline then script order."""
    found: dict[str, MissingFile] = {}
    resolves: dict[str, bool] = {}

    def is_missing(path: str) -> bool:
        if path not in resolves:
            try:
                resolve_media_path(path, folder)
                resolves[path] = True
            except ProjectError:
                resolves[path] = False
        return not resolves[path]

    for clip in project.timeline.clips():
        if isinstance(clip, MEDIA_CLIPS) and is_missing(clip.path):
            found.setdefault(clip.path, MissingFile(clip.path)).clips.append(clip.id)
    for index, scene in enumerate(project.script.scenes):
        if scene.narration and is_missing(scene.narration):
            found.setdefault(scene.narration, MissingFile(scene.narration)).scenes.append(index)
    return list(found.values())


def find_moved(
    missing: list[MissingFile],
    search_dir: Path,
    *,
    max_files: int = MAX_SEARCH_FILES,
    max_depth: int = MAX_SEARCH_DEPTH,
    reporter: Reporter | None = None,
) -> dict[str, Path]:
    """Where the missing files are now: for each one found under ``search_dir`` (searched
    recursively, at most ``max_files`` files and ``max_depth`` levels, hidden folders and
    symlinked folders skipped), its project path mapped to the file found.

    A file matches by name, and by size when the size is known. A copy the project made
    on save (NAME-0123456789.wav) also matches the creator's NAME.wav when the content's
    hash is the one in the copy's name. The first match in sorted order wins. With a
    ``reporter``, Cancel is honoured (raises Cancelled) and the count looked at is reported.
    """
    wanted: dict[str, list[MissingFile]] = {}
    for item in missing:
        wanted.setdefault(item.name, []).append(item)
        hashed = _HASHED_NAME.match(item.name)
        if hashed:
            plain = hashed["stem"] + (hashed["suffix"] or "")
            wanted.setdefault(plain, []).append(item)
    found: dict[str, Path] = {}
    for looked, path in enumerate(_walk(Path(search_dir), max_files, max_depth), start=1):
        if reporter is not None and looked % _CHECK_EVERY == 0:
            check_cancelled(reporter)
            reporter.progress(
                looked / max_files, tr("Looked at {count} files").format(count=looked)
            )
        for item in wanted.get(path.name, ()):
            if item.path not in found and _matches(item, path):
                found[item.path] = path
        if len(found) == len(missing):
            break
    return found


def _matches(item: MissingFile, candidate: Path) -> bool:
    try:
        if item.size is not None and candidate.stat().st_size != item.size:
            return False
        if candidate.name != item.name:  # found by the name before the save's hash
            digest = _HASHED_NAME.match(item.name)["digest"]  # type: ignore[index]
            return file_sha256(candidate).startswith(digest)
    except OSError:
        return False
    return candidate.is_file()


def _walk(root: Path, max_files: int, max_depth: int) -> Iterator[Path]:
    """Files under ``root`` in sorted order, bounded in count and depth."""
    seen = 0
    base_depth = len(root.parts)
    for folder, dirs, files in os.walk(root, followlinks=False):
        depth = len(Path(folder).parts) - base_depth
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if depth < max_depth else []
        for name in sorted(files):
            seen += 1
            if seen > max_files:
                return
            yield Path(folder) / name


class RelinkMedia(Command):
    """Point clips and scene narrations that use an old path at a new one; undo puts the
    old paths back. ``mapping`` maps old paths (as the project names them) to new files."""

    def __init__(self, project: Project, mapping: Mapping[str, str | Path]) -> None:
        super().__init__(project)
        self.mapping = {old: str(new) for old, new in mapping.items()}
        self.text = plural(
            len(self.mapping), tr("Relink media file"), tr("Relink {count} media files")
        )
        self._changed: list[tuple[object, str, str]] = []  # (clip or scene, field, old value)

    def _do(self) -> None:
        if not self.mapping:
            raise ValueError(tr("there is no file to relink"))
        changed: list[tuple[object, str, str]] = []
        for clip in self.project.timeline.clips():
            if isinstance(clip, MEDIA_CLIPS) and clip.path in self.mapping:
                changed.append((clip, "path", clip.path))
        for scene in self.project.script.scenes:
            if scene.narration and scene.narration in self.mapping:
                changed.append((scene, "narration", scene.narration))
        if not changed:
            raise ValueError(tr("no clip or scene uses the files to relink"))
        for target, name, old in changed:
            setattr(target, name, self.mapping[old])
        self._changed = changed

    def _undo(self) -> None:
        for target, name, old in reversed(self._changed):
            setattr(target, name, old)
