"""The job runner: partial results, progress, cancel and errors arrive as signals."""

from __future__ import annotations

import logging
import os
import threading

import pytest

from aigc_studio.engine.engine import Engine
from aigc_studio.progress import check_cancelled


@pytest.fixture
def engine():
    engine = Engine()
    yield engine
    assert engine.shutdown(10_000)


def test_generator_job_streams_partials_then_finishes(qtbot, engine):
    partials, progress = [], []
    connected = threading.Event()  # a fast job could otherwise finish before we listen

    def count(reporter):
        assert connected.wait(30)
        for i in range(5):
            reporter.progress((i + 1) / 5, f"item {i}")
            yield i * 10
        return "done"

    job = engine.start_job("Counting", count)
    job.sig_partial.connect(partials.append)
    job.sig_progress.connect(lambda f, m: progress.append(f))
    with qtbot.waitSignal(job.sig_finished, timeout=30_000) as finished:
        connected.set()
    assert finished.args == ["done"]
    assert partials == [0, 10, 20, 30, 40]
    assert progress[-1] == 1.0  # the final progress is never throttled away
    qtbot.waitUntil(lambda: not engine.running_jobs())


def test_cancel_is_cooperative_and_reported(qtbot, engine):
    started = threading.Event()

    def forever(reporter):
        started.set()
        while True:
            check_cancelled(reporter)
            started.wait(0.01)

    job = engine.start_job("Waiting", forever)
    qtbot.waitUntil(started.is_set, timeout=5_000)  # it starts once the event loop runs
    with qtbot.waitSignal(job.sig_cancelled, timeout=30_000):
        job.cancel()
    qtbot.waitUntil(lambda: not engine.running_jobs())


def test_failure_reaches_the_user_as_one_sentence_and_the_log_as_a_trace(qtbot, engine, caplog):
    def broken(reporter):
        raise ValueError("the folder has no images")

    with caplog.at_level(logging.ERROR):
        job = engine.start_job("Training", broken)
        with qtbot.waitSignal(job.sig_failed, timeout=30_000) as failed:
            pass
    assert failed.args == ["Training failed: the folder has no images."]
    assert any(record.exc_info for record in caplog.records)


def test_shutdown_cancels_and_joins_running_jobs(qtbot, engine):
    def slow(reporter):
        while not reporter.cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    job = engine.start_job("Slow", slow)
    qtbot.waitUntil(job.isRunning)
    assert engine.shutdown(5000)
    assert not job.isRunning()


def test_training_in_the_studio_leaves_a_core_and_then_gives_the_threads_back(tmp_path) -> None:
    import torch

    from aigc_studio.engine.tasks import TrainRequest, studio_training_threads, training_job
    from aigc_studio.progress import SilentReporter
    from tests.images import make_face_like_images

    make_face_like_images(tmp_path / "data", 8)
    request = TrainRequest(tmp_path / "data", tmp_path / "run", steps=2, batch=4, resolution=32,
                           device="cpu", width=8)  # fmt: skip
    before = torch.get_num_threads()
    seen = [torch.get_num_threads() for _ in training_job(request)(SilentReporter())]
    assert seen[0] == studio_training_threads() == max(1, (os.cpu_count() or 1) - 1)
    assert torch.get_num_threads() == before


def test_a_quick_job_is_heard_even_when_the_caller_connects_late(qtbot):
    # The job finishes at once, and the caller connects only a moment after start_job
    # (a busy GUI thread): its notice and its result still arrive.
    import time

    engine = Engine()
    try:

        def quick(_reporter):
            yield "a notice"
            return 42

        job = engine.start_job("Quick", quick)
        time.sleep(0.2)  # the GUI thread is busy; a thread started at once is done by now
        partials: list = []
        job.sig_partial.connect(partials.append)
        with qtbot.waitSignal(job.sig_finished, timeout=10_000) as finished:
            pass
        assert finished.args == [42] and partials == ["a notice"]
    finally:
        engine.shutdown()
