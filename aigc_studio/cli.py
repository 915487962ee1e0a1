"""Headless commands over the same core the GUI uses: train, generate, render, script,
tts, loudness and project (export, import, check).

``aigc-studio`` with no arguments opens the studio. Every failure a user can cause (a
missing folder, a bad model file, a bad number) ends with one line on stderr and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aigc_studio import __version__
from aigc_studio.cli_loudness import add_loudness_parser, run_loudness
from aigc_studio.cli_project import add_project_parser, run_project
from aigc_studio.cli_quick import add_quick_parser, run_quick
from aigc_studio.cli_voice import add_tts_parser, run_tts
from aigc_studio.selftest import add_selftest_parser, run_selftest

if TYPE_CHECKING:
    from aigc_studio.gan.train import TrainUpdate
    from aigc_studio.script.providers import ScriptProvider


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1."""


class TerminalReporter:
    """Progress on one rewritten stderr line; Ctrl+C is the cancel button."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.last_print = 0.0
        self.stop_requested = False  # set by the first Ctrl+C during training

    def progress(self, fraction: float, message: str = "") -> None:
        now = time.monotonic()
        if self.quiet or (now - self.last_print < 0.5 and fraction < 1.0):
            return
        self.last_print = now
        end = "\n" if fraction >= 1.0 else "\r"
        print(f"  {fraction * 100:5.1f}%  {message:<50}", end=end, file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return self.stop_requested

    @contextlib.contextmanager
    def ctrl_c_stops(self) -> Iterator[None]:
        """The first Ctrl+C asks the job to stop cleanly (training saves a checkpoint); a
        second one interrupts at once."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def on_interrupt(signum: int, frame: object) -> None:
            if self.stop_requested:
                raise KeyboardInterrupt
            self.stop_requested = True
            if not self.quiet:
                print("\nstopping: saving a checkpoint (Ctrl+C again to abort)", file=sys.stderr)

        previous = signal.signal(signal.SIGINT, on_interrupt)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, got {text}")
    return value


# media.encoders.ENCODERS, spelled out so --help never imports the media stack.
ENCODER_CHOICES = (
    "auto",
    "libx264",
    "h264_nvenc",
    "h264_qsv",
    "h264_videotoolbox",
    "h264_vaapi",
)


def _existing_dir(text: str) -> Path:
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"folder not found: {text}")
    return path


def _existing_file(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"file not found: {text}")
    return path


def _model_or_default(text: str) -> Path:
    if text == "default":
        from aigc_studio.resources import default_model_path

        return default_model_path()
    return _existing_file(text)


def _label_choice(text: str) -> tuple[str, int]:
    name, _, value = text.partition("=")
    try:
        return name.strip(), int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected LABEL=K, e.g. eye_color=2, got {text}"
        ) from None


