"""The sample project a new creator sees first, copied out of resources/ to edit freely."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from aigc_studio.resources import sample_project_path


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
    os.replace(partial, target)
    return target
