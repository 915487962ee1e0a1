"""The script's details above its scenes: title, hook, hashtags and cover text.

Each field is a view of ``document.project.script``: finishing an edit (Return or leaving
the field) pushes one SetScriptInfo, and the document listener refills the fields, so
undo and a written script show up here too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QWidget

from aigc_studio.project.commands import SetScriptInfo
from aigc_studio.project.document import ProjectDocument
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.undo import push_command


class ScriptDetails(QWidget):
    def __init__(self, document: ProjectDocument, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left, right = QFormLayout(), QFormLayout()
        self.title_edit = self._field(tr("The short's title (file metadata, cover, description)"))
        self.hook_edit = self._field(tr("What grabs the viewer in the first 3 seconds"))
        self.hashtags_edit = self._field(tr("Words for the description, e.g. #ai #faces"))
        self.cover_edit = self._field(tr("The big text on the cover image"))
        left.addRow(tr("Title"), self.title_edit)
        left.addRow(tr("Hook"), self.hook_edit)
        right.addRow(tr("Hashtags"), self.hashtags_edit)
        right.addRow(tr("Cover text"), self.cover_edit)
        outer.addLayout(left, 1)
        outer.addLayout(right, 1)
        document.add_listener(self.refresh)
        self.refresh()

    def _field(self, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setToolTip(tip)
        edit.setPlaceholderText(tip)
        edit.editingFinished.connect(self.commit)
        return edit

    def refresh(self) -> None:
        script = self.document.project.script
        values = (
            (self.title_edit, script.title),
            (self.hook_edit, script.hook),
            (self.hashtags_edit, " ".join(f"#{tag}" for tag in script.hashtags)),
            (self.cover_edit, script.cover_text),
        )
        for edit, value in values:
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)

    def commit(self) -> None:
        """Push the fields that differ from the script as one undoable edit."""
        script = self.document.project.script
        tags = [t.lstrip("#") for t in self.hashtags_edit.text().replace("，", " ").split()]
        changes = {
            "title": (self.title_edit.text().strip(), script.title),
            "hook": (self.hook_edit.text().strip(), script.hook),
            "hashtags": ([t for t in tags if t], script.hashtags),
            "cover_text": (self.cover_edit.text().strip(), script.cover_text),
        }
        changed = {name: new for name, (new, old) in changes.items() if new != old}
        if changed:
            push_command(
                self.undo_stack, self.document, SetScriptInfo(self.document.project, **changed)
            )
