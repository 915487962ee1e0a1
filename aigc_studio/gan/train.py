"""DCGAN training as a plain generator of progress updates.

The loop knows nothing about threads or widgets: the engine iterates it in a worker
thread, the CLI iterates it in the terminal. It checks ``reporter.cancelled()`` every step
and, when asked to stop, writes a final checkpoint before returning, so a cancel never
loses the run.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torch import nn

from aigc_studio.gan.checkpoint import save_model
from aigc_studio.gan.config import ModelConfig
from aigc_studio.gan.dataset import load_image_folder
from aigc_studio.gan.device import resolve_device
from aigc_studio.gan.generate import image_grid, to_uint8_images
from aigc_studio.gan.models import Discriminator, Generator, init_dcgan_weights
from aigc_studio.progress import Cancelled, Reporter

MODEL_FILE = "model.safetensors"
DISCRIMINATOR_FILE = "discriminator.safetensors"
METRICS_FILE = "metrics.csv"
SAMPLE_COUNT = 64  # an 8x8 grid


@dataclass
class TrainConfig:
    data_dir: Path  # folder of png/jpg/jpeg/webp/bmp images
    out_dir: Path  # run folder: model.safetensors, samples/, metrics.csv
    steps: int = 2000  # optimiser steps (one D and one G update each)
    batch: int = 64  # images per step
    resolution: int = 64  # 32, 64 or 128 px; images are centre-cropped and resized to it
    device: str = "auto"  # auto picks CUDA, then MPS, then the CPU
    seed: int = 0  # fixes init, batches and sample noise, so runs are repeatable
    latent_dim: int = 100  # DCGAN's nz
    generator_width: int = 64  # DCGAN's ngf
    discriminator_width: int = 64  # DCGAN's ndf
    learning_rate: float = 2e-4  # Adam, as in the DCGAN paper
    beta1: float = 0.5  # Adam momentum; the paper found 0.9 oscillates
    beta2: float = 0.999
    flip: bool = True  # random horizontal flips: free extra data for roughly symmetric subjects
    log_every: int = 10  # steps between progress updates (and metrics rows flushed)
    sample_every: int = 100  # steps between sample grids written to samples/
    checkpoint_every: int = 250  # steps between model.safetensors rewrites

    def __post_init__(self) -> None:
        self.data_dir, self.out_dir = Path(self.data_dir), Path(self.out_dir)
        if self.steps < 1 or self.batch < 1:
            raise ValueError("steps and batch must be at least 1")


@dataclass
class TrainUpdate:
    step: int  # steps completed
    total_steps: int
    loss_d: float  # discriminator loss of the latest step
    loss_g: float  # generator loss of the latest step
    seconds: float  # wall time since training started
    sample_grid: np.ndarray | None = None  # (H, W, 3) uint8 grid when one was drawn
    model_path: Path | None = None  # set when model.safetensors was (re)written
    message: str = ""  # one human sentence: skipped files, cancel, finished
    skipped: list[str] = field(default_factory=list)  # unreadable files, in the first update


class _Metrics:
    """metrics.csv: one row per step; flushed every log interval so a crash keeps it."""

    def __init__(self, path: Path) -> None:
        self.handle = open(path, "w", newline="", encoding="utf-8")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(["step", "loss_d", "loss_g", "seconds"])

    def add(self, step: int, loss_d: float, loss_g: float, seconds: float) -> None:
        self.writer.writerow([step, f"{loss_d:.5f}", f"{loss_g:.5f}", f"{seconds:.3f}"])

    def flush(self) -> None:
        self.handle.flush()

    def close(self) -> None:
        self.handle.close()


def _draw_samples(generator: Generator, noise: torch.Tensor, path: Path) -> np.ndarray:
    generator.eval()
    with torch.no_grad():
        grid = image_grid(to_uint8_images(generator(noise)))
    generator.train()
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(grid).save(path)
    return grid


def train(config: TrainConfig, reporter: Reporter) -> Iterator[TrainUpdate]:
    device = resolve_device(config.device)
    torch.manual_seed(config.seed)
    rng = torch.Generator().manual_seed(config.seed)

    try:
        data = load_image_folder(config.data_dir, config.resolution, reporter)
    except Cancelled:
        return
    if len(data) == 0:
        reason = f" ({data.skipped_summary()})" if data.skipped else ""
        raise ValueError(f"no readable images in {config.data_dir}{reason}")
    yield TrainUpdate(
        step=0,
        total_steps=config.steps,
        loss_d=float("nan"),
        loss_g=float("nan"),
        seconds=0.0,
        message=data.skipped_summary() or f"Loaded {len(data)} images",
        skipped=[str(p) for p, _ in data.skipped],
    )

    model_config = ModelConfig(
        resolution=config.resolution,
        latent_dim=config.latent_dim,
        generator_width=config.generator_width,
        discriminator_width=config.discriminator_width,
        dataset=f"{config.data_dir.name} ({len(data)} images)",
    )
    generator = Generator(model_config).to(device)
    discriminator = Discriminator(model_config).to(device)
    generator.apply(init_dcgan_weights)
    discriminator.apply(init_dcgan_weights)
    betas = (config.beta1, config.beta2)
    opt_g = torch.optim.Adam(generator.parameters(), lr=config.learning_rate, betas=betas)
    opt_d = torch.optim.Adam(discriminator.parameters(), lr=config.learning_rate, betas=betas)
    # BCE on logits is the original GAN loss: L_D = -log D(x) - log(1 - D(G(z))),
    # L_G = -log D(G(z)) (the non-saturating form), computed stably from logits.
    bce = nn.BCEWithLogitsLoss()

    images = torch.from_numpy(data.images).to(device)
    batch = config.batch
    ones = torch.ones(batch, device=device)
    zeros = torch.zeros(batch, device=device)
    sample_noise = torch.randn(SAMPLE_COUNT, config.latent_dim, generator=rng).to(device)

    out = config.out_dir
    out.mkdir(parents=True, exist_ok=True)
    metrics = _Metrics(out / METRICS_FILE)
    started = time.perf_counter()
    step, loss_d, loss_g = 0, float("nan"), float("nan")

    def checkpoint() -> Path:
        model_config.step = step
        save_model(out / DISCRIMINATOR_FILE, discriminator, model_config)
        return save_model(out / MODEL_FILE, generator, model_config)

    try:
        while step < config.steps:
            if reporter.cancelled():
                break
            index = torch.randint(len(images), (batch,), generator=rng).to(device)
            real = images[index].float().div_(127.5).sub_(1.0)
            if config.flip:
                flip = (torch.rand(batch, generator=rng) < 0.5).to(device)
                real = torch.where(flip[:, None, None, None], real.flip(3), real)
            noise = torch.randn(batch, config.latent_dim, generator=rng).to(device)

            fake = generator(noise)
            opt_d.zero_grad(set_to_none=True)
            d_loss = bce(discriminator(real), ones) + bce(discriminator(fake.detach()), zeros)
            d_loss.backward()
            opt_d.step()

            opt_g.zero_grad(set_to_none=True)
            g_loss = bce(discriminator(fake), ones)
            g_loss.backward()
            opt_g.step()

            step += 1
            loss_d, loss_g = d_loss.item(), g_loss.item()
            seconds = time.perf_counter() - started
            metrics.add(step, loss_d, loss_g, seconds)
            reporter.progress(step / config.steps, f"Step {step}/{config.steps}")

            update = TrainUpdate(step, config.steps, loss_d, loss_g, seconds)
            last = step == config.steps
            if (step % config.sample_every == 0 or step == 1) and not last:
                path = out / "samples" / f"step_{step:06d}.png"
                update.sample_grid = _draw_samples(generator, sample_noise, path)
            if step % config.checkpoint_every == 0 and not last:
                update.model_path = checkpoint()
            if step % config.log_every == 0 or update.sample_grid is not None or update.model_path:
                metrics.flush()
                yield update
    finally:
        metrics.close()

    cancelled = step < config.steps
    grid = _draw_samples(generator, sample_noise, out / "samples" / f"step_{step:06d}.png")
    path = checkpoint()
    verb = "Cancelled" if cancelled else "Finished"
    yield TrainUpdate(
        step=step,
        total_steps=config.steps,
        loss_d=loss_d,
        loss_g=loss_g,
        seconds=time.perf_counter() - started,
        sample_grid=grid,
        model_path=path,
        message=f"{verb} at step {step}; model saved to {path}",
    )
