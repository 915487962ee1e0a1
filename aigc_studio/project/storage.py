"""The project folder on disk: NAME.aigcproj/ with project.json and assets/.

project.json is written atomically (temp file in the same folder, fsync, rename), so a
crash or power cut during a save leaves the previous save readable. Model files a clip
uses from elsewhere on disk are copied into assets/models/ under a content-hashed name,
so a project folder is self-contained and can be moved or shared; imported media (images,
videos, sounds) and the scenes' narration are copied into assets/media/ the same way.
Everything read from a project is data: relative paths in it are only followed when they
stay inside the folder.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import json
import math
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, BinaryIO

import numpy as np

from aigc_studio.project.migrations import SchemaError, migrate
from aigc_studio.project.model import (
    BUILTIN_MODEL_PREFIX,
    SCHEMA_VERSION,
    AudioClip,
    ImageClip,
    LatentWalkClip,
    Project,
    VideoFileClip,
)
from aigc_studio.resources import builtin_model_path
from aigc_studio.translation import tr

PROJECT_SUFFIX = ".aigcproj"
PROJECT_FILE = "project.json"
ASSETS_DIR = "assets"
MODELS_DIR = "assets/models"  # where external models are copied, relative to the folder
MEDIA_DIR = "assets/media"  # where imported images, videos and sounds are copied
MEDIA_CLIPS = (ImageClip, VideoFileClip, AudioClip)  # clips whose ``path`` names a file
_HASH_CHARS = 10  # hex digits of sha256 in a copied file's name: enough to never collide
_STEM_CHARS = 80  # longest original name kept in a copy's name (file names have limits)
MAX_PROJECT_BYTES = 64 << 20  # biggest project.json opened: a long short's is ~1 MB
MAX_JSON_DEPTH = 64  # deepest nesting opened: a project nests 8 levels; far deeper is an
# attack on the parser (Python's recursion), not a project
_TEMP_SUFFIX = ".tmp"  # a save's temp file is .NAME-<random>.tmp beside NAME
# errno values that mean the disk (or the user's quota on it) is full
_DISK_FULL = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)


class ProjectError(ValueError):
    """A project cannot be saved, opened or resolved; the message is for the user."""


def project_folder_for(folder: Path | str) -> Path:
    """The folder with the .aigcproj suffix appended when it is missing."""
    folder = Path(folder)
    if folder.suffix.lower() != PROJECT_SUFFIX:
        folder = folder.with_name(folder.name + PROJECT_SUFFIX)
    return folder


# -- save -------------------------------------------------------------------------------


def save_project(
    project: Project, folder: Path | str, *, source_folder: Path | str | None = None
) -> Path:
    """Write the project into its folder and return the folder.

    Clips that use a model or a media file (image, video, sound) from outside the project
    get a copy in assets/models/ or assets/media/ and, once the save succeeded, their
    ``model`` or ``path`` is rewritten in ``project`` to the relative path, so the project
    in memory matches the file. A file that is missing keeps its absolute path (the clip
    shows it missing until relinked). ``source_folder`` is the folder the project was
    opened from: on Save As, files it holds are copied along. A scene's narration file is
    stored the same way (its clip on the narration track names the same copy; on load a
    relative narration resolves with resolve_media_path). Raises ProjectError.
    """
    folder = project_folder_for(folder)
    if folder.exists() and not folder.is_dir():
        raise ProjectError(
            tr("Cannot save to {folder}: a file has that name; choose another name.").format(
                folder=folder
            )
        )
    try:
        (folder / ASSETS_DIR).mkdir(parents=True, exist_ok=True)
        models = {
            clip.model: _store_model(clip.model, folder, source_folder)
            for clip in _clips_of(project, LatentWalkClip)
        }
        media = {
            path: _store_media(path, folder, source_folder)
            for path in [clip.path for clip in _clips_of(project, MEDIA_CLIPS)]
            + _narrations_of(project)
        }
        data = project.to_dict()
        for scene in data["script"]["scenes"]:
            if scene.get("narration"):
                scene["narration"] = media.get(scene["narration"], scene["narration"])
        for track in data["timeline"]["tracks"]:
            for clip in track["clips"]:
                if "model" in clip:
                    clip["model"] = models.get(clip["model"], clip["model"])
                if "path" in clip:
                    clip["path"] = media.get(clip["path"], clip["path"])
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        atomic_write_text(folder / PROJECT_FILE, text)
    except OSError as error:
        if error.errno in _DISK_FULL:
            raise ProjectError(
                tr(
                    "Not enough disk space to save the project to {folder}; "
                    "free some space and save again."
                ).format(folder=folder)
            ) from error
        reason = error.strerror or str(error)
        raise ProjectError(
            tr(
                "Could not save the project to {folder} ({reason}); check there is free space "
                "and that you may write there, or choose another folder."
            ).format(folder=folder, reason=reason)
        ) from error
    for clip in _clips_of(project, LatentWalkClip):
        clip.model = models.get(clip.model, clip.model)
    for clip in _clips_of(project, MEDIA_CLIPS):
        clip.path = media.get(clip.path, clip.path)
    for scene in project.script.scenes:
        scene.narration = media.get(scene.narration, scene.narration)
    return folder


def _narrations_of(project: Project) -> list[str]:
    """The narration files the script's scenes name (stored like a clip's media, so a
    scene and its narration clip end up naming the same copy)."""
    return [scene.narration for scene in project.script.scenes if scene.narration]


def _clips_of(project: Project, kinds: type | tuple[type, ...]) -> list[Any]:
    return [clip for clip in project.timeline.clips() if isinstance(clip, kinds)]


def _store_model(ref: str, folder: Path, source_folder: Path | str | None) -> str:
    """The ref to save for a clip's model, copying the model into the folder if needed."""
    if ref.startswith(BUILTIN_MODEL_PREFIX):
        return ref
    path = Path(ref)
    if path.is_absolute():
        if not (path.is_file() and path.suffix.lower() == ".safetensors"):
            return ref  # kept so the user sees which model is missing; resolving it fails
        return _store_outside_file(path, folder, MODELS_DIR)
    if source_folder is not None:
        _bring_along(ref, folder, source_folder, resolve_model_ref)
    return ref


