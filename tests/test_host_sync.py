"""A virtual host's mouth stays with the narration heard on the timeline after edits.

Each test moves or trims the host or a narration clip, renders the host's mouth and
measures how its change from a silent mouth (the same clip at strength 0: the same blinks
and drift) correlates with the narration's loudness at each frame's timeline time. The
loudness is computed afresh from the edited project (media/envelope.py), so a host
speaking to where the narration used to be fails it; the old behaviour (the envelope
stored on the clip, read at the clip's own time) is measured alongside and must fail.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.gan.talking import MOUTH_BOX, TalkDirections, fit_talk_directions
from aigc_studio.media.envelope import project_narration_envelope
from aigc_studio.media.export import ExportSettings
from aigc_studio.media.mix import write_wav
from aigc_studio.media.narration_envelope import (
    SHARED_ENVELOPES,
    SILENT,
    NarrationEnvelope,
    narration_envelope,
)
from aigc_studio.media.timeline_render import (
    clip_latent,
    frame_at,
    host_narration,
    iter_frames,
    render_project,
)
from aigc_studio.progress import SilentReporter
from aigc_studio.project.clips import LatentWalkClip
from aigc_studio.project.edit_commands import MoveClips, TrimClip
from aigc_studio.project.host_commands import add_virtual_host_command
from aigc_studio.project.model import AudioClip, Project
from aigc_studio.project.storage import load_project, save_project
from aigc_studio.rendering import ModelCache
from tests.test_media_export import decoded_frames

MODEL = "builtin:default-faces-64"
RATE = 48000
FPS = 20  # frames a second the tests render: enough to follow the bursts below
SIDE = 128  # a square frame: the host fills it, its mouth where MOUTH_BOX says
SPEECH = ((0.0, 0.3), (0.5, 0.65), (1.0, 1.4), (1.6, 1.75))  # (on, off) seconds: bursts
# of unequal lengths and gaps, so no shift of the narration still lines up with itself
SECONDS = 2.0  # the narration's length
IN_STEP = 0.9  # a host in step correlates at least this well (measured about 0.97)
OUT_OF_STEP = 0.4  # one speaking to where the narration was stays under this


def speech() -> np.ndarray:
    """A 220 Hz tone on during SPEECH, silent between."""
    t = np.arange(int(SECONDS * RATE)) / RATE
    gate = np.zeros_like(t)
    for on, off in SPEECH:
        gate[(t >= on) & (t < off)] = 1.0
    return (0.5 * np.sin(2 * np.pi * 220 * t) * gate).astype(np.float32)


@pytest.fixture(scope="module")
def cache() -> ModelCache:
    return ModelCache(fast=False)


@pytest.fixture(scope="module")
def face(cache: ModelCache) -> np.ndarray:
    return cache.generator_for(MODEL).random_latents(1, 1)[0]


@pytest.fixture(scope="module")
def directions(face: np.ndarray) -> TalkDirections:
    return fit_talk_directions(MODEL, samples=384, seed=0, base_latent=face)


def host_project(
    folder: Path, face: np.ndarray, directions: TalkDirections
) -> tuple[Project, LatentWalkClip, AudioClip]:
    """A project narrating SPEECH from 0 s with a full-frame host added the usual way
    (the envelope of the narration as it lies now stored on the clip, as before)."""
    project = Project(width=SIDE, height=SIDE, fps=FPS)
    wav = write_wav(folder / "voice.wav", speech(), RATE)
    voice = AudioClip(start=0.0, duration=SECONDS, path=str(wav))
    project.timeline.track("narration").clips.append(voice)
    envelope = project_narration_envelope(project, folder, fps=50)
    add_virtual_host_command(project, MODEL, face, directions, envelope, 50).apply()
    host = project.timeline.tracks[0].clips[0]
    assert isinstance(host, LatentWalkClip) and host.talk is not None
    host.talk.seed = 7  # a fixed blink and drift timing (new hosts take theirs from the id)
    return project, host, voice


def heard(project: Project, folder: Path | None, times: np.ndarray) -> np.ndarray:
    """The narration's loudness at ``times``, computed afresh from the project as it is."""
    values = project_narration_envelope(project, folder, fps=50)
    return np.interp(times * 50, np.arange(len(values)), values, left=0.0, right=0.0)


