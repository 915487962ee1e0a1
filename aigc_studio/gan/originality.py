"""Does a generated face copy a training image? A features index answers without the data.

The index is one small safetensors file beside a model (``MODEL.features.safetensors`` next
to ``MODEL.safetensors``): the feature-net features of every training image (float16), the
image filenames, and the near-copy threshold of gan/quality.py (the 1st percentile of the
training images' own nearest-neighbour distances) in the header metadata. With it the app
can check any rendered face (one small CNN forward and an N x 128 matmul) on a machine that
never saw the dataset.

Build one with ``python -m aigc_studio.gan.originality DATA_DIR --out FILE``; the result is
deterministic for the same images, resolution and feature net.
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from safetensors import safe_open
from safetensors.numpy import save_file

from aigc_studio.gan.dataset import ImageFolder, load_image_folder
from aigc_studio.gan.dataset_cache import load_image_folder_cached
from aigc_studio.gan.features import (
    FeatureNet,
    default_feature_net_path,
    extract_features,
    file_digest,
    header_fits,
    load_feature_net,
)
from aigc_studio.gan.quality import RealFeatures
from aigc_studio.progress import Reporter, SilentReporter
from aigc_studio.translation import tr

FORMAT = "aigc-studio-features-index"  # metadata marker: refuse other safetensors files
FORMAT_VERSION = 1
METADATA_KEY = "aigc_studio.features_index"
INDEX_SUFFIX = ".features.safetensors"
MAX_HEADER_BYTES = 4 * 1024 * 1024  # 5,000 filenames take ~70 kB


def index_path_for(model_path: str | Path) -> Path:
    """MODEL.safetensors -> MODEL.features.safetensors in the same folder."""
    model_path = Path(model_path)
    return model_path.with_name(model_path.stem + INDEX_SUFFIX)


@dataclass
class FeaturesIndex:
    features: np.ndarray  # (N, C) float32 (stored as float16), one row per training image
    names: list[str]  # filename of each row's training image
    near_copy_threshold: float  # distance below which a face counts as a near-copy
    feature_net: str  # digest of the feature net the features come from
    resolution: int  # the images were read at this size, as the model renders
    data: str = ""  # what the images were, for people reading the file


def index_from_images(
    folder: ImageFolder, net: FeatureNet, net_digest: str, data: str, reporter: Reporter | None
) -> FeaturesIndex:
    """Features of already decoded training images; the threshold is set on the stored
    (float16) values so the check at run time sees the same numbers it was calibrated on."""
    features = extract_features(net, folder.images, reporter=reporter).astype(np.float16)
    stored = features.astype(np.float32)
    threshold = RealFeatures.from_features(stored, folder.paths).near_copy_threshold
    return FeaturesIndex(
        features=stored,
        names=[p.name for p in folder.paths],
        near_copy_threshold=threshold,
        feature_net=net_digest,
        resolution=int(folder.images.shape[-1]),
        data=data,
    )


def build_index(
    data_dir: str | Path,
    resolution: int = 64,
    feature_net_path: str | Path | None = None,
    reporter: Reporter | None = None,
    images_cache: Path | None = None,
) -> FeaturesIndex:
    """Read every image in DATA_DIR at ``resolution`` and index its features.

    ``images_cache`` is a training run's decoded-images file (gan/dataset_cache.py): after
    training it is current, so indexing skips decoding and costs one pass of the small net.
    """
    data_dir = Path(data_dir)
    net_path = Path(feature_net_path) if feature_net_path else default_feature_net_path()
    if images_cache is not None:
        folder, _ = load_image_folder_cached(data_dir, resolution, images_cache, reporter)
    else:
        folder = load_image_folder(data_dir, resolution, reporter or SilentReporter())
    data = f"{data_dir.name} ({len(folder)} images)"
    net, digest = load_feature_net(net_path), file_digest(net_path)
    return index_from_images(folder, net, digest, data, reporter)


def save_index(path: str | Path, index: FeaturesIndex) -> Path:
    """Write atomically (temp file, then rename), so a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "near_copy_threshold": index.near_copy_threshold,
        "feature_net": index.feature_net,
        "resolution": index.resolution,
        "data": index.data,
        "names": index.names,
    }
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tensors = {"features": np.ascontiguousarray(index.features.astype(np.float16))}
    save_file(tensors, str(temp), metadata={METADATA_KEY: json.dumps(header, ensure_ascii=False)})
    os.replace(temp, path)
    return path


