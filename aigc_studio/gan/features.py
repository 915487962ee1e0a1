"""A small feature network trained in the project: the space the quality metric lives in.

KID and precision/recall need an image embedding. The usual one (Inception-v3) would mean
downloading weights, which the studio never does, so we train our own: a 4-layer CNN
(~240k parameters) on the faces in ``faces-train``. Two signals shape it:

- classifying the two labelled attributes (eye colour, face shape), so the space knows
  what a face is made of;
- an instance-contrastive term (SimCLR's NT-Xent between two shifted/flipped views of the
  same face), so faces that differ in unlabelled ways (hair, skin, glasses) stay apart too.
  Colour is deliberately *not* jittered: colour is part of what a good sample must match.

The embedding is the global average of the last conv layer (128 values), L2-normalised
and scaled to length sqrt(128). Normalising makes distances depend on the pattern of
activations, not their overall gain (which drifts with brightness and contrast); the
sqrt(d) scale makes x.y/d the cosine similarity, which keeps KID's cubic kernel
(x.y/d + 1)^3 in its intended range whatever the network's raw activation magnitudes.

Run ``python -m aigc_studio.gan.features DATA_DIR --out FILE`` to train it again.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import struct
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors import safe_open
from safetensors.torch import save_file
from torch import nn

from aigc_studio.gan.dataset import load_image_folder
from aigc_studio.progress import Reporter, SilentReporter, check_cancelled
from aigc_studio.resources import resources_dir
from aigc_studio.translation import tr

FEATURE_NET_NAME = "feature-net"
FORMAT = "aigc-studio-feature-net"  # metadata marker: refuse other safetensors files
FORMAT_VERSION = 1
METADATA_KEY = "aigc_studio.feature_net"
MAX_HEADER_BYTES = 1024 * 1024


def default_feature_net_path() -> Path:
    return resources_dir() / "models" / f"{FEATURE_NET_NAME}.safetensors"


@dataclass
class FeatureNetConfig:
    input_size: int = 64  # every image is resized to this before the network sees it
    widths: tuple[int, ...] = (32, 64, 128, 128)  # channels of each stride-2 conv layer
    classes: tuple[int, ...] = (5, 5)  # classes per labelled attribute (eye colour, face shape)
    attributes: tuple[str, ...] = ("eye_color", "face_shape")  # labels.csv columns
    epochs: int = 6  # passes over the training split
    batch: int = 128  # images per step (each seen in two augmented views)
    learning_rate: float = 2e-3  # Adam, cosine-decayed to zero
    contrastive_weight: float = 0.3  # NT-Xent weight; at 1.0 it drowned the attribute terms
    temperature: float = 0.2  # NT-Xent temperature
    shift: int = 4  # max translation in pixels for the augmented views
    validation: int = 500  # images held out to measure attribute accuracy
    seed: int = 0  # fixes init, split, batches and augmentation
    trained: dict = field(default_factory=dict)  # filled after training: data, accuracy, time

    @property
    def feature_dim(self) -> int:
        return self.widths[-1]

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "version": FORMAT_VERSION, **asdict(self)})

    @classmethod
    def from_json(cls, text: str) -> FeatureNetConfig:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(tr("not an AIGC Studio feature network"))
        if int(data.get("version", 0)) > FORMAT_VERSION:
            raise ValueError(tr("this feature network was made by a newer AIGC Studio"))
        names = set(cls.__dataclass_fields__)
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in names}
        return cls(**values)


class FeatureNet(nn.Module):
    def __init__(self, config: FeatureNetConfig) -> None:
        super().__init__()
        self.config = config
        layers: list[nn.Module] = []
        channels = 3
        for width in config.widths:
            layers += [
                nn.Conv2d(channels, width, 3, stride=2, padding=1, bias=False),
                nn.BatchNorm2d(width),
                nn.ReLU(inplace=True),
            ]
            channels = width
        self.body = nn.Sequential(*layers)
        self.heads = nn.ModuleList(nn.Linear(channels, count) for count in config.classes)
        # SimCLR's projection head: the contrastive loss acts here, so the features before
        # it keep information (colour, position) that the invariance would otherwise erase.
        self.projection = nn.Sequential(
            nn.Linear(channels, channels), nn.ReLU(inplace=True), nn.Linear(channels, 64)
        )

    def pooled(self, images: torch.Tensor) -> torch.Tensor:
        """(N, 3, S, S) in [-1, 1] -> (N, C) raw pooled activations."""
        return self.body(images).mean(dim=(2, 3))

    def embed(self, images: torch.Tensor) -> torch.Tensor:
        """(N, 3, S, S) in [-1, 1] -> (N, C) features with length sqrt(C)."""
        pooled = self.pooled(images)
        return F.normalize(pooled, dim=1) * pooled.shape[1] ** 0.5


def to_network_input(images: np.ndarray | torch.Tensor, size: int) -> torch.Tensor:
    """uint8 images, (N, R, R, 3) or (N, 3, R, R), any R -> (N, 3, size, size) in [-1, 1]."""
    batch = torch.as_tensor(np.asarray(images))
    if batch.ndim != 4:
        raise ValueError(
            tr("expected a batch of images, got shape {shape}").format(shape=tuple(batch.shape))
        )
    if batch.shape[1] != 3:
        batch = batch.permute(0, 3, 1, 2)
    batch = batch.float() / 127.5 - 1.0
    if batch.shape[-1] != size or batch.shape[-2] != size:
        batch = F.interpolate(
            batch, size=(size, size), mode="bilinear", antialias=True, align_corners=False
        )
    return batch.contiguous()


@torch.inference_mode()
def extract_features(
    net: FeatureNet, images: np.ndarray, batch: int = 500, reporter: Reporter | None = None
) -> np.ndarray:
    """uint8 images (any of the layouts/sizes above) -> (N, C) float32 features."""
    reporter = reporter or SilentReporter()
    net.eval()
    chunks = []
    for start in range(0, len(images), batch):
        check_cancelled(reporter)
        chunk = to_network_input(images[start : start + batch], net.config.input_size)
        chunks.append(net.embed(chunk).numpy())
        reporter.progress(min(start + batch, len(images)) / len(images), tr("Computing features"))
    if not chunks:
        return np.zeros((0, net.config.feature_dim), dtype=np.float32)
    return np.concatenate(chunks).astype(np.float32)


def save_feature_net(path: str | Path, net: FeatureNet) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Only the embedding is shipped: heads and projection served training, not the metric.
    tensors = {
        k: v.detach().contiguous() for k, v in net.state_dict().items() if k.startswith("body.")
    }
    save_file(tensors, str(path), metadata={METADATA_KEY: net.config.to_json()})
    return path


def header_fits(path: Path, limit: int) -> bool:
    """Whether a safetensors file's declared header size is sane, checked before parsing:
    a damaged or hostile file could otherwise claim a header of gigabytes."""
    with open(path, "rb") as handle:
        head = handle.read(8)
    return len(head) == 8 and struct.unpack("<Q", head)[0] <= min(limit, path.stat().st_size)


def load_feature_net(path: str | Path | None = None) -> FeatureNet:
    """Load a feature network file; raises ValueError with a readable message if unusable."""
    path = Path(path) if path is not None else default_feature_net_path()
    if not path.is_file():
        raise FileNotFoundError(tr("feature network not found: {path}").format(path=path))
    if not header_fits(path, MAX_HEADER_BYTES):
        raise ValueError(
            tr("{name} is not a valid feature network file (bad header)").format(name=path.name)
        )
    try:
        with safe_open(str(path), framework="pt") as handle:
            config = FeatureNetConfig.from_json((handle.metadata() or {}).get(METADATA_KEY, "{}"))
            state = {key: handle.get_tensor(key) for key in handle.keys()}
        net = FeatureNet(config)
        net.load_state_dict(state, strict=False)  # heads are not shipped
        missing = [k for k in net.state_dict() if k.startswith("body.") and k not in state]
        if missing:
            raise ValueError(tr("weights missing: {names}").format(names=", ".join(missing[:3])))
    except Exception as error:  # safetensors raises its own error types
        raise ValueError(
            tr("{name} is not a usable feature network: {error}").format(
                name=path.name, error=error
            )
        ) from error
    return net.eval()


def file_digest(path: str | Path) -> str:
    """Short content hash: names the feature space in reports and real-feature caches."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def read_labels(data_dir: Path, files: list[Path], attributes: tuple[str, ...]) -> np.ndarray:
    """(N, A) int64 class ids from DATA_DIR/labels.csv, in the order of ``files``."""
    with open(data_dir / "labels.csv", newline="", encoding="utf-8") as handle:
        rows = {row["filename"]: row for row in csv.DictReader(handle)}
    try:
        return np.array([[int(rows[f.name][a]) for a in attributes] for f in files])
    except KeyError as error:
        raise ValueError(tr("labels.csv has no entry or column {key}").format(key=error)) from error


