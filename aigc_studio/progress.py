"""The small reporter every long job takes: progress out, cancel in.

Long work is a plain function that calls ``reporter.progress`` and checks
``reporter.cancelled()`` every step; the engine adapts it to Qt signals, the CLI to
stderr, and tests to a list. Nothing here imports Qt.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside a job when its reporter says the user cancelled."""


class Reporter(Protocol):
    def progress(self, fraction: float, message: str = "") -> None:
        """Report how far the job is (0..1) with a short human sentence."""

    def cancelled(self) -> bool:
        """True once the user asked the job to stop."""


class SilentReporter:
    """A reporter that reports nowhere and is never cancelled."""

    def progress(self, fraction: float, message: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False


def check_cancelled(reporter: Reporter) -> None:
    """Raise Cancelled if the user asked to stop; call once per step."""
    if reporter.cancelled():
        raise Cancelled()