class OneLineErrorParser(argparse.ArgumentParser):
    """Bad arguments end in one line naming the problem, not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog="aigc-studio",
        description="AIGC Studio: train a face model, explore it, and export vertical shorts. "
        "Run without a command to open the studio.",
    )
    parser.add_argument("--version", action="version", version=f"aigc-studio {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineErrorParser
    )

    train = commands.add_parser(
        "train",
        help="train a face model on a folder of images",
        description="Train a generator on DATA_DIR. The run folder gets model.safetensors, "
        "samples/*.png, metrics.csv and train_state.safetensors (the full state, rewritten "
        "every --checkpoint-every steps and on Ctrl+C). To continue a stopped run, pass "
        "--resume RUN_DIR: it keeps the run's own architecture, size, batch and seed, trains "
        "up to --steps in total, and writes to --out (default: RUN_DIR itself). Under "
        "torchrun --nproc_per_node=K it trains on K processes with DistributedDataParallel "
        "(NCCL on GPUs, gloo on the CPU); only rank 0 writes files.",
    )
    train.add_argument("data_dir", type=_existing_dir, metavar="DATA_DIR", help="folder of images")
    train.add_argument(
        "--out", type=Path, metavar="RUN_DIR", help="run folder (required unless --resume)"
    )
    train.add_argument(
        "--resume", type=_existing_dir, metavar="RUN_DIR", help="continue the run saved in RUN_DIR"
    )
    train.add_argument(
        "--arch",
        choices=("recipe", "dcgan"),
        default="recipe",
        help="recipe: small-data recipe (DiffAugment, spectral norm, hinge loss, EMA, TTUR; "
        "default); dcgan: the DCGAN paper as published",
    )
    train.add_argument("--steps", type=_positive_int, default=2000, help="training steps in total")
    train.add_argument(
        "--batch",
        type=_positive_int,
        default=64,
        help="images per step, per process under torchrun (K processes: K x B per step)",
    )
    train.add_argument("--resolution", type=int, choices=(32, 64, 128), default=64)
    train.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), default="auto")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument(
        "--width", type=_positive_int, default=64, help="network width (DCGAN ngf = ndf)"
    )
    train.add_argument("--sample-every", type=_positive_int, default=100, metavar="N")
    train.add_argument("--checkpoint-every", type=_positive_int, default=250, metavar="N")
    train.add_argument(
        "--precision",
        choices=("auto", "fp32", "bf16"),
        default="auto",
        help="auto: bf16 autocast only where the CPU/GPU does bf16 natively",
    )
    train.add_argument(
        "--init-from",
        type=_model_or_default,
        metavar="MODEL",
        help="start from this model's generator instead of random weights (fine-tuning; "
        "'default' = the shipped face model): small image sets learn far faster. The run "
        "takes the model's resolution, latent size and width",
    )
    train.add_argument(
        "--labels",
        default="auto",
        metavar="COLUMNS",
        help="conditional training on DATA_DIR/labels.csv (filename + whole-number class "
        "columns): 'auto' uses every column when the file exists (default), 'none' trains "
        "without labels, or name the columns, e.g. eye_color,face_shape",
    )

    generate = commands.add_parser("generate", help="write images from a model file")
    generate.add_argument("model", type=_existing_file, metavar="MODEL", help=".safetensors file")
    generate.add_argument("--out", required=True, type=Path, metavar="DIR")
    generate.add_argument("--count", type=_positive_int, default=8)
    generate.add_argument("--seed", type=int, default=0)
    generate.add_argument(
        "--class",
        dest="classes",
        action="append",
        default=[],
        type=_label_choice,
        metavar="LABEL=K",
        help="conditional models: the class to generate, e.g. --class eye_color=2 "
        "(repeat for more labels; labels not named cycle through their classes)",
    )

    render = commands.add_parser("render", help="render a saved project to an MP4")
    render.add_argument("project", type=_existing_dir, metavar="PROJECT", help="NAME.aigcproj")
    render.add_argument("--out", required=True, type=Path, metavar="OUT.mp4")
    render.add_argument(
        "--preset",
        metavar="NAME",
        help="platform preset, e.g. Douyin, TikTok, 'YouTube Shorts', 'Instagram Reels', "
        "Bilibili, 'Square 1:1', 'Landscape 16:9' (default: the project's size and rate)",
    )
    render.add_argument(
        "--quality", choices=("high", "standard", "small"), default="standard", help="CRF 18/21/26"
    )
    render.add_argument(
        "--no-ai-label",
        dest="ai_label",
        action="store_false",
        help="leave out the visible AI-generated mark and the metadata label",
    )
    render.add_argument(
        "--encoder",
        choices=ENCODER_CHOICES,
        default="auto",
        help="H.264 encoder: auto (a hardware encoder that works here, else x264; default), "
        "libx264, or a hardware one (falls back to x264 with a note when it is missing)",
    )
    render.add_argument(
        "--cover",
        action="store_true",
        help="also write OUT.cover.jpg: a frame with the project's title on it",
    )
    render.add_argument(
        "--cover-time",
        type=_seconds,
        metavar="SECONDS",
        help="time of the cover's frame (implies --cover; default: 1 s in, or the middle of a "
        "shorter video)",
    )
    render.add_argument(
        "--batch",
        type=_positive_int,
        metavar="N",
        help="render N variants as OUT-1.mp4 .. OUT-N.mp4: variant 1 is the project as it "
        "is, the others draw new keyframe faces for every latent walk (same timing)",
    )

    evaluate = commands.add_parser(
        "evaluate", help="score a model against real images (KID, precision/recall, near-copies)"
    )
    evaluate.add_argument("model", type=_existing_file, metavar="MODEL", help=".safetensors file")
    evaluate.add_argument("data_dir", type=_existing_dir, metavar="DATA_DIR", help="real images")
    evaluate.add_argument("--samples", type=_positive_int, default=1000, help="generated images")
    evaluate.add_argument("--seed", type=int, default=0)

    directions = commands.add_parser(
        "directions",
        help="find latent directions for the sliders and store them in the model file",
        description="Find latent directions and store them in MODEL's metadata, so the "
        "studio's sliders load them at once (other methods' stored directions are kept). "
        "sefa: closed-form factorisation of the first layer (milliseconds); ganspace: "
        "principal components of sampled first-layer activations (seconds); attribute: "
        "one direction per class of each labels.csv column in --data (InterFaceGAN; "
        "trains a small classifier, under a minute on a CPU).",
    )
    directions.add_argument("model", type=_existing_file, metavar="MODEL", help=".safetensors")
    directions.add_argument(
        "--method",
        choices=("sefa", "ganspace", "attribute"),
        help="default: attribute with --data, sefa without",
    )
    directions.add_argument(
        "--data", type=_existing_dir, metavar="DATA_DIR", help="images with a labels.csv"
    )
    directions.add_argument("--count", type=_positive_int, default=12, help="directions to keep")
    directions.add_argument(
        "--samples", type=_positive_int, help="generated faces to learn from (ganspace, attribute)"
    )
    directions.add_argument("--seed", type=int, default=0)
    directions.add_argument(
        "--threads",
        type=_positive_int,
        metavar="N",
        help="torch CPU threads (default: one per core); 1 is far faster while a training "
        "run shares the CPU",
    )
    directions.add_argument(
        "--out", type=Path, metavar="NEW_MODEL", help="write a copy with the directions instead"
    )

    script = commands.add_parser(
        "script",
        help="write a scene-by-scene script for a topic (JSON, optionally SRT)",
        description="Write a short's script for TOPIC: scenes with shot, line, caption, sound "
        "effect and duration, saved as JSON. The builtin provider fills a proven structure "
        "offline and instantly; the same --seed gives the same script.",
    )
    script.add_argument("topic", metavar="TOPIC", help='what the short is about, e.g. "GAN faces"')
    script.add_argument("--out", type=Path, required=True, metavar="SCRIPT.json")
    script.add_argument("--lang", choices=("en", "zh"), default="en")
    script.add_argument(
        "--structure",
        default="hook-problem-reveal-cta",
        metavar="NAME",
        help="hook-problem-reveal-cta, list-of-n, before-after, story or tutorial",
    )
    script.add_argument(
        "--provider",
        choices=("builtin", "llm", "own"),
        default="builtin",
        help="builtin (offline structures), llm (a local OpenAI-compatible server) or own "
        "(your text model from script-train, given with --model)",
    )
    script.add_argument("--seed", type=int, default=0)
    script.add_argument(
        "--seconds", type=_seconds, default=30.0, metavar="N", help="target length (max 60)"
    )
    script.add_argument("--srt", type=Path, metavar="OUT.srt", help="also write the subtitles")
    script.add_argument(
        "--llm-url", default="http://127.0.0.1:11434", metavar="URL", help="LLM server address"
    )
    script.add_argument("--llm-model", default="qwen2.5:3b", metavar="NAME", help="LLM model name")
    script.add_argument(
        "--timeout", type=float, default=60.0, metavar="S", help="seconds to wait for the server"
    )
    script.add_argument(
        "--model", type=Path, metavar="MODEL.safetensors", help="for --provider own"
    )

    script_train = commands.add_parser(
        "script-train",
        help="train your own text model on your past scripts (for script --provider own)",
        description="Train a small character-level GPT on CORPUS.txt (your scripts, plain text, "
        "a blank line between scripts) and save it as safetensors. Ctrl+C stops and saves.",
    )
    script_train.add_argument("corpus", type=Path, metavar="CORPUS.txt")
    script_train.add_argument("--out", type=Path, required=True, metavar="MODEL.safetensors")
    script_train.add_argument("--steps", type=_positive_int, default=2000, metavar="N")
    script_train.add_argument("--seed", type=int, default=0)
    add_tts_parser(commands)
    add_loudness_parser(commands)
    add_project_parser(commands)
    add_selftest_parser(commands)
    add_quick_parser(commands)
    return parser


def run_train(args: argparse.Namespace) -> int:
    from aigc_studio.gan.distributed import from_environment
    from aigc_studio.gan.train import TrainConfig, train

    if args.out is None and args.resume is None:
        raise CliError("the train command needs --out RUN_DIR (or --resume RUN_DIR)")
    config = TrainConfig(
        data_dir=args.data_dir,
        out_dir=args.out if args.out is not None else args.resume,
        steps=args.steps,
        batch=args.batch,
        resolution=args.resolution,
        device=args.device,
        seed=args.seed,
        generator_width=args.width,
        discriminator_width=args.width,
        arch=args.arch,
        sample_every=args.sample_every,
        checkpoint_every=args.checkpoint_every,
        resume=args.resume,
        precision=args.precision,
        labels=args.labels,
        init_from=args.init_from,
    )
    with from_environment(args.device) as cluster:
        # Under torchrun every rank trains and stops on Ctrl+C; only rank 0 says anything.
        reporter = TerminalReporter(quiet=not cluster.is_main)
        with reporter.ctrl_c_stops(), _out_of_memory_as_cli_error(args, "while training"):
            for index, update in enumerate(train(config, reporter, cluster)):
                if cluster.is_main:
                    _print_train_update(reporter, index, update)
    return 0


@contextlib.contextmanager
def _out_of_memory_as_cli_error(args: argparse.Namespace, what: str) -> Iterator[None]:
    """Out of memory (what training and generation could not recover from) as one line
    that says how to go on, not a traceback."""
    from aigc_studio.gan.device import resolve_device
    from aigc_studio.gan.oom import OutOfDeviceMemoryError, as_user_error, is_out_of_memory

    try:
        yield
    except OutOfDeviceMemoryError as error:
        how = ""
        if error.offer_cpu and error.checkpoint is not None:
            how = (
                f" To go on on the CPU: aigc-studio train {args.data_dir} "
                f"--resume {error.checkpoint.parent} --device cpu"
            )
        raise CliError(f"{error}{how}") from error
    except Exception as error:
        if not is_out_of_memory(error):
            raise
        device: Any = "cpu"  # generate always renders on the CPU
        with contextlib.suppress(ValueError):
            device = resolve_device(getattr(args, "device", "cpu"))
        raise CliError(str(as_user_error(device, what))) from error


def _print_train_update(reporter: TerminalReporter, index: int, update: TrainUpdate) -> None:
    if index == 0 and update.skipped:
        print(f"warning: {update.message}", file=sys.stderr)
    elif update.message:
        print(update.message, file=sys.stderr)
    if update.quality:
        from aigc_studio.gan.train_quality import describe

        print(f"step {update.step} quality: {describe(update.quality)}", file=sys.stderr)
    if not update.message and update.step % 50 == 0:
        reporter.progress(
            update.step / update.total_steps,
            f"step {update.step}/{update.total_steps}  "
            f"loss_d {update.loss_d:.3f}  loss_g {update.loss_g:.3f}",
        )


def run_generate(args: argparse.Namespace) -> int:
    from PIL import Image

    from aigc_studio.gan.generate import FaceGenerator

    face_generator = FaceGenerator(args.model)
    labels = _generate_labels(face_generator, dict(args.classes), args.count)
    with _out_of_memory_as_cli_error(args, f"generating {args.count} images"):
        images = face_generator.render(face_generator.random_latents(args.seed, args.count), labels)
    for notice in face_generator.notices:
        print(f"warning: {notice}", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    for index, image in enumerate(images):
        Image.fromarray(image).save(args.out / f"seed{args.seed}_{index:04d}.png")
    print(f"wrote {len(images)} images to {args.out}", file=sys.stderr)
    return 0


def _generate_labels(face_generator, chosen: dict[str, int], count: int):
    """(count, L) classes: the chosen ones, the rest cycling; None for unconditional models."""
    from aigc_studio.gan.models import balanced_labels

    names = face_generator.label_names
    unknown = [name for name in chosen if name not in names]
    if unknown:
        has = f"its labels are {', '.join(names)}" if names else "it is not conditional"
        raise CliError(f"this model has no label {', '.join(unknown)} ({has})")
    if not names:
        return None
    labels = balanced_labels(count, face_generator.label_classes).numpy()
    for index, name in enumerate(names):
        if name in chosen:
            labels[:, index] = chosen[name]
    return labels


def run_render(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from aigc_studio.media.cover import write_project_cover
    from aigc_studio.media.encoders import choose_encoder
    from aigc_studio.media.timeline_render import render_project
    from aigc_studio.media.variants import variant_path, variant_project
    from aigc_studio.project.storage import load_project
    from aigc_studio.rendering import ModelCache

    project = load_project(args.project)
    if project.duration <= 0:
        raise CliError("the project is empty: add a clip or a scene before rendering")
    settings = _render_settings(project, args)
    encoder, notice = choose_encoder(args.encoder)
    if notice:
        print(f"note: {notice}", file=sys.stderr)
    settings = replace(settings, encoder=encoder)
    models = ModelCache(project_folder=args.project)
    if args.batch is None:
        jobs = [(project, args.out)]
    else:
        jobs = [
            (variant_project(project, k), variant_path(args.out, k))
            for k in range(1, args.batch + 1)
        ]
    for take, out_path in jobs:
        out = render_project(
            take,
            models.renderer_for,
            out_path,
            TerminalReporter(),
            settings,
            media_root=args.project,
        )
        print(f"wrote {out}", file=sys.stderr)
        if args.cover or args.cover_time is not None:
            cover = write_project_cover(
                take,
                models.renderer_for,
                out,
                args.cover_time,
                args.project,
                size=(settings.width, settings.height),
                ai_label_position=settings.ai_label_position if settings.ai_label else None,
            )
            print(f"wrote {cover}", file=sys.stderr)
    return 0


def _render_settings(project: Any, args: argparse.Namespace) -> Any:
    from aigc_studio.media.export import ExportSettings
    from aigc_studio.media.presets import QUALITIES, duration_warning, preset_settings

    quality = args.quality
    if args.preset is None:
        return ExportSettings.for_project(project, crf=QUALITIES[quality], ai_label=args.ai_label)
    try:
        settings = preset_settings(args.preset, quality, ai_label=args.ai_label)
    except ValueError as err:
        raise CliError(str(err)) from None
    warning = duration_warning(project.duration, args.preset)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    return settings


def run_evaluate(args: argparse.Namespace) -> int:
    import json

    from aigc_studio.gan.quality import evaluate_model

    result = evaluate_model(
        args.model, args.data_dir, samples=args.samples, seed=args.seed, reporter=TerminalReporter()
    )
    print(json.dumps(result))
    return 0


def run_directions(args: argparse.Namespace) -> int:
    import os

    from aigc_studio.gan.directions import compute_directions, store_directions
    from aigc_studio.gan.generate import FaceGenerator

    method = args.method or ("attribute" if args.data is not None else "sefa")
    if method == "attribute" and args.data is None:
        raise CliError("--method attribute needs --data DATA_DIR (images with a labels.csv)")
    if method != "attribute" and args.data is not None:
        raise CliError(f"--data is only used by --method attribute, not {method}")
    if args.out is None and not os.access(args.model, os.W_OK):
        raise CliError(f"{args.model} is read-only: pass --out NEW_MODEL to write a copy")
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    face_generator = FaceGenerator(args.model)
    started = time.monotonic()
    found, note = compute_directions(
        face_generator, method, args.count, args.data, args.samples, args.seed, TerminalReporter()
    )
    seconds = time.monotonic() - started
    target = store_directions(args.model, found, args.out)
    note = f"; {note}" if note else ""
    print(
        f"stored {len(found)} {method} directions in {target} ({seconds:.1f} s): "
        f"{', '.join(found.names)}{note}"
    )
    return 0


def run_script(args: argparse.Namespace) -> int:
    from aigc_studio.script.formats import export_script
    from aigc_studio.script.providers import ProviderError, ScriptRequest

    if args.out.suffix.lower() != ".json":
        raise CliError(f"--out must name a .json file, got {args.out.name}")
    if args.srt is not None and args.srt.suffix.lower() != ".srt":
        raise CliError(f"--srt must name a .srt file, got {args.srt.name}")
    asked = ("topic", "lang", "structure", "seed", "seconds")  # flags named as the request's fields
    request = ScriptRequest(**{name: getattr(args, name) for name in asked})
    streamed: list[str] = []

    def stream(text: str) -> None:
        # the writer's text as it arrives goes to stderr; stdout keeps the summary line
        streamed.append(text)
        print(text, end="", file=sys.stderr, flush=True)

    try:
        script = _script_provider(args).write(request, TerminalReporter(quiet=True), stream)
    except ProviderError as error:
        raise CliError(str(error)) from None
    finally:
        if streamed:
            print(file=sys.stderr)  # end the streamed text's line before any message
    written = [args.out]
    export_script(script, args.out)
    if args.srt is not None:
        export_script(script, args.srt)
        written.append(args.srt)
    print(
        f"wrote {len(script.scenes)} scenes ({script.duration:.1f} s) to "
        f"{' and '.join(str(path) for path in written)}"
    )
    return 0


def _script_provider(args: argparse.Namespace) -> ScriptProvider:
    if args.provider == "llm":
        from aigc_studio.script.llm import LLMProvider

        return LLMProvider(url=args.llm_url, model=args.llm_model, timeout=args.timeout)
    if args.provider == "own":
        from aigc_studio.script.own_provider import OwnModelProvider

        if args.model is None:
            raise CliError("--provider own needs --model MODEL.safetensors (see script-train)")
        return OwnModelProvider(args.model)
    from aigc_studio.script.structures import BuiltinProvider

    return BuiltinProvider()


def run_script_train(args: argparse.Namespace) -> int:
    from aigc_studio.script.char_gpt_train import train_char_gpt

    if args.out.suffix.lower() != ".safetensors":
        raise CliError(f"--out must name a .safetensors file, got {args.out.name}")
    corpus = args.corpus.read_text(encoding="utf-8")
    reporter = TerminalReporter()
    started = time.monotonic()
    with reporter.ctrl_c_stops():
        result = train_char_gpt(
            corpus, args.out, steps=args.steps, seed=args.seed, reporter=reporter
        )
    stopped = " (stopped early)" if result.cancelled else ""
    print(
        f"trained {result.steps} steps{stopped} in {time.monotonic() - started:.1f} s, "
        f"validation loss {result.final_val_loss:.3f}; saved {result.path}"
    )
    return 0


COMMANDS = {
    "train": run_train,
    "generate": run_generate,
    "render": run_render,
    "evaluate": run_evaluate,
    "directions": run_directions,
    "script": run_script,
    "script-train": run_script_train,
    "tts": run_tts,
    "loudness": run_loudness,
    "project": run_project,
    "selftest": run_selftest,
    "quick": run_quick,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from aigc_studio.app import main as app_main

        return app_main()
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("\ncancelled", file=sys.stderr)
        return 130
    except CliError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as error:  # bad files and values: one line, no traceback
        print(f"error: {error}", file=sys.stderr)
        return 1
