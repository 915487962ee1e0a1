"""Favourite faces kept from the explorer: a PNG of the face plus its latent as JSON.

Each favourite is two files with one stem, NAME.png and NAME.json, in a gallery folder the
caller chooses. The JSON holds everything needed to get the face back: the latent that was
rendered (truncation already applied), the untruncated latent, psi, the seed it started
from, the classes of a conditional model and which model drew it. Qt-free, torch-free.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image

from aigc_studio.translation import tr

log = logging.getLogger(__name__)

FAVOURITE_VERSION = 1


@dataclass(frozen=True)
class Favourite:
    """One saved face."""

    latent: np.ndarray  # (nz,) float32 the generator was given: re-renders the same face
    base_latent: np.ndarray  # (nz,) float32 before truncation (what the sliders show)
    psi: float  # truncation: latent == psi * base_latent
    seed: int  # the seed the face started from (before slider moves, blends, mutations)
    labels: tuple[int, ...]  # class of each label of a conditional model; () otherwise
    model: str  # the model reference, as clips store it (builtin:NAME or a path)
    model_sha256: str  # content hash of the model file, so a moved model still matches
    created: str  # local time it was saved, ISO 8601
    image_path: Path  # NAME.png, the face at the model's resolution

    @property
    def json_path(self) -> Path:
        return self.image_path.with_suffix(".json")


def save_favourite(
    folder: str | Path,
    image: np.ndarray,
    base_latent: np.ndarray,
    psi: float,
    seed: int,
    labels: tuple[int, ...],
    model: str,
    model_sha256: str,
) -> Favourite:
    """Write NAME.png and NAME.json into ``folder`` (created if needed); OSError on failure."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    stem = f"face-{now:%Y%m%d-%H%M%S}-{seed}"
    number = 1
    while (folder / f"{stem}.png").exists() or (folder / f"{stem}.json").exists():
        number += 1
        stem = f"face-{now:%Y%m%d-%H%M%S}-{seed}-{number}"
    base = np.asarray(base_latent, dtype=np.float32).reshape(-1)
    favourite = Favourite(
        latent=(np.float32(psi) * base).astype(np.float32),
        base_latent=base.copy(),
        psi=float(psi),
        seed=int(seed),
        labels=tuple(int(c) for c in labels),
        model=model,
        model_sha256=model_sha256,
        created=now.isoformat(timespec="seconds"),
        image_path=folder / f"{stem}.png",
    )
    Image.fromarray(np.ascontiguousarray(image, dtype=np.uint8)).save(favourite.image_path)
    data = {
        "version": FAVOURITE_VERSION,
        "image": favourite.image_path.name,
        # float32 -> Python float is exact, so the latent read back is bit-identical.
        "latent": [float(v) for v in favourite.latent],
        "base_latent": [float(v) for v in favourite.base_latent],
        "psi": favourite.psi,
        "seed": favourite.seed,
        "labels": list(favourite.labels),
        "model": model,
        "model_sha256": model_sha256,
        "created": favourite.created,
    }
    temp = favourite.json_path.with_name(favourite.json_path.name + ".tmp")
    temp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(temp, favourite.json_path)
    return favourite


def read_favourite(json_path: str | Path) -> Favourite:
    """One favourite from its JSON file; ValueError (or OSError) when it is not one."""
    json_path = Path(json_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("version") != FAVOURITE_VERSION:
        raise ValueError(
            tr("{name} is not a favourite of this version").format(name=json_path.name)
        )
    try:
        latent = np.asarray(data["latent"], dtype=np.float32)
        base = np.asarray(data.get("base_latent", data["latent"]), dtype=np.float32)
        labels = tuple(int(c) for c in data.get("labels", []))
        psi = float(data.get("psi", 1.0))
        seed = int(data.get("seed", 0))
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(
            tr("{name} is malformed: {error}").format(name=json_path.name, error=error)
        ) from error
    if latent.ndim != 1 or latent.shape != base.shape or not np.isfinite(latent).all():
        raise ValueError(tr("{name} holds no usable latent").format(name=json_path.name))
    return Favourite(
        latent=latent,
        base_latent=base,
        psi=psi,
        seed=seed,
        labels=labels,
        model=str(data.get("model", "")),
        model_sha256=str(data.get("model_sha256", "")),
        created=str(data.get("created", "")),
        # Only the file beside the JSON: a path inside the file never leads elsewhere.
        image_path=json_path.with_suffix(".png"),
    )


def list_favourites(folder: str | Path, model_sha256: str | None = None) -> list[Favourite]:
    """The folder's favourites, oldest first; only this model's when a hash is given.
    Unreadable files are skipped (and logged): a gallery never fails to open."""
    folder = Path(folder)
    favourites = []
    for json_path in sorted(folder.glob("*.json")):
        try:
            favourite = read_favourite(json_path)
        except (OSError, ValueError):
            log.warning("skipping unreadable favourite %s", json_path, exc_info=True)
            continue
        if model_sha256 is None or favourite.model_sha256 == model_sha256:
            favourites.append(favourite)
    favourites.sort(key=lambda f: (f.created, f.image_path.name))
    return favourites


def delete_favourite(favourite: Favourite) -> None:
    """Remove both files of a favourite (whichever exist)."""
    for path in (favourite.json_path, favourite.image_path):
        path.unlink(missing_ok=True)
