"""ProjectDocument: the open project, where it lives, whether it has unsaved changes.

Views register a listener and redraw from ``doc.project`` when it fires; nobody asks a
widget for the state. The UI drives changes through its QUndoStack, whose command
adapters call ``apply``/``revert``. The CLI and tests have no Qt, so the document also
keeps an optional plain history, used only through ``execute``/``undo``/``redo``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from aigc_studio.project.commands import Command
from aigc_studio.project.model import Project
from aigc_studio.translation import tr

Listener = Callable[[], None]


class ProjectDocument:
    def __init__(self, project: Project | None = None, path: Path | str | None = None) -> None:
        self.project = project if project is not None else Project()
        self.path = Path(path) if path is not None else None  # the NAME.aigcproj folder
        self.dirty = False  # True once changed since the last save or open
        self._listeners: list[Listener] = []
        self._undo_stack: list[Command] = []
        self._redo_stack: list[Command] = []

    # -- listeners ---------------------------------------------------------------------

    def add_listener(self, fn: Listener) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn: Listener) -> None:
        self._listeners.remove(fn)

    def _changed(self) -> None:
        self.dirty = True
        self._notify()

    def _notify(self) -> None:
        # A copy, so a listener may add or remove listeners while being called.
        for fn in list(self._listeners):
            fn()

    # -- changes (what a QUndoCommand adapter calls) ------------------------------------

    def apply(self, cmd: Command) -> None:
        """Apply a command without recording it (the caller keeps the history)."""
        self._check_target(cmd)
        cmd.apply()
        self._changed()

    def revert(self, cmd: Command) -> None:
        """Undo a command without touching the document's own history."""
        self._check_target(cmd)
        cmd.undo()
        self._changed()

    def replace(self, project: Project, path: Path | str | None = None) -> None:
        """Switch to another project (New / Open): clean, with an empty history."""
        self.project = project
        self.path = Path(path) if path is not None else None
        self.dirty = False
        self._undo_stack.clear()
        self._redo_stack.clear()
        self._notify()

    def mark_saved(self, path: Path | str) -> None:
        """Record that the project now lives in ``path`` and matches it."""
        self.path = Path(path)
        self.dirty = False
        self._notify()  # the title bar drops its "unsaved" mark

    def _check_target(self, cmd: Command) -> None:
        if cmd.project is not self.project:
            raise ValueError(
                tr("'{step}' edits another project than this document's").format(step=cmd.text)
            )

    # -- the optional plain history (CLI, tests) ---------------------------------------

    def execute(self, cmd: Command) -> None:
        """Apply a command and push it on the document's own undo history."""
        self._check_target(cmd)
        cmd.apply()
        # History first, so a listener that raises cannot leave it out of step.
        self._undo_stack.append(cmd)
        self._redo_stack.clear()
        self._changed()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo_stack)

    @property
    def undo_text(self) -> str:
        return self._undo_stack[-1].text if self._undo_stack else ""

    @property
    def redo_text(self) -> str:
        return self._redo_stack[-1].text if self._redo_stack else ""

    def undo(self) -> None:
        if not self._undo_stack:
            raise IndexError(tr("nothing to undo"))
        cmd = self._undo_stack[-1]
        cmd.undo()
        self._redo_stack.append(self._undo_stack.pop())
        self._changed()

    def redo(self) -> None:
        if not self._redo_stack:
            raise IndexError(tr("nothing to redo"))
        cmd = self._redo_stack[-1]
        cmd.apply()
        self._undo_stack.append(self._redo_stack.pop())
        self._changed()
