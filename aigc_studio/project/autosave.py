"""Recovery copies: what autosave writes so a crash loses at most one autosave interval.

A recovery is a folder under the recovery directory (one per running studio session)
holding ``project.json`` (the project as it is in memory, unsaved edits included) and
``recovery.json`` (where the project lives, when it was written, its name). Media are not
copied: a recovery names them where they are (relative paths of a saved project are made
absolute against its folder), so writing one is as cheap as writing project.json.

The creator's own project folder is never touched: writing there is Save's job. A clean
quit or a successful save discards the session's recovery, so any recovery found at the
next start was left by a session that did not end cleanly.

A live session holds an advisory lock on its folder (POSIX), so a second studio running
at the same time does not offer the first one's recovery as if it had crashed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from aigc_studio.project.model import Project
from aigc_studio.project.storage import (
    MEDIA_CLIPS,
    PROJECT_FILE,
    ProjectError,
    atomic_write_text,
    fsync_dir,
    load_project,
    resolve_media_path,
)
from aigc_studio.translation import tr

try:  # advisory locks exist on POSIX; elsewhere every recovery counts as left behind
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

META_FILE = "recovery.json"  # beside project.json: original path, time, name
LOCK_FILE = ".lock"  # held by the live session that owns the folder
RECOVERY_FORMAT = 1  # bumped when recovery.json changes meaning
# One id per process: a folder per session, so two studios never write the same folder.
SESSION_ID = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


@dataclass
class Recovery:
    folder: Path  # the recovery folder (project.json + recovery.json)
    original: Path | None  # the NAME.aigcproj folder it belongs to; None = never saved
    saved_at: datetime  # when autosave wrote it (UTC)
    name: str  # the project's name, for the list shown to the creator


# -- write ------------------------------------------------------------------------------


def write_recovery(
    project: Project,
    original: Path | None,
    recovery_dir: Path,
    *,
    session: str = SESSION_ID,
) -> Path:
    """Write a recovery copy of ``project`` (which lives in ``original``, if saved) into
    this session's folder under ``recovery_dir`` and return that folder.

    Each file is replaced atomically and the first write builds the folder under a
    temporary name, so a crash while writing leaves the previous copy or none, never half.
    Raises OSError when the disk refuses.
    """
    recovery_dir = Path(recovery_dir)
    folder = recovery_dir / session
    project_text = json.dumps(_recovery_dict(project, original), indent=1, ensure_ascii=False)
    meta_text = json.dumps(
        {
            "format": RECOVERY_FORMAT,
            "original": str(original) if original is not None else None,
            "saved_at": datetime.now(timezone.utc).isoformat(),
            "name": project.name,
        },
        ensure_ascii=False,
    )
    if folder.is_dir():
        atomic_write_text(folder / PROJECT_FILE, project_text)
        atomic_write_text(folder / META_FILE, meta_text)
        return folder
    recovery_dir.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{session}-", dir=recovery_dir))
    try:
        atomic_write_text(building / PROJECT_FILE, project_text)
        atomic_write_text(building / META_FILE, meta_text)
        os.replace(building, folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    fsync_dir(recovery_dir)
    return folder


def _recovery_dict(project: Project, original: Path | None) -> dict[str, Any]:
    """The project's data with media paths made absolute, so the copy does not depend on
    being opened from the project's folder (models keep their refs: they must stay
    relative to be trusted, and the restored project points at its folder again)."""
    data = project.to_dict()
    if original is None:
        return data

    def absolute(path: str) -> str:
        try:
            return str(resolve_media_path(path, original))
        except ProjectError:
            return path  # missing: kept as it is, so the clip still shows which file

    media_kinds = {cls.kind for cls in MEDIA_CLIPS}  # clips whose "path" names a file
    for track in data["timeline"]["tracks"]:
        for clip in track["clips"]:
            if clip.get("kind") in media_kinds and clip.get("path"):
                clip["path"] = absolute(clip["path"])
    for scene in data["script"]["scenes"]:
        if scene.get("narration"):
            scene["narration"] = absolute(scene["narration"])
    return data


# -- find, load, discard ------------------------------------------------------------------


def find_recoveries(recovery_dir: Path, problems: list[str] | None = None) -> list[Recovery]:
    """The recoveries left behind by sessions that did not end cleanly, newest first.

    Folders of sessions still running (their lock is held) are left out. A folder that
    cannot be read is skipped, never raised: a sentence about it is appended to
    ``problems`` (when given) and logged.
    """
    recovery_dir = Path(recovery_dir)
    try:
        folders = sorted(p for p in recovery_dir.iterdir() if not p.name.startswith("."))
    except OSError:
        return []  # no recovery folder yet: nothing was left behind
    found = []
    for folder in folders:
        if not folder.is_dir() or _is_live(folder):
            continue
        try:
            found.append(_read_recovery(folder))
        except (ProjectError, OSError, ValueError, TypeError, KeyError) as error:
            sentence = tr(
                "The recovery copy in {folder} cannot be read ({error}); it was skipped. "
                "Delete that folder if you do not need it."
            ).format(folder=folder, error=error)
            log.warning("%s", sentence)
            if problems is not None:
                problems.append(sentence)
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def _read_recovery(folder: Path) -> Recovery:
    """The recovery in ``folder``, checked to hold a project that opens; raises on a bad one."""
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(tr("it has no {file}").format(file=META_FILE)) from None
    except json.JSONDecodeError as error:
        raise ValueError(
            tr("{file} is not valid JSON: {reason}").format(file=META_FILE, reason=error.msg)
        ) from None
    if not isinstance(meta, dict) or meta.get("format") != RECOVERY_FORMAT:
        raise ValueError(
            tr("{file} is not a recovery description this version reads").format(file=META_FILE)
        )
    original = meta.get("original")
    if original is not None and not isinstance(original, str):
        raise ValueError(tr("its original folder is not a path"))
    saved_at = datetime.fromisoformat(str(meta["saved_at"]))
    if saved_at.tzinfo is None:
        saved_at = saved_at.replace(tzinfo=timezone.utc)
    project = load_project(folder)  # also proves the copy opens before it is offered
    name = meta.get("name")
    return Recovery(
        folder=folder,
        original=Path(original) if original else None,
        saved_at=saved_at,
        name=name if isinstance(name, str) and name else project.name,
    )


def load_recovery(recovery: Recovery) -> Project:
    """The project a recovery holds; raises ProjectError with a sentence if it no longer opens."""
    return load_project(recovery.folder)


def discard_recovery(recovery: Recovery) -> None:
    """Delete a recovery folder (raises OSError when the disk refuses)."""
    shutil.rmtree(recovery.folder)


def _is_live(folder: Path) -> bool:
    """Whether a running session holds this folder's lock."""
    lock = folder / LOCK_FILE
    if fcntl is None or not lock.exists():
        return False
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


