"""The studio's long jobs as plain functions of a reporter, ready for Engine.start_job.

Each builder captures plain data on the GUI thread and returns a function that imports
torch-backed modules only when it runs, in the worker thread.
"""

from __future__ import annotations

import copy
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aigc_studio.engine.jobs import JobFunction
from aigc_studio.progress import Reporter
from aigc_studio.project.model import Project
from aigc_studio.project.sound_settings import VoiceSettings
from aigc_studio.script.model import Scene
from aigc_studio.translation import tr

if TYPE_CHECKING:
    from aigc_studio.media.export import ExportSettings

log = logging.getLogger(__name__)


@dataclass
class TrainRequest:
    """What the Train panel asks for; turned into gan.train.TrainConfig in the worker."""

    data_dir: Path  # folder of training images
    out_dir: Path  # run folder; model.safetensors ends up here
    steps: int = 2000  # optimiser steps
    batch: int = 64  # images per step
    resolution: int = 64  # 32, 64 or 128
    device: str = "auto"  # auto, cpu, cuda or mps
    width: int = 64  # network width (DCGAN ngf = ndf); smaller trains faster
    seed: int = 0  # makes a run repeatable
    arch: str = "recipe"  # "recipe" (small-data recipe) or "dcgan" (the DCGAN paper)
    labels: str = "auto"  # "auto": learn labels.csv's classes when the folder has one; "none"
    init_from: Path | None = None  # a model whose generator the run starts from (fine-tuning)
    threads: int = -1  # torch CPU threads for training; -1: all cores but one, so the
    # studio's window and live preview keep a core while a model trains on the CPU
    resume: Path | None = None  # a run folder whose saved state the run continues, e.g.
    # on the CPU after the GPU ran out of memory


@dataclass(frozen=True)
class TrainOutOfMemory:
    """Yielded just before a training job fails for lack of memory, so the Train panel can
    offer the CPU; the failure's sentence follows through sig_failed as for any error."""

    text: str  # the sentence, as the failure will carry it
    offer_cpu: bool  # the run was on a GPU: training on the CPU would fit
    checkpoint: Path | None  # train_state.safetensors a CPU run can resume, when saved


def studio_training_threads() -> int:
    """All cores but one (at least one): training in the studio leaves the GUI a core."""
    return max(1, (os.cpu_count() or 1) - 1)


def training_job(request: TrainRequest) -> JobFunction:
    """A generator job yielding gan.train.TrainUpdate values; returns the model path.

    A run that finishes also gets a features index of its training images beside the model
    (gan/originality.py), so Explore and Export can warn about near-copies of them.
    """

    def run(reporter: Reporter) -> Iterator[Any]:
        import torch

        from aigc_studio.gan.train import MODEL_FILE, TrainConfig, train

        config = TrainConfig(
            data_dir=request.data_dir,
            out_dir=request.out_dir,
            steps=request.steps,
            batch=request.batch,
            resolution=request.resolution,
            device=request.device,
            seed=request.seed,
            generator_width=request.width,
            discriminator_width=request.width,
            arch=request.arch,
            labels=request.labels,
            init_from=request.init_from,
            threads=request.threads if request.threads >= 0 else studio_training_threads(),
            resume=request.resume,
        )
        previous = torch.get_num_threads()  # process-wide: give the preview its threads back
        try:
            yield from train(config, reporter)
        except Exception as error:
            stop = _out_of_memory_stop(error, config.device)
            if stop is None:
                raise
            yield TrainOutOfMemory(str(stop), stop.offer_cpu, stop.checkpoint)
            if stop is error:
                raise
            raise stop from error
        finally:
            torch.set_num_threads(previous)
        model = config.out_dir / MODEL_FILE
        if model.is_file() and not reporter.cancelled():
            _index_training_images(config, model, reporter)
        return model

    return run


def _out_of_memory_stop(error: Exception, device_name: str) -> Any:
    """The OutOfDeviceMemoryError to end the job with, or None for any other error.

    Training itself raises one with the CPU sentence when halving the batch did not help;
    memory running out elsewhere (building the networks) gets the same sentence here.
    """
    from aigc_studio.gan.device import resolve_device
    from aigc_studio.gan.oom import OutOfDeviceMemoryError, as_user_error, is_out_of_memory

    if isinstance(error, OutOfDeviceMemoryError):
        return error
    if not is_out_of_memory(error):
        return None
    device: Any = "cpu"
    try:
        device = resolve_device(device_name)
    except ValueError:
        pass
    return as_user_error(device, tr("while training"))


def _index_training_images(config: Any, model: Path, reporter: Reporter) -> None:
    """A few seconds for thousands of images (they come from the run's decoded cache)."""
    from aigc_studio.gan.dataset_cache import DATASET_CACHE_FILE
    from aigc_studio.gan.originality import build_index, index_path_for, save_index

    reporter.progress(1.0, tr("Indexing the training images for the copy check"))
    try:
        cache = config.out_dir / DATASET_CACHE_FILE
        index = build_index(config.data_dir, config.resolution, images_cache=cache)
        save_index(index_path_for(model), index)
    except Exception:
        # The model is fine without it; only the near-copy warnings are missing.
        log.warning("could not index the training images of %s", model, exc_info=True)


@dataclass(frozen=True)
class ExportNotice:
    """A sentence the export wants the user to read; the export goes on regardless (e.g. a
    chosen hardware encoder is missing and x264 encodes instead)."""

    text: str  # one sentence, shown as it is


