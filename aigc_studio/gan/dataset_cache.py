"""Decode a folder once: the images are cached as one uint8 tensor file next to the run.

A resumed run, or a new run on the same folder and size, reads that file in a fraction
of a second instead of decoding every JPEG again. The cache is keyed by a fingerprint of
the folder (names, sizes and modification times) and the resolution, so changing,
adding or removing an image rebuilds it; it is a plain safetensors file, never pickle.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np
from safetensors import SafetensorError, safe_open
from safetensors.numpy import save_file

from aigc_studio.gan.dataset import ImageFolder, list_image_files, load_image_folder
from aigc_studio.progress import Reporter, SilentReporter
from aigc_studio.translation import tr

DATASET_CACHE_FILE = "dataset-cache.safetensors"
CACHE_VERSION = 1  # bump when decoding changes, so old caches are rebuilt


def folder_fingerprint(folder: Path, resolution: int) -> str:
    digest = hashlib.sha256(f"v{CACHE_VERSION}|{resolution}".encode())
    for path in list_image_files(folder):
        stat = path.stat()
        digest.update(f"|{path.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def read_cache(cache_path: Path, folder: Path, fingerprint: str) -> ImageFolder | None:
    """The cached images, or None when the cache is missing, stale or unreadable."""
    if not cache_path.is_file():
        return None
    try:
        with safe_open(str(cache_path), framework="np") as handle:
            metadata = handle.metadata() or {}
            if metadata.get("fingerprint") != fingerprint:
                return None
            images = handle.get_tensor("images")
        names = json.loads(metadata["files"])
        skipped = [(folder / name, reason) for name, reason in json.loads(metadata["skipped"])]
    except (OSError, ValueError, KeyError, SafetensorError):  # damaged: rebuild, never trust
        return None
    if len(names) != len(images):
        return None
    return ImageFolder(images=images, paths=[folder / n for n in names], skipped=skipped)


def write_cache(cache_path: Path, data: ImageFolder, fingerprint: str) -> None:
    cache_path.parent.mkdir(parents=True, exist_ok=True)
    temp = cache_path.with_name(f".{cache_path.name}.tmp")
    metadata = {
        "fingerprint": fingerprint,
        "files": json.dumps([p.name for p in data.paths], ensure_ascii=False),
        "skipped": json.dumps([(p.name, r) for p, r in data.skipped], ensure_ascii=False),
    }
    save_file({"images": np.ascontiguousarray(data.images)}, str(temp), metadata=metadata)
    os.replace(temp, cache_path)


def load_image_folder_cached(
    folder: str | Path,
    resolution: int,
    cache_path: Path,
    reporter: Reporter | None = None,
    write: bool = True,
) -> tuple[ImageFolder, bool]:
    """(images, True if they came from the cache). Decodes on a miss, and then writes the
    cache unless ``write`` is false (a distributed run's other ranks only read it)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(tr("image folder not found: {folder}").format(folder=folder))
    fingerprint = folder_fingerprint(folder, resolution)
    cached = read_cache(cache_path, folder, fingerprint)
    if cached is not None:
        return cached, True
    data = load_image_folder(folder, resolution, reporter or SilentReporter())
    if write and len(data):
        write_cache(cache_path, data, fingerprint)
    return data, False
