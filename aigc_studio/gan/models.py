"""DCGAN generator and discriminator (Radford, Metz & Chintala 2016) for 32, 64 or 128 px RGB.

Each doubling of resolution adds one stride-2 (transposed) convolution, so generator
output, discriminator input and training data agree on shape by construction. The "recipe"
arch keeps the generator and swaps in a spectrally normalised discriminator without
BatchNorm (Miyato et al. 2018), whose Lipschitz bound keeps small-data training stable.
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.nn.utils.parametrizations import spectral_norm

from aigc_studio.gan.config import ModelConfig


def _doublings(resolution: int) -> int:
    """Stride-2 layers between the 4x4 core and the image: 3 for 32 px, 4 for 64, 5 for 128."""
    return int(math.log2(resolution)) - 2


class Generator(nn.Module):
    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        n = _doublings(config.resolution)
        width = config.generator_width * 2 ** (n - 1)
        layers: list[nn.Module] = [
            nn.ConvTranspose2d(config.latent_dim, width, 4, 1, 0, bias=False),
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

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """z (B, latent_dim) -> images (B, 3, R, R) in [-1, 1]."""
        return self.net(z.view(z.shape[0], -1, 1, 1))


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

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """images (B, 3, R, R) -> logits (B,); sigmoid(logit) is D's belief the image is real."""
        return self.net(images).view(-1)


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

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        """images (B, 3, R, R) -> logits (B,)."""
        return self.net(images).view(-1)


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