def export_job(
    project: Project,
    project_folder: Path | None,
    out_path: Path,
    size: tuple[int, int] | None = None,
    settings: ExportSettings | None = None,
) -> JobFunction:
    """A job rendering a snapshot of ``project`` to an MP4; returns the written path.

    Before rendering it yields partial results: an ExportNotice when the chosen encoder is
    not available here (probing the encoders takes a moment, so it happens in the worker),
    then the list of keyframe_check.KeyframeCopy for walk keyframes that are near-copies of
    a training image (often empty). The export goes on either way; the creator decides.
    ``settings`` (a preset's, with its AI label, sidecar and cover choices) default to the
    project's size and rate; ``size`` (width, height) overrides the frame size, e.g. for a
    quick draft. With ``settings.cover`` the cover image is written once the MP4 is.
    """
    # A snapshot: the user may keep editing while the export runs in another thread.
    snapshot = Project.from_dict(project.to_dict())

    def run(reporter: Reporter) -> Iterator[Any]:
        from dataclasses import replace

        from aigc_studio.keyframe_check import near_copy_keyframes
        from aigc_studio.media.cover import write_project_cover
        from aigc_studio.media.encoders import choose_encoder
        from aigc_studio.media.export import ExportSettings
        from aigc_studio.media.timeline_render import render_project
        from aigc_studio.rendering import ModelCache

        chosen = settings or ExportSettings.for_project(snapshot)
        if size is not None:
            chosen = replace(chosen, width=size[0], height=size[1])
        reporter.progress(0.0, tr("Checking the video encoders"))
        encoder, notice = choose_encoder(chosen.encoder)
        chosen = replace(chosen, encoder=encoder)
        if notice:
            yield ExportNotice(notice)
        models = ModelCache(project_folder)
        reporter.progress(0.0, tr("checking keyframes against training images"))
        yield near_copy_keyframes(snapshot, models, reporter)
        out = render_project(
            snapshot, models.renderer_for, out_path, reporter, chosen, media_root=project_folder
        )
        if chosen.cover:
            reporter.progress(1.0, tr("Writing the cover image"))
            try:
                write_project_cover(
                    snapshot,
                    models.renderer_for,
                    out,
                    chosen.cover_time,
                    project_folder,
                    size=(chosen.width, chosen.height),
                    ai_label_position=chosen.ai_label_position if chosen.ai_label else None,
                )
            except (OSError, ValueError) as error:  # the video is fine: say so, not "failed"
                log.warning("could not write the cover of %s", out, exc_info=True)
                yield ExportNotice(
                    tr("The video is ready, but its cover image was not: {error}").format(
                        error=error
                    )
                )
        return out

    return run


@dataclass
class TextModelRequest:
    """What the "Train my text model" dialog asks for."""

    corpus_text: str  # the creator's scripts, a blank line between scripts
    out_path: Path  # the .safetensors file written (and rewritten at checkpoints)
    steps: int = 2000  # optimiser steps
    seed: int = 0  # makes a run repeatable
    size: str = "standard"  # a key of script.text_model_sizes.TEXT_MODEL_SIZES


def text_model_job(request: TextModelRequest) -> JobFunction:
    """A job training the creator's char-GPT; returns script.char_gpt_train.TrainResult
    (also when cancelled: what was learned so far is saved)."""

    def run(reporter: Reporter) -> Any:
        import torch

        from aigc_studio.script.char_gpt import CharGPTConfig
        from aigc_studio.script.char_gpt_train import train_char_gpt
        from aigc_studio.script.text_model_sizes import TEXT_MODEL_SIZES

        config = CharGPTConfig(**TEXT_MODEL_SIZES[request.size])  # type: ignore[arg-type]
        previous = torch.get_num_threads()  # process-wide: give the preview its threads back
        torch.set_num_threads(studio_training_threads())
        try:
            return train_char_gpt(
                request.corpus_text,
                request.out_path,
                config,
                steps=request.steps,
                seed=request.seed,
                reporter=reporter,
            )
        finally:
            torch.set_num_threads(previous)

    return run


@dataclass
class NarrationRequest:
    """What "Generate narration" asks for: the scenes as they are when it is pressed."""

    scenes: list[Scene]  # the script's scenes (copies: the user may edit on meanwhile)
    lang: str  # the script's language, "en" or "zh"
    voice: VoiceSettings  # the project's voice (engine, voice, rate, pitch)
    out_dir: Path  # where voices go: media.narration.narration_cache_dir(project folder)


def narration_job(request: NarrationRequest) -> JobFunction:
    """A job speaking every stale line; returns the narrated copies of the scenes
    (list[Scene]) for the caller to put in place with one SetScenes."""
    scenes = [copy.copy(scene) for scene in request.scenes]
    voice = copy.copy(request.voice)

    def run(reporter: Reporter) -> list[Scene]:
        from aigc_studio.media.narration import narrate_scenes

        return narrate_scenes(scenes, request.lang, voice, request.out_dir, reporter)

    return run


if TYPE_CHECKING:  # appended with quick_job, beside it: the wizard's request type
    from aigc_studio.quick.pipeline import QuickRequest


def quick_job(request: QuickRequest) -> JobFunction:
    """A job making the one-step short(s) of the "New short from idea" wizard; returns
    quick.pipeline.QuickResult (every variant's MP4 and project folder). Progress is one
    bar over all variants; cancel stops between steps and inside narration and export."""
    request = copy.copy(request)  # the wizard may change its fields while this runs

    def run(reporter: Reporter) -> Any:
        from aigc_studio.quick.pipeline import make_quick_short

        return make_quick_short(request, reporter)

    return run
