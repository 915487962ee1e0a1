"""Latent directions that mean something, and where a model file keeps them.

Three ways to find them (torch + numpy, no Qt):

- SeFa (Shen & Zhou 2021), closed form: the first layer turns z into activations through
  a linear map A, and the directions that change those activations most are the top
  eigenvectors of AᵀA. Milliseconds, no sampling, so it is the fallback for every model.
- GANSpace (Härkönen et al. 2020), the variant the paper uses for BigGAN, whose latent has
  no mapping network: push sampled latents through the first block, take the principal
  components of those activations, and regress z on the component coordinates so each
  component gets the latent direction that moves along it.
- Attribute directions (InterFaceGAN, Shen et al. 2020) in ``attribute_classifier``: a
  classifier trained on labelled images scores generated faces and a linear boundary in z
  per class gives its normal.

A model file stores them in its safetensors header under ``DIRECTIONS_KEY`` as JSON,
a list of ``{"method", "names", "vectors"}``, newest first, so opening a model reads them
at once instead of computing anything.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch
from safetensors import safe_open
from safetensors.torch import save_file
from torch import nn

from aigc_studio.gan.checkpoint import CONFIG_KEY, ModelFileError, read_config, read_header_size
from aigc_studio.gan.models import Generator, balanced_labels
from aigc_studio.progress import Reporter
from aigc_studio.translation import tr

if TYPE_CHECKING:
    from aigc_studio.gan.generate import FaceGenerator

DIRECTIONS_KEY = "aigc_studio.directions"
METHODS = ("sefa", "ganspace", "attribute", "random")
METHOD_TITLES = {"sefa": "SeFa", "ganspace": "GANSpace", "random": "Direction"}
ORTHONORMAL_TOLERANCE = 1e-3  # stored vectors are rounded; anything worse is not orthonormal
GANSPACE_SAMPLES = 2000  # latents PCA sees; the top components settle well below this
FIRST_BLOCK = 3  # generator.net[:3] = ConvTranspose2d, BatchNorm2d, ReLU: the first block


@dataclass
class Directions:
    method: str  # how they were found: one of METHODS
    names: list[str]  # default slider names, e.g. ["SeFa 1", ...] or ["eye_color 2", ...]
    vectors: np.ndarray  # (K, latent_dim) float32, orthonormal rows

    def __post_init__(self) -> None:
        self.vectors = np.asarray(self.vectors, dtype=np.float32)
        self.names = [str(name) for name in self.names]
        if self.method not in METHODS:
            raise ValueError(tr("unknown direction method {method!r}").format(method=self.method))
        if self.vectors.ndim != 2 or len(self.names) != len(self.vectors):
            raise ValueError(tr("directions need one name per vector and (K, latent_dim) vectors"))

    def __len__(self) -> int:
        return len(self.vectors)

    @property
    def latent_dim(self) -> int:
        return self.vectors.shape[1]

    def is_orthonormal(self, tolerance: float = ORTHONORMAL_TOLERANCE) -> bool:
        gram = self.vectors.astype(np.float64) @ self.vectors.T.astype(np.float64)
        return bool(
            np.all(np.isfinite(gram)) and np.allclose(gram, np.eye(len(self)), atol=tolerance)
        )

    def to_dict(self) -> dict:
        # Eight decimals keep rows orthonormal to ~1e-7 at about 11 bytes per value.
        rows = [[round(float(v), 8) for v in row] for row in self.vectors]
        return {"method": self.method, "names": self.names, "vectors": rows}

    @classmethod
    def from_dict(cls, data: dict) -> Directions:
        return cls(method=data["method"], names=list(data["names"]), vectors=data["vectors"])


def orthonormalise(vectors: np.ndarray, min_residual: float = 1e-3) -> tuple[np.ndarray, list[int]]:
    """Gram-Schmidt in the given order (QR that keeps each vector's sign).

    A vector that is (almost) a combination of earlier ones carries no new direction and
    is dropped; returns the orthonormal rows and the indices of the vectors they came from.
    """
    kept: list[np.ndarray] = []
    indices: list[int] = []
    for index, vector in enumerate(np.asarray(vectors, dtype=np.float64)):
        norm = np.linalg.norm(vector)
        if not np.isfinite(norm) or norm < 1e-12:
            continue
        residual = vector / norm
        for _ in range(2):  # twice is enough for orthogonality to machine precision
            for basis in kept:
                residual = residual - (basis @ residual) * basis
        length = np.linalg.norm(residual)
        if length >= min_residual:
            kept.append(residual / length)
            indices.append(index)
    width = np.shape(vectors)[1] if np.ndim(vectors) == 2 else 0
    rows = np.array(kept, dtype=np.float32).reshape(len(kept), width)
    return rows, indices


def _canonical_signs(vectors: np.ndarray) -> np.ndarray:
    """Eigenvectors and principal components have no sign of their own; pick the one whose
    largest entry is positive so the same model always gets the same sliders."""
    peaks = vectors[np.arange(len(vectors)), np.abs(vectors).argmax(axis=1)]
    return vectors * np.where(peaks < 0, -1.0, 1.0)[:, None]


def first_layer_map(generator: Generator, latent_dim: int) -> np.ndarray:
    """(latent_dim, outputs) float64: the linear map from z to the first block's
    pre-activation, as the network evaluates it.

    Only the first latent_dim input rows are noise (a conditional model appends its label
    embeddings after them). The eval-mode BatchNorm that follows scales each channel, so
    its scale is folded in: that is the map the ReLU actually sees.
    """
    weight = generator.net[0].weight.detach().cpu().numpy()[:latent_dim].astype(np.float64)
    weight = weight.reshape(latent_dim, weight.shape[1], -1)  # (z, channels, 4*4 pixels)
    norm = generator.net[1]
    if isinstance(norm, nn.BatchNorm2d) and norm.running_var is not None:
        gain = norm.weight.detach().cpu().numpy().astype(np.float64)
        variance = norm.running_var.detach().cpu().numpy().astype(np.float64)
        weight = weight * (gain / np.sqrt(variance + norm.eps))[None, :, None]
    return weight.reshape(latent_dim, -1)


def sefa_directions(generator: Generator, latent_dim: int, count: int = 12) -> Directions:
    """SeFa: the top ``count`` eigenvectors of AᵀA for the first layer's map A.

    numpy, not torch: a 100x100 eigenproblem is too small to share out, and waking
    torch's thread pool for it cost more than the decomposition on a busy 2-core CPU.
    """
    count = min(count, latent_dim)
    mapping = first_layer_map(generator, latent_dim)
    _, eigenvectors = np.linalg.eigh(mapping @ mapping.T)  # ascending eigenvalues
    top = eigenvectors[:, ::-1][:, :count].T
    vectors = _canonical_signs(top)
    return Directions("sefa", [f"SeFa {i + 1}" for i in range(count)], vectors)


def first_block_activations(
    generator: Generator, latents: torch.Tensor, labels: torch.Tensor | None = None
) -> torch.Tensor:
    """(N, latent_dim) -> (N, features) output of the generator's first block."""
    device = generator.net[0].weight.device
    inputs = latents = latents.to(device)
    if len(generator.embeddings):  # the same input Generator.forward builds
        if labels is None:
            labels = balanced_labels(len(latents), generator.config.label_classes, device)
        embedded = [embed(labels[:, i]) for i, embed in enumerate(generator.embeddings)]
        inputs = torch.cat([latents, *embedded], dim=1)
    with torch.inference_mode():
        return generator.net[:FIRST_BLOCK](inputs.reshape(len(inputs), -1, 1, 1)).flatten(1).cpu()


def _top_components(centred: torch.Tensor, count: int, seed: int) -> torch.Tensor:
    """(count, features) leading principal axes by randomized SVD (Halko et al. 2011).

    A full SVD of thousands of samples by thousands of activations takes tens of seconds
    on two cores; a few power iterations on a slightly larger random subspace take a
    fraction of one. Seeded here, so the global torch RNG is left alone.
    """
    generator = torch.Generator().manual_seed(seed)
    width = min(count + 10, *centred.shape)
    probe = torch.randn(centred.shape[1], width, generator=generator, dtype=centred.dtype)
    basis = torch.linalg.qr(centred @ probe).Q
    for _ in range(4):
        basis = torch.linalg.qr(centred @ (centred.T @ basis)).Q
    _, _, right = torch.linalg.svd(basis.T @ centred, full_matrices=False)
    return right[:count]


def ganspace_directions(
    generator: Generator,
    latent_dim: int,
    count: int = 12,
    samples: int = GANSPACE_SAMPLES,
    seed: int = 0,
) -> Directions:
    """GANSpace for a generator without a mapping network (the paper's BigGAN recipe)."""
    count = min(count, latent_dim)
    samples = max(samples, count + 1)
    noise = torch.Generator().manual_seed(seed)
    latents = torch.randn(samples, latent_dim, generator=noise)
    activations = first_block_activations(generator, latents).double()
    centred = activations - activations.mean(dim=0)
    components = _top_components(centred, count, seed)
    coordinates = centred @ components.T  # (N, count): each sample along each component
    # Least squares z ≈ coordinates @ B: row k of B is how z moves along component k.
    regression = torch.linalg.lstsq(coordinates, latents.double()).solution
    vectors, kept = orthonormalise(regression.numpy())
    vectors = _canonical_signs(vectors)
    return Directions("ganspace", [f"GANSpace {i + 1}" for i in kept], vectors)


def random_directions(latent_dim: int, count: int = 12, seed: int = 0) -> Directions:
    """Seeded random orthonormal directions: the baseline the others are measured against."""
    count = min(count, latent_dim)
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.standard_normal((latent_dim, count)))
    return Directions("random", [f"Direction {i + 1}" for i in range(count)], q.T)