def augment(batch: torch.Tensor, shift: int, generator: torch.Generator) -> torch.Tensor:
    """Random horizontal flip and translation by up to ``shift`` px (edge-replicated)."""
    count, _, height, width = batch.shape
    flips = torch.rand(count, generator=generator) < 0.5
    batch = torch.where(flips[:, None, None, None], batch.flip(3), batch)
    padded = F.pad(batch, (shift,) * 4, mode="replicate")
    offsets = torch.randint(0, 2 * shift + 1, (count, 2), generator=generator).tolist()
    return torch.stack(
        [padded[i, :, y : y + height, x : x + width] for i, (y, x) in enumerate(offsets)]
    )


def nt_xent(first: torch.Tensor, second: torch.Tensor, temperature: float) -> torch.Tensor:
    """SimCLR's loss: each view must pick its partner out of the whole batch of views."""
    views = F.normalize(torch.cat([first, second]), dim=1)
    logits = views @ views.T / temperature
    logits.fill_diagonal_(float("-inf"))
    count = len(first)
    partners = torch.cat([torch.arange(count, 2 * count), torch.arange(count)])
    return F.cross_entropy(logits, partners)


def _accuracy(net: FeatureNet, images: torch.Tensor, labels: torch.Tensor) -> list[float]:
    net.eval()
    with torch.inference_mode():
        pooled = net.pooled(to_network_input(images, net.config.input_size))
        return [
            round(float((head(pooled).argmax(1) == labels[:, i]).float().mean()), 4)
            for i, head in enumerate(net.heads)
        ]


