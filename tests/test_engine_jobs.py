"""The job runner: partial results, progress, cancel and errors arrive as signals."""

from __future__ import annotations

import logging
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
    assert started.wait(5)
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
