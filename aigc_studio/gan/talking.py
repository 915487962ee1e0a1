"""Latent directions that make a face talk: open the mouth, close the eyes, move the head.

The faces a model learnt from (Cartoon Set) are centred and aligned, so the mouth and the
eyes sit in fixed parts of the picture. Sampled faces are scored there (how far the mouth
box strays from the face's skin colour: teeth and lips showing; how dark the eye boxes
are: open eyes; where the face's centre lies: the head's position), and each score gets
the linear direction in z that predicts it best (ridge regression, as InterFaceGAN fits a
boundary per attribute). Unit length; blink and drift are made orthogonal to the mouth,
so blinking never moves the mouth the narration drives.

Fitting renders a few hundred faces (about a second on a CPU at 64 px); the result is kept
per model file (by a hash of its contents) in memory and in a small JSON file under the
data folder, so a second host from the same model is instant.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from aigc_studio.gan.generate import FaceGenerator
from aigc_studio.progress import Reporter, check_cancelled
from aigc_studio.resources import builtin_model_path
from aigc_studio.translation import tr

log = logging.getLogger(__name__)

DATA_DIR_ENV = "AIGC_STUDIO_DATA_DIR"  # overrides the user's data folder (tests set it)
CACHE_VERSION = 1  # bump when the scores or the fit change, so old caches are ignored
LOCAL_SPREAD = 0.5  # with a face given, samples lie this far around it (times a normal
# latent): a direction fitted there moves this face's mouth, where one fitted over all faces
# moves some mouths and changes other faces' beards instead
BUILTIN_PREFIX = "builtin:"  # a model shipped in resources/models (project/clips.py's)
RIDGE = 0.05  # ridge weight per sample: steadies the fit in 100 dims from ~500 faces

# Parts of an aligned face as (top, bottom, left, right) fractions of the picture's side,
# measured on the default model's 64 px faces (mouth at rows 43-50, eyes at 29-37).
MOUTH_BOX = (42 / 64, 51 / 64, 26 / 64, 38 / 64)
EYE_BOXES = ((29 / 64, 38 / 64, 20 / 64, 29 / 64), (29 / 64, 38 / 64, 35 / 64, 44 / 64))
CHEEK_BOXES = ((39 / 64, 43 / 64, 19 / 64, 24 / 64), (39 / 64, 43 / 64, 40 / 64, 45 / 64))
CHIN_BOX = (51 / 64, 55 / 64, 26 / 64, 38 / 64)  # under the mouth: a beard shows here
UPPER_LIP_BOX = (39 / 64, 42 / 64, 26 / 64, 38 / 64)  # over the mouth: a moustache
BACKGROUND_LEVEL = 225  # a pixel whose every channel is above this is the white backdrop


@dataclass
class TalkDirections:
    """Unit latent directions for a talking face."""

    mouth: np.ndarray  # (latent_size,) opens the mouth
    blink: np.ndarray  # (latent_size,) closes the eyes; orthogonal to mouth
    drift: list[np.ndarray] = field(default_factory=list)  # head moves sideways, up/down;
    # each orthogonal to mouth and blink


def _box(images: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    side = images.shape[1]
    top, bottom, left, right = (int(round(f * side)) for f in box)
    return images[:, top:bottom, left:right].astype(np.float32)


def skin_colour(images: np.ndarray) -> np.ndarray:
    """(N, 3) the cheeks' median colour of each face."""
    cheeks = np.concatenate(
        [_box(images, box).reshape(len(images), -1, 3) for box in CHEEK_BOXES], axis=1
    )
    return np.median(cheeks, axis=1)


def mouth_openness(images: np.ndarray) -> np.ndarray:
    """(N,) how much of the mouth box is not skin (teeth, lips, the inside of the mouth)."""
    skin = skin_colour(images)
    mouth = _box(images, MOUTH_BOX)
    distance = np.linalg.norm(mouth - skin[:, None, None, :], axis=-1) / 255.0
    return distance.reshape(len(images), -1).mean(axis=1)


