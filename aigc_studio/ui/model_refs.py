"""How a timeline clip names its model, and back: shared by Explore and the walk editor.

Both directions are plain path logic (no Qt, no torch), so the explorer can find a clip's
model file without loading the renderer's module, which imports torch.
"""

from __future__ import annotations

from pathlib import Path

from aigc_studio.project.model import BUILTIN_MODEL_PREFIX
from aigc_studio.project.storage import resolve_model_ref
from aigc_studio.resources import builtin_model_path, resources_dir


def model_ref_for(path: Path) -> str:
    """A shipped model is referred to by name, any other by its absolute path."""
    path = path.resolve()
    if path.parent == (resources_dir() / "models").resolve():
        return BUILTIN_MODEL_PREFIX + path.stem
    return str(path)


def model_path_for(model_ref: str, project_folder: Path | None) -> Path:
    """The model file a clip names, found as the export finds it (rendering.ModelCache):
    a shipped model by name, else inside the saved project's folder, else the path itself.
    Raises ProjectError (or ValueError for a bad built-in name) when it cannot be used."""
    if model_ref.startswith(BUILTIN_MODEL_PREFIX):
        return builtin_model_path(model_ref[len(BUILTIN_MODEL_PREFIX) :])
    if project_folder is not None:
        return resolve_model_ref(model_ref, project_folder)
    return Path(model_ref)
