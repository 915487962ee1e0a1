"""The one-step short (quick.pipeline): a topic becomes an MP4 with speech in every scene,
captions that are the script's lines, faces that differ between variants, and a project
folder that opens on the timeline.

Renders run at a small size (144x256, 15 fps) through the real export: only the preset's
frame size and rate are patched, everything else is the pipeline a creator runs.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.media.ffmpeg import ffmpeg_exe
from aigc_studio.media.presets import preset_settings
from aigc_studio.media.probe import probe_video
from aigc_studio.progress import Cancelled
from aigc_studio.project.clips import AudioClip, LatentWalkClip
from aigc_studio.project.script_timeline import scene_starts
from aigc_studio.project.storage import load_project
from aigc_studio.quick import pipeline
from aigc_studio.quick.music import music_beats
from aigc_studio.quick.pipeline import QuickRequest, make_quick_short
from aigc_studio.quick.visuals import WalkPlan, boundary_kinds, scene_walks
from aigc_studio.script.model import Scene
from aigc_studio.script.providers import ScriptRequest
from aigc_studio.script.structures import STRUCTURES, BuiltinProvider

SMALL = {"width": 144, "height": 256, "fps": 15}  # a 9:16 draft of the Douyin preset
AUDIO_RATE = 16000  # Hz the tests decode sound at
SPEECH_OVER_MUSIC = 2.0  # a narration span's RMS is at least this times the music-only RMS
FRAME_DIFFERENCE = 8.0  # mean absolute pixel difference between two variants' frames


def small_settings(preset: str):
    return preset_settings(preset, **SMALL)


@pytest.fixture(scope="module")
def small_export():
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "export_settings", small_settings)
        yield


@pytest.fixture(scope="module")
def en_shorts(small_export, tmp_path_factory):
    """Two variants of an English short, made once for the tests below."""
    out = tmp_path_factory.mktemp("quick-en") / "gan.mp4"
    request = QuickRequest("how a GAN learns faces", out, lang="en", seed=3, seconds=15)
    request.variants = 2
    return request, make_quick_short(request)


# -- measuring helpers (also used by test_cli_quick) -------------------------------------


def decoded_audio(video: Path) -> np.ndarray:
    """The video's sound as mono float samples at AUDIO_RATE."""
    raw = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(video), "-vn", "-ac", "1", "-ar",
         str(AUDIO_RATE), "-f", "s16le", "-"],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0


def decoded_frame(video: Path, t: float) -> np.ndarray:
    """The frame shown at ``t`` seconds as an (H, W, 3) uint8 array."""
    info = probe_video(video)
    raw = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-ss", f"{t:.3f}", "-i", str(video), "-frames:v", "1",
         "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    return np.frombuffer(raw, np.uint8).reshape(info.height, info.width, 3)


def rms(samples: np.ndarray, begin: float, end: float) -> float:
    part = samples[int(begin * AUDIO_RATE) : int(end * AUDIO_RATE)]
    return float(np.sqrt(np.mean(part**2))) if part.size else 0.0


@dataclass
class SpeechCheck:
    speech: list[float]  # RMS inside each scene's narration span
    music_only: float  # RMS between the spans, where only music (and effects) play


def speech_energy(video: Path, project_folder: Path) -> SpeechCheck:
    """RMS of the exported sound inside each narration clip's span, and between spans
    where no sound effect plays either (music only)."""
    project = load_project(project_folder)
    spans = [(c.start, c.end) for c in project.timeline.track("narration").clips]
    samples = decoded_audio(video)
    speech = [rms(samples, a + 0.05, b - 0.05) for a, b in spans]
    music_only = np.zeros(samples.size, dtype=bool)
    for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        music_only[int((end + 0.05) * AUDIO_RATE) : int((next_start - 0.05) * AUDIO_RATE)] = True
    for effect in project.timeline.track("effects").clips:
        music_only[int(effect.start * AUDIO_RATE) : int((effect.end + 0.05) * AUDIO_RATE)] = False
    return SpeechCheck(speech, float(np.sqrt(np.mean(samples[music_only] ** 2))))


