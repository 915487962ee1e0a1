"""Run a plain long function in a worker thread and turn its reporter into signals.

A job function takes a Reporter and either returns a result or is a generator whose
yielded values are partial results (training updates). ``Job`` runs it in its own QThread
and emits ``sig_progress``/``sig_partial`` while it runs, then exactly one of
``sig_finished``, ``sig_cancelled`` or ``sig_failed``. Cancel is cooperative: ``cancel()``
sets an event that the function sees through ``reporter.cancelled()``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from inspect import isgenerator
from typing import Any

from PySide6.QtCore import QThread, Signal

from aigc_studio.engine.threads import track_thread
from aigc_studio.progress import Cancelled, Reporter
from aigc_studio.translation import tr

log = logging.getLogger(__name__)

JobFunction = Callable[[Reporter], Any]

# Progress is reported per step/frame; more than ~30 updates a second only floods the
# GUI thread's event queue without showing anything new.
PROGRESS_INTERVAL_S = 0.03


# How often a paused job looks again whether it was resumed or cancelled.
PAUSE_POLL_S = 0.1


class ThreadReporter:
    """The Reporter a job function sees: throttled progress out, cancel and pause in.

    Pause needs nothing from the job function: it already asks ``cancelled()`` once per
    step, and while the job is paused that question simply waits for an answer.
    """

    def __init__(
        self,
        emit: Callable[[float, str], None],
        cancel_event: threading.Event,
        running_event: threading.Event | None = None,
    ) -> None:
        self._emit = emit
        self._cancel_event = cancel_event
        self._running_event = running_event
        self._last_emit = 0.0

    def progress(self, fraction: float, message: str = "") -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_emit < PROGRESS_INTERVAL_S:
            return
        self._last_emit = now
        self._emit(min(max(float(fraction), 0.0), 1.0), message)

    def cancelled(self) -> bool:
        running = self._running_event
        while running is not None and not running.is_set() and not self._cancel_event.is_set():
            running.wait(PAUSE_POLL_S)
        return self._cancel_event.is_set()


def _expected(error: BaseException) -> str:
    """The sentence of an error the studio raises on purpose ("" for a bug's error)."""
    detail = str(error).strip().rstrip(".。")
    return detail if isinstance(error, (ValueError, OSError, RuntimeError, LookupError)) else ""


def user_message(what: str, error: BaseException) -> str:
    """One sentence for the user; the traceback goes to the log."""
    if detail := _expected(error):
        return tr("{job} failed: {reason}.").format(job=what, reason=detail)
    described = f"{type(error).__name__}: {str(error).strip() or 'no details'}"
    return tr("{job} failed with an unexpected error ({error}); see the log.").format(
        job=what, error=described
    )


def failure_reason(error: BaseException) -> str:
    """The reason alone, for a place that already says what failed (a dialog's status
    line); an unexpected error keeps the whole sentence, pointing to the log."""
    return str(error).strip() if _expected(error) else user_message(tr("The job"), error)


class Job(QThread):
    """One run of a job function in its own thread."""

    sig_progress = Signal(float, str)
    """Fraction done (0..1) and a short message, throttled to a few dozen per second."""
    sig_partial = Signal(object)
    """A partial result: each value a generator job yields, in order."""
    sig_finished = Signal(object)
    """The job completed; carries the function's return value."""
    sig_cancelled = Signal()
    """The job stopped early because cancel() was called (it raised Cancelled)."""
    sig_failed = Signal(str)
    """The job raised; carries one sentence for the user (the traceback is logged).
    ``failure_reason`` holds the same without the "<job> failed:" part, set before this."""

    def __init__(self, name: str, function: JobFunction, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(f"job:{name}")
        self.name = name  # shown to the user in "<name> failed: …", so translated
        self.failure_reason = ""  # why it failed, set before sig_failed is emitted
        self._function = function
        self._cancel_event = threading.Event()
        self._running_event = threading.Event()  # cleared while paused
        self._running_event.set()
        track_thread(self)

    def cancel(self) -> None:
        """Ask the job to stop at its next step; it ends with sig_cancelled or sig_finished."""
        self._cancel_event.set()

    def pause(self) -> None:
        """Hold the job at its next step (it keeps its memory and thread) until resume()."""
        self._running_event.clear()

    def resume(self) -> None:
        """Let a paused job go on from where it stopped."""
        self._running_event.set()

    @property
    def paused(self) -> bool:
        return not self._running_event.is_set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_event.is_set()

    def run(self) -> None:  # runs in the worker thread
        reporter = ThreadReporter(self.sig_progress.emit, self._cancel_event, self._running_event)
        try:
            result = self._function(reporter)
            if isgenerator(result):
                result = self._drain(result)
        except Cancelled:
            log.info("job %s cancelled", self.name)
            self.sig_cancelled.emit()
        except Exception as error:  # every error reaches the user as a sentence
            log.exception("job %s failed", self.name)
            self.failure_reason = failure_reason(error)
            self.sig_failed.emit(user_message(self.name, error))
        else:
            self.sig_finished.emit(result)

    def _drain(self, generator) -> Any:
        """Emit each yielded value as a partial result; return the generator's return value."""
        while True:
            try:
                value = next(generator)
            except StopIteration as stop:
                return stop.value
            self.sig_partial.emit(value)