def _store_media(path_text: str, folder: Path, source_folder: Path | str | None) -> str:
    """The path to save for a clip's media file, copying the file into the folder if needed."""
    if _is_absolute(path_text):
        path = Path(path_text)
        if not path.is_file():
            return path_text  # kept so the clip shows which file is missing
        return _store_outside_file(path, folder, MEDIA_DIR)
    if source_folder is not None:
        _bring_along(path_text, folder, source_folder, resolve_media_path)
    return path_text


def _store_outside_file(path: Path, folder: Path, target_dir: str) -> str:
    """A file named by an absolute path, as a path relative to ``folder``: the file itself
    when it already lies inside, else a copy under ``target_dir`` whose name carries the
    content's hash (the same file always gets the same name, so it is copied once)."""
    inside = _relative_inside(path, folder)
    if inside is not None:
        return inside
    digest = file_sha256(path)[:_HASH_CHARS]
    # A file that is already a saved copy (relinked from another project's assets) keeps
    # its name rather than growing a second hash.
    stem = path.stem.removesuffix(f"-{digest}")
    relative = f"{target_dir}/{stem[:_STEM_CHARS]}-{digest}{path.suffix}"
    _copy_atomic(path, folder / relative)
    return relative


def _relative_inside(path: Path, folder: Path) -> str | None:
    """``path`` relative to ``folder`` (as saved) if, symlinks followed, it lies inside."""
    resolved, root = path.resolve(), folder.resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else None