def gate(times: np.ndarray, start: float) -> np.ndarray:
    """1 where SPEECH (narrated from ``start``) is on at ``times``, else 0: the loudness
    a listener hears, without the envelope's smoothing."""
    local = times - start
    return np.array([any(on <= t < off for on, off in SPEECH) for t in local], dtype=float)


def shown_times(host: LatentWalkClip) -> np.ndarray:
    """Frame times at which the host is on screen."""
    times = np.arange(int(round(20 * FPS))) / FPS
    return times[(times >= host.start - 1e-9) & (times < host.end - 1e-9)]


def silent(host: LatentWalkClip) -> LatentWalkClip:
    """The same host at strength 0: same blinks and drift, mouth at rest."""
    assert host.talk is not None
    return dataclasses.replace(host, talk=dataclasses.replace(host.talk, strength=0.0))


def mouth_change(images: np.ndarray, rest: np.ndarray) -> np.ndarray:
    """(N,) how far each picture's mouth box strays from the resting one's, in levels."""
    side = images.shape[1]
    top, bottom, left, right = (int(round(f * side)) for f in MOUTH_BOX)
    part = images[:, top:bottom, left:right].astype(np.float32)
    base = rest[:, top:bottom, left:right].astype(np.float32)
    return np.abs(part - base).mean(axis=(1, 2, 3))


def face_mouths(
    cache: ModelCache,
    host: LatentWalkClip,
    times: np.ndarray,
    narration: NarrationEnvelope | None,
) -> np.ndarray:
    """Mouth change of the host's faces at ``times`` (narration None: the old behaviour,
    the envelope stored on the clip at the clip's own time)."""
    render = cache.generator_for(MODEL).render
    rest_clip = silent(host)
    talking = np.stack([clip_latent(host, float(t), narration=narration) for t in times])
    rest = np.stack([clip_latent(rest_clip, float(t), narration=narration) for t in times])
    return mouth_change(render(talking.astype(np.float32)), render(rest.astype(np.float32)))


def correlation(change: np.ndarray, loudness: np.ndarray) -> float:
    if change.std() == 0 or loudness.std() == 0:
        return 0.0
    return float(np.corrcoef(change, loudness)[0, 1])


def frames_mouths(
    project: Project, host: LatentWalkClip, cache: ModelCache, folder: Path
) -> np.ndarray:
    """Mouth change in the composed frames (what the export encodes) while the host
    shows, against the same project with the host at strength 0."""
    quiet = copy.deepcopy(project)
    for track in quiet.timeline.tracks:
        for clip in track.clips:
            if isinstance(clip, LatentWalkClip) and clip.talk is not None:
                clip.talk.strength = 0.0
    indices = np.rint(shown_times(host) * FPS).astype(int)
    frames = np.stack(list(iter_frames(project, cache.renderer_for, media_root=folder)))
    rest = np.stack(list(iter_frames(quiet, cache.renderer_for, media_root=folder)))
    return mouth_change(frames[indices], rest[indices])