def load_index(path: str | Path) -> FeaturesIndex:
    """Read an index file; raises ValueError with a readable message if it is unusable."""
    path = Path(path)
    if not header_fits(path, MAX_HEADER_BYTES):
        raise ValueError(tr("{name} is not a features index (bad header)").format(name=path.name))
    try:
        with safe_open(str(path), framework="np") as handle:
            header = json.loads((handle.metadata() or {}).get(METADATA_KEY, "{}"))
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                raise ValueError(tr("not an AIGC Studio features index"))
            if int(header.get("version", 0)) > FORMAT_VERSION:
                raise ValueError(tr("made by a newer AIGC Studio"))
            features = handle.get_tensor("features").astype(np.float32)
        names = [str(n) for n in header["names"]]
        if features.ndim != 2 or len(names) != len(features):
            raise ValueError(tr("features and filenames disagree"))
        return FeaturesIndex(
            features=features,
            names=names,
            near_copy_threshold=float(header["near_copy_threshold"]),
            feature_net=str(header["feature_net"]),
            resolution=int(header["resolution"]),
            data=str(header.get("data", "")),
        )
    except Exception as error:  # safetensors and json raise their own types
        raise ValueError(
            tr("{name} is not a usable features index: {error}").format(name=path.name, error=error)
        ) from error


@dataclass(frozen=True)
class NearestTraining:
    """How close one face is to its nearest training image (plain data for the UI)."""

    training_image: str  # filename of the nearest training image
    distance: float  # feature distance to it
    threshold: float  # the index's near-copy threshold
    near_copy: bool  # distance < threshold

    def warning(self) -> str:
        return tr(
            "Very close to training image {image} (distance {distance:.2f}) — this face may copy it"
        ).format(image=self.training_image, distance=self.distance)


class OriginalityChecker:
    """Nearest training image of rendered faces, from an index and the feature net."""

    def __init__(self, index: FeaturesIndex, net: FeatureNet) -> None:
        self.index = index
        self.net = net
        # torch, not numpy: numpy's BLAS took 8 ms for this one matrix-vector product on a
        # busy 2-core machine, torch 0.1 ms.
        self._points = torch.from_numpy(index.features)
        self._squared_norms = (self._points**2).sum(1)

    @classmethod
    def for_model(
        cls, model_path: str | Path, feature_net_path: str | Path | None = None
    ) -> OriginalityChecker | None:
        """The checker for the index beside a model, or None when it has none.

        An index made with another feature net lives in another space: it raises ValueError
        rather than compare distances that mean nothing.
        """
        path = index_path_for(model_path)
        if not path.is_file():
            return None
        index = load_index(path)
        net_path = Path(feature_net_path) if feature_net_path else default_feature_net_path()
        if index.feature_net != file_digest(net_path):
            raise ValueError(
                tr("{name} was made with another feature network").format(name=path.name)
            )
        return cls(index, load_feature_net(net_path))

    def check(self, images: np.ndarray) -> list[NearestTraining]:
        """uint8 faces, (K, R, R, 3) or (K, 3, R, R) -> each one's nearest training image."""
        queries = torch.from_numpy(extract_features(self.net, np.array(images)))
        with torch.inference_mode():
            squared = (
                (queries**2).sum(1)[:, None]
                + self._squared_norms[None, :]
                - 2.0 * queries @ self._points.T
            )
            best, rows = squared.min(1)
        distances = best.clamp_min(0.0).sqrt().tolist()
        threshold = self.index.near_copy_threshold
        return [
            NearestTraining(self.index.names[row], d, threshold, d < threshold)
            for row, d in zip(rows.tolist(), distances, strict=True)
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m aigc_studio.gan.originality",
        description="Index the feature-net features of a model's training images, so the "
        "app can warn about near-copies without the dataset.",
    )
    parser.add_argument("data_dir", type=Path, metavar="DATA_DIR")
    parser.add_argument("--out", type=Path, required=True, help="MODEL.features.safetensors")
    parser.add_argument("--resolution", type=int, default=64, help="the model's resolution")
    parser.add_argument("--feature-net", type=Path, default=None)
    args = parser.parse_args(argv)
    index = build_index(args.data_dir, args.resolution, args.feature_net)
    save_index(args.out, index)
    size = args.out.stat().st_size
    print(
        f"wrote {args.out}: {len(index.names)} images, near-copy threshold "
        f"{index.near_copy_threshold:.4f}, {size / 1e6:.2f} MB",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