def _bring_along(
    ref: str, folder: Path, source_folder: Path | str, resolve: Callable[[str, Path], Path]
) -> None:
    """Save As: a file the old folder holds is copied to the same place in the new one."""
    if Path(source_folder).resolve() == folder.resolve():
        return
    with contextlib.suppress(ProjectError):  # a missing file stays missing, not fatal
        source = resolve(ref, Path(source_folder))
        _copy_atomic(source, folder / PurePosixPath(ref.replace("\\", "/")))


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB pieces (media and models can be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_atomic(source: Path, target: Path) -> None:
    """Copy so that a half-written model never sits under the final (trusted) name."""
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return  # the name carries the content hash, so the same name means the same file
    target.parent.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as src:
        _atomic_replace(target, lambda out: shutil.copyfileobj(src, out, 1 << 20))


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so readers see the old or the new file, never half."""
    data = text.encode("utf-8")
    _atomic_replace(path, lambda out: out.write(data))


def _atomic_replace(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a temp file beside ``path`` with ``write``, flush and fsync it, then rename it
    over ``path``: a crash leaves the old file or the new one, never half of either."""
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=_TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)  # mkstemp makes it owner-only; keep what the file had
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}-"


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files an earlier save of ``path`` left when it was killed mid-write, so
    they never pile up (load ignores them: it only reads the final name). Should another
    save of the same file run at this very moment, it loses its temp file and fails with
    an error; the file under the final name is never damaged either way."""
    for stale in path.parent.glob(f"{glob.escape(_temp_prefix(path))}*{_TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            stale.unlink()


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; not possible on Windows, where we skip it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- load -------------------------------------------------------------------------------


def load_project(folder: Path | str) -> Project:
    """Read and check a project folder (or its project.json); raises ProjectError."""
    folder = Path(folder)
    if folder.name == PROJECT_FILE and folder.is_file():
        folder = folder.parent
    if not folder.exists():
        raise ProjectError(
            tr("There is no project at {folder}; check the path and try again.").format(
                folder=folder
            )
        )
    if not folder.is_dir():
        raise ProjectError(
            tr("{folder} is not a project folder; open a folder named NAME{suffix}.").format(
                folder=folder, suffix=PROJECT_SUFFIX
            )
        )
    json_path = folder / PROJECT_FILE
    if not json_path.is_file():
        raise ProjectError(
            tr(
                "{folder} has no {file}, so it is not an AIGC Studio project; "
                "open a folder named NAME{suffix}."
            ).format(folder=folder, file=PROJECT_FILE, suffix=PROJECT_SUFFIX)
        )
    raw = _read_capped(json_path)
    data = _parse_json(raw, json_path)
    if not isinstance(data, dict):
        raise ProjectError(
            tr("{path} does not hold a project; restore it from a backup.").format(path=json_path)
        )
    try:
        data = migrate(data)
    except SchemaError as error:
        if error.newer is not None:
            raise ProjectError(
                tr(
                    "This project was saved by a newer AIGC Studio (file format {version}, "
                    "this version reads up to {latest}); update AIGC Studio to open it."
                ).format(version=error.newer, latest=SCHEMA_VERSION)
            ) from error
        raise ProjectError(
            tr("{path} cannot be opened: {error}; restore the project from a backup.").format(
                path=json_path, error=error
            )
        ) from error
    try:
        project = Project.from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        detail = (
            tr("missing field {field!r}").format(field=error.args[0])
            if isinstance(error, KeyError)
            else error
        )
        raise ProjectError(
            tr(
                "{path} has a bad value ({detail}); fix it or restore the project from a backup."
            ).format(path=json_path, detail=detail)
        ) from error
    _check_clip_ids(project, json_path)
    for track in project.timeline.tracks:
        track.clips.sort(key=lambda clip: clip.start)  # stable: equal starts keep file order
    return project


def _read_capped(json_path: Path) -> bytes:
    """project.json's bytes, refusing a file too large to be a project before reading it."""
    try:
        with json_path.open("rb") as handle:
            raw = handle.read(MAX_PROJECT_BYTES + 1)
    except OSError as error:
        raise ProjectError(
            tr("Could not read {path} ({reason}); check its permissions.").format(
                path=json_path, reason=error.strerror or error
            )
        ) from error
    if len(raw) > MAX_PROJECT_BYTES:
        raise ProjectError(
            tr(
                "{path} is larger than {limit} MB, far more than any "
                "project needs, so it was not opened; restore it from a backup."
            ).format(path=json_path, limit=MAX_PROJECT_BYTES >> 20)
        )
    return raw