def train_feature_net(
    data_dir: str | Path, config: FeatureNetConfig | None = None, reporter: Reporter | None = None
) -> FeatureNet:
    """Train on DATA_DIR (images + labels.csv); deterministic for a seed on one machine."""
    config = config or FeatureNetConfig()
    reporter = reporter or SilentReporter()
    data_dir = Path(data_dir)
    started = time.monotonic()
    torch.manual_seed(config.seed)
    generator = torch.Generator().manual_seed(config.seed)
    folder = load_image_folder(data_dir, config.input_size, reporter)
    if len(folder) <= config.validation:
        raise ValueError(
            tr("{folder} has too few readable images ({count})").format(
                folder=data_dir, count=len(folder)
            )
        )
    labels = torch.from_numpy(read_labels(data_dir, folder.paths, config.attributes))
    images = torch.from_numpy(folder.images)
    order = torch.randperm(len(images), generator=generator)
    valid, train = order[: config.validation], order[config.validation :]

    net = FeatureNet(config)
    optimiser = torch.optim.Adam(net.parameters(), lr=config.learning_rate)
    steps_per_epoch = len(train) // config.batch
    total = steps_per_epoch * config.epochs
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, total)
    step = 0
    for _epoch in range(config.epochs):
        net.train()
        shuffled = train[torch.randperm(len(train), generator=generator)]
        for index in range(steps_per_epoch):
            check_cancelled(reporter)
            picked = shuffled[index * config.batch : (index + 1) * config.batch]
            batch = to_network_input(images[picked], config.input_size)
            target = labels[picked]
            views = torch.cat([augment(batch, config.shift, generator) for _ in range(2)])
            pooled = net.pooled(views)
            loss = sum(
                F.cross_entropy(head(pooled), target[:, i].repeat(2))
                for i, head in enumerate(net.heads)
            )
            projected = net.projection(pooled)
            first, second = projected.chunk(2)
            loss = loss + config.contrastive_weight * nt_xent(first, second, config.temperature)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            optimiser.step()
            schedule.step()
            step += 1
            if step % 10 == 0 or step == total:
                reporter.progress(
                    step / total,
                    tr("step {step}/{total}  loss {loss:.3f}").format(
                        step=step, total=total, loss=loss.item()
                    ),
                )
    accuracy = _accuracy(net, images[valid], labels[valid])
    config.trained = {
        "data": f"{data_dir.name} ({len(images)} images, {config.validation} held out)",
        "validation_accuracy": dict(zip(config.attributes, accuracy, strict=True)),
        "steps": total,
        "seconds": round(time.monotonic() - started, 1),
        "torch": torch.__version__,
    }
    return net.eval()


class _PrintReporter:
    """Prints training progress every tenth of the run."""

    def __init__(self) -> None:
        self.printed = -1

    def progress(self, fraction: float, message: str = "") -> None:
        if message.startswith("step") and int(fraction * 10) > self.printed:
            self.printed = int(fraction * 10)
            print(f"{fraction * 100:5.1f}%  {message}", flush=True)

    def cancelled(self) -> bool:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m aigc_studio.gan.features",
        description="Train the feature network the quality metric uses (images + labels.csv).",
    )
    parser.add_argument("data_dir", type=Path, metavar="DATA_DIR")
    parser.add_argument("--out", type=Path, default=default_feature_net_path())
    parser.add_argument("--epochs", type=int, default=FeatureNetConfig.epochs)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    config = FeatureNetConfig(epochs=args.epochs, seed=args.seed)
    net = train_feature_net(args.data_dir, config, _PrintReporter())
    save_feature_net(args.out, net)
    print(json.dumps(net.config.trained), flush=True)
    print(f"wrote {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
