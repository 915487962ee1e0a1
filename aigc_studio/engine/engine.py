"""Engine: owns the preview renderer, the timeline player's worker and every running job,
and joins them all on shutdown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from aigc_studio.engine.jobs import Job, JobFunction
from aigc_studio.engine.player import PlayerWorker
from aigc_studio.engine.preview import PreviewRenderer

log = logging.getLogger(__name__)


class Engine(QObject):
    """The one object the UI asks for background work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = PreviewRenderer(self)
        self.player = PlayerWorker(self)  # the Timeline's preview player (starts when asked)
        self._jobs: list[Job] = []
        self._closing = False  # set by shutdown: jobs not started yet never start

    def start_job(self, name: str, function: JobFunction) -> Job:
        """Run ``function(reporter)`` in a new thread, from the next turn of the event loop.

        Connect to the job's signals right after this call, in the same piece of code: the
        thread starts only once control is back in the event loop. (Started at once, a
        quick job could emit its notice or even sig_finished before anyone listened, and
        a queued signal nobody is connected to is simply lost: a window then waits for
        ever, or a notice never shows.)"""
        job = Job(name, function, self)
        # A bound method of this QObject, so the slot runs on the GUI thread (queued).
        job.finished.connect(self._reap)
        self._jobs.append(job)
        QTimer.singleShot(0, self, lambda: self._start(job))
        return job

    def _start(self, job: Job) -> None:
        if not self._closing and job in self._jobs:
            job.start()  # a job cancelled meanwhile starts too, and ends with sig_cancelled

    def running_jobs(self) -> list[Job]:
        """Jobs running or about to start (see start_job)."""
        return [job for job in self._jobs if not job.isFinished()]

    def _reap(self) -> None:
        for job in [job for job in self._jobs if job.isFinished()]:
            self._jobs.remove(job)
            job.deleteLater()

    def shutdown(self, timeout_ms: int = 60_000) -> bool:
        """Cancel every job, stop the preview renderer and the player, join all threads.

        Returns False if a thread did not end in time (it is logged; the caller decides).
        """
        self._closing = True
        for job in self._jobs:
            job.cancel()
        clean = self.preview.stop(timeout_ms)
        clean = self.player.stop(timeout_ms) and clean
        for job in list(self._jobs):
            if not job.wait(timeout_ms):
                log.error("job %s did not stop within %d ms", job.name, timeout_ms)
                clean = False
        return clean
