"""Time-left estimate for a running job, from the pace measured so far."""

from __future__ import annotations

from aigc_studio.ui.i18n import tr


class EtaEstimator:
    """Remaining time from the steps done since the first update this session.

    The first update is the reference point, so the time spent loading images or a
    resumed run's earlier steps never skew the pace.
    """

    def __init__(self) -> None:
        self._first: tuple[int, float] | None = None

    def reset(self) -> None:
        self._first = None

    def seconds_left(self, step: int, total_steps: int, seconds: float) -> float | None:
        if self._first is None:
            self._first = (step, seconds)
            return None
        first_step, first_seconds = self._first
        done = step - first_step
        if done <= 0 or seconds <= first_seconds:
            return None
        return (total_steps - step) * (seconds - first_seconds) / done


def format_duration(seconds: float) -> str:
    """'45 s', '12 min', '1 h 05 min': how a person reads a countdown."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return tr("{seconds:.0f} s").format(seconds=seconds)
    minutes = round(seconds / 60)
    if minutes < 60:
        return tr("{minutes} min").format(minutes=minutes)
    return tr("{hours} h {minutes:02d} min").format(hours=minutes // 60, minutes=minutes % 60)
