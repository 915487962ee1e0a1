"""DCGAN generator and discriminator (Radford, Metz & Chintala 2016) for 32, 64 or 128 px RGB.

Each doubling of resolution adds one stride-2 (transposed) convolution, so generator
output, discriminator input and training data agree on shape by construction. The "recipe"
arch keeps the generator and swaps in a spectrally normalised discriminator without
BatchNorm (Miyato et al. 2018), whose Lipschitz bound keeps small-data training stable.

Conditional models (config.label_names set) feed the generator a learned embedding of each
label beside the noise (Mirza & Osindero 2014), and their discriminators add a projection
term, the inner product of a class embedding with the image's pooled features (Miyato &
Koyama 2018), which conditions far more reliably than concatenating labels to the input.
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.nn.utils.parametrizations import spectral_norm

from aigc_studio.gan.config import ModelConfig
from aigc_studio.translation import tr

LABEL_EMBEDDING = 16  # generator: values per label placed beside the noise


def balanced_labels(
    count: int, classes: list[int], device: torch.device | str = "cpu"
) -> torch.Tensor:
    """(count, L) labels that run evenly through every combination of classes: what a
    conditional generator draws when the caller names no class (metrics, sample grids)."""
    columns = []
    stride = 1
    index = torch.arange(count, device=device)
    for n in classes:
        columns.append((index // stride) % n)
        stride *= n
    return torch.stack(columns, dim=1) if columns else index[:, None][:, :0]


def _doublings(resolution: int) -> int:
    """Stride-2 layers between the 4x4 core and the image: 3 for 32 px, 4 for 64, 5 for 128."""
    return int(math.log2(resolution)) - 2


class Generator(nn.Module):
    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        n = _doublings(config.resolution)
        width = config.generator_width * 2 ** (n - 1)
        self.embeddings = nn.ModuleList(
            nn.Embedding(count, LABEL_EMBEDDING) for count in config.label_classes
        )
        inputs = config.latent_dim + LABEL_EMBEDDING * len(config.label_classes)
        layers: list[nn.Module] = [
            nn.ConvTranspose2d(inputs, width, 4, 1, 0, bias=False),
            nn.BatchNorm2d(width),
            nn.ReLU(True),
        ]
        for _ in range(n - 1):
            layers += [
                nn.ConvTranspose2d(width, width // 2, 4, 2, 1, bias=False),
                nn.BatchNorm2d(width // 2),
                nn.ReLU(True),
            ]
            width //= 2
        layers += [nn.ConvTranspose2d(width, config.channels, 4, 2, 1, bias=False), nn.Tanh()]
        self.net = nn.Sequential(*layers)

    def forward(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        """z (B, latent_dim), labels (B, L) class indices -> images (B, 3, R, R) in [-1, 1].
        A conditional model given no labels cycles evenly through its classes."""
        if len(self.embeddings):
            if labels is None:
                labels = balanced_labels(z.shape[0], self.config.label_classes, z.device)
            embedded = [embed(labels[:, i]) for i, embed in enumerate(self.embeddings)]
            z = torch.cat([z, *(e.to(z.dtype) for e in embedded)], dim=1)
        return self.net(z.reshape(z.shape[0], -1, 1, 1))


class Discriminator(nn.Module):
    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        n = _doublings(config.resolution)
        width = config.discriminator_width
        layers: list[nn.Module] = [
            nn.Conv2d(config.channels, width, 4, 2, 1, bias=False),
            nn.LeakyReLU(0.2, inplace=True),
        ]
        for _ in range(n - 1):
            layers += [
                nn.Conv2d(width, width * 2, 4, 2, 1, bias=False),
                nn.BatchNorm2d(width * 2),
                nn.LeakyReLU(0.2, inplace=True),
            ]
            width *= 2
        layers.append(nn.Conv2d(width, 1, 4, 1, 0, bias=False))
        self.net = nn.Sequential(*layers)
        self.projection = _Projection(config.label_classes, width)

    def forward(self, images: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        """images (B, 3, R, R) -> logits (B,); sigmoid(logit) is D's belief the image is real."""
        return _logits(self.net, self.projection, images, labels)


class SpectralDiscriminator(nn.Module):
    """DCGAN's discriminator layout with spectral norm on every conv and no BatchNorm.

    Without BatchNorm each image's logit depends on that image alone, so real and fake
    batches can share one forward pass.
    """

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        n = _doublings(config.resolution)
        width = config.discriminator_width
        layers: list[nn.Module] = [
            spectral_norm(nn.Conv2d(config.channels, width, 4, 2, 1)),
            nn.LeakyReLU(0.2, inplace=True),
        ]
        for _ in range(n - 1):
            layers += [
                spectral_norm(nn.Conv2d(width, width * 2, 4, 2, 1)),
                nn.LeakyReLU(0.2, inplace=True),
            ]
            width *= 2
        layers.append(spectral_norm(nn.Conv2d(width, 1, 4, 1, 0)))
        self.net = nn.Sequential(*layers)
        self.projection = _Projection(config.label_classes, width)

    def forward(self, images: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        """images (B, 3, R, R), labels (B, L) for conditional models -> logits (B,)."""
        return _logits(self.net, self.projection, images, labels)


class _Projection(nn.Module):
    """The projection discriminator's class term: <embed(y), sum of D's last features>."""

    def __init__(self, classes: list[int], width: int) -> None:
        super().__init__()
        self.embeddings = nn.ModuleList(nn.Embedding(count, width) for count in classes)
        for embedding in self.embeddings:
            nn.init.normal_(embedding.weight, 0.0, 0.02)  # the scale of DCGAN's conv init

    def forward(self, features: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        pooled = features.sum(dim=(2, 3))
        terms = [(embed(labels[:, i]) * pooled).sum(1) for i, embed in enumerate(self.embeddings)]
        return torch.stack(terms).sum(0)


def _logits(
    net: nn.Sequential, projection: _Projection, images: torch.Tensor, labels: torch.Tensor | None
) -> torch.Tensor:
    if not len(projection.embeddings):
        return net(images).view(-1)
    if labels is None:
        raise ValueError(tr("a conditional discriminator needs the images' labels"))
    features = net[:-1](images)
    return net[-1](features).view(-1) + projection(features, labels).to(features.dtype)


def build_generator(config: ModelConfig) -> Generator:
    """The generator a model file's config names; both archs share one generator today."""
    return Generator(config)


def build_discriminator(config: ModelConfig) -> nn.Module:
    if config.arch == "recipe":
        return SpectralDiscriminator(config)
    return Discriminator(config)


def init_dcgan_weights(module: nn.Module) -> None:
    """The DCGAN paper's init: conv weights N(0, 0.02), BatchNorm scale N(1, 0.02), shift 0."""
    if isinstance(module, (nn.Conv2d, nn.ConvTranspose2d)):
        # Under spectral norm ``weight`` is computed; initialise the stored original instead.
        parametrizations = getattr(module, "parametrizations", None)
        weight = parametrizations.weight.original if parametrizations else module.weight
        nn.init.normal_(weight, 0.0, 0.02)
        if module.bias is not None:
            nn.init.zeros_(module.bias)
    elif isinstance(module, nn.BatchNorm2d):
        nn.init.normal_(module.weight, 1.0, 0.02)
        nn.init.zeros_(module.bias)
