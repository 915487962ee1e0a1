"""The explorer's own undo history: Back/Forward through the faces the creator visited.

Explorer moves (a slider, Random, a grid pick, a blend, a class, the truncation) are not
project edits, so they live on a QUndoStack of the Explore area, apart from the window's
stack of timeline edits. A move records the whole explorer state before and after it;
going back re-renders the state before. Consecutive events of one gesture (a slider drag,
typing a seed) share a merge key and collapse into one step.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

MERGE_ID = 4_242  # any id but -1 makes QUndoStack ask mergeWith; keys decide


@dataclass(frozen=True, eq=False)
class ExploreState:
    """Everything that decides the face on screen."""

    latent: np.ndarray | None  # untruncated latent; None: the seed's (still on its way)
    seed: int  # the seed the face started from
    psi: float  # truncation: the face drawn is of psi * latent
    labels: tuple[int, ...]  # class of each label of a conditional model

    def same_face(self, other: ExploreState) -> bool:
        if (self.seed, self.psi, self.labels) != (other.seed, other.psi, other.labels):
            return False
        if self.latent is None or other.latent is None:
            return self.latent is None and other.latent is None
        return bool(np.array_equal(self.latent, other.latent))


class ExploreMove(QUndoCommand):
    """One step of the history; pushing it does nothing (the move is already on screen)."""

    def __init__(
        self,
        text: str,
        before: ExploreState,
        after: ExploreState,
        restore: Callable[[ExploreState], None],
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.before = before
        self.after = after
        self.merge_key = merge_key  # moves with equal keys merge into one step
        self._restore = restore
        self._first_redo = True

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ExploreMove) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        # A drag that ends where it began is no step at all.
        self.setObsolete(self.after.same_face(self.before))
        return True

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)


def history_key(event: QEvent) -> str | None:
    """ "back" for Ctrl+Z, "forward" for Ctrl+Shift+Z (or the platform's redo key), else None."""
    if not isinstance(event, QKeyEvent):
        return None
    if event.matches(QKeySequence.StandardKey.Undo):
        return "back"
    shift_z = event.key() == Qt.Key.Key_Z and event.modifiers() == (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    if shift_z or event.matches(QKeySequence.StandardKey.Redo):
        return "forward"
    return None