def caption_text_by_scene(project_folder: Path) -> tuple[list[str], list[str]]:
    """(joined caption chunks inside each scene, each scene's caption text), whitespace
    removed (chunks are cut at spaces and line breaks)."""
    project = load_project(project_folder)
    scenes = project.script.scenes
    captions = project.timeline.track("caption").clips
    joined = []
    for scene, start in zip(scenes, scene_starts(scenes), strict=True):
        inside = [c for c in captions if start - 1e-6 <= c.start < start + scene.duration]
        joined.append("".join("".join(c.text for c in inside).split()))
    return joined, ["".join(s.caption_text().split()) for s in scenes]


def assert_valid_short(video: Path, project_folder: Path) -> None:
    """The MP4 is the preset's shape and as long as its script, with sound."""
    info = probe_video(video)
    project = load_project(project_folder)
    assert (info.width, info.height) == (SMALL["width"], SMALL["height"])
    assert info.fps == pytest.approx(SMALL["fps"])
    assert info.duration == pytest.approx(project.script.duration, abs=0.15)
    assert info.has_audio


# -- the English short -------------------------------------------------------------------


def test_each_variant_is_an_mp4_as_long_as_its_script(en_shorts):
    request, result = en_shorts
    assert result.videos == [request.out, request.out.with_name("gan-v2.mp4")]
    assert [p.name for p in result.projects] == ["gan.aigcproj", "gan-v2.aigcproj"]
    for video, folder in zip(result.videos, result.projects, strict=True):
        assert_valid_short(video, folder)
        assert load_project(folder).script.duration == pytest.approx(request.seconds, abs=3.0)


def test_every_scene_is_heard_over_the_music(en_shorts):
    _, result = en_shorts
    check = speech_energy(result.videos[0], result.projects[0])
    assert len(check.speech) >= 3
    assert check.music_only > 0.0  # the music plays between the lines
    for level in check.speech:
        assert level > SPEECH_OVER_MUSIC * check.music_only, check


def test_captions_are_the_scripts_lines(en_shorts):
    request, result = en_shorts
    joined, expected = caption_text_by_scene(result.projects[0])
    assert joined == expected
    # ... and the script is the builtin writer's for the request's seed and structure.
    written = BuiltinProvider().write(
        ScriptRequest(
            request.topic, "en", pipeline.variant_structure(request, 1), seed=3, seconds=15
        )
    )
    saved = load_project(result.projects[0]).script
    assert [s.line for s in saved.scenes] == [s.line for s in written.scenes]


def test_the_project_opens_with_video_caption_narration_and_music(en_shorts):
    _, result = en_shorts
    project = load_project(result.projects[0])
    kinds = {track.kind for track in project.timeline.tracks if track.clips}
    assert {"video", "caption", "narration", "music"} <= kinds
    walks = project.timeline.track("video").clips
    scenes = project.script.scenes
    assert all(isinstance(w, LatentWalkClip) for w in walks)
    assert [round(w.start, 6) for w in walks] == [round(s, 6) for s in scene_starts(scenes)]
    (music,) = project.timeline.track("music").clips
    assert isinstance(music, AudioClip) and music.loop
    assert music.duration == pytest.approx(project.script.duration)
    for path in [music.path, *(s.narration for s in scenes)]:
        assert not Path(path).is_absolute() and (result.projects[0] / path).is_file()


def test_variants_show_other_faces_and_other_structures(en_shorts):
    _, result = en_shorts
    first, second = (decoded_frame(video, 1.0) for video in result.videos)
    difference = np.abs(first.astype(np.float64) - second.astype(np.float64)).mean()
    assert difference > FRAME_DIFFERENCE
    lines = [[s.line for s in load_project(p).script.scenes] for p in result.projects]
    assert lines[0] != lines[1]


# -- walks, requests and cancel (no render) ----------------------------------------------


