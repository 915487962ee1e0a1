"""GAN training as a plain generator of progress updates.

The loop knows nothing about threads or widgets: the engine iterates it in a worker
thread, the CLI iterates it in the terminal. It checks ``reporter.cancelled()`` every step
and, when asked to stop, writes a final checkpoint before returning, so a cancel never
loses the run.

Two architectures (see config.ARCHITECTURES): "dcgan" trains Radford et al.'s DCGAN as
published; "recipe" trains the same generator the way small data needs (DiffAugment,
spectral-norm discriminator, hinge loss, EMA generator for every sample and saved model,
TTUR learning rates). Every ``checkpoint_every`` steps and on cancel the full state goes to
RUN_DIR/train_state.safetensors; ``resume`` continues from it bit for bit (CPU, same seed).
When the folder has a labels.csv (labels.py) the run is conditional: real images are shown
to D with their labels, fakes with labels drawn from the data's own label distribution.
Losses reach the host once per log interval, where the divergence guard (guard.py) checks
them and, on NaN or a collapsed discriminator, rolls back to the last good state.
Under torchrun the same loop trains on several processes (distributed.py: DDP, one data
stream per rank, rank 0 writes); ``cluster`` is then the process group.
When a step runs out of GPU memory (oom.py) the run goes back to its last good state and
retries with half the batch, down to ``min_batch``; out of memory there, it saves the
last good state and raises OutOfDeviceMemoryError, whose sentence offers the CPU.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PIL import Image

from aigc_studio.gan import losses
from aigc_studio.gan.augment import diff_augment, parse_policy
from aigc_studio.gan.checkpoint import save_model
from aigc_studio.gan.config import ARCHITECTURES, ModelConfig
from aigc_studio.gan.dataset import ImageFolder
from aigc_studio.gan.dataset_cache import DATASET_CACHE_FILE, load_image_folder_cached
from aigc_studio.gan.distributed import Cluster, rng_key
from aigc_studio.gan.ema import EMA
from aigc_studio.gan.generate import image_grid, to_uint8_images
from aigc_studio.gan.guard import DivergedError, DivergenceGuard
from aigc_studio.gan.labels import (
    NONE,
    LabelsError,
    attach_labels,
    grid_labels,
    read_labels,
    resolve_columns,
)
from aigc_studio.gan.metrics_log import MetricsLog
from aigc_studio.gan.models import build_discriminator, build_generator, init_dcgan_weights
from aigc_studio.gan.oom import (
    OutOfDeviceMemoryError,
    as_user_error,
    free_device_memory,
    is_gpu,
    is_out_of_memory,
    memory_name,
    out_of_memory_sentence,
)
from aigc_studio.gan.speed import FastPaths, choose_fast_paths
from aigc_studio.gan.train_quality import QUALITY_FILE, QualityLog, TrainingQuality
from aigc_studio.gan.train_state import (
    STATE_FILE,
    TrainingState,
    checkpoint_world_size,
    load_state,
    restore_rng,
    save_state,
)
from aigc_studio.gan.warm_start import load_generator_weights, source_config
from aigc_studio.progress import Cancelled, Reporter, SilentReporter
from aigc_studio.translation import tr

log = logging.getLogger(__name__)

MODEL_FILE = "model.safetensors"
METRICS_FILE = "metrics.csv"
SAMPLE_COUNT = 64  # an 8x8 grid
# Settings a resumed run takes from its checkpoint, so it continues the same computation.
RUN_SETTINGS = (
    "arch", "resolution", "latent_dim", "generator_width", "discriminator_width", "batch",
    "seed", "beta1", "beta2", "flip", "augment", "ema_beta", "labels",
)  # fmt: skip
# What a checkpoint written before a setting existed meant by it.
OLD_RUN_DEFAULTS = {"labels": NONE}


@dataclass
class TrainConfig:
    data_dir: Path  # folder of png/jpg/jpeg/webp/bmp images
    out_dir: Path  # run folder: model.safetensors, samples/, metrics.csv, train_state
    steps: int = 2000  # total optimiser steps (one D and one G update each), resumed ones included
    batch: int = 64  # images per step (per process under torchrun: K processes train on K x batch)
    resolution: int = 64  # 32, 64 or 128 px; images are centre-cropped and resized to it
    device: str = "auto"  # auto picks CUDA, then MPS, then the CPU
    seed: int = 0  # fixes init, batches, augmentation and sample noise: runs are repeatable
    latent_dim: int = 100  # DCGAN's nz
    generator_width: int = 64  # DCGAN's ngf
    discriminator_width: int = 64  # DCGAN's ndf
    arch: str = "recipe"  # "recipe" (small-data recipe) or "dcgan" (the paper's DCGAN)
    learning_rate: float = 2e-4  # dcgan: Adam lr of both networks, as in the DCGAN paper
    lr_generator: float = 1e-4  # recipe: G's Adam lr (TTUR, Heusel et al. 2017) ...
    lr_discriminator: float = 4e-4  # ... and D's, 4x G's so the SN discriminator keeps up
    beta1: float = 0.5  # Adam momentum; the DCGAN paper found 0.9 oscillates
    beta2: float = 0.999
    flip: bool = True  # random horizontal flips: free extra data for roughly symmetric subjects
    augment: str = "color,translation,cutout"  # recipe: DiffAugment policy; "" turns it off
    ema_beta: float = 0.999  # recipe: decay of the generator weights' moving average
    labels: str = "auto"  # labels.csv columns to condition on: "auto" = all of them when
    # DATA_DIR has a labels.csv, "none" = unconditional, or a list such as "eye_color"
    log_every: int = 10  # steps between progress updates, loss syncs and metrics rows flushed
    sample_every: int = 100  # steps between sample grids written to samples/
    checkpoint_every: int = 250  # steps between model.safetensors + train_state rewrites
    resume: Path | None = None  # a run folder (or its train_state.safetensors) to continue
    init_from: Path | None = None  # a model file whose generator starts a new run (fine-tune);
    # the run takes its resolution, latent size and generator width
    precision: str = "auto"  # auto: bf16 autocast where the hardware has native bf16; fp32; bf16
    threads: int = 0  # torch CPU threads; 0 keeps torch's default of one per physical core
    rollback_lr_factor: float = 0.5  # divergence guard: each rollback multiplies lrs by this
    quality_samples: int = 256  # faces scored against the run's images at each checkpoint
    # (KID, precision, recall in quality.csv); 0 turns the check off
    max_rollbacks: int = 5  # more rollbacks than this end the run with an error
    collapse_steps: int = 100  # guard: perfect-D steps in a row that count as a collapse
    min_batch: int = 4  # out of GPU memory, the batch is halved down to this; out of memory
    # at this batch too, the run saves its last good state and stops, offering the CPU

    def __post_init__(self) -> None:
        self.data_dir, self.out_dir = Path(self.data_dir), Path(self.out_dir)
        if self.resume is not None:
            self.resume = Path(self.resume)
        if self.init_from is not None:
            self.init_from = Path(self.init_from)
        if self.steps < 1 or self.batch < 1:
            raise ValueError(tr("steps and batch must be at least 1"))
        if self.arch not in ARCHITECTURES:
            raise ValueError(
                tr("unknown architecture {arch!r}; use {choices}").format(
                    arch=self.arch, choices=tr(" or ").join(ARCHITECTURES)
                )
            )
        parse_policy(self.augment)


@dataclass
class TrainUpdate:
    step: int  # steps completed
    total_steps: int
    loss_d: float  # discriminator loss of the latest step
    loss_g: float  # generator loss of the latest step
    seconds: float  # wall time since training started (resumed runs include earlier time)
    sample_grid: np.ndarray | None = None  # (H, W, 3) uint8 grid when one was drawn
    model_path: Path | None = None  # set when model.safetensors was (re)written
    message: str = ""  # one human sentence: skipped files, resume, rollback, cancel, finished
    skipped: list[str] = field(default_factory=list)  # unreadable files, in the first update
    images_per_second: float = 0.0  # training throughput of this session so far, all ranks
    rolled_back: bool = False  # the divergence guard just restored an earlier state
    quality: dict[str, float] | None = None  # KID, precision, recall measured at this step
    batch: int = 0  # images per step now; 0 in updates that do not say (lowered on OOM)
    batch_lowered: bool = False  # the GPU ran out of memory and the batch was just halved


def state_path(resume: Path) -> Path:
    return resume / STATE_FILE if resume.is_dir() else resume


def _resume_config(config: TrainConfig) -> tuple[TrainConfig, dict[str, torch.Tensor], dict]:
    assert config.resume is not None
    path = state_path(config.resume)
    if not path.is_file():
        raise FileNotFoundError(
            tr("no checkpoint to resume in {folder} ({file})").format(
                folder=config.resume, file=STATE_FILE
            )
        )
    tensors, info = load_state(path)
    settings = {**OLD_RUN_DEFAULTS, **info["settings"]}
    config = replace(config, **{name: settings[name] for name in RUN_SETTINGS})
    return config, tensors, info


class _Run:
    """One training run's networks, optimisers and step function."""

    def __init__(
        self,
        config: TrainConfig,
        model_config: ModelConfig,
        fast: FastPaths,
        cluster: Cluster,
        labels: torch.Tensor | None,
    ) -> None:
        self.config, self.model_config, self.fast = config, model_config, fast
        self.device = cluster.resolve_device(config.device)
        self.labels = labels.to(self.device) if labels is not None else None  # (N, L) classes
        self.recipe = config.arch == "recipe"
        self.loss = "hinge" if self.recipe else "bce"
        self.policy = parse_policy(config.augment) if self.recipe else ()
        self.layout = torch.channels_last if fast.channels_last else torch.contiguous_format
        torch.manual_seed(config.seed)
        generator = build_generator(model_config)
        discriminator = build_discriminator(model_config)
        generator.apply(init_dcgan_weights)
        discriminator.apply(init_dcgan_weights)
        generator.to(self.device, memory_format=self.layout)
        discriminator.to(self.device, memory_format=self.layout)
        ema = EMA(generator, config.ema_beta, config.seed) if self.recipe else None
        lr_g, lr_d = self.initial_learning_rates()
        betas = (config.beta1, config.beta2)
        fused = {"fused": True} if fast.fused_adam else {}
        self.state = TrainingState(
            generator=generator,
            discriminator=discriminator,
            opt_g=torch.optim.Adam(generator.parameters(), lr=lr_g, betas=betas, **fused),
            opt_d=torch.optim.Adam(discriminator.parameters(), lr=lr_d, betas=betas, **fused),
            ema=ema,
            rng=torch.Generator().manual_seed(cluster.loop_seed(config.seed)),
        )
        # What the step's forward passes run through: DDP wrappers under torchrun, which
        # average gradients across ranks; the networks themselves otherwise.
        self.train_generator = cluster.wrap(generator)
        self.train_discriminator = cluster.wrap(discriminator)

    def initial_learning_rates(self) -> tuple[float, float]:
        if self.recipe:
            return self.config.lr_generator, self.config.lr_discriminator
        return self.config.learning_rate, self.config.learning_rate

    @property
    def learning_rates(self) -> tuple[float, float]:
        return self.state.opt_g.param_groups[0]["lr"], self.state.opt_d.param_groups[0]["lr"]

    def set_learning_rates(self, lr_g: float, lr_d: float) -> None:
        for group in self.state.opt_g.param_groups:
            group["lr"] = lr_g
        for group in self.state.opt_d.param_groups:
            group["lr"] = lr_d

    @property
    def sampler(self) -> torch.nn.Module:
        """The network every sample and saved model comes from: the EMA in the recipe, with
        BatchNorm statistics of its own (ema.py)."""
        if self.state.ema is None:
            return self.state.generator
        self.state.ema.refresh_batchnorm(self.config.latent_dim)
        return self.state.ema.model

    def autocast(self) -> contextlib.AbstractContextManager[Any]:
        if self.fast.autocast_dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(self.device.type, dtype=self.fast.autocast_dtype)

    def real_batch(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor | None]:
        """A batch of real images in [-1, 1] and, in a conditional run, their labels."""
        rng, batch = self.state.rng, self.config.batch
        index = torch.randint(len(images), (batch,), generator=rng).to(self.device)
        real = images[index].float().div_(127.5).sub_(1.0)
        if self.config.flip:
            flip = (torch.rand(batch, generator=rng) < 0.5).to(self.device)
            real = torch.where(flip[:, None, None, None], real.flip(3), real)
        labels = self.labels[index] if self.labels is not None else None
        return real.contiguous(memory_format=self.layout), labels

    def fake_labels(self) -> torch.Tensor | None:
        """Labels for the fakes, drawn from the data's own label distribution."""
        if self.labels is None:
            return None
        index = torch.randint(len(self.labels), (self.config.batch,), generator=self.state.rng)
        return self.labels[index.to(self.device)]

    def augment(self, images: torch.Tensor) -> torch.Tensor:
        return diff_augment(images, self.policy, self.state.rng) if self.policy else images

    def step(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """One D and one G update; returns both losses as device tensors (no host sync)."""
        s = self.state
        real, real_labels = self.real_batch(images)
        noise = torch.randn(self.config.batch, self.config.latent_dim, generator=s.rng)
        labels = self.fake_labels()
        with self.autocast():
            fake = self.train_generator(noise.to(self.device), labels)
            discriminator = self.train_discriminator
            if self.recipe:  # no BatchNorm in D: real and fake share one forward pass
                both = None if labels is None else torch.cat([real_labels, labels])
                logits = discriminator(self.augment(torch.cat([real, fake.detach()])), both)
                real_logits, fake_logits = logits.split(self.config.batch)
            else:  # BatchNorm must see real and fake batches apart, as in the paper
                real_logits = discriminator(real, real_labels)
                fake_logits = discriminator(fake.detach(), labels)
        loss_d = losses.discriminator_loss(self.loss, real_logits, fake_logits)
        s.opt_d.zero_grad(set_to_none=True)
        loss_d.backward()
        s.opt_d.step()

        # G's update needs gradients through D, not for D's weights: skip computing those
        # (and, under DDP, run D unwrapped: there are no D gradients to average).
        s.discriminator.requires_grad_(False)
        with self.autocast():
            fake_logits = s.discriminator(self.augment(fake), labels)
        loss_g = losses.generator_loss(self.loss, fake_logits)
        s.opt_g.zero_grad(set_to_none=True)
        loss_g.backward()
        s.opt_g.step()
        s.discriminator.requires_grad_(True)
        if s.ema is not None:
            s.ema.update(s.generator, s.step)
        return loss_d.detach(), loss_g.detach()


def _draw_samples(
    generator: torch.nn.Module, noise: torch.Tensor, labels: torch.Tensor | None, path: Path
) -> np.ndarray:
    was_training = generator.training
    generator.eval()
    with torch.no_grad():
        grid = image_grid(to_uint8_images(generator(noise, labels)))
    generator.train(was_training)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(grid).save(path)
    return grid


def _load_images(
    config: TrainConfig, reporter: Reporter, cluster: Cluster
) -> tuple[ImageFolder, bool] | None:
    """The decoded images, None when cancelled. Under torchrun rank 0 decodes and writes
    the cache first; the other ranks then read it (or decode for themselves, uncached)."""
    cache = config.out_dir / DATASET_CACHE_FILE
    loaded = None
    if cluster.is_main:
        with contextlib.suppress(Cancelled):
            loaded = load_image_folder_cached(config.data_dir, config.resolution, cache, reporter)
    if cluster.any(cluster.is_main and loaded is None):  # also waits for rank 0's cache
        return None
    if not cluster.is_main:  # a rank that stopped alone would leave the others waiting
        loaded = load_image_folder_cached(
            config.data_dir, config.resolution, cache, SilentReporter(), write=False
        )
    return loaded


def _conditioning(
    config: TrainConfig, data: ImageFolder, resumed: tuple[dict, dict] | None
) -> tuple[ImageFolder, torch.Tensor | None, list[int], list[str]]:
    """(images kept, their labels, classes per label, label names) for this run; no labels
    and all images for an unconditional one."""
    table = None if config.labels.strip().lower() == NONE else read_labels(config.data_dir)
    columns = resolve_columns(config.labels, table)
    if not columns or table is None:
        return data, None, [], []
    table = table.select(columns)
    data, labels = attach_labels(data, table)
    classes = table.classes()
    if resumed is not None and "label_classes" in resumed[1]:
        classes = [int(c) for c in resumed[1]["label_classes"]]  # the networks' sizes
    too_big = [n for i, n in enumerate(columns) if len(labels) and labels[:, i].max() >= classes[i]]
    if too_big:
        raise LabelsError(
            tr(
                "labels.csv now has more classes of {labels} than this run was started "
                "with; start a new run"
            ).format(labels=", ".join(too_big))
        )
    return data, torch.from_numpy(labels), classes, columns


def train(
    config: TrainConfig, reporter: Reporter, cluster: Cluster | None = None
) -> Iterator[TrainUpdate]:
    """Train, yielding progress. ``cluster`` is the process group under torchrun
    (distributed.from_environment); one process by default."""
    cluster = cluster or Cluster()
    resumed: tuple[dict[str, torch.Tensor], dict] | None = None
    if config.resume is not None:
        config, tensors, info = _resume_config(config)
        resumed = (tensors, info)
    elif config.init_from is not None:
        start_model = source_config(config.init_from)
        config = replace(
            config,
            resolution=start_model.resolution,
            latent_dim=start_model.latent_dim,
            generator_width=start_model.generator_width,
        )
    device = cluster.resolve_device(config.device)
    fast = choose_fast_paths(device, config.precision, config.threads)

    loaded = _load_images(config, reporter, cluster)
    if loaded is None:
        return
    data, from_cache = loaded
    data, labels, classes, columns = _conditioning(config, data, resumed)
    if len(data) == 0:
        if data.skipped:
            raise ValueError(
                tr("no readable images in {folder} ({skipped})").format(
                    folder=config.data_dir, skipped=data.skipped_summary()
                )
            )
        raise ValueError(tr("no readable images in {folder}").format(folder=config.data_dir))

    config = replace(config, labels=",".join(columns) or NONE)  # what a resume must repeat
    model_config = ModelConfig(
        arch=config.arch,
        resolution=config.resolution,
        latent_dim=config.latent_dim,
        generator_width=config.generator_width,
        discriminator_width=config.discriminator_width,
        dataset=f"{config.data_dir.name} ({len(data)} images)",
        label_names=columns,
        label_classes=classes,
    )
    run = _Run(config, model_config, fast, cluster, labels)
    state = run.state
    if resumed is None and config.init_from is not None:
        generators = [state.generator] + ([state.ema.model] if state.ema is not None else [])
        load_generator_weights(generators, config.init_from)
    # Drawn before any resume so a resumed run draws its grids from the same noise.
    sample_noise = torch.randn(SAMPLE_COUNT, config.latent_dim, generator=state.rng).to(device)
    sample_labels = None
    if columns:
        sample_labels = torch.from_numpy(grid_labels(SAMPLE_COUNT, classes)).to(device)
    earlier_seconds, rollbacks = 0.0, 0
    if data.skipped:
        message = data.skipped_summary()
    elif from_cache:
        message = tr("Loaded {count} images from the run's image cache").format(count=len(data))
    else:
        message = tr("Loaded {count} images").format(count=len(data))
    if cluster.distributed:
        message = tr("{message}; training on {cluster}").format(
            message=message, cluster=cluster.describe(config.batch)
        )
    if resumed is not None:
        tensors, info = resumed
        state.restore(tensors)
        restore_rng(state, tensors, rng_key(cluster.rank))  # a rank without one keeps its own
        state.step = int(info["step"])
        run.set_learning_rates(info["lr_g"], info["lr_d"])
        earlier_seconds, rollbacks = float(info["seconds"]), int(info["rollbacks"])
        message = tr("Resumed {arch} run at step {step}; {message}").format(
            arch=config.arch, step=state.step, message=message
        )
        if checkpoint_world_size(info) != cluster.world_size:
            message += tr(
                " (saved by {saved} process(es), resumed on "
                "{now}: batches differ from an uninterrupted run)"
            ).format(saved=checkpoint_world_size(info), now=cluster.world_size)
    if resumed is None and config.init_from is not None:
        message += tr("; started from {name} (step {step})").format(
            name=config.init_from.name, step=start_model.step
        )
    if columns:
        described = ", ".join(
            tr("{label} ({count} classes)").format(label=n, count=c)
            for n, c in zip(columns, classes, strict=True)
        )
        message += tr("; conditional on {labels}").format(labels=described)
    start_step = state.step
    yield TrainUpdate(
        step=start_step,
        total_steps=config.steps,
        loss_d=float("nan"),
        loss_g=float("nan"),
        seconds=earlier_seconds,
        message=message,
        skipped=[str(p) for p, _ in data.skipped],
    )

    try:
        images = torch.from_numpy(data.images).to(device)
    except Exception as error:
        if not is_out_of_memory(error):
            raise
        raise as_user_error(
            device, tr("holding the {count} training images").format(count=len(data))
        ) from error
    out, main = config.out_dir, cluster.is_main  # only the main process writes files
    metrics = None
    if main:
        out.mkdir(parents=True, exist_ok=True)
        metrics = MetricsLog(out / METRICS_FILE, keep_until=start_step if resumed else None)
    quality, quality_log, quality_note = None, None, ""
    if main and config.quality_samples:
        try:
            quality = TrainingQuality(
                data.images, config.quality_samples, config.latent_dim, config.seed
            )
            quality_log = QualityLog(out / QUALITY_FILE, keep_until=start_step if resumed else None)
        except (OSError, ValueError) as error:  # no feature net, or too few images
            quality_note = tr(" (quality check off: {error})").format(error=error)

    def measure(update: TrainUpdate) -> None:
        if quality is None or quality_log is None:
            return
        try:
            update.quality = quality.measure(run.sampler)
        except Exception as error:
            if not is_out_of_memory(error):
                raise
        else:
            quality_log.add(update.step, update.quality)
            return
        free_device_memory(device)  # the model is saved; only this step's scores are missing
        note = tr("Out of {memory} measuring quality at step {step}; skipped").format(
            memory=memory_name(device), step=update.step
        )
        if update.message:
            note = tr("{message}; {note}").format(message=update.message, note=note)
        update.message = note

    guard = DivergenceGuard(collapse_steps=config.collapse_steps)
    good = (state.step, state.snapshot())  # the rollback target
    # The random stream at that state: a step retried after running out of memory draws
    # the same noise and images again (a divergence rollback deliberately does not).
    good_rng = state.rng.get_state()
    started = time.perf_counter()
    pending: list[tuple[int, torch.Tensor, torch.Tensor, float]] = []
    loss_d = loss_g = float("nan")

    def seconds() -> float:
        return earlier_seconds + time.perf_counter() - started

    requested_batch = config.batch
    # Images trained before the latest batch change, and the step the current batch began at.
    images_before, counted_from = 0, start_step

    def images_per_second() -> float:
        done = images_before + (state.step - counted_from) * config.batch
        return done * cluster.world_size / max(time.perf_counter() - started, 1e-9)

    def sync() -> str | None:
        """Bring pending losses to the host in one transfer, log them, and judge them."""
        nonlocal loss_d, loss_g
        if not pending:
            return None
        values = torch.stack([torch.stack((d, g)) for _, d, g, _ in pending]).float()
        values = cluster.agree(values, reporter).tolist()  # all ranks: the same numbers
        rows = [(p[0], v[0], v[1], p[3]) for p, v in zip(pending, values, strict=True)]
        pending.clear()
        if metrics is not None:
            metrics.add(rows, config.batch)  # pending never spans a batch change
        loss_d, loss_g = rows[-1][1], rows[-1][2]
        return guard.check([(step, d, g) for step, d, g, _ in rows])

    def checkpoint() -> Path | None:
        """Every rank calls this at the same step; rank 0 writes the files."""
        cluster.sync_buffers(state.modules())
        other_rngs = cluster.gather_rng(state.rng)
        if not main:
            return None
        model_config.step = state.step
        lr_g, lr_d = run.learning_rates
        settings = {name: getattr(config, name) for name in RUN_SETTINGS}
        info = {"settings": settings, "lr_g": lr_g, "lr_d": lr_d, "seconds": seconds()}
        info["label_classes"] = model_config.label_classes
        info.update(rollbacks=rollbacks, world_size=cluster.world_size)
        save_state(out / STATE_FILE, state, info, other_rngs)
        return save_model(out / MODEL_FILE, run.sampler, model_config)

    def roll_back(reason: str) -> TrainUpdate:
        nonlocal rollbacks, good
        bad_step = state.step
        if rollbacks >= config.max_rollbacks:
            raise DivergedError(
                tr(
                    "training diverged {times} times ({reason}); the last good model is in "
                    "{folder}. Try a smaller learning rate or batch."
                ).format(times=rollbacks + 1, reason=reason, folder=out)
            )
        rollbacks += 1
        state.restore(good[1])
        state.step = good[0]
        lr_g, lr_d = (lr * config.rollback_lr_factor for lr in run.learning_rates)
        run.set_learning_rates(lr_g, lr_d)
        guard.reset()
        return TrainUpdate(
            step=state.step,
            total_steps=config.steps,
            loss_d=loss_d,
            loss_g=loss_g,
            seconds=seconds(),
            message=tr(
                "Rolled back from step {bad} to step {good}: {reason}; "
                "learning rates lowered to G {lr_g:.2g}, D {lr_d:.2g}"
            ).format(bad=bad_step, good=state.step, reason=reason, lr_g=lr_g, lr_d=lr_d),
            images_per_second=images_per_second(),
            rolled_back=True,
        )

    def samples(step: int) -> tuple[np.ndarray | None, str]:
        """(grid, "") or, when drawing them runs out of memory, (None, why there is none)."""
        try:
            path = out / "samples" / f"step_{step:06d}.png"
            return _draw_samples(run.sampler, sample_noise, sample_labels, path), ""
        except Exception as error:
            if not is_out_of_memory(error):
                raise
        free_device_memory(device)
        return None, tr("Out of {memory} drawing the samples of step {step}; skipped").format(
            memory=memory_name(device), step=step
        )

    def stop_out_of_memory(batch: int) -> None:
        """Save the last good state, with the batch the run was asked for (a CPU run can
        afford it), and raise the sentence that offers the CPU."""
        nonlocal config
        config = replace(config, batch=requested_batch)
        run.config = config
        saved: Path | None = None
        try:
            checkpoint()
            saved = out / STATE_FILE
        except Exception as error:
            if not is_out_of_memory(error):
                raise
        if saved is not None:
            where = tr("the last good state (step {step}) is saved in {folder}").format(
                step=state.step, folder=out
            )
        elif (out / STATE_FILE).is_file():
            where = tr("the last checkpoint in {folder} is kept").format(folder=out)
        else:
            where = tr("nothing could be saved")
        sentence = out_of_memory_sentence(
            device, tr("even at batch size {batch}; {where}").format(batch=batch, where=where)
        )
        log.warning("%s", sentence)
        raise OutOfDeviceMemoryError(sentence, offer_cpu=is_gpu(device), checkpoint=saved)

    def lower_batch() -> TrainUpdate:
        """After a step ran out of memory: back to the last good state (the failed step may
        have updated D but not G, or half of an optimiser) and on with half the batch."""
        nonlocal config, images_before, counted_from
        old = config.batch
        images_before += (state.step - counted_from) * old
        for optimiser in (state.opt_d, state.opt_g):
            optimiser.zero_grad(set_to_none=True)
        state.discriminator.requires_grad_(True)  # the failed step may have turned it off
        pending.clear()
        free_device_memory(device)
        try:
            state.restore(good[1])
        except Exception as error:
            if not is_out_of_memory(error):
                raise
            raise as_user_error(device, tr("at batch size {batch}").format(batch=old)) from error
        state.rng.set_state(good_rng)
        state.step = counted_from = good[0]
        guard.reset()
        floor = min(config.min_batch, requested_batch)
        if old <= floor:
            stop_out_of_memory(old)
        new = max(old // 2, floor)
        config = replace(config, batch=new)
        run.config = config
        message = tr("Out of {memory}: batch size lowered from {old} to {new}").format(
            memory=memory_name(device), old=old, new=new
        )
        log.warning("%s; run %s goes on from step %d", message, out, state.step)
        return TrainUpdate(
            state.step,
            config.steps,
            loss_d,
            loss_g,
            seconds(),
            message=message,
            images_per_second=images_per_second(),
            batch=new,
            batch_lowered=True,
        )

    try:
        while state.step < config.steps:
            if cluster.cancelled(reporter):
                break
            try:
                d, g = run.step(images)
            except Exception as error:
                # Under torchrun every rank would have to agree on the new batch: not here.
                if cluster.distributed or not is_out_of_memory(error):
                    raise
                d = None  # handled below, once the traceback no longer holds the step's tensors
            if d is None:
                yield lower_batch()
                continue
            state.step += 1
            step = state.step
            pending.append((step, d, g, seconds()))
            reporter.progress(
                step / config.steps, tr("Step {step}/{total}").format(step=step, total=config.steps)
            )
            last = step == config.steps
            sample_due = (step % config.sample_every == 0 or step == 1) and not last
            checkpoint_due = step % config.checkpoint_every == 0 and not last
            if not (step % config.log_every == 0 or sample_due or checkpoint_due or last):
                continue
            reason = sync()
            if reason is not None:
                yield roll_back(reason)
                continue
            if guard.state_is_good() and state.is_finite():
                good, good_rng = (step, state.snapshot()), state.rng.get_state()
            if last:
                break
            update = TrainUpdate(
                step,
                config.steps,
                loss_d,
                loss_g,
                seconds(),
                images_per_second=images_per_second(),
                batch=config.batch,
            )
            if sample_due and main:
                update.sample_grid, update.message = samples(step)
            if checkpoint_due:
                update.model_path = checkpoint()
                measure(update)
            yield update
        reason = sync()
        if reason is not None:  # cancelled right after going bad: keep the good state
            state.restore(good[1])
            state.step = good[0]
    finally:
        if metrics is not None:
            metrics.close()

    cancelled = state.step < config.steps
    step = state.step
    grid, sample_note = None, ""
    if main:
        grid, sample_note = samples(step)
    path = checkpoint()
    cluster.dump_state(state.tensors())
    if not main:
        message = tr("Cancelled") if cancelled else tr("Finished")
    elif cancelled:
        message = tr("Cancelled at step {step}; model saved to {path}{note}").format(
            step=step, path=path, note=quality_note
        )
    else:
        message = tr("Finished at step {step}; model saved to {path}{note}").format(
            step=step, path=path, note=quality_note
        )
    final = TrainUpdate(
        step=step,
        total_steps=config.steps,
        loss_d=loss_d,
        loss_g=loss_g,
        seconds=seconds(),
        sample_grid=grid,
        model_path=path,
        message=message,
        images_per_second=images_per_second(),
        batch=config.batch,
    )
    if sample_note:
        final.message += tr(" ({note})").format(note=sample_note)
    measure(final)
    yield final
