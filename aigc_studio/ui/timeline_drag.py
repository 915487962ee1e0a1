"""Mouse gestures on the timeline: select, rubber-band, move, trim, scrub the playhead.

A drag changes nothing while it runs: it keeps a ghost (where the clips would go) that the
view paints, and on release it pushes ONE command, so one undo takes the whole drag back.
Esc cancels a drag and leaves the project as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt

from aigc_studio.project.commands import MoveClips, TrimClip
from aigc_studio.project.edit_commands import SOURCE_CLIPS
from aigc_studio.project.model import CLIPS_FOR_TRACK, AudioClip, Clip, VideoFileClip
from aigc_studio.project.snapping import snap_targets, snap_time
from aigc_studio.ui.timeline_edit import push_edit
from aigc_studio.ui.timeline_style import DRAG_THRESHOLD_PX, HEADER_WIDTH, RULER_HEIGHT, SNAP_PX

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

EDGE_SCROLL_PX = 16  # a drag this close to the lanes' edge scrolls
EDGE_SCROLL_STEP = 24  # pixels scrolled per mouse move there

Ghost = dict[str, tuple[float, float, int]]  # clip id -> (start, duration, track index)


class TimelineDrag:
    """The state of one mouse gesture on a TimelineView (which owns it)."""

    def __init__(self, view) -> None:
        self.view = view
        self.mode: str | None = None  # pending, move, trim_left, trim_right, band, playhead
        self.ghost: Ghost = {}
        self.snap_time: float | None = None  # where the drag snapped, for the snap line
        self.band: QRectF | None = None  # the rubber band, in view coordinates
        self._origin = QPointF()
        self._origin_time = 0.0  # time under the press: drags measure from it, so scrolling
        # during a drag moves clips with the view
        self._origin_track = 0
        self._clip: Clip | None = None  # the clip pressed on
        self._collapse = False  # a plain click on a selected clip selects only it on release
        self._base_selection: list[str] = []
        self._old_playhead = 0.0

    @property
    def active(self) -> bool:
        return self.mode is not None

    def clip_by_id(self, clip_id: str) -> Clip | None:
        for track in self.view.tracks:
            for clip in track.clips:
                if clip.id == clip_id:
                    return clip
        return None

    # -- the gesture ------------------------------------------------------------------

    def press(self, pos: QPointF, modifiers) -> None:
        view = self.view
        self._reset()
        self._origin = QPointF(pos)
        self._origin_time = view.time_at(pos.x())
        if pos.y() < RULER_HEIGHT and pos.x() >= HEADER_WIDTH:
            self.mode = "playhead"
            self._old_playhead = view.playhead
            view.move_playhead(self._playhead_time(pos, modifiers))
            return
        found = view.hit(pos.x(), pos.y())
        if found is None:
            if pos.x() >= HEADER_WIDTH:
                self.mode = "band"
                extend = bool(modifiers & (CTRL | SHIFT))
                self._base_selection = list(view.selected_ids) if extend else []
                view.set_selection(self._base_selection)
            return
        index, clip, edge = found
        self._origin_track = index
        self._clip = clip
        selected = clip.id in view.selected_ids
        if edge is not None:
            if not selected:
                view.select(clip.id)
            self.mode = "trim_left" if edge == "left" else "trim_right"
            return
        if modifiers & CTRL and selected:
            view.set_selection([i for i in view.selected_ids if i != clip.id])
            return  # a toggle-off is not the start of a drag
        if modifiers & (CTRL | SHIFT):
            view.set_selection([*view.selected_ids, clip.id])
        elif not selected:
            view.select(clip.id)
        else:
            self._collapse = True
            # Make it primary, so the properties pane shows the clip last touched.
            view.set_selection([*(i for i in view.selected_ids if i != clip.id), clip.id])
        self.mode = "pending"

    def move(self, pos: QPointF, modifiers, buttons) -> None:
        view = self.view
        if self.mode is None or not buttons & Qt.MouseButton.LeftButton:
            self._hover(pos)
            return
        snapping = not modifiers & ALT
        if self.mode != "pending":
            self._scroll_at_edge(pos)
        if self.mode == "playhead":
            view.move_playhead(self._playhead_time(pos, modifiers))
        elif self.mode == "band":
            self._update_band(pos)
        elif self.mode == "pending":
            if (pos - self._origin).manhattanLength() >= DRAG_THRESHOLD_PX:
                self.mode = "move"
                self._collapse = False
                self._update_move(pos, snapping)
        elif self.mode == "move":
            self._update_move(pos, snapping)
        else:
            self._update_trim(pos, snapping)
        view.update()

    def release(self, pos: QPointF, modifiers) -> None:
        view = self.view
        mode, ghost, clip = self.mode, dict(self.ghost), self._clip
        collapse = self._collapse
        self._reset()
        if mode == "pending" and collapse and clip is not None:
            view.select(clip.id)
        elif mode == "move" and ghost:
            self._commit_move(ghost)
        elif mode in ("trim_left", "trim_right") and clip is not None and clip.id in ghost:
            start, duration, _ = ghost[clip.id]
            if (start, duration) != (clip.start, clip.duration):
                self._push(lambda: TrimClip(view.document.project, clip.id, start, duration))
        self._hover(pos)
        view.update()

    def cancel(self) -> None:
        """Esc: forget the gesture; nothing was changed, so nothing is undone."""
        view = self.view
        if self.mode == "band":
            view.set_selection(self._base_selection)
        elif self.mode == "playhead":
            view.move_playhead(self._old_playhead)
        self._reset()
        view.unsetCursor()
        view.update()

    def _reset(self) -> None:
        self.mode = None
        self.ghost = {}
        self.snap_time = None
        self.band = None
        self._clip = None
        self._collapse = False

    # -- updates while dragging -------------------------------------------------------

    def _scroll_at_edge(self, pos: QPointF) -> None:
        """A drag held at the lanes' left or right edge scrolls the view that way."""
        lanes = self.view.lanes_rect
        bar = self.view.h_scroll
        if pos.x() > lanes.right() - EDGE_SCROLL_PX:
            bar.setValue(bar.value() + EDGE_SCROLL_STEP)
        elif pos.x() < lanes.left() + EDGE_SCROLL_PX:
            bar.setValue(bar.value() - EDGE_SCROLL_STEP)

    def _tolerance(self) -> float:
        return SNAP_PX / self.view.pixels_per_second

    def _targets(self, exclude: Sequence[str]) -> list[float]:
        view = self.view
        return snap_targets(view.document.project, list(exclude), view.playhead, view.beats)

    def _playhead_time(self, pos: QPointF, modifiers) -> float:
        seconds = max(0.0, self.view.time_at(pos.x()))
        if modifiers & ALT:
            return seconds
        return snap_time(seconds, self._targets([]), self._tolerance())

    def _update_band(self, pos: QPointF) -> None:
        view = self.view
        corner = QPointF(view.x_for(self._origin_time), self._origin.y())
        self.band = QRectF(corner, pos).normalized()
        inside = [
            clip.id
            for index, track in enumerate(view.tracks)
            for clip in track.clips
            if view.clip_rect(index, clip).intersects(self.band)
        ]
        view.set_selection([*self._base_selection, *inside])

    def _selected_with_tracks(self) -> list[tuple[int, Clip]]:
        chosen = set(self.view.selected_ids)
        return [
            (index, clip)
            for index, track in enumerate(self.view.tracks)
            for clip in track.clips
            if clip.id in chosen
        ]

    def _update_move(self, pos: QPointF, snapping: bool) -> None:
        view = self.view
        moving = self._selected_with_tracks()
        if not moving:
            return
        earliest = min(clip.start for _, clip in moving)
        shift = max(view.time_at(pos.x()) - self._origin_time, -earliest)
        self.snap_time = None
        exact: dict[str, float] = {}  # a snapped clip's start, exact (no float round-off)
        if snapping:
            targets = self._targets([clip.id for _, clip in moving])
            best: tuple[float, float, str, bool] | None = None  # distance, time, id, is start
            for _, clip in moving:
                for edge, is_start in ((clip.start + shift, True), (clip.end + shift, False)):
                    snapped = snap_time(edge, targets, self._tolerance())
                    if snapped != edge and (best is None or abs(snapped - edge) < best[0]):
                        best = (abs(snapped - edge), snapped, clip.id, is_start)
            if best is not None:
                _, snapped, clip_id, is_start = best
                clip = next(c for _, c in moving if c.id == clip_id)
                new_shift = snapped - (clip.start if is_start else clip.end)
                if new_shift >= -earliest:
                    shift = new_shift
                    self.snap_time = snapped
                    exact[clip_id] = snapped if is_start else snapped - clip.duration
        rows = self._track_shift(moving, pos)
        self.ghost = {
            clip.id: (max(0.0, exact.get(clip.id, clip.start + shift)), clip.duration, index + rows)
            for index, clip in moving
        }

    def _track_shift(self, moving: list[tuple[int, Clip]], pos: QPointF) -> int:
        """How many lanes the selection moves down (negative: up); 0 if any clip would land
        on a lane of a kind that cannot hold it."""
        index = self.view.track_index_at(max(pos.y(), RULER_HEIGHT))
        rows = 0 if index is None else index - self._origin_track
        tracks = self.view.tracks
        for track_index, clip in moving:
            target = track_index + rows
            if not (0 <= target < len(tracks)) or not isinstance(
                clip, CLIPS_FOR_TRACK[tracks[target].kind]
            ):
                return 0
        return rows

    def _update_trim(self, pos: QPointF, snapping: bool) -> None:
        view, clip = self.view, self._clip
        if clip is None:
            return
        shift = view.time_at(pos.x()) - self._origin_time
        shortest = 1.0 / max(view.document.project.fps, 1)
        targets = self._targets([clip.id]) if snapping else []
        self.snap_time = None
        if self.mode == "trim_left":
            earliest = 0.0
            if isinstance(clip, SOURCE_CLIPS):
                earliest = max(0.0, clip.start - clip.source_in / clip.speed)
            start = self._snapped(clip.start + shift, targets)
            start = min(max(start, earliest), clip.end - shortest)
            self.ghost = {clip.id: (start, clip.end - start, self._origin_track)}
        else:
            latest = _latest_end(clip)
            end = self._snapped(clip.end + shift, targets)
            end = max(end, clip.start + shortest)
            if latest is not None:
                end = min(end, latest)
            self.ghost = {clip.id: (clip.start, end - clip.start, self._origin_track)}

    def _snapped(self, seconds: float, targets: list[float]) -> float:
        if not targets:
            return seconds
        snapped = snap_time(seconds, targets, self._tolerance())
        if snapped != seconds:
            self.snap_time = snapped
        return snapped

    # -- commit -----------------------------------------------------------------------

    def _commit_move(self, ghost: Ghost) -> None:
        moves = []
        for clip_id, (start, _, index) in ghost.items():
            clip = self.clip_by_id(clip_id)
            if clip is None:
                continue
            current = next(i for i, t in enumerate(self.view.tracks) if clip in t.clips)
            if start != clip.start or index != current:
                moves.append((clip_id, start, None if index == current else index))
        if moves:
            self._push(lambda: MoveClips(self.view.document.project, moves))

    def _push(self, make_command) -> None:
        push_edit(self.view, make_command)

    def _hover(self, pos: QPointF) -> None:
        """The cursor says what a press would do: trim near an edge, scrub on the ruler."""
        view = self.view
        found = view.hit(pos.x(), pos.y())
        if found is not None and found[2] is not None:
            view.setCursor(Qt.CursorShape.SizeHorCursor)
        elif pos.y() < RULER_HEIGHT and pos.x() >= HEADER_WIDTH:
            view.setCursor(Qt.CursorShape.IBeamCursor)
        else:
            view.unsetCursor()


def _latest_end(clip: Clip) -> float | None:
    """Where a clip's right edge must stop: the end of its source file (unless it loops)."""
    if isinstance(clip, VideoFileClip | AudioClip) and clip.source_duration:
        if isinstance(clip, AudioClip) and clip.loop:
            return None
        return clip.start + max(clip.source_duration - clip.source_in, 0.0) / clip.speed
    return None