def compute_directions(
    face_generator: FaceGenerator,
    method: str,
    count: int = 12,
    data_dir: str | Path | None = None,
    samples: int | None = None,
    seed: int = 0,
    reporter: Reporter | None = None,
) -> tuple[Directions, str]:
    """Find ``count`` directions by ``method``; returns them and a short note on how well
    it went (the attribute classifier's accuracy), "" when there is nothing to say."""
    latent_dim, generator = face_generator.latent_dim, face_generator.generator
    if method == "sefa":
        return sefa_directions(generator, latent_dim, count), ""
    if method == "ganspace":
        return ganspace_directions(
            generator, latent_dim, count, samples or GANSPACE_SAMPLES, seed
        ), ""
    if method == "random":
        return random_directions(latent_dim, count, seed), ""
    if method != "attribute":
        raise ValueError(
            tr("unknown direction method {method!r} (use one of {choices})").format(
                method=method, choices=", ".join(METHODS)
            )
        )
    if data_dir is None:
        raise ValueError(tr("attribute directions need a folder of images with a labels.csv"))
    from aigc_studio.gan.attribute_classifier import AttributeConfig, attribute_directions

    config = AttributeConfig(seed=seed)
    if samples:
        config.samples = samples
    result = attribute_directions(face_generator, data_dir, count, config, reporter)
    scores = [f"{name} {value:.2f}" for name, value in result.accuracy.items()]
    notes = [tr("classifier accuracy {scores}").format(scores=", ".join(scores))] if scores else []
    if result.skipped:
        notes.append(
            tr("left out {labels} (the model is conditioned on it)").format(
                labels=", ".join(result.skipped)
            )
        )
    return result.directions, tr("; ").join(notes)