# -- the running session's recovery -------------------------------------------------------


class RecoverySession:
    """This session's recovery folder: written by autosave, locked while the session runs,
    discarded by a save or a clean quit."""

    def __init__(self, recovery_dir: Path, session: str | None = None) -> None:
        self.recovery_dir = Path(recovery_dir)
        # Each session object gets a folder of its own (two windows in one process too).
        self.session = session or f"{SESSION_ID}-{uuid.uuid4().hex[:4]}"
        self._lock_fd: int | None = None

    @property
    def folder(self) -> Path:
        return self.recovery_dir / self.session

    @property
    def exists(self) -> bool:
        return (self.folder / PROJECT_FILE).is_file()

    def write(self, project: Project, original: Path | None) -> Path:
        """Write (or replace) this session's recovery copy; raises OSError."""
        folder = write_recovery(project, original, self.recovery_dir, session=self.session)
        self._hold_lock()
        return folder

    def discard(self) -> None:
        """Remove this session's recovery copy, if any (failures are logged: a stale copy
        is only offered again, never harmful)."""
        # Removed while still locked, so another studio never sees it unlocked and offers it.
        if self.folder.exists():
            try:
                shutil.rmtree(self.folder)
            except OSError:
                log.warning("could not remove the recovery copy %s", self.folder, exc_info=True)
        self._release_lock()

    def _hold_lock(self) -> None:
        if fcntl is None or self._lock_fd is not None:
            return
        try:
            fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return  # without a lock another studio may offer it; still better than no copy
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._lock_fd)  # closing drops the flock
            self._lock_fd = None