def test_a_moved_host_keeps_speaking_in_step_and_undo_puts_it_back(
    tmp_path: Path, cache: ModelCache, face: np.ndarray, directions: TalkDirections
) -> None:
    project, host, _ = host_project(tmp_path, face, directions)
    narration = host_narration(project, tmp_path)
    assert narration is not None
    times = shown_times(host)
    before = correlation(face_mouths(cache, host, times, narration), heard(project, None, times))

    computed = SHARED_ENVELOPES.computations
    move = MoveClips(project, [(host.id, 0.5, None)])
    move.apply()
    assert host.start == pytest.approx(0.5) and project.duration == pytest.approx(2.5)
    times = shown_times(host)
    loudness = heard(project, None, times)
    moved = host_narration(project, tmp_path)
    assert moved is narration  # the narration did not change: nothing is recomputed
    r_new = correlation(face_mouths(cache, host, times, moved), loudness)
    r_old = correlation(face_mouths(cache, host, times, None), loudness)
    r_frames = correlation(frames_mouths(project, host, cache, tmp_path), loudness)
    print(
        f"host moved 0.5 s: mouth vs narration r = {r_new:.3f} (faces), {r_frames:.3f} "
        f"(composed frames); the stored envelope would give r = {r_old:.3f}; "
        f"unmoved r = {before:.3f}"
    )
    assert before > IN_STEP and r_new > IN_STEP and r_frames > IN_STEP
    # Against the tone's own on/off times too (not through media/envelope.py at all).
    # (The envelope's 80 ms release lags each burst's end, which costs some r here.)
    r_gate = correlation(face_mouths(cache, host, times, moved), gate(times, 0.0))
    r_gate_old = correlation(face_mouths(cache, host, times, None), gate(times, 0.0))
    print(f"against the tone's on/off gate: r = {r_gate:.3f}, stored r = {r_gate_old:.3f}")
    assert r_gate > 0.7 and r_gate_old < OUT_OF_STEP
    assert r_old < OUT_OF_STEP
    # The preview draws the export's frame.
    exported = list(iter_frames(project, cache.renderer_for, media_root=tmp_path))
    for index in (12, 25, 33):
        preview = frame_at(project, index / FPS, cache.renderer_for, media_root=tmp_path)
        assert np.array_equal(preview, exported[index])
    assert SHARED_ENVELOPES.computations == computed

    move.undo()
    assert host.start == 0.0
    times = shown_times(host)
    r_undone = correlation(
        face_mouths(cache, host, times, host_narration(project, tmp_path)),
        heard(project, None, times),
    )
    print(f"after undo: r = {r_undone:.3f}")
    assert r_undone > IN_STEP


def test_moved_and_trimmed_narration_is_followed_and_computed_once(
    tmp_path: Path, cache: ModelCache, face: np.ndarray, directions: TalkDirections
) -> None:
    project, host, voice = host_project(tmp_path, face, directions)
    host_narration(project, tmp_path)  # the narration as it lies, cached
    computed = SHARED_ENVELOPES.computations

    move = MoveClips(project, [(voice.id, 0.4, None)])
    move.apply()
    times = shown_times(host)
    loudness = heard(project, tmp_path, times)
    r_frames = correlation(frames_mouths(project, host, cache, tmp_path), loudness)
    narration = host_narration(project, tmp_path)
    r_new = correlation(face_mouths(cache, host, times, narration), loudness)
    r_old = correlation(face_mouths(cache, host, times, None), loudness)
    # Two whole renders and the faces above: the moved narration was computed once.
    assert SHARED_ENVELOPES.computations == computed + 1
    print(
        f"narration moved 0.4 s: r = {r_new:.3f} (faces), {r_frames:.3f} (composed frames); "
        f"stored envelope r = {r_old:.3f}"
    )
    assert r_new > IN_STEP and r_frames > IN_STEP and r_old < OUT_OF_STEP

    # Trimming the narration's end to 1.6 s cuts its third burst (now 1.4-1.8 s) short:
    # the mouth that was open at 1.65-1.75 s rests there; the rest still follows.
    late = np.array([1.65, 1.7, 1.75])
    assert np.all(face_mouths(cache, host, late, narration) > 3.0)
    trim = TrimClip(project, voice.id, voice.start, 1.2)
    trim.apply()
    trimmed = host_narration(project, tmp_path)
    assert trimmed is not None and SHARED_ENVELOPES.computations == computed + 2
    assert np.all(face_mouths(cache, host, late, trimmed) < 0.5)
    times = shown_times(host)
    r_trimmed = correlation(
        face_mouths(cache, host, times, trimmed), heard(project, tmp_path, times)
    )
    print(f"narration trimmed: r = {r_trimmed:.3f}")
    assert r_trimmed > IN_STEP

    # Undo finds the earlier envelopes in the cache: nothing is computed again.
    trim.undo()
    move.undo()
    assert voice.start == 0.0 and voice.duration == SECONDS
    times = shown_times(host)
    r_undone = correlation(
        face_mouths(cache, host, times, host_narration(project, tmp_path)),
        heard(project, tmp_path, times),
    )
    assert r_undone > IN_STEP
    assert SHARED_ENVELOPES.computations == computed + 2