def eye_openness(images: np.ndarray) -> np.ndarray:
    """(N,) how dark the eye boxes are against the face's skin (open eyes are dark)."""
    skin = skin_colour(images).mean(axis=1)
    darkness = [
        np.maximum(skin[:, None, None] - _box(images, box).mean(axis=-1), 0.0) / 255.0
        for box in EYE_BOXES
    ]
    return np.mean([d.reshape(len(images), -1).mean(axis=1) for d in darkness], axis=0)


def head_position(images: np.ndarray) -> np.ndarray:
    """(N, 2) the face's centre (x, y) as a fraction of the side: everything not backdrop."""
    side = images.shape[1]
    mask = (images.min(axis=-1) < BACKGROUND_LEVEL).astype(np.float32)
    weight = np.maximum(mask.sum(axis=(1, 2)), 1.0)
    grid = np.arange(side, dtype=np.float32) / side
    x = (mask * grid[None, None, :]).sum(axis=(1, 2)) / weight
    y = (mask * grid[None, :, None]).sum(axis=(1, 2)) / weight
    return np.stack([x, y], axis=1)


def fit_direction(latents: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """The unit direction in z along which ``scores`` grow (ridge least squares)."""
    z = latents.astype(np.float64)
    z = z - z.mean(axis=0)
    s = scores.astype(np.float64) - scores.mean()
    gram = z.T @ z + RIDGE * len(z) * np.eye(z.shape[1])
    w = np.linalg.solve(gram, z.T @ s)
    norm = np.linalg.norm(w)
    if not np.isfinite(norm) or norm == 0:
        raise RuntimeError(tr("The model's faces do not vary where a mouth would be."))
    return w / norm


def _orthogonal(vector: np.ndarray, against: list[np.ndarray]) -> np.ndarray:
    """``vector`` without its parts along ``against`` (unit, mutually orthogonal), unit."""
    out = vector.astype(np.float64)
    for other in against:
        out = out - (out @ other) * other
    norm = np.linalg.norm(out)
    return out / norm if norm > 1e-9 else out


def _not_skin(images: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """(N,) how far a box strays from the face's skin colour."""
    skin = skin_colour(images)
    part = _box(images, box)
    distance = np.linalg.norm(part - skin[:, None, None, :], axis=-1) / 255.0
    return distance.reshape(len(images), -1).mean(axis=1)


def confounders(images: np.ndarray) -> np.ndarray:
    """(N, K) what else changes a mouth or eye score without a mouth or eye moving: skin
    colour, a beard or moustache, the hair's extent and colour (a fit must not use them)."""
    skin = skin_colour(images) / 255.0
    mask = images.min(axis=-1) < BACKGROUND_LEVEL
    extent = mask.reshape(len(images), -1).mean(axis=1)
    brightness = images.reshape(len(images), -1).mean(axis=1) / 255.0
    return np.column_stack(
        [skin, _not_skin(images, CHIN_BOX), _not_skin(images, UPPER_LIP_BOX), extent, brightness]
    )


def _basis(latents: np.ndarray, scores: np.ndarray) -> list[np.ndarray]:
    """Orthonormal directions of the columns of ``scores``."""
    out: list[np.ndarray] = []
    for column in scores.T:
        vector = _orthogonal(fit_direction(latents, column), out)
        if np.linalg.norm(vector) > 0.5:
            out.append(vector)
    return out


def fit_on_faces(latents: np.ndarray, images: np.ndarray) -> TalkDirections:
    """Directions fitted on sampled latents and the faces they render to."""
    held = _basis(latents, confounders(images))
    mouth = _orthogonal(fit_direction(latents, mouth_openness(images)), held)
    blink = _orthogonal(-fit_direction(latents, eye_openness(images)), [*held, mouth])
    position = head_position(images)
    drift: list[np.ndarray] = []
    for column in range(2):
        drift.append(
            _orthogonal(fit_direction(latents, position[:, column]), [mouth, blink, *drift])
        )
    return TalkDirections(
        mouth.astype(np.float32), blink.astype(np.float32), [d.astype(np.float32) for d in drift]
    )


def with_mouth(directions: TalkDirections, mouth: np.ndarray) -> TalkDirections:
    """``directions`` with another mouth direction (one of the explorer's sliders, say);
    blink and drift are made orthogonal to it again."""
    mouth = np.asarray(mouth, dtype=np.float64).reshape(-1)
    norm = np.linalg.norm(mouth)
    if not np.isfinite(norm) or norm == 0:
        raise ValueError(tr("the mouth direction must be a non-zero latent vector"))
    mouth = mouth / norm
    blink = _orthogonal(directions.blink, [mouth])
    drift: list[np.ndarray] = []
    for vector in directions.drift:
        drift.append(_orthogonal(vector, [mouth, blink, *drift]))
    return TalkDirections(
        mouth.astype(np.float32), blink.astype(np.float32), [d.astype(np.float32) for d in drift]
    )


_MEMORY: dict[str, TalkDirections] = {}


def fit_talk_directions(
    model_ref_or_path: str | Path,
    samples: int = 512,
    seed: int = 0,
    reporter: Reporter | None = None,
    base_latent: np.ndarray | None = None,
) -> TalkDirections:
    """Talk directions for a model ("builtin:NAME" or a model file), fitted on ``samples``
    faces from ``seed`` (around ``base_latent``, the host's face, when given); cached per
    model file contents."""
    if samples < 16:
        raise ValueError(tr("fitting talk directions needs at least 16 sample faces"))
    path = model_path(str(model_ref_or_path)).resolve()
    key = f"{_file_hash(path)}-{samples}-{seed}-v{CACHE_VERSION}"
    if base_latent is not None:
        base_latent = np.asarray(base_latent, dtype=np.float32).reshape(-1)
        key += "-" + hashlib.sha256(base_latent.tobytes()).hexdigest()[:16]
    if key in _MEMORY:
        return _MEMORY[key]
    stored = _read_cached(key)
    if stored is not None:
        _MEMORY[key] = stored
        return stored
    generator = FaceGenerator(path)
    if generator.config.conditional:
        raise ValueError(tr("A virtual host needs a model without classes (unconditional)."))
    if reporter is not None:
        reporter.progress(0.0, tr("Finding the mouth in the model's faces…"))
    if base_latent is not None and len(base_latent) != generator.latent_dim:
        raise ValueError(
            tr("the face has {found} latent values, the model expects {expected}").format(
                found=len(base_latent), expected=generator.latent_dim
            )
        )
    latents = generator.random_latents(seed, samples)
    if base_latent is not None:
        latents = base_latent[None] + np.float32(LOCAL_SPREAD) * latents
    images = []
    step = 128
    for start in range(0, samples, step):
        if reporter is not None:
            check_cancelled(reporter)
            reporter.progress(start / samples * 0.9, tr("Finding the mouth in the model's faces…"))
        images.append(generator.render(latents[start : start + step]))
    directions = fit_on_faces(latents, np.concatenate(images))
    _MEMORY[key] = directions
    _write_cached(key, directions)
    if reporter is not None:
        reporter.progress(1.0, tr("Talk directions found"))
    return directions


def model_path(model_ref: str) -> Path:
    """The model file: "builtin:NAME" in resources/models, else the path as given (a
    project's relative reference is resolved by the caller, rendering.ModelCache.path_for)."""
    if model_ref.startswith(BUILTIN_PREFIX):
        return builtin_model_path(model_ref[len(BUILTIN_PREFIX) :])
    return Path(model_ref)


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()[:24]


def _cache_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "talk-directions"
    import platformdirs

    return Path(platformdirs.user_data_dir("aigc-studio", "AIGC Studio")) / "talk-directions"


def _read_cached(key: str) -> TalkDirections | None:
    path = _cache_dir() / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return TalkDirections(
            np.asarray(data["mouth"], dtype=np.float32),
            np.asarray(data["blink"], dtype=np.float32),
            [np.asarray(d, dtype=np.float32) for d in data["drift"]],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # no cache yet, or a broken one: fit again


def _write_cached(key: str, directions: TalkDirections) -> None:
    folder = _cache_dir()
    data = {
        "mouth": directions.mouth.tolist(),
        "blink": directions.blink.tolist(),
        "drift": [d.tolist() for d in directions.drift],
    }
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f"{key}.json.tmp"
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(folder / f"{key}.json")
    except OSError as error:  # a cache that cannot be written only costs a refit
        log.warning("talk directions not cached: %s", error)
