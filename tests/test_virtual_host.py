"""The virtual host: a face that speaks the narration, measured in the rendered pixels."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from aigc_studio.gan.talking import (
    EYE_BOXES,
    MOUTH_BOX,
    TalkDirections,
    eye_openness,
    fit_talk_directions,
    mouth_openness,
)
from aigc_studio.media.envelope import loudness_envelope, project_narration_envelope
from aigc_studio.media.layers import pip_rect
from aigc_studio.media.mix import write_wav
from aigc_studio.media.timeline_render import (
    BLINK_SECONDS,
    blink_times,
    clip_latent,
    frame_at,
    iter_frames,
)
from aigc_studio.project.clips import LatentWalkClip, TalkSettings
from aigc_studio.project.host_commands import SetTalkSettings, add_virtual_host_command
from aigc_studio.project.model import AudioClip, ImageClip, Project
from aigc_studio.project.storage import load_project, save_project
from aigc_studio.rendering import ModelCache

MODEL = "builtin:default-faces-64"
RATE = 48000
FPS = 20  # frames a second the tests render: enough to follow 0.25 s bursts
BURST = 0.25  # seconds the test tone is on, then off
SECONDS = 1.5


def gated_tone(seconds: float = SECONDS) -> np.ndarray:
    """A 220 Hz tone switched on and off every BURST seconds (on first)."""
    t = np.arange(int(seconds * RATE)) / RATE
    gate = (np.floor(t / BURST) % 2 == 0).astype(np.float32)
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


def narrated_project(folder: Path, width: int = 72, height: int = 128) -> Project:
    project = Project(width=width, height=height, fps=FPS)
    wav = write_wav(folder / "voice.wav", gated_tone(), RATE)
    project.timeline.track("narration").clips.append(
        AudioClip(start=0.0, duration=SECONDS, path=str(wav))
    )
    return project


def host_project(
    folder: Path, face: np.ndarray, directions: TalkDirections, pip: str = "", side: int = 0
) -> tuple[Project, LatentWalkClip]:
    project = narrated_project(folder) if not side else narrated_project(folder, side, side)
    envelope = project_narration_envelope(project, folder, fps=50)
    command = add_virtual_host_command(project, MODEL, face, directions, envelope, 50, pip=pip)
    command.apply()
    host = project.timeline.tracks[0].clips[0]
    assert isinstance(host, LatentWalkClip)
    return project, host


def faces_of(host: LatentWalkClip, cache: ModelCache, times: np.ndarray) -> np.ndarray:
    latents = np.stack([clip_latent(host, float(t)) for t in times]).astype(np.float32)
    return cache.generator_for(MODEL).render(latents)


def region_change(faces: np.ndarray, still: np.ndarray, box: tuple) -> np.ndarray:
    side = faces.shape[1]
    top, bottom, left, right = (int(round(f * side)) for f in box)
    part = faces[:, top:bottom, left:right].astype(np.float32)
    base = still[top:bottom, left:right].astype(np.float32)
    return np.abs(part - base).mean(axis=(1, 2, 3))


def test_loudness_envelope_follows_the_bursts() -> None:
    envelope = loudness_envelope(gated_tone(), RATE, fps=50)
    assert len(envelope) == 75 and 0.0 <= envelope.min() and envelope.max() <= 1.0
    on = [envelope[k * 25 + 5 : k * 25 + 12].mean() for k in (0, 1, 2)]
    off = [envelope[k * 25 + 18 : k * 25 + 25].mean() for k in (0, 1, 2)]
    assert min(on) > 0.8 and max(off) < 0.2, (on, off)
    assert np.all(loudness_envelope(np.zeros(RATE), RATE) == 0.0)


def test_directions_open_the_mouth_and_close_the_eyes(
    cache: ModelCache, face: np.ndarray, directions: TalkDirections
) -> None:
    for vector in (directions.mouth, directions.blink, *directions.drift):
        assert abs(np.linalg.norm(vector) - 1.0) < 1e-4
    assert abs(float(directions.blink @ directions.mouth)) < 1e-4
    assert all(abs(float(d @ directions.mouth)) < 1e-4 for d in directions.drift)
    generator = cache.generator_for(MODEL)
    steps = np.array([0.0, 1.5, 3.0])
    mouths = generator.render(face + steps[:, None] * directions.mouth)
    eyes = generator.render(face + steps[:, None] * directions.blink)
    print("mouth openness", mouth_openness(mouths), "eye openness", eye_openness(eyes))
    assert np.all(np.diff(mouth_openness(mouths)) > 0)
    assert np.all(np.diff(eye_openness(eyes)) < 0)
    # A second fit of the same model and face comes from the cache, identical.
    again = fit_talk_directions(MODEL, samples=384, seed=0, base_latent=face)
    assert np.array_equal(again.mouth, directions.mouth)


def test_mouth_moves_with_the_narration(
    tmp_path: Path, cache: ModelCache, face: np.ndarray, directions: TalkDirections
) -> None:
    project, host = host_project(tmp_path, face, directions, side=128)
    assert host.start == 0.0 and host.duration == pytest.approx(SECONDS)
    host.talk.seed = 7  # a fixed blink and drift timing (new hosts take theirs from the id)
    times = np.arange(int(SECONDS * FPS)) / FPS
    envelope = np.array([np.interp(t * 50, np.arange(75), host.talk.envelope) for t in times])
    still = cache.generator_for(MODEL).render(face[None].astype(np.float32))[0]

    def correlation(clip: LatentWalkClip) -> float:
        change = region_change(faces_of(clip, cache, times), still, MOUTH_BOX)
        return float(np.corrcoef(change, envelope)[0, 1]) if change.std() > 0 else 0.0

    r = correlation(host)
    silent = dataclasses.replace(host, talk=dataclasses.replace(host.talk, strength=0.0))
    r_silent = correlation(silent)
    print(f"mouth change vs narration envelope: r = {r:.3f}; at strength 0: r = {r_silent:.3f}")
    assert r > 0.5
    assert r_silent < 0.3

    # The composed frames (what the export writes; a square frame shows the face filling
    # it at twice its size) move their mouth with the narration too, as the preview does.
    frames = np.stack(list(iter_frames(project, cache.renderer_for, batch=8)))
    assert len(frames) == len(times)
    assert np.array_equal(frames[3], frame_at(project, times[3], cache.renderer_for))
    closed = frame_at(project, 0.45, cache.renderer_for)  # in a gap: the mouth near rest
    quiet = np.array([np.interp(t * 50, np.arange(75), host.talk.envelope) for t in [0.45]])
    assert quiet[0] < 0.1
    change = region_change(frames, closed, MOUTH_BOX)
    r_frames = float(np.corrcoef(change, envelope)[0, 1])
    print(f"in the exported frames: r = {r_frames:.3f}")
    assert r_frames > 0.5


def test_blinks_close_the_eyes_at_their_times(
    tmp_path: Path, cache: ModelCache, face: np.ndarray, directions: TalkDirections
) -> None:
    _, host = host_project(tmp_path, face, directions)
    quiet = dataclasses.replace(host.talk, strength=0.0, drift_amount=0.0, blink_every=0.6)
    host = dataclasses.replace(host, talk=quiet, duration=3.0)
    starts = blink_times(quiet, 3.0)
    assert len(starts) >= 2 and starts == blink_times(quiet, 3.0)  # same every time
    mid = np.array([s + BLINK_SECONDS / 2 for s in starts])
    away = np.array([s - 0.15 for s in starts])
    still = cache.generator_for(MODEL).render(face[None].astype(np.float32))[0]
    change = [
        np.mean([region_change(faces_of(host, cache, ts), still, box) for box in EYE_BOXES], 0)
        for ts in (mid, away)
    ]
    print("eye change in blinks", change[0], "between", change[1])
    assert change[0].min() > 5.0 and change[1].max() < 1.0


def test_pip_draws_only_in_its_corner(
    tmp_path: Path, cache: ModelCache, face: np.ndarray, directions: TalkDirections
) -> None:
    project, host = host_project(tmp_path, face, directions, pip="bottom-right")
    below = np.zeros((128, 72, 3), dtype=np.uint8)
    below[:, :, 0] = np.linspace(0, 255, 72, dtype=np.uint8)[None]
    picture = tmp_path / "below.png"
    from PIL import Image

    Image.fromarray(below).save(picture)
    project.timeline.track("video").clips.append(
        ImageClip(start=0.0, duration=SECONDS, path=str(picture), fit="fill")
    )
    with_host = frame_at(project, 0.3, cache.renderer_for, media_root=tmp_path)
    host_track = project.timeline.tracks.pop(0)
    without = frame_at(project, 0.3, cache.renderer_for, media_root=tmp_path)
    project.timeline.tracks.insert(0, host_track)
    x, y, w, h = pip_rect(host, 72, 128)
    assert x + w <= 72 - 2 and x > 36 and y > 128 * 0.4  # its corner, inset
    # A vertical frame keeps the lower corner clear of the captions (0.70-0.82 of the
    # height) and of the platform's buttons below them.
    assert y + h <= round(128 * 0.66)
    outside = np.ones((128, 72), dtype=bool)
    outside[y : y + h, x : x + w] = False
    assert np.array_equal(with_host[outside], without[outside])
    inside = np.abs(with_host[y : y + h, x : x + w].astype(int) - without[y : y + h, x : x + w])
    assert inside.mean() > 20


def test_settings_round_trip_and_undo(
    tmp_path: Path, face: np.ndarray, directions: TalkDirections
) -> None:
    project = narrated_project(tmp_path)
    before = [(t.kind, t.name, len(t.clips)) for t in project.timeline.tracks]
    envelope = project_narration_envelope(project, tmp_path)
    command = add_virtual_host_command(project, MODEL, face, directions, envelope, 50, "top-left")
    command.apply()
    host = project.timeline.tracks[0].clips[0]
    assert project.timeline.tracks[0].name == "Host"
    stronger = dataclasses.replace(host.talk, strength=2.5)
    change = SetTalkSettings(project, host.id, stronger)
    change.apply()
    assert host.talk.strength == 2.5
    folder = save_project(project, tmp_path / "host.aigcproj")
    loaded = load_project(folder)
    again = loaded.timeline.tracks[0].clips[0]
    assert isinstance(again, LatentWalkClip) and again.talk is not None
    assert again.talk.to_dict() == host.talk.to_dict()
    assert again.pip == "top-left" and again.pip_scale == host.pip_scale
    change.undo()
    assert host.talk.strength == 1.5
    command.undo()  # (saving moved the narration into the project: compare tracks only)
    assert [(t.kind, t.name, len(t.clips)) for t in project.timeline.tracks] == before
    # Older clips without talk or pip still load; bad values are refused with a sentence.
    data = host.to_dict()
    del data["talk"], data["pip"], data["pip_scale"]
    assert LatentWalkClip.from_dict(data).talk is None
    with pytest.raises(ValueError, match="picture-in-picture"):
        LatentWalkClip.from_dict({**data, "pip": "middle"})
    with pytest.raises(ValueError, match="strength"):
        TalkSettings.from_dict({**host.talk.to_dict(), "strength": 9})


def test_a_split_host_keeps_speaking_in_step(
    tmp_path: Path, face: np.ndarray, directions: TalkDirections
) -> None:
    from aigc_studio.project.commands import SplitClips

    project, host = host_project(tmp_path, face, directions)
    before = {t: clip_latent(host, t) for t in (0.3, 0.9, 1.2)}
    SplitClips(project, [host.id], 0.6).apply()
    first, second = project.timeline.tracks[0].clips
    assert second.talk is not None and second.start == pytest.approx(0.6)
    np.testing.assert_allclose(clip_latent(first, 0.3), before[0.3], atol=1e-6)
    for t in (0.9, 1.2):
        np.testing.assert_allclose(clip_latent(second, t), before[t], atol=1e-6)
