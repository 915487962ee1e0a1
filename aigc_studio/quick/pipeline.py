"""From a topic to a finished, editable short in one step, built on the studio's parts.

Each variant: a script from the chosen provider (script/) → every scene narrated, scenes
timed by the voice (media.narration) → captions timed to the speech, narration and sound
effects on the timeline (project.commands.SetScenes) → one latent walk per scene, cut or
morphed at scene boundaries with keyframes on the music's beats (quick.visuals) → the
music loop under it all (quick.music; ducking and loudness normalisation are the
project's sound settings, applied at export) → saved as OUT.aigcproj → rendered to
OUT.mp4 (media.timeline_render). Variant k > 1 is OUT-v{k}.aigcproj and OUT-v{k}.mp4 and
differs in seed (faces, phrasing) and, when no structure is given, in structure.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from aigc_studio.progress import Reporter, SilentReporter, check_cancelled
from aigc_studio.project.clips import BUILTIN_MODEL_PREFIX, DEFAULT_MODEL_REF
from aigc_studio.project.commands import write_script_command
from aigc_studio.project.model import Project
from aigc_studio.quick.music import music_beats, music_clip
from aigc_studio.quick.visuals import WalkPlan, scene_walks
from aigc_studio.translation import tr

if TYPE_CHECKING:
    from aigc_studio.media.export import ExportSettings
    from aigc_studio.script.model import Scene, Script
    from aigc_studio.script.providers import ScriptProvider

LANGS = ("en", "zh")
PROVIDERS = ("builtin", "llm", "own")
# Share of one variant's work each stage takes (measured on the 2-core CPU: export is
# most of it), so the one progress bar moves evenly across the whole batch.
STAGE_WEIGHTS: dict[str, float] = {
    "script": 0.03,
    "voice": 0.15,
    "visuals": 0.05,
    "export": 0.77,
}
VARIANT_SALT = 0x9_01C_5EED  # mixed into variant seeds, so variant 2 of seed 0 is not seed 1
PROJECT_NAME_CHARS = 40  # characters of the topic that name the project
MAX_HOLD = 3.0  # seconds a scene's picture may stay after its line, to reach the length


HOST_PLACES = ("", "full", "top-left", "top-right", "bottom-left", "bottom-right")
HOST_ENVELOPE_FPS = 50  # loudness samples per second driving the host's mouth
HOST_FACE_SALT = 7919  # mixed into the seed for the host's face, so it is not a walk's


def stage_title(name: str) -> str:
    """What the progress bar says during stage ``name`` ("" for none), translated."""
    titles = {
        "script": tr("Writing the script"),
        "voice": tr("Narrating"),
        "visuals": tr("Laying out faces and music"),
        "export": tr("Exporting"),
    }
    return titles.get(name, "")


@dataclass
class QuickRequest:
    topic: str  # what the short is about
    out: Path  # the MP4; variant k>1 is OUT-v{k}.mp4 beside it
    lang: str = "en"  # "en" | "zh"
    preset: str = "Douyin"  # a media/presets.py preset name (case-insensitive)
    provider: str = "builtin"  # "builtin" | "llm" | "own"
    structure: str | None = None  # a structure name; None = chosen from the seed
    seed: int = 0  # same seed, same short
    seconds: float = 30.0  # target length
    model: str = DEFAULT_MODEL_REF  # face model ref or .safetensors path
    variants: int = 1  # how many versions (A/B testing)
    llm_url: str = ""  # --provider llm: the server's URL ("" = the provider's default)
    llm_model: str = ""  # --provider llm: the model name ("" = the provider's default)
    text_model: str = ""  # --provider own: the creator's text model (.safetensors)
    # A virtual host speaking the narration: "" none, "full" over the whole frame, or a
    # picture-in-picture corner ("top-left", "top-right", "bottom-left", "bottom-right").
    host: str = ""


@dataclass
class QuickResult:
    videos: list[Path]  # one MP4 per variant, in order
    projects: list[Path]  # one project folder per variant, in order
    seconds_taken: float  # wall-clock seconds for the whole batch
    # Seconds spent in each stage (STAGE_WEIGHTS' keys), summed over the variants.
    stage_seconds: dict[str, float] = field(default_factory=dict)


def variant_paths(out: Path, variant: int) -> tuple[Path, Path]:
    """(MP4, project folder) of a variant: OUT.mp4 and OUT.aigcproj for the first,
    OUT-v{k}.mp4 and OUT-v{k}.aigcproj beside them for variant k."""
    out = Path(out)
    stem = out.stem if variant == 1 else f"{out.stem}-v{variant}"
    return out.with_name(stem + (out.suffix or ".mp4")), out.with_name(stem + ".aigcproj")


def variant_seed(seed: int, variant: int) -> int:
    """The seed of variant k: the request's own for the first, a derived one after."""
    if variant == 1:
        return int(seed)
    entropy = [VARIANT_SALT, int(seed) & 0xFFFFFFFF, variant]
    return int(np.random.SeedSequence(entropy).generate_state(1)[0])


