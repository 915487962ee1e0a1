"""The sample project a new creator sees first, copied out of resources/ to edit freely."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from aigc_studio.resources import sample_project_path
from aigc_studio.translation import tr


def projects_dir() -> Path:
    """Where the studio puts projects it creates on its own (the sample's copy)."""
    override = os.environ.get("AIGC_STUDIO_PROJECTS_DIR")
    if override:
        return Path(override)
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / "AIGC Studio"


def install_sample(parent: Path | None = None) -> Path:
    """A copy of the sample project under ``parent`` (projects_dir() by default).

    An existing copy is returned as it is: it may hold the creator's own edits. The copy is
    made beside its final name and renamed, so an interrupted copy never looks like a
    project.
    """
    parent = Path(parent) if parent is not None else projects_dir()
    source = sample_project_path()
    target = parent / source.name
    if target.exists():
        return target
    parent.mkdir(parents=True, exist_ok=True)
    partial = parent / f".{source.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(source, partial)
    _name_tracks_in_the_studios_language(partial / "project.json")
    os.replace(partial, target)
    return target


def _name_tracks_in_the_studios_language(project_file: Path) -> None:
    """The sample's two video tracks have names of their own ("Walks", "Background"),
    which the timeline shows as they are: the copy gets them in the studio's language.
    (The other tracks keep their kind's default name, which the timeline translates.)"""
    names = {"Walks": tr("Walks"), "Background": tr("Background")}
    if all(english == shown for english, shown in names.items()):
        return  # English: the shipped file is already right, byte for byte
    data = json.loads(project_file.read_text(encoding="utf-8"))
    for track in data["timeline"]["tracks"]:
        track["name"] = names.get(track["name"], track["name"])
    project_file.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
