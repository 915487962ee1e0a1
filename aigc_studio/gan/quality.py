"""How good and how original a model's samples are, measured in the feature net's space.

- KID (Binkowski et al. 2018): the unbiased MMD^2 between real and generated features with
  the cubic polynomial kernel k(x, y) = (x.y/d + 1)^3, averaged over random subsets. 0 means
  the two feature distributions match; unlike FID it is unbiased for small sample counts.
- Precision and recall (Kynkaenniemi et al. 2019): each set's manifold is the union of
  balls reaching every point's 3rd nearest neighbour. Precision is the share of generated
  samples inside the real manifold (are they realistic?), recall the share of real images
  inside the generated one (is the variety covered?).
- Originality: each sample's nearest training image and its distance. A sample is a
  near-copy when that distance is below the 1st percentile of the training images' own
  nearest-neighbour distances: closer to a training face than 99% of training faces are to
  any other. The training faces are distinct originals, so a new face from the same
  distribution is flagged about 1% of the time, and an exact copy (distance 0) always.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file, save_file

from aigc_studio.gan.dataset import list_image_files, load_image_folder
from aigc_studio.gan.features import (
    FeatureNet,
    default_feature_net_path,
    extract_features,
    file_digest,
    load_feature_net,
)
from aigc_studio.progress import Reporter, SilentReporter
from aigc_studio.translation import tr

NEAREST_K = 3  # Kynkaenniemi et al.'s k for the manifold radii
NEAR_COPY_PERCENTILE = 1.0  # of real-to-real nearest-neighbour distances
KID_SUBSETS = 100  # as in Binkowski et al.'s reference code
KID_SUBSET_SIZE = 1000
RENDER_BATCH = 250


def _squared_distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a64, b64 = a.astype(np.float64), b.astype(np.float64)
    d = (a64**2).sum(1)[:, None] + (b64**2).sum(1)[None, :] - 2 * a64 @ b64.T
    return np.maximum(d, 0.0)


def nearest(
    queries: np.ndarray, points: np.ndarray, k: int = 1, exclude_self: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Distances (Q, k) and indices (Q, k) of each query's k nearest points, in chunks.

    With ``exclude_self`` the queries are the points themselves and each skips its own row.
    """
    distances = np.empty((len(queries), k))
    indices = np.empty((len(queries), k), dtype=np.int64)
    chunk = max(1, 4_000_000 // max(len(points), 1))  # ~32 MB of float64 per block
    for start in range(0, len(queries), chunk):
        block = _squared_distances(queries[start : start + chunk], points)
        if exclude_self:
            rows = np.arange(len(block))
            block[rows, rows + start] = np.inf
        part = np.argpartition(block, k - 1, axis=1)[:, :k]
        part_d = np.take_along_axis(block, part, axis=1)
        order = np.argsort(part_d, axis=1)
        indices[start : start + chunk] = np.take_along_axis(part, order, axis=1)
        distances[start : start + chunk] = np.sqrt(np.take_along_axis(part_d, order, axis=1))
    return distances, indices


def kid(
    real: np.ndarray,
    fake: np.ndarray,
    subsets: int = KID_SUBSETS,
    subset_size: int = KID_SUBSET_SIZE,
    seed: int = 0,
) -> tuple[float, float]:
    """(mean, std) of the unbiased MMD^2 over ``subsets`` random subsets of each set."""
    size = min(subset_size, len(real), len(fake))
    if size < 2:
        raise ValueError(tr("KID needs at least 2 real and 2 generated samples"))
    rng = np.random.default_rng(seed)
    dim = real.shape[1]
    values = []
    for _ in range(subsets):
        x = real[rng.choice(len(real), size, replace=False)].astype(np.float64)
        y = fake[rng.choice(len(fake), size, replace=False)].astype(np.float64)
        k_xx, k_yy = (x @ x.T / dim + 1) ** 3, (y @ y.T / dim + 1) ** 3
        k_xy = (x @ y.T / dim + 1) ** 3
        off_diagonal = (k_xx.sum() - np.trace(k_xx) + k_yy.sum() - np.trace(k_yy)) / (
            size * (size - 1)
        )
        values.append(off_diagonal - 2 * k_xy.mean())
    return float(np.mean(values)), float(np.std(values))


def precision_recall(real: np.ndarray, fake: np.ndarray, k: int = NEAREST_K) -> tuple[float, float]:
    """Kynkaenniemi et al.'s improved precision and recall; use equal-sized sets."""
    if min(len(real), len(fake)) <= k:
        raise ValueError(tr("precision/recall need more than {k} samples in each set").format(k=k))

    def covered(points: np.ndarray, queries: np.ndarray) -> float:
        radii = nearest(points, points, k, exclude_self=True)[0][:, -1]
        inside = np.zeros(len(queries), dtype=bool)
        chunk = max(1, 4_000_000 // len(points))
        for start in range(0, len(queries), chunk):
            d = np.sqrt(_squared_distances(queries[start : start + chunk], points))
            inside[start : start + chunk] = (d <= radii[None, :]).any(axis=1)
        return float(inside.mean())

    return covered(real, fake), covered(fake, real)


@dataclass
class RealFeatures:
    features: np.ndarray  # (N, C) float32, one row per readable training image
    paths: list[Path]  # the image each row came from
    near_copy_threshold: float  # feature distance below which a sample counts as a copy

    @classmethod
    def from_features(cls, features: np.ndarray, paths: list[Path]) -> RealFeatures:
        if len(features) < 2:
            raise ValueError(tr("need at least 2 readable training images"))
        own_nearest = nearest(features, features, 1, exclude_self=True)[0][:, 0]
        threshold = float(np.percentile(own_nearest, NEAR_COPY_PERCENTILE))
        return cls(features, list(paths), threshold)


@dataclass
class Originality:
    nearest_index: np.ndarray  # (S,) row of the nearest training image per sample
    distance: np.ndarray  # (S,) feature distance to it
    near_copy: np.ndarray  # (S,) bool: distance below the real data's threshold


def originality(samples: np.ndarray, real: RealFeatures) -> Originality:
    distances, indices = nearest(samples, real.features, 1)
    return Originality(indices[:, 0], distances[:, 0], distances[:, 0] < real.near_copy_threshold)


def _cache_dir() -> Path:
    override = os.environ.get("AIGC_STUDIO_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("aigc-studio"))


def _data_key(data_dir: Path, resolution: int, net_digest: str) -> str:
    """Changes when any image is added, removed or rewritten, or the feature net changes."""
    digest = hashlib.sha256(f"{net_digest}:{resolution}:{data_dir.resolve()}".encode())
    for path in list_image_files(data_dir):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


_memory_cache: dict[str, RealFeatures] = {}


def real_features(
    data_dir: str | Path,
    resolution: int,
    net: FeatureNet,
    net_digest: str,
    reporter: Reporter | None = None,
) -> RealFeatures:
    """Features of every readable image in DATA_DIR at ``resolution``, cached on disk.

    Real images are read at the model's resolution, so they pass the same resize into the
    net that generated ones do; the cache (a safetensors file, no pickle) skips re-reading
    thousands of images on every evaluation.
    """
    data_dir = Path(data_dir)
    key = _data_key(data_dir, resolution, net_digest)
    if key in _memory_cache:
        return _memory_cache[key]
    cache = _cache_dir() / f"real-features-{key}.safetensors"
    result = None
    if cache.is_file():
        try:
            from safetensors import safe_open

            with safe_open(str(cache), framework="np") as handle:
                names = json.loads((handle.metadata() or {})["paths"])
            result = RealFeatures.from_features(
                load_file(str(cache))["features"], [data_dir / n for n in names]
            )
        except Exception:  # a damaged cache is just recomputed
            result = None
    if result is None:
        folder = load_image_folder(data_dir, resolution, reporter)
        if len(folder) <= NEAREST_K:
            raise ValueError(
                tr("{folder} has too few readable images ({count})").format(
                    folder=data_dir, count=len(folder)
                )
            )
        result = RealFeatures.from_features(
            extract_features(net, folder.images, reporter=reporter), folder.paths
        )
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            temp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
            metadata = {"paths": json.dumps([p.name for p in result.paths])}
            save_file({"features": result.features}, str(temp), metadata=metadata)
            os.replace(temp, cache)
        except OSError:
            pass  # a read-only cache folder only costs time
    _memory_cache[key] = result
    return result


def compare(real: np.ndarray, fake: np.ndarray, seed: int = 0) -> dict[str, float]:
    """KID and precision/recall between two feature sets.

    Precision/recall compare equal-sized sets (their k-NN radii shrink as a set grows), so
    the larger set is subsampled to the smaller one's size.
    """
    rng = np.random.default_rng(seed)
    size = min(len(real), len(fake))
    real_pr = real[rng.choice(len(real), size, replace=False)] if len(real) > size else real
    fake_pr = fake[rng.choice(len(fake), size, replace=False)] if len(fake) > size else fake
    kid_mean, kid_std = kid(real, fake, seed=seed)
    precision, recall = precision_recall(real_pr, fake_pr)
    return {"kid": kid_mean, "kid_std": kid_std, "precision": precision, "recall": recall}


def evaluate_model(
    model_path: str | Path,
    data_dir: str | Path,
    samples: int = 1000,
    seed: int = 0,
    feature_net_path: str | Path | None = None,
    reporter: Reporter | None = None,
) -> dict:
    """Sample a model and score it against DATA_DIR; returns a JSON-ready dict."""
    from aigc_studio.gan.generate import FaceGenerator

    reporter = reporter or SilentReporter()
    started = time.monotonic()
    net_path = Path(feature_net_path) if feature_net_path else default_feature_net_path()
    net = load_feature_net(net_path)
    net_digest = file_digest(net_path)
    face_generator = FaceGenerator(model_path)
    real = real_features(data_dir, face_generator.resolution, net, net_digest, reporter)
    latents = face_generator.random_latents(seed, samples)
    fake = np.concatenate(
        [
            extract_features(net, face_generator.render(latents[start : start + RENDER_BATCH]))
            for start in range(0, samples, RENDER_BATCH)
        ]
    )
    scores = compare(real.features, fake, seed=seed)
    copies = originality(fake, real)
    closest = np.argsort(copies.distance)[:5]
    return {
        **{name: round(value, 6) for name, value in scores.items()},
        "samples": samples,
        "real_images": len(real.features),
        "feature_net": f"{net_path.name} ({net_digest})",
        "model": str(model_path),
        "model_step": face_generator.config.step,
        "seed": seed,
        "near_copies": int(copies.near_copy.sum()),
        "near_copy_threshold": round(real.near_copy_threshold, 4),
        "closest": [
            {
                "sample": int(i),
                "training_image": real.paths[copies.nearest_index[i]].name,
                "distance": round(float(copies.distance[i]), 4),
            }
            for i in closest
        ],
        "seconds": round(time.monotonic() - started, 1),
    }