def variant_structure(request: QuickRequest, variant: int) -> str:
    """The structure a variant's script follows: the one asked for, else one chosen from
    the seed, the next one for each further variant (so variants differ in shape too)."""
    from aigc_studio.script.structures import STRUCTURES

    if request.structure:
        return request.structure
    names = list(STRUCTURES)
    return names[(int(request.seed) + variant - 1) % len(names)]


def check_request(request: QuickRequest) -> None:
    """Raise ValueError with a sentence for a request that cannot work, before any work."""
    from aigc_studio.media.presets import preset_named

    if not request.topic.strip():
        raise ValueError(tr("Give the short a topic first, e.g. “how a GAN learns faces”."))
    if request.lang not in LANGS:
        raise ValueError(
            tr("A quick short is written in {languages}, not {lang!r}.").format(
                languages=tr(" or ").join(LANGS), lang=request.lang
            )
        )
    if request.provider not in PROVIDERS:
        choices = ", ".join(PROVIDERS)
        raise ValueError(
            tr("Unknown script writer {provider!r}; choose {choices}.").format(
                provider=request.provider, choices=choices
            )
        )
    if request.provider == "own" and not request.text_model:
        raise ValueError(tr("The own script writer needs your text model file (see script-train)."))
    if request.variants < 1:
        raise ValueError(
            tr("Ask for at least one variant, not {variants}.").format(variants=request.variants)
        )
    if request.host not in HOST_PLACES:
        places = ", ".join(HOST_PLACES[1:])
        raise ValueError(
            tr("Unknown host placement {host!r}; choose {places}.").format(
                host=request.host, places=places
            )
        )
    preset_named(request.preset)  # raises ValueError naming the presets
    if not request.model.startswith(BUILTIN_MODEL_PREFIX) and not Path(request.model).is_file():
        raise ValueError(
            tr("No face model at {model}; give a .safetensors model file.").format(
                model=request.model
            )
        )


def make_quick_short(request: QuickRequest, reporter: Reporter | None = None) -> QuickResult:
    """Build, save and render every variant; progress is one bar over all of them, and a
    cancel stops between steps (and inside narration and export). Raises ValueError or
    RuntimeError with a sentence, or progress.Cancelled."""
    reporter = reporter or SilentReporter()
    check_request(request)
    started = time.monotonic()
    from aigc_studio.media.encoders import choose_encoder

    encoder, _notice = choose_encoder(export_settings(request.preset).encoder)
    result = QuickResult(videos=[], projects=[], seconds_taken=0.0)
    result.stage_seconds = dict.fromkeys(STAGE_WEIGHTS, 0.0)
    for variant in range(1, request.variants + 1):
        video, folder = variant_paths(request.out, variant)
        share = _VariantShare(reporter, variant, request.variants, result.stage_seconds)
        project = build_quick_project(request, variant, folder, share)
        share.stage("export")
        render_quick_project(project, folder, video, request.preset, encoder, share)
        share.stage("")
        result.videos.append(video)
        result.projects.append(folder)
    result.seconds_taken = time.monotonic() - started
    reporter.progress(1.0, tr("{count} short(s) ready").format(count=request.variants))
    return result


