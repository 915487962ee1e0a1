"""A registry of every thread the engine starts, so shutdown and tests can prove none is left."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QThread

_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


def track_thread(thread: QThread) -> None:
    """Remember a thread the engine created (called by each worker's constructor)."""
    _threads.add(thread)


def running_threads() -> list[QThread]:
    """Engine threads that are still running; empty after a clean shutdown."""
    alive = []
    for thread in list(_threads):
        try:
            if thread.isRunning():
                alive.append(thread)
        except RuntimeError:  # the C++ object is gone, so its thread is too
            continue
    return alive