def read_directions(path: str | Path, latent_dim: int | None = None) -> list[Directions]:
    """The directions stored in a model file, newest first; [] when there are none.

    Only the header is read. A model file is data from anyone: an entry that is
    malformed, not orthonormal or of the wrong latent size is skipped, not trusted.
    """
    path = Path(path)
    read_header_size(path)
    try:
        with safe_open(str(path), framework="pt") as handle:
            text = (handle.metadata() or {}).get(DIRECTIONS_KEY)
    except Exception as error:  # safetensors raises its own error types
        raise ModelFileError(
            tr("{name} is not a valid safetensors file: {error}").format(
                name=path.name, error=error
            )
        ) from error
    if not text:
        return []
    try:
        entries = json.loads(text)
    except ValueError:
        return []
    found = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            directions = Directions.from_dict(entry)
        except (KeyError, TypeError, ValueError):
            continue
        if latent_dim is not None and directions.latent_dim != latent_dim:
            continue
        if len(directions) and directions.is_orthonormal():
            found.append(directions)
    return found


def store_directions(
    path: str | Path, directions: Directions, out: str | Path | None = None
) -> Path:
    """Write ``directions`` into the model file's metadata (or into a copy at ``out``).

    The weights and every other metadata entry are kept as they are; directions found
    earlier by other methods stay, after the new ones. Atomic like ``save_model``: the
    file is written beside its destination, flushed, then renamed over it.
    """
    path = Path(path)
    out = Path(out) if out is not None else path
    config = read_config(path)  # refuses anything that is not an AIGC Studio model
    if directions.latent_dim != config.latent_dim:
        raise ValueError(
            tr("directions have {found} values, the model's latent has {expected}").format(
                found=directions.latent_dim, expected=config.latent_dim
            )
        )
    if not directions.is_orthonormal():
        raise ValueError(tr("directions must be orthonormal"))
    with safe_open(str(path), framework="pt") as handle:
        metadata = dict(handle.metadata() or {})
        tensors = {key: handle.get_tensor(key) for key in handle.keys()}
    kept = [d for d in read_directions(path, config.latent_dim) if d.method != directions.method]
    metadata[DIRECTIONS_KEY] = json.dumps([d.to_dict() for d in [directions, *kept]])
    metadata.setdefault(CONFIG_KEY, config.to_json())
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        save_file(tensors, str(temp), metadata=metadata)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return out