def build_quick_project(
    request: QuickRequest, variant: int, project_dir: Path, reporter: Reporter | None = None
) -> Project:
    """The variant's project, saved in ``project_dir`` (a normal .aigcproj folder that opens
    on the timeline; voices go into its assets/narration) and returned as saved: media
    paths relative to the folder."""
    from aigc_studio.media.narration import narrate_scenes, narration_cache_dir
    from aigc_studio.media.presets import preset_named
    from aigc_studio.project.storage import save_project

    check_request(request)
    share = reporter if isinstance(reporter, _VariantShare) else _VariantShare(reporter, 1, 1)
    seed = variant_seed(request.seed, variant)
    project_dir = Path(project_dir).resolve()  # voices are named by absolute path

    share.stage("script")
    script = write_quick_script(request, variant, seed, share)

    share.stage("voice")
    preset = preset_named(request.preset)
    project = Project(name=_project_name(request.topic, variant))
    project.width, project.height, project.fps = preset.width, preset.height, preset.fps
    project_dir.mkdir(parents=True, exist_ok=True)
    voices = narration_cache_dir(project_dir)
    narrated = narrate_scenes(script.scenes, script.lang, project.voice, voices, share)
    script.scenes = hold_to_length(narrated, request.seconds)
    # Captions chunked over each line's speech, the voices and the scenes' sound effects.
    write_script_command(project, script).apply()

    share.stage("visuals")
    model = _model_ref(request.model)
    duration = project.script.duration
    beats = music_beats(duration)
    plan = WalkPlan(seed=seed, latent_dim=latent_size(model), model=model)
    project.timeline.track("video").clips = scene_walks(project.script.scenes, beats, plan)
    project.timeline.track("music").clips = [music_clip(duration)]
    if request.host:
        add_host(project, project_dir, model, request.host, seed)
    check_cancelled(share)
    save_project(project, project_dir)
    return project


def add_host(project: Project, project_dir: Path, model: str, place: str, seed: int) -> None:
    """A virtual host with a face of its own, speaking the narration, full frame or
    in a corner (gan/talking.py fits its mouth, blink and drift directions)."""
    from aigc_studio.gan.talking import fit_talk_directions
    from aigc_studio.media.envelope import project_narration_envelope
    from aigc_studio.project.host_commands import add_virtual_host_command

    # The host's own face, not one of the walks' (it would sit beside its twin).
    walks = project.timeline.track("video").clips
    size = len(walks[0].keyframes[0])  # type: ignore[attr-defined]
    face = np.random.default_rng(seed + HOST_FACE_SALT).standard_normal(size).astype(np.float32)
    directions = fit_talk_directions(model, seed=seed, base_latent=face)
    envelope = project_narration_envelope(project, project_dir, fps=HOST_ENVELOPE_FPS)
    pip = "" if place == "full" else place
    add_virtual_host_command(
        project, model, face, directions, envelope, HOST_ENVELOPE_FPS, pip=pip
    ).apply()


def hold_to_length(scenes: list[Scene], seconds: float) -> list[Scene]:
    """The scenes, each held up to MAX_HOLD seconds past its narration so the short comes
    near ``seconds`` long (the voice usually speaks faster than the writer's estimate);
    the extra time is shared evenly. A script already long enough is left as it is."""
    extra = float(seconds) - sum(scene.duration for scene in scenes)
    if extra <= 0 or not scenes:
        return scenes
    hold = min(extra / len(scenes), MAX_HOLD)
    return [replace(scene, duration=scene.duration + hold) for scene in scenes]


