"""Quality at a fixed budget: the plain DCGAN (--arch dcgan) against the recipe (--arch recipe).

Run: python tests/bench/bench_arch_compare.py [--data DIR] [--resolution 64] [--width 48]
     [--batch 64] [--seed 7] [--steps 1000] [--warmup-steps 3] [--out DIR]

Trains both architectures one after the other in this one process with the project's own
loop (gan.train), then scores each final model.safetensors with the project's offline
metric (gan.quality.evaluate_model, the same call and sample count as `aigc-studio
evaluate`): KID in the project's feature net space (lower is better), with precision,
recall and near-copies of the training faces. Fair here means the same data, resolution,
width, batch, seed and number of optimiser steps for both; each arch keeps its own
published settings otherwise (dcgan: BCE, Adam 2e-4; recipe: DiffAugment, spectral norm,
hinge, EMA, TTUR), which is the thing compared. Wall time and images/s (training only, after
a few untimed warm-up steps of each arch) are reported too, so a quality gain that costs
speed shows as such; on a shared machine they also carry other programs' load. Both 8x8
grids are rendered from the same 64 latents and put side by side in compare.png; the table
goes to stdout and OUT/results.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from aigc_studio.gan.generate import FaceGenerator, image_grid, random_latents  # noqa: E402
from aigc_studio.gan.quality import evaluate_model  # noqa: E402
from aigc_studio.gan.train import TrainConfig, TrainUpdate, train  # noqa: E402
from aigc_studio.progress import SilentReporter  # noqa: E402

ARCHS = ("dcgan", "recipe")  # left and right in compare.png
DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared/data/faces-train"
EVALUATE_SAMPLES = 1000  # `aigc-studio evaluate --samples` default (cli.py), so numbers match
EVALUATE_SEED = 0  # and its --seed default
GRID_COUNT = 64  # an 8x8 grid


class TenthsReporter:
    """Prints one line per tenth of a job's progress, so a long run shows it is alive
    without flooding the terminal; a fraction that drops means a new phase began."""

    def __init__(self, label: str) -> None:
        self.label, self.last = label, -1

    def progress(self, fraction: float, message: str = "") -> None:
        tenth = int(fraction * 10)
        if tenth < self.last:
            self.last = -1
        if tenth > self.last:
            self.last = tenth
            print(f"  [{self.label}] {fraction:4.0%} {message}", flush=True)

    def cancelled(self) -> bool:
        return False


def train_config(args: argparse.Namespace, arch: str, out: Path, steps: int) -> TrainConfig:
    options: dict = dict(
        steps=steps, batch=args.batch, resolution=args.resolution, device=args.device,
        seed=args.seed, arch=arch, generator_width=args.width, discriminator_width=args.width,
        checkpoint_every=steps, quality_samples=0, precision=args.precision,
    )  # fmt: skip
    # TrainConfig.labels defaults to "auto", which conditions on a labels.csv (faces-train has
    # one); the comparison is of unconditional models. Versions without the field are.
    if "labels" in {f.name for f in dataclasses.fields(TrainConfig)}:
        options["labels"] = "none"
    return TrainConfig(args.data, out, **options)


def warm_up(args: argparse.Namespace, out: Path) -> None:
    """A few untimed steps of each arch first: the process's first training steps pay for
    lazy kernel and thread-pool setup (about 20 s on a 2-core CPU), which would otherwise
    all land on whichever arch is timed first."""
    for arch in ARCHS:
        print(f"warm-up: {args.warmup_steps} untimed steps of {arch}", flush=True)
        for _ in train(train_config(args, arch, out / arch, args.warmup_steps), SilentReporter()):
            pass


def train_arch(args: argparse.Namespace, arch: str, out: Path) -> dict:
    config = train_config(args, arch, out, args.steps)
    final: TrainUpdate | None = None
    rollbacks: list[str] = []
    for update in train(config, TenthsReporter(f"train {arch}")):
        if update.rolled_back:
            rollbacks.append(update.message)
        final = update
    if final is None or final.model_path is None or final.step != args.steps:
        raise RuntimeError(f"{arch} run ended without a final model ({final and final.message})")
    # Fail before the long evaluation if labels.csv made the run conditional after all.
    conditional = getattr(FaceGenerator(final.model_path).config, "label_names", None)
    if conditional:
        raise RuntimeError(f"{arch} trained conditional on {conditional}; compare unconditional")
    return {
        "arch": arch,
        "steps": final.step,
        "seconds": final.seconds,
        "images_per_second": final.images_per_second,
        "model": str(final.model_path),
        "rollbacks": rollbacks,
    }


def labelled(grid: np.ndarray, text: str, band: int = 16) -> np.ndarray:
    """GRID with a white band on top holding TEXT in PIL's built-in font."""
    canvas = Image.new("RGB", (grid.shape[1], grid.shape[0] + band), "white")
    canvas.paste(Image.fromarray(grid), (0, band))
    ImageDraw.Draw(canvas).text((4, 2), text, fill="black", font=ImageFont.load_default())
    return np.asarray(canvas)