def test_walks_cut_and_morph_at_boundaries_and_move_on_beats():
    scenes = [Scene(shot="", line="x", duration=d) for d in (4.3, 5.1, 3.7, 4.9)]
    beats = music_beats(sum(s.duration for s in scenes))
    walks = scene_walks(scenes, beats, WalkPlan(seed=5, latent_dim=100))
    assert len(walks) == 4
    assert set(boundary_kinds(walks)) == {"cut", "morph"}
    faces = [np.asarray(w.keyframes[0]) for w in walks]
    assert min(np.linalg.norm(a - b) for a, b in zip(faces, faces[1:], strict=False)) > 1.0
    inner = [w.start + t for w in walks for t in (w.keyframe_times or [])[1:-1]]
    assert inner, "no keyframe on a beat"
    assert all(min(abs(t - b) for b in beats) < 1e-9 for t in inner)
    again = scene_walks(scenes, beats, WalkPlan(seed=5, latent_dim=100))
    assert [w.keyframes for w in again] == [w.keyframes for w in walks]


def test_variant_structures_cycle_when_none_is_given(tmp_path):
    request = QuickRequest("cats", tmp_path / "c.mp4", seed=1)
    names = [pipeline.variant_structure(request, k) for k in (1, 2, 3)]
    assert len(set(names)) == 3 and set(names) <= set(STRUCTURES)
    request.structure = "story"
    assert {pipeline.variant_structure(request, k) for k in (1, 2)} == {"story"}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"topic": "  "}, "topic"),
        ({"preset": "Myspace"}, "preset"),
        ({"lang": "fr"}, "en or zh"),
        ({"model": "/no/such/model.safetensors"}, "No face model"),
        ({"provider": "own"}, "text model"),
        ({"host": "middle"}, "host placement"),
    ],
)
def test_a_bad_request_is_one_sentence_before_any_work(tmp_path, change, words):
    request = QuickRequest("cats", tmp_path / "c.mp4")
    for name, value in change.items():
        setattr(request, name, value)
    with pytest.raises(ValueError, match=words) as caught:
        make_quick_short(request)
    assert "\n" not in str(caught.value)
    assert not list(tmp_path.iterdir())


def test_cancel_between_steps_leaves_no_video(small_export, tmp_path):
    class CancelAtNarration:
        def __init__(self) -> None:
            self.stop = False

        def progress(self, fraction: float, message: str = "") -> None:
            self.stop = self.stop or "Narrat" in message

        def cancelled(self) -> bool:
            return self.stop

    out = tmp_path / "c.mp4"
    with pytest.raises(Cancelled):
        make_quick_short(QuickRequest("cats", out, seconds=8), CancelAtNarration())
    assert not out.exists()


def test_the_wizards_job_makes_the_short_from_a_snapshot_of_the_request(small_export, tmp_path):
    from aigc_studio.engine.tasks import quick_job
    from aigc_studio.progress import SilentReporter

    request = QuickRequest("tea", tmp_path / "tea.mp4", seconds=6, seed=2)
    job = quick_job(request)
    request.topic = ""  # the wizard's later edits do not reach the running job
    result = job(SilentReporter())
    assert result.videos == [tmp_path / "tea.mp4"]
    assert_valid_short(result.videos[0], result.projects[0])
    assert "tea" in load_project(result.projects[0]).script.scenes[0].line


def test_a_host_in_a_corner_speaks_the_narration_of_the_quick_short(tmp_path):
    request = QuickRequest("cats", tmp_path / "c.mp4", seconds=12, host="bottom-right")
    project = pipeline.build_quick_project(request, 1, tmp_path / "c.aigcproj")
    hosts = [c for c in project.timeline.tracks[0].clips if isinstance(c, LatentWalkClip)]
    assert project.timeline.tracks[0].name == "Host" and len(hosts) == 1
    host = hosts[0]
    assert host.pip == "bottom-right" and host.talk is not None
    voices = project.timeline.track("narration").clips
    assert host.start == pytest.approx(voices[0].start) and host.end >= voices[-1].end - 0.05
    envelope = np.asarray(host.talk.envelope)
    assert envelope.max() > 0.8 and envelope.min() < 0.2  # it moves with speech and pauses
    reloaded = load_project(tmp_path / "c.aigcproj")  # and it is saved with the project
    assert reloaded.timeline.tracks[0].clips[0].talk == host.talk