def write_quick_script(
    request: QuickRequest, variant: int, seed: int, reporter: Reporter | None = None
) -> Script:
    """The variant's script from the request's provider."""
    from aigc_studio.script.providers import ScriptRequest

    script_request = ScriptRequest(
        topic=request.topic,
        lang=request.lang,
        structure=variant_structure(request, variant),
        seed=seed,
        seconds=request.seconds,
    )
    script = script_provider(request).write(script_request, reporter)
    if not script.scenes:
        raise RuntimeError(tr("The script writer gave no scenes; try another topic or seed."))
    script.lang = request.lang
    return script


def script_provider(request: QuickRequest) -> ScriptProvider:
    """The writer the request names, as the CLI's ``script`` command chooses it."""
    if request.provider == "llm":
        from aigc_studio.script.llm import LLMProvider

        given = {"url": request.llm_url, "model": request.llm_model}
        return LLMProvider(**{name: value for name, value in given.items() if value})
    if request.provider == "own":
        from aigc_studio.script.own_provider import OwnModelProvider

        return OwnModelProvider(request.text_model)
    from aigc_studio.script.structures import BuiltinProvider

    return BuiltinProvider()


def export_settings(preset: str) -> ExportSettings:
    """The export settings of a quick short at ``preset`` (its size, rate and quality)."""
    from aigc_studio.media.presets import preset_settings

    return preset_settings(preset)


def render_quick_project(
    project: Project,
    folder: Path,
    video: Path,
    preset: str,
    encoder: str,
    reporter: Reporter,
) -> Path:
    """Export the saved project (media relative to ``folder``) to ``video``."""
    from aigc_studio.media.timeline_render import render_project
    from aigc_studio.rendering import ModelCache

    settings = replace(export_settings(preset), encoder=encoder)
    models = ModelCache(project_folder=folder)
    return render_project(
        project, models.renderer_for, video, reporter, settings, media_root=folder
    )


def latent_size(model: str) -> int:
    """The latent size of the face model ``model`` (a builtin ref or a file path)."""
    from aigc_studio.rendering import ModelCache

    try:
        return int(ModelCache().generator_for(model).latent_dim)
    except (OSError, KeyError) as error:
        raise ValueError(
            tr("The face model {model} cannot be read ({error}).").format(model=model, error=error)
        ) from None


def _model_ref(model: str) -> str:
    # A file is named by its absolute path; saving copies it into the project's assets.
    if model.startswith(BUILTIN_MODEL_PREFIX):
        return model
    return str(Path(model).resolve())


def _project_name(topic: str, variant: int) -> str:
    name = " ".join(topic.split())[:PROJECT_NAME_CHARS].strip()
    return name if variant == 1 else f"{name} (v{variant})"


class _VariantShare:
    """A reporter for one stage of one variant, mapped onto the batch's one bar, that
    also clocks the stages."""

    def __init__(
        self,
        reporter: Reporter | None,
        variant: int,
        variants: int,
        clock: dict[str, float] | None = None,
    ) -> None:
        self.reporter = reporter or SilentReporter()
        self.variant, self.variants = variant, variants
        self.clock = clock if clock is not None else {}
        self.name = ""
        self.started = time.monotonic()

    def stage(self, name: str) -> None:
        """End the current stage (clocking it) and begin ``name`` ("" for none)."""
        now = time.monotonic()
        if self.name:
            self.clock[self.name] = self.clock.get(self.name, 0.0) + now - self.started
        self.name, self.started = name, now
        check_cancelled(self.reporter)
        if name:
            self.progress(0.0, stage_title(name))

    def progress(self, fraction: float, message: str = "") -> None:
        done = 0.0
        for name, weight in STAGE_WEIGHTS.items():
            if name == self.name:
                done += weight * min(max(float(fraction), 0.0), 1.0)
                break
            done += weight
        overall = (self.variant - 1 + done) / self.variants
        text = message or stage_title(self.name)
        if self.variants > 1:
            text = tr("Short {number} of {count}: {message}").format(
                number=self.variant, count=self.variants, message=text
            )
        self.reporter.progress(min(overall, 1.0), text)

    def cancelled(self) -> bool:
        return self.reporter.cancelled()