def side_by_side(left: np.ndarray, right: np.ndarray, gap: int = 16) -> np.ndarray:
    height = max(left.shape[0], right.shape[0])
    canvas = np.full((height, left.shape[1] + gap + right.shape[1], 3), 255, dtype=np.uint8)
    canvas[: left.shape[0], : left.shape[1]] = left
    canvas[: right.shape[0], left.shape[1] + gap :] = right
    return canvas


def table(rows: list[dict]) -> str:
    lines = [
        "| arch | steps | wall s | img/s | KID ± std | precision | recall | near copies |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        e = r["evaluation"]
        lines.append(
            f"| {r['arch']} | {r['steps']} | {r['seconds']:.0f} | {r['images_per_second']:.1f} "
            f"| {e['kid']:.4f} ± {e['kid_std']:.4f} | {e['precision']:.3f} | {e['recall']:.3f} "
            f"| {e['near_copies']}/{e['samples']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="training images")
    parser.add_argument("--resolution", type=int, default=64)
    parser.add_argument("--width", type=int, default=48, help="generator and discriminator")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--seed", type=int, default=7, help="training seed and grid latents")
    parser.add_argument("--steps", type=int, default=1000, help="budget per arch")
    parser.add_argument("--warmup-steps", type=int, default=3, help="untimed, per arch; 0: none")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--precision", default="auto", choices=("auto", "fp32", "bf16"))
    parser.add_argument("--out", type=Path, help="results folder (default: a new one in /tmp)")
    args = parser.parse_args()
    if not args.data.is_dir():
        parser.error(f"no image folder at {args.data}")
    out = args.out or Path(tempfile.mkdtemp(prefix="arch-compare-"))
    out.mkdir(parents=True, exist_ok=True)
    setup = (
        f"{args.data}, {args.resolution} px, width {args.width}, batch {args.batch}, "
        f"seed {args.seed}, {args.steps} steps per arch ({args.warmup_steps} untimed warm-up "
        f"steps of each first), device {args.device}, "
        f"precision {args.precision}; KID etc. from {EVALUATE_SAMPLES} samples"
    )
    print(f"setup: {setup}\nout: {out}", flush=True)

    if args.warmup_steps:
        with tempfile.TemporaryDirectory() as temp:
            warm_up(args, Path(temp))
    rows = []
    for arch in ARCHS:
        rows.append(train_arch(args, arch, out / "runs" / arch))
        print(f"{arch}: {rows[-1]['seconds']:.0f} s, model {rows[-1]['model']}", flush=True)

    # The same latents through both generators, so the grids differ only by the model.
    latents = random_latents(FaceGenerator(rows[0]["model"]).latent_dim, args.seed, GRID_COUNT)
    grids = []
    for row in rows:
        started = time.perf_counter()
        scores = evaluate_model(
            row["model"], args.data, samples=EVALUATE_SAMPLES, seed=EVALUATE_SEED,
            reporter=TenthsReporter(f"evaluate {row['arch']}"),
        )  # fmt: skip
        row["evaluation"] = scores  # kept whole: its "seconds" and "model" are its own
        print(f"{row['arch']}: evaluated in {time.perf_counter() - started:.0f} s", flush=True)
        grid = image_grid(FaceGenerator(row["model"]).render(latents))
        row["grid"] = str(out / f"grid_{row['arch']}.png")
        Image.fromarray(grid).save(row["grid"])
        grids.append(labelled(grid, f"{row['arch']}: KID {scores['kid']:.4f} (lower is better)"))
    compare = out / "compare.png"
    Image.fromarray(side_by_side(*grids)).save(compare)

    notes = [f"Setup: {setup}.", ""]
    for row in rows:
        notes.append(f"- {row['arch']}: grid {row['grid']}, model {row['model']}")
        if row["rollbacks"]:
            notes.append(f"  - divergence guard rolled back {len(row['rollbacks'])} time(s)")
    notes.append(f"- side by side (dcgan left, recipe right): {compare}")
    report = f"{table(rows)}\n\n" + "\n".join(notes) + "\n"
    (out / "results.md").write_text(report)
    # The full evaluate dicts (feature net digest, closest training images) for later checks.
    (out / "results.json").write_text(json.dumps(rows, indent=2) + "\n")
    print()
    print(report, end="")


if __name__ == "__main__":
    main()