def _nesting_depth(raw: bytes, chunk: int = 1 << 22) -> int:
    """How deeply arrays and objects nest in ``raw``, brackets inside strings not counted.

    Checked before parsing, in linear time with numpy over chunks of the bytes (no Python
    loop per byte, no regex that a run of quotes and backslashes could make quadratic). A
    quote is a string's edge unless an odd number of backslashes precedes it.
    """
    data = np.frombuffer(raw, dtype=np.uint8)
    backslashes = 0  # length of the run of backslashes that ended the previous chunk
    inside = 0  # 1 while the previous chunk ended inside a string
    depth = deepest = 0
    for begin in range(0, len(data), chunk):
        part = data[begin : begin + chunk]
        index = np.arange(len(part), dtype=np.int64)
        is_backslash = part == ord("\\")
        last_other = np.maximum.accumulate(np.where(is_backslash, -1 - backslashes, index))
        run = index - last_other  # backslashes ending at each byte (0 on other bytes)
        run_before = np.concatenate(([backslashes], run[:-1]))
        edges = (part == ord('"')) & (run_before % 2 == 0)
        in_string = (inside + np.cumsum(edges)) % 2 == 1
        opens = ((part == ord("[")) | (part == ord("{"))) & ~in_string
        closes = ((part == ord("]")) | (part == ord("}"))) & ~in_string
        levels = depth + np.cumsum(opens.astype(np.int64) - closes.astype(np.int64))
        deepest = max(deepest, int(levels.max()))
        depth, inside, backslashes = int(levels[-1]), int(in_string[-1]), int(run[-1])
    return deepest


def _parse_json(raw: bytes, json_path: Path) -> Any:
    def finite(text: str) -> float:
        number = float(text)
        if not math.isfinite(number):
            raise ValueError(tr("number {number} is too large").format(number=text))
        return number

    def reject_constant(name: str) -> float:
        raise ValueError(tr("{name} is not a valid number").format(name=name))

    if _nesting_depth(raw) > MAX_JSON_DEPTH:
        raise ProjectError(
            tr(
                "{path} nests its data more than {depth} levels deep, so AIGC "
                "Studio did not write it; restore the project from a backup."
            ).format(path=json_path, depth=MAX_JSON_DEPTH)
        )
    try:
        return json.loads(raw.decode("utf-8"), parse_float=finite, parse_constant=reject_constant)
    except json.JSONDecodeError as error:
        raise ProjectError(
            tr(
                "{path} is not valid JSON (line {line}, column {column}); "
                "restore it from a backup or fix it in a text editor."
            ).format(path=json_path, line=error.lineno, column=error.colno)
        ) from error
    except UnicodeDecodeError as error:
        raise ProjectError(
            tr(
                "{path} is not a readable project file (byte {byte} is not UTF-8 "
                "text); restore it from a backup."
            ).format(path=json_path, byte=error.start)
        ) from error
    except (ValueError, RecursionError) as error:
        raise ProjectError(
            tr("{path} is not a readable project file ({error}); restore it from a backup.").format(
                path=json_path, error=error
            )
        ) from error


def _check_clip_ids(project: Project, json_path: Path) -> None:
    seen: set[str] = set()
    for track in project.timeline.tracks:
        for clip in track.clips:
            if clip.id in seen:
                raise ProjectError(
                    tr(
                        "{path} has two clips with the id {clip_id!r}; "
                        "remove or rename one of them."
                    ).format(path=json_path, clip_id=clip.id)
                )
            seen.add(clip.id)


