"""Audio clips on the Timeline show their sound's waveform (ui/timeline_waveforms.py,
ui/timeline_paint.py): measured in the pixels of the grabbed view, against the same view
before the waveform arrived from the engine."""

from __future__ import annotations

import logging
import wave
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QUndoStack

from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import AudioClip, Project, Timeline, Track
from aigc_studio.ui.timeline_canvas import view_waveforms
from aigc_studio.ui.timeline_view import TimelineView
from tests.test_gui_timeline_edit import drag, running_engine

RATE = 22050
PPS = 60.0  # the view's zoom in these tests (pixels per second)


@pytest.fixture
def engine(qtbot):
    yield from running_engine()


@pytest.fixture
def burst_wav(tmp_path) -> Path:
    """4 s: 2 s of silence, then 2 s of a loud tone (0.8)."""
    t = np.arange(2 * RATE) / RATE
    samples = np.concatenate([np.zeros(2 * RATE), 0.8 * np.sin(2 * np.pi * 330 * t)])
    path = tmp_path / "burst.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((samples * 32767).astype("<i2").tobytes())
    return path


def show(qtbot, engine, clips: list[AudioClip]):
    """A shown view with a video lane and the clips each on its own narration lane."""
    tracks = [Track("video", "Video")] + [
        Track("narration", f"Voice {i}", [clip]) for i, clip in enumerate(clips)
    ]
    view = TimelineView(engine, ProjectDocument(Project(timeline=Timeline(tracks))), QUndoStack())
    qtbot.addWidget(view)
    view.resize(1100, 120 + 50 * len(clips))
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(PPS, anchor_x=0)
    view.h_scroll.setValue(0)
    return view


def grab(view) -> np.ndarray:
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert image.width() == view.width()  # one image pixel per view pixel
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1, 4)
    return rows[:, : image.width(), :3].astype(int)


def grabs_before_and_after(qtbot, view) -> tuple[np.ndarray, np.ndarray]:
    """The view before its waveforms arrive (the first paint only asks for them), then after."""
    before = grab(view)
    qtbot.waitUntil(lambda: not view_waveforms(view).busy, timeout=15_000)
    return before, grab(view)


