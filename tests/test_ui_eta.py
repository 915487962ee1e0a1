"""The Train area's countdown: pace from this session's steps, read like a person would."""

from __future__ import annotations

import pytest

from aigc_studio.ui.eta import EtaEstimator, format_duration


def test_eta_uses_pace_since_first_update() -> None:
    eta = EtaEstimator()
    # A resumed run: 500 steps and 900 s happened before this session started.
    assert eta.seconds_left(500, 1000, 900.0) is None
    assert eta.seconds_left(510, 1000, 920.0) == pytest.approx(490 * 2.0)
    assert eta.seconds_left(1000, 1000, 1900.0) == pytest.approx(0.0)
    eta.reset()
    assert eta.seconds_left(10, 100, 5.0) is None


@pytest.mark.parametrize(
    "seconds, text", [(4.2, "4 s"), (59, "59 s"), (61, "1 min"), (3600 + 5 * 60, "1 h 05 min")]
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text
