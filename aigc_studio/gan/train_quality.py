"""The quality metric, measured while a run trains: is the model still getting better?

At each checkpoint the generator used for sampling draws a fixed set of faces (their
noise comes from its own seeded generator, so the run's random stream, and with it
resume, is untouched) and they are scored against the run's own training images in the
project's feature space (KID, precision, recall; see gan/quality.py). It is a trend
indicator: a few hundred samples give a noisier KID than `aigc-studio evaluate`'s 1,000.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import torch

from aigc_studio.gan.features import extract_features, load_feature_net
from aigc_studio.gan.generate import to_uint8_images
from aigc_studio.gan.quality import NEAREST_K, compare
from aigc_studio.translation import tr

QUALITY_FILE = "quality.csv"
RENDER_BATCH = 128
NOISE_SEED_OFFSET = 7919  # keeps the metric's noise apart from the run's own seed stream


class TrainingQuality:
    def __init__(self, real_images: np.ndarray, samples: int, latent_dim: int, seed: int) -> None:
        """real_images: the run's (N, 3, R, R) uint8 training images."""
        if len(real_images) <= NEAREST_K + 1 or samples <= NEAREST_K + 1:
            raise ValueError(
                tr("the quality check needs more than {count} images").format(count=NEAREST_K + 1)
            )
        # Building the net draws initial weights from torch's global RNG before the saved
        # ones load; fork it so the run's random stream, and so resume, stays exact.
        with torch.random.fork_rng(devices=[]):
            self.net = load_feature_net()
        self.real = extract_features(self.net, real_images)
        generator = torch.Generator().manual_seed(seed + NOISE_SEED_OFFSET)
        self.noise = torch.randn(samples, latent_dim, generator=generator)

    def measure(self, sampler: torch.nn.Module) -> dict[str, float]:
        device = next(sampler.parameters()).device
        was_training = sampler.training
        sampler.eval()
        with torch.no_grad():
            faces = np.concatenate(
                [
                    to_uint8_images(sampler(chunk.to(device)).float())
                    for chunk in self.noise.split(RENDER_BATCH)
                ]
            )
        sampler.train(was_training)
        return compare(self.real, extract_features(self.net, faces))


class QualityLog:
    """quality.csv: step, kid, kid_std, precision, recall — one row per measurement."""

    def __init__(self, path: Path, keep_until: int | None = None) -> None:
        rows = []
        if keep_until is not None and path.is_file():  # a resumed run keeps its history
            with open(path, newline="", encoding="utf-8") as handle:
                rows = [r for r in csv.reader(handle)][1:]
            rows = [r for r in rows if r and int(r[0]) <= keep_until]
        self.path = path
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["step", "kid", "kid_std", "precision", "recall"])
            writer.writerows(rows)

    def add(self, step: int, scores: dict[str, float]) -> None:
        with open(self.path, "a", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerow(
                [step] + [f"{scores[k]:.5f}" for k in ("kid", "kid_std", "precision", "recall")]
            )


def describe(scores: dict[str, float]) -> str:
    return tr("KID {kid:.3f} · precision {precision:.2f} · recall {recall:.2f}").format(
        kid=scores["kid"], precision=scores["precision"], recall=scores["recall"]
    )