def _top_up(directions: Directions, generator: Generator, count: int) -> Directions:
    """Fill up to ``count`` directions with SeFa directions orthogonal to the given ones,
    so a model with two attribute directions still gets a full set of sliders."""
    latent_dim = directions.latent_dim
    sefa = sefa_directions(generator, latent_dim, latent_dim)
    names, rows = list(directions.names), list(directions.vectors)
    basis = directions.vectors.astype(np.float64)
    for name, vector in zip(sefa.names, sefa.vectors.astype(np.float64), strict=True):
        if len(rows) >= count:
            break
        residual = vector - basis.T @ (basis @ vector)
        if np.linalg.norm(residual) < 0.5:  # mostly inside the given directions already
            continue
        residual /= np.linalg.norm(residual)
        basis = np.vstack([basis, residual])
        names.append(name)
        rows.append(residual)
    return Directions(directions.method, names, np.array(rows))


def model_directions(face_generator: FaceGenerator, count: int = 12) -> Directions:
    """The directions stored in the model file's metadata (key "aigc_studio.directions"),
    or SeFa computed on the fly (closed form, milliseconds) when none are stored.

    Stored sets are cut to ``count``; shorter ones are topped up with SeFa directions.
    """
    latent_dim = face_generator.latent_dim
    count = min(count, latent_dim)
    try:
        stored = read_directions(face_generator.model_path, latent_dim)
    except (OSError, ModelFileError):
        stored = []  # the model loaded, so a header that vanished since costs the directions only
    if not stored:
        return sefa_directions(face_generator.generator, latent_dim, count)
    first = stored[0]
    if len(first) >= count:
        return Directions(first.method, first.names[:count], first.vectors[:count])
    return _top_up(first, face_generator.generator, count)