def wave_mask(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Pixels the waveform changed."""
    return np.abs(after - before).sum(axis=2) > 24


def lane_columns(view, index: int, clip: AudioClip, mask: np.ndarray, band: str = "all"):
    """Per pixel column of the clip: whether the waveform shows there. ``band="top"`` looks
    only between the body's top and the label's line (a loud sound reaches it)."""
    rect = view.clip_rect(index + 1, clip)
    top, bottom = int(rect.top()) + 1, int(rect.bottom()) - 5
    middle = (top + bottom) // 2
    rows = slice(top, middle - 8) if band == "top" else slice(top, bottom)
    return mask[rows, int(rect.left()) + 2 : int(rect.right()) - 2].any(axis=0)


def seconds(columns: np.ndarray, first: float, last: float) -> np.ndarray:
    """The columns between ``first`` and ``last`` seconds from the clip's start."""
    return columns[int(first * PPS) : int(last * PPS)]


def test_loud_second_half_shows_and_silent_first_half_does_not(qtbot, engine, burst_wav):
    clip = AudioClip(start=1.0, duration=4.0, path=str(burst_wav), id="N")
    view = show(qtbot, engine, [clip])
    before, after = grabs_before_and_after(qtbot, view)
    mask = wave_mask(before, after)
    columns = lane_columns(view, 0, clip, mask, "top")
    assert seconds(columns, 0.1, 1.9).mean() < 0.05  # silence: nearly nothing
    assert seconds(columns, 2.1, 3.9).mean() > 0.9  # the loud tone: every column
    rect = view.clip_rect(1, clip)
    outside = mask.copy()
    outside[int(rect.top()) : int(rect.bottom()) + 1, int(rect.left()) : int(rect.right()) + 1] = 0
    assert not outside.any()  # drawn inside the clip's body only


def test_trimmed_clip_shows_the_burst_at_its_start_and_loops(qtbot, engine, burst_wav):
    trimmed = AudioClip(start=0.0, duration=2.0, path=str(burst_wav), source_in=2.0, id="T")
    looped = AudioClip(start=0.0, duration=8.0, path=str(burst_wav), loop=True, id="L")
    view = show(qtbot, engine, [trimmed, looped])
    before, after = grabs_before_and_after(qtbot, view)
    mask = wave_mask(before, after)
    columns = lane_columns(view, 0, trimmed, mask, "top")
    assert seconds(columns, 0.1, 1.9).mean() > 0.9
    # The label stays readable over the loud part: its white letters are all still there.
    rect = view.clip_rect(1, trimmed)
    label = (slice(int(rect.top()) + 4, int(rect.bottom()) - 8), slice(int(rect.left()) + 10, 200))
    white_before = (before[label].min(axis=2) > 230).sum()
    assert white_before > 20 and (after[label].min(axis=2) > 230).sum() >= white_before * 0.95
    columns = lane_columns(view, 1, looped, mask, "top")
    for quiet in ((0.1, 1.9), (4.1, 5.9)):
        assert seconds(columns, *quiet).mean() < 0.05
    for loud in ((2.1, 3.9), (6.1, 7.8)):
        assert seconds(columns, *loud).mean() > 0.9


def test_gain_and_fades_shape_the_waveform(qtbot, engine, burst_wav):
    quiet = AudioClip(start=0.0, duration=2.0, path=str(burst_wav), source_in=2.0, id="Q")
    quiet.gain_db = -30.0
    faded = AudioClip(start=0.0, duration=2.0, path=str(burst_wav), source_in=2.0, id="F")
    faded.fade_in = 1.5
    view = show(qtbot, engine, [quiet, faded])
    before, after = grabs_before_and_after(qtbot, view)
    mask = wave_mask(before, after)
    # -30 dB: far shorter, so it stays low round the middle, yet it is there.
    assert lane_columns(view, 0, quiet, mask, "top").mean() < 0.05
    assert seconds(lane_columns(view, 0, quiet, mask), 0.1, 1.9).mean() > 0.9
    # The fade in: short at the start, full height after it.
    rect = view.clip_rect(2, faded)
    body = mask[int(rect.top()) + 1 : int(rect.bottom()) - 5]
    heights = body[:, int(rect.left()) : int(rect.right())].sum(axis=0)
    rising = [seconds(heights, a, b).mean() for a, b in ((0, 0.1), (0.6, 0.8), (1.6, 1.9))]
    assert rising[0] < rising[1] < rising[2] and rising[0] < rising[2] / 3


def test_left_trim_ghost_shows_the_sound_that_stays_in_place(qtbot, engine, burst_wav):
    clip = AudioClip(start=0.0, duration=4.0, path=str(burst_wav), id="G")
    view = show(qtbot, engine, [clip])
    grabs_before_and_after(qtbot, view)
    rect = view.clip_rect(1, clip)
    before = grab(view)
    grip = rect.topLeft() + QPointF(2, rect.height() / 2)
    drag(view, grip, grip + QPointF(2.0 * PPS, 0), release=False)
    start, duration, _ = view.drag.ghost["G"]
    assert start == pytest.approx(2.0, abs=0.1) and start + duration == pytest.approx(4.0)
    during = grab(view)
    ghost = view.span_rect(1, start, duration)
    band = slice(int(ghost.top()) + 2, int(ghost.center().y()) - 8)
    x = slice(int(ghost.left()) + 4, int(ghost.right()) - 4)
    # The ghost shows the same loud tone the clip showed there (the file's seconds 2-4
    # stay at 2-4), not the silence the clip starts with.
    changed = (np.abs(during[band, x] - before[band, x]).sum(axis=2) > 24).any(axis=0)
    assert changed.mean() < 0.1


def test_zoomed_in_the_burst_starts_at_its_second(qtbot, engine, burst_wav):
    clip = AudioClip(start=0.0, duration=4.0, path=str(burst_wav), id="Z")
    view = show(qtbot, engine, [clip])
    view.set_zoom(600.0, anchor_x=0)
    view.h_scroll.setValue(int(1.5 * 600))  # 1.5 s at the lanes' left edge
    before, after = grabs_before_and_after(qtbot, view)
    mask = wave_mask(before, after)
    rect = view.clip_rect(1, clip)
    rows = slice(int(rect.top()) + 2, int(rect.center().y()) - 8)
    onset = int(view.x_for(2.0))
    assert not mask[rows, onset - 250 : onset - 3].any()  # 1.58-1.99 s: silence
    assert mask[rows, onset + 3 : onset + 250].any(axis=0).mean() > 0.95  # 2.01-2.41 s


def test_missing_and_unreadable_files_paint_without_a_waveform(qtbot, engine, tmp_path, caplog):
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"this is not a sound" * 200)
    missing = AudioClip(start=0.0, duration=3.0, path=str(tmp_path / "gone.wav"), id="M")
    unreadable = AudioClip(start=0.0, duration=3.0, path=str(junk), id="U")
    view = show(qtbot, engine, [missing, unreadable])
    with caplog.at_level(logging.WARNING):
        before, after = grabs_before_and_after(qtbot, view)
        again = grab(view)
    assert not wave_mask(before, after).any() and not wave_mask(before, again).any()
    assert not view_waveforms(view).busy  # nothing asked again on repaint
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
