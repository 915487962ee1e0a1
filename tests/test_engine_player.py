"""The preview player's worker: timeline frames at preview size, cached, newest request wins."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from aigc_studio.engine.player import (
    FrameCache,
    PlayerConfig,
    PlayerWorker,
    frame_index,
    pcm16,
    preview_size,
)
from aigc_studio.media.mix import mix_audio
from aigc_studio.media.timeline_render import frame_at
from aigc_studio.project.model import (
    DEFAULT_MODEL_REF,
    AudioClip,
    CaptionClip,
    LatentWalkClip,
    Project,
)
from aigc_studio.rendering import ModelCache

FPS = 10


def walk_project(width: int = 90, height: int = 160, seconds: float = 3.0) -> Project:
    """A small project: one latent walk of the shipped model and a caption."""
    rng = np.random.default_rng(3)
    keyframes = [list(rng.standard_normal(100)) for _ in range(3)]
    project = Project(name="player", width=width, height=height, fps=FPS)
    project.timeline.track("video").clips.append(
        LatentWalkClip(0.0, seconds, keyframes, model=DEFAULT_MODEL_REF)
    )
    project.timeline.track("caption").clips.append(CaptionClip(0.0, seconds / 2, "Hi"))
    return project


@pytest.fixture
def worker(qtbot):
    worker = PlayerWorker()
    yield worker
    assert worker.stop(10_000)
    assert not worker.isRunning()


def ask(qtbot, worker: PlayerWorker, index: int, read_ahead: int = 0):
    """Request a frame and wait for it; returns (revision, index, image)."""
    with qtbot.waitSignal(
        worker.sig_frame, timeout=30_000, check_params_cb=lambda r, i, image: i == index
    ) as got:
        worker.request_frame(index, read_ahead)
    return got.args


def test_a_frame_is_the_timeline_frame_at_its_time(qtbot, worker):
    project = walk_project()
    revision = worker.set_project(project)
    got_revision, index, image = ask(qtbot, worker, 7)
    assert (got_revision, index) == (revision, 7)
    expected = frame_at(project, 7 / FPS, ModelCache().renderer_for)
    assert image.shape == expected.shape == (160, 90, 3)
    # The worker renders on one torch thread; rounding may differ by a level.
    assert np.abs(image.astype(int) - expected.astype(int)).max() <= 2
    _, _, other = ask(qtbot, worker, 25)
    assert np.abs(other.astype(int) - image.astype(int)).mean() > 5  # the walk moved on


def test_a_large_project_is_previewed_at_a_smaller_size_with_its_aspect(qtbot, worker):
    assert preview_size(1080, 1920, 640) == (360, 640)
    assert preview_size(1920, 1080, 640) == (640, 360)
    assert preview_size(90, 160, 640) == (90, 160)
    project = walk_project(width=540, height=960, seconds=1.0)
    worker.set_project(project)
    _, _, image = ask(qtbot, worker, 5)
    assert image.shape == (640, 360, 3)
    # Composed at the preview size, as the export composes at its own.
    models = ModelCache()
    expected = frame_at(project, 0.5, models.renderer_for, width=360, height=640)
    assert np.abs(image.astype(int) - expected.astype(int)).max() <= 2


def test_a_cached_frame_is_not_rendered_again(qtbot, worker):
    worker.set_project(walk_project())
    _, _, first = ask(qtbot, worker, 4)
    renders = worker.renders
    assert renders == 1
    hit = worker.cached_frame(4)  # read on the calling thread, no render asked for
    assert hit is first and worker.renders == renders
    _, _, again = ask(qtbot, worker, 4)
    assert again is first and worker.renders == renders
    with pytest.raises(ValueError):
        again[0, 0, 0] = 1  # shared with the GUI: read-only


def test_an_edit_makes_a_new_revision_whose_frames_are_rendered_anew(qtbot, worker):
    project = walk_project()
    first_revision = worker.set_project(project)
    _, _, before = ask(qtbot, worker, 2)
    assert worker.set_project(project) == first_revision  # nothing changed: frames stay
    project.timeline.track("caption").clips[0].text = "Changed caption"
    assert worker.cached_frame(2) is not None  # the edit alone changes nothing
    revision = worker.set_project(project)
    assert revision > first_revision and worker.cached_frame(2) is None
    got_revision, _, after = ask(qtbot, worker, 2)
    assert got_revision == revision and not np.array_equal(before, after)


def test_the_worker_renders_its_own_copy_of_the_project(qtbot, worker):
    project = walk_project()
    worker.set_project(project)
    project.timeline.track("video").clips.clear()  # the GUI edits before telling the worker
    _, _, image = ask(qtbot, worker, 3)
    blank = frame_at(project, 0.3, ModelCache().renderer_for)
    assert np.abs(image.astype(int) - blank.astype(int)).mean() > 5  # still shows the walk


def test_only_the_newest_of_many_quick_requests_is_rendered(qtbot, worker):
    worker.set_project(walk_project())
    ask(qtbot, worker, 0)  # the model is loaded
    announced = []
    worker.sig_frame.connect(lambda revision, index, image: announced.append(index))
    renders = worker.renders
    for index in range(1, 21):
        worker.request_frame(index)
    qtbot.waitUntil(lambda: 20 in announced, timeout=30_000)
    qtbot.wait(100)
    assert announced[-1] == 20
    assert worker.renders - renders < 8  # not twenty: stale requests were dropped
    assert announced == sorted(announced)


def test_while_playing_the_next_frames_are_read_ahead(qtbot, worker):
    worker.set_project(walk_project())
    ask(qtbot, worker, 10, read_ahead=4)
    qtbot.waitUntil(lambda: worker.cached_frame(14) is not None, timeout=30_000)
    assert worker.cached_frame(15) is None
    ask(qtbot, worker, 29, read_ahead=4)  # the last frame: nothing past the end
    qtbot.wait(100)
    assert worker.renders == 6


def test_the_cache_stays_within_its_bound_dropping_the_least_recently_used():
    frame_bytes = 16 * 16 * 3
    cache = FrameCache(max_bytes=3 * frame_bytes)
    frames = [np.full((16, 16, 3), i, np.uint8) for i in range(5)]
    for i in range(3):
        cache.put((1, i, (16, 16)), frames[i])
    assert cache.get((1, 0, (16, 16))) is frames[0]  # frame 0 is now the most recent
    cache.put((1, 3, (16, 16)), frames[3])
    assert cache.get((1, 1, (16, 16))) is None and cache.get((1, 0, (16, 16))) is not None
    assert cache.nbytes <= 3 * frame_bytes and len(cache) == 3
    cache.put((2, 0, (16, 16)), frames[4])
    cache.drop_older_revisions(2)
    assert len(cache) == 1 and cache.nbytes == frame_bytes


def test_sound_is_the_timeline_mix_as_16_bit_stereo_chunks(qtbot, worker, tmp_path):
    rate = PlayerConfig().audio_rate
    project = walk_project()
    tone = 0.5 * np.sin(2 * np.pi * 440 * np.arange(rate) / rate)
    with wave.open(str(tmp_path / "tone.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.rint(tone * 32767).astype("<i2").tobytes())
    music = AudioClip(1.0, 1.0, str(tmp_path / "tone.wav"))
    project.timeline.track("music").clips.append(music)
    worker.set_project(project)
    chunks = {}
    worker.sig_audio.connect(lambda request_id, pcm: chunks.__setitem__(request_id, pcm))
    silent = worker.request_audio(rate // 2, rate // 10)  # 0.5 s: before the music
    playing = worker.request_audio(rate + rate // 2, rate // 10)  # 1.5 s: the tone
    qtbot.waitUntil(lambda: playing in chunks, timeout=30_000)
    assert list(chunks) == [silent, playing]  # in the order asked
    assert all(len(pcm) == rate // 10 * 2 * 2 for pcm in chunks.values())
    assert not any(chunks[silent])
    heard = np.frombuffer(chunks[playing], "<i2").reshape(-1, 2) / 32767
    expected = mix_audio(project, 1.5, 1.6, rate=rate)
    assert np.abs(heard - expected).max() < 1e-3 and np.abs(heard).max() > 0.3
    samples = np.array([[0.0, 1.0], [-1.0, 2.0]], np.float32)
    assert np.frombuffer(pcm16(samples), "<i2").tolist() == [0, 32767, -32767, 32767]


def test_frame_index_rounds_down_to_the_frame_showing():
    assert [frame_index(t, 30) for t in (0.0, 0.0333, 1 / 30, 0.999, 1.0)] == [0, 0, 1, 29, 30]


def test_a_render_error_reaches_the_user_once(qtbot, worker):
    project = walk_project()
    project.timeline.track("video").clips[0].model = "builtin:no-such-model"
    worker.set_project(project)
    failures = []
    worker.sig_failed.connect(failures.append)
    worker.request_frame(1)
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    worker.request_frame(2)
    qtbot.wait(200)
    assert len(failures) == 1 and failures[0].startswith("Rendering the preview failed")
