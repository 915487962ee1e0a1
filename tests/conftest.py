"""Suite-wide test setup: headless Qt, an isolated config folder, and no leaked threads.

QT_QPA_PLATFORM must be set before a QApplication exists, so it is set at import time,
before pytest-qt creates one.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings go to a throwaway folder, never the developer's real config.
os.environ["AIGC_STUDIO_CONFIG_DIR"] = tempfile.mkdtemp(prefix="aigc-studio-config-")
os.environ["AIGC_STUDIO_DATA_DIR"] = tempfile.mkdtemp(prefix="aigc-studio-data-")

# The headless "offscreen" platform says this whenever a window is shown; it is about the
# platform plugin, not our code, so it must not fail tests (all other Qt warnings do).
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"

THREAD_GRACE_S = 5.0  # a thread told to stop gets this long to end before the test fails


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def _live_python_threads(before: set[int]) -> list[threading.Thread]:
    return [
        thread
        for thread in threading.enumerate()
        if thread.ident not in before
        and thread.is_alive()
        # Qt's own threads show up as dummies once they run Python; QThreads are checked below.
        and not isinstance(thread, threading._DummyThread)
    ]


def _live_engine_threads() -> list:
    import sys

    threads = sys.modules.get("aigc_studio.engine.threads")
    return threads.running_threads() if threads else []


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail a test that leaves a Python thread or an engine QThread running."""
    before = {thread.ident for thread in threading.enumerate()}
    yield
    deadline = time.monotonic() + THREAD_GRACE_S
    while time.monotonic() < deadline:
        if not _live_python_threads(before) and not _live_engine_threads():
            return
        time.sleep(0.05)
    names = [t.name for t in _live_python_threads(before)]
    names += [t.objectName() for t in _live_engine_threads()]
    pytest.fail(f"threads still running after the test: {names}")


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch, tmp_path_factory):
    """Each test starts from default settings: one that saves a language or turns
    autosave off must not change what the next test sees."""
    monkeypatch.setenv("AIGC_STUDIO_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def studio(qtbot):
    """The main window with the default model loaded and its first face on screen."""
    from aigc_studio.ui.main_window import MainWindow

    window = MainWindow(confirm_close=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.explore.preview.pixmap().isNull(), timeout=60_000)
    qtbot.waitUntil(lambda: window.explore.latent is not None, timeout=30_000)
    yield window
    window.close()  # joins every engine thread before the leak check runs
