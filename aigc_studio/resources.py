"""Where shipped assets live: resources/ beside the package, or inside a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from aigc_studio.translation import tr

DEFAULT_MODEL_NAME = "default-faces-64"


def resources_dir() -> Path:
    override = os.environ.get("AIGC_STUDIO_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data here
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def builtin_model_path(name: str = DEFAULT_MODEL_NAME) -> Path:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(tr("not a built-in model name: {name!r}").format(name=name))
    return resources_dir() / "models" / f"{name}.safetensors"


def default_model_path() -> Path:
    return builtin_model_path(DEFAULT_MODEL_NAME)


def examples_dir() -> Path:
    return resources_dir() / "examples"


SAMPLE_PROJECT_NAME = "sample-short.aigcproj"


def sample_project_path() -> Path:
    """The shipped sample project (read-only: the studio opens a copy of it)."""
    return examples_dir() / SAMPLE_PROJECT_NAME


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    """The studio's own icons (SVG, drawn for this project)."""
    return resources_dir() / "icons"


def music_dir() -> Path:
    """Music loops synthesised for this project (quick shorts' music bed)."""
    return resources_dir() / "music"
