"""A project as one .zip for sharing: export a folder, import a stranger's zip safely.

The zip holds one folder NAME.aigcproj/ with project.json and assets/. Export writes a
temp file beside the target and renames it, so a full disk or a cancel never leaves half
a zip under the final name. Import treats the zip as hostile data: every entry's name,
type and size is checked before a byte is written (no ``../``, no absolute or Windows
paths, no symlinks, no zip bombs), bytes are counted again while extracting (headers can
lie), everything lands in a temp folder inside the destination, and only a folder that
opens as a project is renamed into place, never over an existing one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from aigc_studio.progress import Reporter, SilentReporter, check_cancelled
from aigc_studio.project.check import outside_files
from aigc_studio.project.storage import (
    ASSETS_DIR,
    PROJECT_FILE,
    PROJECT_SUFFIX,
    ProjectError,
    load_project,
    project_folder_for,
)
from aigc_studio.translation import tr

_CHUNK = 1 << 20  # bytes copied per step: cancel and progress are checked this often
# Media that is already compressed: deflating it again costs time and saves nothing.
_STORED_SUFFIXES = frozenset(
    (".jpg", ".jpeg", ".png", ".webp", ".mp4", ".mov", ".webm", ".mkv", ".m4a", ".mp3")
    + (".ogg", ".flac", ".safetensors", ".zip")
)
_MAC_METADATA = "__MACOSX"  # a folder macOS Finder adds to zips; never extracted


@dataclass(frozen=True)
class ZipLimits:
    """What an imported zip may hold at most; more is refused as a likely zip bomb."""

    max_entries: int = 20_000  # files and folders in the zip
    max_total_bytes: int = 16 * 1024**3  # uncompressed bytes of all files together


@dataclass
class ExportSummary:
    """What export_project_zip wrote, and what it left out."""

    path: Path  # the finished zip
    files: int = 0  # files stored in it
    bytes: int = 0  # their uncompressed size
    skipped: list[str] = field(default_factory=list)  # sentences: what is not in it, and why


# -- export ------------------------------------------------------------------------------


def export_project_zip(
    project_folder: Path, out_zip: Path, reporter: Reporter | None = None
) -> Path:
    """Zip a project folder for sharing and return the zip's path; raises ProjectError.

    See export_project_zip_summary for what goes in; symlinks are left out.
    """
    return export_project_zip_summary(project_folder, out_zip, reporter).path


def export_project_zip_summary(
    project_folder: Path, out_zip: Path, reporter: Reporter | None = None
) -> ExportSummary:
    """Zip project.json and assets/** under one top folder NAME.aigcproj/.

    The folder must open as a project (load_project), so a broken project is never
    shared. Symlinks are not followed (one could point at any file on this computer);
    each one left out is named in the summary's ``skipped``, as is each media file the
    project takes from outside its folder (it cannot travel in the zip). The zip is
    written to a temp file beside ``out_zip`` and renamed when complete; on an error or
    Cancelled nothing is left under either name. Raises ProjectError, or Cancelled from
    the reporter.
    """
    reporter = reporter or SilentReporter()
    folder = Path(project_folder)
    project = load_project(folder)  # raises ProjectError with the reason it does not open
    out_zip = Path(out_zip)
    if out_zip.resolve().is_relative_to(folder.resolve()):
        raise ProjectError(
            tr(
                "Cannot write the zip inside the project folder {folder}; choose another place."
            ).format(folder=folder)
        )
    if not out_zip.parent.is_dir():
        raise ProjectError(
            tr("There is no folder {folder}; create it or choose another.").format(
                folder=out_zip.parent
            )
        )
    if out_zip.is_dir():
        raise ProjectError(
            tr("{path} is a folder; choose a file name ending in .zip.").format(path=out_zip)
        )
    top = project_folder_for(folder.name).name
    summary = ExportSummary(path=out_zip)
    summary.skipped += [
        tr(
            "{path} is outside the project folder, so it is not in the zip; save the project "
            "to copy it in, then export again."
        ).format(path=path)
        for path in outside_files(project, folder)
    ]
    files = _files_to_share(folder, summary.skipped)
    total = sum(path.stat().st_size for _, path in files) or 1
    fd, tmp = tempfile.mkstemp(prefix=f".{out_zip.name}-", suffix=".tmp", dir=out_zip.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
                for relative, path in files:
                    summary.bytes += _add_file(archive, path, f"{top}/{relative}", reporter, total)
                    summary.files += 1
                    reporter.progress(
                        min(summary.bytes / total, 0.99),
                        tr("Zipped {file}").format(file=relative),
                    )
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it owner-only; a shared zip is a normal file
        os.replace(tmp, out_zip)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            raise ProjectError(
                tr(
                    "Could not write {path} ({reason}); check there is free space and that "
                    "you may write there, or choose another place."
                ).format(path=out_zip, reason=reason)
            ) from error
        raise
    reporter.progress(
        1.0,
        tr("Exported {count} files to {name}").format(count=summary.files, name=out_zip.name),
    )
    return summary


def _files_to_share(folder: Path, skipped: list[str]) -> list[tuple[str, Path]]:
    """(path inside the project, file) for project.json and every plain file under assets/,
    sorted; symlinks and leftovers of interrupted writes are not shared."""
    if (folder / PROJECT_FILE).is_symlink():
        raise ProjectError(
            tr(
                "{path} is a symlink, so the project cannot be shared as it is; "
                "save the project again with Save As."
            ).format(path=folder / PROJECT_FILE)
        )
    files = [(PROJECT_FILE, folder / PROJECT_FILE)]
    assets = folder / ASSETS_DIR
    if assets.is_symlink():
        skipped.append(tr("{path} is a symlink, so it was left out.").format(path=ASSETS_DIR))
        return files
    for root, dirs, names in os.walk(assets, followlinks=False):
        root_path = Path(root)
        for name in sorted(dirs):
            if (root_path / name).is_symlink():
                skipped.append(
                    tr("{path} is a symlink to a folder, so it was left out.").format(
                        path=_relative(root_path / name, folder)
                    )
                )
        for name in sorted(names):
            path = root_path / name
            relative = _relative(path, folder)
            if path.is_symlink():
                skipped.append(tr("{path} is a symlink, so it was left out.").format(path=relative))
            elif name.startswith(".") and name.endswith(".tmp"):
                continue  # a half-written copy from an interrupted save, not project data
            elif path.is_file():
                files.append((relative, path))
            else:
                skipped.append(
                    tr("{path} is not a plain file, so it was left out.").format(path=relative)
                )
    return sorted(files)


def _relative(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()


def _add_file(
    archive: zipfile.ZipFile, path: Path, name: str, reporter: Reporter, total: int
) -> int:
    """Copy one file into the zip in chunks (cancel is checked between them); its size."""
    info = zipfile.ZipInfo.from_file(path, name, strict_timestamps=False)
    if path.suffix.lower() in _STORED_SUFFIXES:
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16  # a plain file, whatever it was here
    written = 0
    with path.open("rb") as source, archive.open(info, "w") as target:
        for chunk in iter(lambda: source.read(_CHUNK), b""):
            check_cancelled(reporter)
            target.write(chunk)
            written += len(chunk)
    return written


# -- import ------------------------------------------------------------------------------


def import_project_zip(
    zip_path: Path,
    dest_dir: Path,
    reporter: Reporter | None = None,
    limits: ZipLimits | None = None,
) -> Path:
    """Extract a shared project zip into ``dest_dir`` and return the new project folder.

    The zip must hold one folder with project.json at its top. An entry that would land
    outside that folder (``../``, an absolute or Windows path, a backslash), a symlink or
    other special file, an encrypted entry, more entries or bytes than ``limits`` allow,
    or a project.json that does not open refuses the whole zip with a ProjectError naming
    the entry. An existing folder is never overwritten: the copy is named "NAME (2)" and
    so on. Nothing is left in ``dest_dir`` on failure or Cancelled.
    """
    reporter = reporter or SilentReporter()
    limits = limits or ZipLimits()
    zip_path, dest_dir = Path(zip_path), Path(dest_dir)
    if not zip_path.is_file():
        raise ProjectError(tr("There is no file {path}; check the path.").format(path=zip_path))
    if not dest_dir.is_dir():
        raise ProjectError(
            tr("There is no folder {folder}; create it or choose another.").format(folder=dest_dir)
        )
    try:
        with zipfile.ZipFile(zip_path) as archive:
            top, entries = _checked_entries(archive, zip_path, limits)
            _check_free_space(dest_dir, entries)
            return _extract(archive, top, entries, dest_dir, reporter, limits)
    except zipfile.BadZipFile as error:
        raise ProjectError(
            tr("{name} is not a readable zip file ({error}); ask for it again.").format(
                name=zip_path.name, error=error
            )
        ) from error
    except OSError as error:
        raise ProjectError(
            tr(
                "Could not import {name} ({reason}); check there is "
                "free space in {folder} and that you may write there."
            ).format(name=zip_path.name, reason=error.strerror or error, folder=dest_dir)
        ) from error


def _checked_entries(
    archive: zipfile.ZipFile, zip_path: Path, limits: ZipLimits
) -> tuple[str, list[tuple[zipfile.ZipInfo, PurePosixPath]]]:
    """The top folder's name and each entry with its path inside that folder, once every
    entry has passed; ProjectError on the first that does not."""
    infos = [i for i in archive.infolist() if not i.filename.startswith(f"{_MAC_METADATA}/")]
    if len(infos) > limits.max_entries:
        raise ProjectError(
            tr(
                "{name} holds {count} entries, more than the {limit} "
                "a project may have; it was not imported."
            ).format(name=zip_path.name, count=len(infos), limit=limits.max_entries)
        )
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_total_bytes:
        raise ProjectError(
            tr(
                "{name} would unpack to {size} bytes, more than the limit of "
                "{limit}; it was not imported."
            ).format(name=zip_path.name, size=declared, limit=limits.max_total_bytes)
        )
    tops: set[str] = set()
    seen: set[str] = set()
    entries: list[tuple[zipfile.ZipInfo, PurePosixPath]] = []
    for info in infos:
        parts = _safe_parts(info)
        key = "/".join(parts).casefold()  # case-insensitive disks would merge these
        if key in seen:
            raise ProjectError(
                tr("The zip entry {entry!r} appears twice; the zip was not imported.").format(
                    entry=info.filename
                )
            )
        seen.add(key)
        tops.add(parts[0])
        if len(parts) > 1:
            entries.append((info, PurePosixPath(*parts[1:])))
    if len(tops) != 1:
        raise ProjectError(
            tr(
                "{name} does not hold exactly one project folder (it holds "
                "{count} top-level entries); export the project from AIGC Studio again."
            ).format(name=zip_path.name, count=len(tops))
        )
    top = tops.pop()
    json_entries = [info for info, inside in entries if inside == PurePosixPath(PROJECT_FILE)]
    if len(json_entries) != 1 or json_entries[0].is_dir():
        raise ProjectError(
            tr(
                "{name} has no {file} in its folder {folder}, so it is not an AIGC Studio project."
            ).format(name=zip_path.name, file=PROJECT_FILE, folder=top)
        )
    return top, entries


def _safe_parts(info: zipfile.ZipInfo) -> list[str]:
    """The entry's path as parts; ProjectError when it could escape the folder or is not
    a plain file or folder."""
    name = info.filename
    quoted = repr(name)
    if name.startswith("/") or PureWindowsPath(name).anchor:
        raise ProjectError(
            tr("The zip entry {entry} has an absolute path; the zip was not imported.").format(
                entry=quoted
            )
        )
    if "\\" in name or "\0" in name:
        raise ProjectError(
            tr(
                "The zip entry {entry} has a backslash or odd character in its path; "
                "the zip was not imported."
            ).format(entry=quoted)
        )
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ProjectError(
            tr("The zip entry {entry} points outside its folder; the zip was not imported.").format(
                entry=quoted
            )
        )
    if any(":" in part for part in parts):  # a Windows drive or alternate data stream
        raise ProjectError(
            tr("The zip entry {entry} has a ':' in its path; the zip was not imported.").format(
                entry=quoted
            )
        )
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK:
        raise ProjectError(
            tr("The zip entry {entry} is a symlink; the zip was not imported.").format(entry=quoted)
        )
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise ProjectError(
            tr(
                "The zip entry {entry} is not a plain file or folder; the zip was not imported."
            ).format(entry=quoted)
        )
    if info.flag_bits & 0x1:
        raise ProjectError(
            tr("The zip entry {entry} is encrypted; ask for a zip without a password.").format(
                entry=quoted
            )
        )
    return parts


def _check_free_space(dest_dir: Path, entries: list[tuple[zipfile.ZipInfo, PurePosixPath]]) -> None:
    needed = sum(info.file_size for info, _ in entries)
    free = shutil.disk_usage(dest_dir).free
    if needed > free:
        raise ProjectError(
            tr(
                "The project needs {needed} MB but {folder} has only "
                "{free} MB free; free some space or choose another folder."
            ).format(needed=needed // 1024**2 + 1, folder=dest_dir, free=free // 1024**2)
        )


def _extract(
    archive: zipfile.ZipFile,
    top: str,
    entries: list[tuple[zipfile.ZipInfo, PurePosixPath]],
    dest_dir: Path,
    reporter: Reporter,
    limits: ZipLimits,
) -> Path:
    """Unpack into a temp folder in ``dest_dir``, check it opens, rename it into place."""
    total = sum(info.file_size for info, _ in entries) or 1
    temp = Path(tempfile.mkdtemp(prefix=".import-", suffix=".tmp", dir=dest_dir))
    try:
        written = 0
        for info, inside in entries:
            target = temp / inside
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            budget = limits.max_total_bytes - written
            written += _copy_entry(archive, info, target, budget, reporter)
            reporter.progress(min(written / total, 0.99), tr("Unpacked {file}").format(file=inside))
        load_project(temp)  # a project that does not open is not imported
        os.chmod(temp, 0o755)  # mkdtemp makes it owner-only; a project folder is not
        final = _free_name(dest_dir, project_folder_for(top).name)
        os.rename(temp, final)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    reporter.progress(1.0, tr("Imported {name}").format(name=final.name))
    return final


def _copy_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, budget: int, reporter: Reporter
) -> int:
    """Write one entry to a new file and return its size; ProjectError when it unpacks to
    more than its header declares or than ``budget`` bytes, or does not decode."""
    written = 0
    try:
        with archive.open(info) as source, target.open("xb") as out:
            for chunk in iter(lambda: source.read(_CHUNK), b""):
                check_cancelled(reporter)
                written += len(chunk)
                # zipfile stops at the declared size too; headers lie, so count anyway
                if written > info.file_size or written > budget:
                    raise ProjectError(
                        tr(
                            "The zip entry {entry!r} unpacks to more data than it "
                            "declares or the import allows; the zip was not imported."
                        ).format(entry=info.filename)
                    )
                out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise ProjectError(
            tr("The zip entry {entry!r} is damaged ({error}); the zip was not imported.").format(
                entry=info.filename, error=error
            )
        ) from error
    except (NotImplementedError, RuntimeError) as error:  # unknown compression, password
        raise ProjectError(
            tr(
                "The zip entry {entry!r} cannot be unpacked ({error}); the zip was not imported."
            ).format(entry=info.filename, error=error)
        ) from error
    return written


def _free_name(dest_dir: Path, name: str) -> Path:
    """``dest_dir/name``, or "NAME (2).aigcproj", "NAME (3)…" when that exists."""
    stem, suffix = name[: -len(PROJECT_SUFFIX)], name[-len(PROJECT_SUFFIX) :]
    candidate, number = dest_dir / name, 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = dest_dir / f"{stem} ({number}){suffix}"
    return candidate