def test_an_older_project_file_renders_in_step_in_the_exported_mp4(
    tmp_path: Path, cache: ModelCache, face: np.ndarray, directions: TalkDirections
) -> None:
    project, _, _ = host_project(tmp_path, face, directions)
    folder = save_project(project, tmp_path / "older.aigcproj")
    # A file written before hosts followed the timeline: its host carries the envelope it
    # was made with; here the narration has since been moved by hand (in the file).
    data = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    stored = [
        clip
        for track in data["timeline"]["tracks"]
        for clip in track["clips"]
        if isinstance(clip, dict) and clip.get("talk")
    ]
    assert len(stored) == 1 and len(stored[0]["talk"]["envelope"]) > 50
    for track in data["timeline"]["tracks"]:
        if track["kind"] == "narration":
            track["clips"][0]["start"] = 0.3
    (folder / "project.json").write_text(json.dumps(data), encoding="utf-8")
    loaded = load_project(folder)
    again = loaded.timeline.tracks[0].clips[0]
    assert isinstance(again, LatentWalkClip) and again.talk is not None
    settings = ExportSettings.for_project(loaded, crf=12, preset="ultrafast", ai_label=False)
    out = render_project(
        loaded, cache.renderer_for, tmp_path / "host.mp4", SilentReporter(), settings,
        media_root=folder,
    )  # fmt: skip
    quiet = copy.deepcopy(loaded)
    quiet.timeline.tracks[0].clips[0].talk.strength = 0.0  # type: ignore[union-attr]
    times = shown_times(again)
    indices = [int(i) for i in np.rint(times * FPS)]
    exported = decoded_frames(out, indices, (SIDE, SIDE))
    rest = np.stack(list(iter_frames(quiet, cache.renderer_for, media_root=folder)))[indices]
    loudness = heard(loaded, folder, times)
    r_mp4 = correlation(mouth_change(exported, rest), loudness)
    r_old = correlation(face_mouths(cache, again, times, None), loudness)
    print(f"older file, narration moved 0.3 s: MP4 r = {r_mp4:.3f}; stored r = {r_old:.3f}")
    assert r_mp4 > IN_STEP and r_old < OUT_OF_STEP


def test_without_readable_narration_the_stored_envelope_is_used(
    tmp_path: Path, cache: ModelCache, face: np.ndarray, directions: TalkDirections
) -> None:
    project, host, voice = host_project(tmp_path, face, directions)
    Path(voice.path).unlink()  # a narration file that went missing
    assert narration_envelope(project, tmp_path) is None
    quiet = copy.deepcopy(project)
    quiet.timeline.tracks[0].clips[0].talk.strength = 0.0  # type: ignore[union-attr]
    frames = [
        frame_at(p, 0.1, cache.renderer_for, media_root=tmp_path)[None] for p in (project, quiet)
    ]
    # Speaking at 0.1 s from the stored envelope: the preview's mouth is open.
    assert mouth_change(*frames)[0] > 3.0
    # With the narration deleted from the timeline, nothing is heard: the mouth rests.
    project.timeline.track("narration").clips.clear()
    assert host_narration(project, tmp_path) is SILENT
    shut = face_mouths(cache, host, np.array([0.1, 1.2]), host_narration(project, tmp_path))
    assert np.all(shut < 0.5)