# -- model references -------------------------------------------------------------------


def resolve_model_ref(ref: str, project_folder: Path | str) -> Path:
    """The model file a clip's ``model`` names; raises ProjectError if unsafe or missing.

    "builtin:NAME" is a model shipped with the app. Anything else must be a relative path
    that stays inside the project folder, also after following symlinks.
    """
    if ref.startswith(BUILTIN_MODEL_PREFIX):
        name = ref[len(BUILTIN_MODEL_PREFIX) :]
        try:
            path = builtin_model_path(name)
        except ValueError as error:
            raise ProjectError(
                tr("{ref!r} does not name a built-in model; pick the clip's model again.").format(
                    ref=ref
                )
            ) from error
        if not path.is_file():
            raise ProjectError(
                tr(
                    "The built-in model {name!r} is not installed; "
                    "reinstall AIGC Studio or pick another model."
                ).format(name=name)
            )
        return path
    if not ref.replace("\\", "/").strip():
        raise ProjectError(tr("A clip has no model; pick a model for it."))
    outside = ProjectError(
        tr(
            "The model path {ref!r} points outside the project folder; "
            "pick the model again so it is copied into the project."
        ).format(ref=ref)
    )
    path = _inside_folder(ref, project_folder, outside)
    if not path.is_file():
        raise ProjectError(
            tr(
                "The model file {ref} is missing from the project folder; pick the model again."
            ).format(ref=ref)
        )
    if path.suffix.lower() != ".safetensors":
        raise ProjectError(
            tr("{ref} is not a .safetensors model; pick a model file.").format(ref=ref)
        )
    return path


def _inside_folder(ref: str, project_folder: Path | str, outside: ProjectError) -> Path:
    """The file a relative path in a project names; raises ``outside`` when the path is
    absolute or leads out of the folder, also by way of a symlink."""
    relative = PurePosixPath(ref.replace("\\", "/"))
    if relative.is_absolute() or PureWindowsPath(ref).drive or ".." in relative.parts:
        raise outside
    folder = Path(project_folder).resolve()
    path = (folder / relative).resolve()  # follows symlinks, so one pointing out is caught
    if not path.is_relative_to(folder):
        raise outside
    return path


def _is_absolute(path: str) -> bool:
    """Absolute here or on Windows (a project made there names C:\\... or \\\\server\\...)."""
    return Path(path).is_absolute() or bool(PureWindowsPath(path).anchor)


# -- media files --------------------------------------------------------------------------


def resolve_media_path(path: str, project_folder: Path | str | None) -> Path:
    """The file a media clip's ``path`` names; raises ProjectError if unsafe or missing.

    An absolute path (media imported before the project was saved, or left outside because
    it was missing at save time) is used as it is. A relative path must stay inside the
    project folder, also after following symlinks; without a folder (a project never
    saved) it cannot be found.
    """
    if not isinstance(path, str) or not path.strip():
        raise ProjectError(tr("A clip has no media file; relink it to a file."))
    missing = ProjectError(
        tr("The media file {path} is missing; relink the clip to the file where it is now.").format(
            path=path
        )
    )
    if _is_absolute(path):
        if not Path(path).is_file():
            raise missing
        return Path(path)
    if project_folder is None:
        raise ProjectError(
            tr(
                "The media file {path} belongs to a project folder, but this project has none; "
                "open the project from its folder or relink the clip."
            ).format(path=path)
        )
    outside = ProjectError(
        tr(
            "The media path {path!r} points outside the project folder; "
            "relink the clip to its file so it is copied into the project."
        ).format(path=path)
    )
    resolved = _inside_folder(path, project_folder, outside)
    if not resolved.is_file():
        raise missing
    return resolved
