"""QUndoCommand adapter: the project command does the work, Qt only keeps the history."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from aigc_studio.project.commands import Command
from aigc_studio.project.document import ProjectDocument


class DocumentCommand(QUndoCommand):
    """Wraps a project Command; redo/undo go through the document so listeners hear them."""

    def __init__(self, document: ProjectDocument, command: Command) -> None:
        super().__init__(command.text)
        self.document = document
        self.command = command
        self._first_redo = True  # push() calls redo(); the command was applied already

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self.document.apply(self.command)

    def undo(self) -> None:
        self.document.revert(self.command)


def push_command(stack: QUndoStack, document: ProjectDocument, command: Command) -> None:
    """Apply ``command`` now and record it for undo.

    It is applied before it is pushed so that a command that refuses (raises) reaches the
    caller as a Python exception and never enters the history.
    """
    document.apply(command)
    stack.push(DocumentCommand(document, command))
