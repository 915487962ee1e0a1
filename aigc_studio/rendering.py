"""Resolve a clip's model reference to a loaded generator, once per model file.

The media renderer asks ``renderer_for(model_ref)`` for a function from latents to images;
this cache answers it with the gan package, so media never imports torch and a model
used by many clips is loaded only once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.project.model import BUILTIN_MODEL_PREFIX
from aigc_studio.resources import builtin_model_path

LatentRenderer = Callable[[np.ndarray], np.ndarray]


class ModelCache:
    def __init__(self, project_folder: str | Path | None = None, device: str = "cpu") -> None:
        self.project_folder = Path(project_folder) if project_folder else None
        self.device = device
        self._generators: dict[Path, FaceGenerator] = {}

    def path_for(self, model_ref: str) -> Path:
        if model_ref.startswith(BUILTIN_MODEL_PREFIX):
            return builtin_model_path(model_ref[len(BUILTIN_MODEL_PREFIX) :])
        if self.project_folder is not None:
            from aigc_studio.project.storage import resolve_model_ref

            return resolve_model_ref(model_ref, self.project_folder)
        return Path(model_ref)

    def generator_for(self, model_ref: str) -> FaceGenerator:
        path = self.path_for(model_ref).resolve()
        if path not in self._generators:
            self._generators[path] = FaceGenerator(path, self.device)
        return self._generators[path]

    def renderer_for(self, model_ref: str) -> LatentRenderer:
        return self.generator_for(model_ref).render
