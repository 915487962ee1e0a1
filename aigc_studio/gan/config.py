"""The model's own description; it travels inside every model file's metadata."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from aigc_studio.translation import tr

SUPPORTED_RESOLUTIONS = (32, 64, 128)
MODEL_FORMAT = "aigc-studio-gan"  # metadata marker: refuse safetensors files of other kinds
MODEL_FORMAT_VERSION = 1
# "dcgan": Radford et al. 2016 as published. "recipe": the same generator trained for small
# data (DiffAugment, spectral-norm discriminator, hinge loss, EMA weights, TTUR); its model
# files hold the EMA generator. Files name their arch, so every file loads the right network.
ARCHITECTURES = ("recipe", "dcgan")
MAX_CLASSES = 1000  # per label column; more is almost surely an id column, not a class


@dataclass
class ModelConfig:
    arch: str = "dcgan"  # network family, one of ARCHITECTURES; old files all say "dcgan"
    resolution: int = 64  # square output size in pixels: 32, 64 or 128
    latent_dim: int = 100  # length of the noise vector z (DCGAN's nz)
    generator_width: int = 64  # channels of the generator's last hidden layer (DCGAN's ngf)
    discriminator_width: int = 64  # channels of the discriminator's first layer (DCGAN's ndf)
    channels: int = 3  # RGB
    step: int = 0  # training steps the weights have seen
    dataset: str = ""  # short summary of the training data, e.g. "faces-train (5000 images)"
    # Conditional models (cGAN): the labels.csv columns the model was trained on, e.g.
    # ["eye_color", "face_shape"], and how many classes each has. Empty: unconditional.
    label_names: list[str] = field(default_factory=list)
    label_classes: list[int] = field(default_factory=list)  # classes per label, same order

    def __post_init__(self) -> None:
        if self.resolution not in SUPPORTED_RESOLUTIONS:
            raise ValueError(
                tr("resolution must be one of {choices}, got {resolution}").format(
                    choices=", ".join(map(str, SUPPORTED_RESOLUTIONS)), resolution=self.resolution
                )
            )
        if self.arch not in ARCHITECTURES:
            raise ValueError(tr("unknown architecture {arch!r}").format(arch=self.arch))
        if not (1 <= self.latent_dim <= 4096 and 4 <= self.generator_width <= 1024):
            raise ValueError(tr("latent size or generator width out of range"))
        if not 4 <= self.discriminator_width <= 1024 or self.channels != 3:
            raise ValueError(tr("discriminator width out of range or not RGB"))
        self.label_names = [str(name) for name in self.label_names]
        self.label_classes = [int(count) for count in self.label_classes]
        if len(self.label_names) != len(self.label_classes):
            raise ValueError(tr("every label needs its class count"))
        if not all(2 <= count <= MAX_CLASSES for count in self.label_classes):
            raise ValueError(tr("a label needs 2 to {most} classes").format(most=MAX_CLASSES))

    @property
    def conditional(self) -> bool:
        """True when the model generates a chosen class of each label."""
        return bool(self.label_names)

    def to_json(self) -> str:
        return json.dumps({"format": MODEL_FORMAT, "version": MODEL_FORMAT_VERSION, **asdict(self)})

    @classmethod
    def from_json(cls, text: str) -> ModelConfig:
        data: dict[str, Any] = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
            raise ValueError(tr("not an AIGC Studio model (its metadata has no model config)"))
        if int(data.get("version", 0)) > MODEL_FORMAT_VERSION:
            raise ValueError(tr("this model was made by a newer AIGC Studio"))
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
