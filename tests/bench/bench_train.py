"""Training speed: the project's loop (--arch dcgan) against a plain reference DCGAN loop.

Run: python tests/bench/bench_train.py [--data DIR] [--resolution 64] [--width 64]
     [--batch 64] [--steps 30] [--rounds 3]

The reference is the pytorch/examples DCGAN loop written out below: the same networks
(DCGAN, nz 100, ngf = ndf = width, BatchNorm), the same batch, Adam 2e-4 (0.5, 0.999), a
Sigmoid + BCELoss discriminator, images decoded from their files by a DataLoader every
epoch, NCHW fp32 and a loss .item() every step. Runs alternate (project, reference, project,
...) in this one process so that load from other programs hits both alike. Prints images/s
of each, the ratio, and the fast paths the project's loop took on this machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torch import nn
from torch.utils.data import DataLoader, Dataset

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from aigc_studio.gan.dataset import list_image_files, load_square_rgb  # noqa: E402
from aigc_studio.gan.speed import choose_fast_paths, cpu_has_native_bf16  # noqa: E402
from aigc_studio.gan.train import TrainConfig, train  # noqa: E402


class ReferenceGenerator(nn.Module):
    def __init__(self, nz: int, ngf: int, resolution: int) -> None:
        super().__init__()
        n = int(np.log2(resolution)) - 2
        width = ngf * 2 ** (n - 1)
        layers: list[nn.Module] = [
            nn.ConvTranspose2d(nz, width, 4, 1, 0, bias=False),
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
        layers += [nn.ConvTranspose2d(width, 3, 4, 2, 1, bias=False), nn.Tanh()]
        self.main = nn.Sequential(*layers)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.main(z)


class ReferenceDiscriminator(nn.Module):
    def __init__(self, ndf: int, resolution: int) -> None:
        super().__init__()
        n = int(np.log2(resolution)) - 2
        width = ndf
        layers: list[nn.Module] = [
            nn.Conv2d(3, width, 4, 2, 1, bias=False),
            nn.LeakyReLU(0.2, True),
        ]
        for _ in range(n - 1):
            layers += [
                nn.Conv2d(width, width * 2, 4, 2, 1, bias=False),
                nn.BatchNorm2d(width * 2),
                nn.LeakyReLU(0.2, True),
            ]
            width *= 2
        layers += [nn.Conv2d(width, 1, 4, 1, 0, bias=False), nn.Sigmoid()]
        self.main = nn.Sequential(*layers)

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        return self.main(images).view(-1, 1).squeeze(1)


class Files(Dataset):
    """torchvision's ImageFolder + ToTensor + Normalize(0.5, 0.5), without torchvision."""

    def __init__(self, folder: Path, resolution: int) -> None:
        self.files, self.resolution = list_image_files(folder), resolution

    def __len__(self) -> int:
        return len(self.files)

    def __getitem__(self, index: int) -> torch.Tensor:
        array = load_square_rgb(self.files[index], self.resolution)
        return torch.from_numpy(array.copy()).permute(2, 0, 1).float().div(255).sub(0.5).div(0.5)


def reference_images_per_second(args: argparse.Namespace, data: Path) -> float:
    torch.manual_seed(0)
    net_g = ReferenceGenerator(100, args.width, args.resolution)
    net_d = ReferenceDiscriminator(args.width, args.resolution)
    criterion = nn.BCELoss()
    opt_d = torch.optim.Adam(net_d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_g = torch.optim.Adam(net_g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    loader = DataLoader(Files(data, args.resolution), batch_size=args.batch, shuffle=True)
    done, started = 0, 0.0
    while done < args.steps:
        for real in loader:
            if len(real) < args.batch:
                continue
            if done == args.warmup:
                started = time.perf_counter()
            net_d.zero_grad()
            label = torch.full((args.batch,), 1.0)
            err_real = criterion(net_d(real), label)
            err_real.backward()
            fake = net_g(torch.randn(args.batch, 100, 1, 1))
            label.fill_(0.0)
            err_fake = criterion(net_d(fake.detach()), label)
            err_fake.backward()
            opt_d.step()
            net_g.zero_grad()
            label.fill_(1.0)
            err_g = criterion(net_d(fake), label)
            err_g.backward()
            opt_g.step()
            _ = (err_real + err_fake).item(), err_g.item()  # the example prints these every step
            done += 1
            if done == args.steps:
                break
    return (args.steps - args.warmup) * args.batch / (time.perf_counter() - started)


class StepClock:
    """A reporter that notes when each training step was reported."""

    def __init__(self) -> None:
        self.times: dict[int, float] = {}

    def progress(self, fraction: float, message: str = "") -> None:
        if message.startswith("Step "):
            self.times[int(message.split()[1].split("/")[0])] = time.perf_counter()

    def cancelled(self) -> bool:
        return False


def project_images_per_second(args: argparse.Namespace, data: Path, out: Path) -> float:
    config = TrainConfig(
        data, out, steps=args.steps, batch=args.batch, resolution=args.resolution,
        device="cpu", arch="dcgan", generator_width=args.width, discriminator_width=args.width,
        sample_every=10**9, checkpoint_every=10**9, precision=args.precision,
    )  # fmt: skip
    clock = StepClock()
    for _ in train(config, clock):
        pass
    seconds = clock.times[args.steps] - clock.times[args.warmup]
    return (args.steps - args.warmup) * args.batch / seconds


def make_images(folder: Path, count: int, resolution: int) -> Path:
    rng = np.random.default_rng(0)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        pixels = rng.integers(0, 256, (resolution, resolution, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(folder / f"{index:05d}.png")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="image folder (default: random PNGs)")
    parser.add_argument("--images", type=int, default=512, help="random PNGs made without --data")
    parser.add_argument("--resolution", type=int, default=64)
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--steps", type=int, default=30, help="steps per timed run")
    parser.add_argument("--warmup", type=int, default=3, help="untimed first steps of a run")
    parser.add_argument("--rounds", type=int, default=3, help="project/reference pairs")
    parser.add_argument("--precision", default="auto", choices=("auto", "fp32", "bf16"))
    args = parser.parse_args()

    fast = choose_fast_paths(torch.device("cpu"), args.precision)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads")
    print(f"CPU native bf16: {cpu_has_native_bf16()}")
    print(f"project fast paths: {fast.describe()}; cached uint8 images; losses synced per log")
    print("interval; D weight grads skipped in the G step")
    print(
        f"setup: {args.resolution} px, width {args.width}, batch {args.batch}, "
        f"{args.steps} steps ({args.warmup} warm-up) x {args.rounds} rounds, interleaved"
    )
    with tempfile.TemporaryDirectory() as temp:
        data = args.data or make_images(Path(temp) / "images", args.images, args.resolution)
        project, reference = [], []
        for round_index in range(args.rounds):
            project.append(project_images_per_second(args, data, Path(temp) / "run"))
            reference.append(reference_images_per_second(args, data))
            print(
                f"round {round_index + 1}: project {project[-1]:.1f} img/s, "
                f"reference {reference[-1]:.1f} img/s",
                flush=True,
            )
    ours, theirs = statistics.median(project), statistics.median(reference)
    print(f"median: project {ours:.1f} img/s, reference {theirs:.1f} img/s")
    print(f"ratio project / reference: {ours / theirs:.2f}x (bar: 1.5x)")


if __name__ == "__main__":
    main()
