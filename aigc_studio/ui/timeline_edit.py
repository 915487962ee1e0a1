"""Edit actions of the timeline: split, delete, ripple delete, copy, cut, paste.

Each builds one project command and pushes it on the undo stack, so each is one undo
step; a command that refuses (nothing under the playhead, say) becomes a status message.
Copy and paste go through the system clipboard as project/clipboard.py text, so clips can
travel between two open studios.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from aigc_studio.project.clipboard import CLIPBOARD_MIME, clips_from_text, selection_to_text
from aigc_studio.project.commands import (
    Command,
    CommandGroup,
    PasteClips,
    RemoveClip,
    RippleDelete,
    SplitClips,
)
from aigc_studio.ui.i18n import tr
from aigc_studio.ui.undo import push_command

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# Modifiers that make a key a different shortcut (keypad is just where the key is).
SIGNIFICANT = CTRL | SHIFT | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def push_edit(view, make_command: Callable[[], Command]) -> Command | None:
    """Build and push a command; a refusal (ValueError, LookupError) reaches the status
    bar as its sentence and changes nothing. Returns the command when it was applied."""
    try:
        command = make_command()
        push_command(view.undo_stack, view.document, command)
    except (ValueError, LookupError) as error:
        view.sig_status.emit(str(error)[:1].upper() + str(error)[1:])
        return None
    return command


class TimelineEdits:
    """The edit actions of one TimelineView (which owns it)."""

    def __init__(self, view) -> None:
        self.view = view

    @property
    def project(self):
        return self.view.document.project

    def key_press(self, key: int, modifiers) -> bool:
        """Run the edit a key asks for; False when the key is not an edit key."""
        mods = modifiers & SIGNIFICANT
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if mods == SHIFT:
                return self.ripple_delete() or True
            return mods == Qt.KeyboardModifier.NoModifier and self.delete()
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_S:
            self.split()
            return True
        if mods == CTRL:
            action = {
                Qt.Key.Key_C: self.copy,
                Qt.Key.Key_X: self.cut,
                Qt.Key.Key_V: self.paste,
                Qt.Key.Key_A: self.view.select_all,
            }.get(key)
            if action is not None:
                action()
                return True
        return False

    # -- the actions ------------------------------------------------------------------

    def split(self) -> bool:
        """Split the selected clips at the playhead, or, with nothing selected, every clip
        under it."""
        view = self.view
        t = view.playhead
        ids = list(view.selected_ids) or [
            c.id for track in view.tracks for c in track.clips if c.start < t < c.end
        ]
        if not ids:
            view.sig_status.emit(tr("No clip is under the playhead to split"))
            return False
        return push_edit(view, lambda: SplitClips(self.project, ids, t)) is not None

    def delete(self) -> bool:
        """Remove the selected clips (one undo step); False when nothing is selected."""
        ids = list(self.view.selected_ids)
        if not ids:
            return False

        def make() -> Command:
            removes = [RemoveClip(self.project, clip_id) for clip_id in ids]
            if len(removes) == 1:
                return removes[0]
            label = tr("Delete {count} clips").format(count=len(removes))
            return CommandGroup(self.project, label, removes)

        return push_edit(self.view, make) is not None

    def ripple_delete(self) -> bool:
        """Remove the selected clips and close the gaps they leave on their tracks."""
        ids = list(self.view.selected_ids)
        if not ids:
            self.view.sig_status.emit(tr("Select the clips to ripple delete first"))
            return False
        return push_edit(self.view, lambda: RippleDelete(self.project, ids)) is not None

    def copy(self) -> bool:
        """Put the selected clips on the clipboard (as text other studios can paste)."""
        clips = self.view.selected_clips()
        if not clips:
            self.view.sig_status.emit(tr("Select the clips to copy first"))
            return False
        # Relative media paths go out absolute, so a paste into another project finds them.
        ids = [c.id for c in clips]
        text = selection_to_text(self.project, ids, media_root=self.view.document.path)
        mime = QMimeData()
        mime.setData(CLIPBOARD_MIME, text.encode("utf-8"))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)
        count = len(clips)
        text = tr("Copied {count} clip") if count == 1 else tr("Copied {count} clips")
        self.view.sig_status.emit(text.format(count=count))
        return True

    def cut(self) -> bool:
        return self.copy() and self.delete()

    def paste(self) -> bool:
        """Paste clipboard clips at the playhead, on the primary selected clip's track when
        it can hold them; the pasted clips become the selection."""
        view = self.view
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        if mime.hasFormat(CLIPBOARD_MIME):
            text = bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8", errors="replace")
        else:
            text = mime.text()
        try:
            clips = clips_from_text(text)
        except ValueError as error:
            view.sig_status.emit(str(error))
            return False
        track_index = self._primary_track_index()
        command = push_edit(
            view, lambda: PasteClips(self.project, clips, view.playhead, track_index)
        )
        if command is None:
            return False
        view.set_selection(command.new_ids)
        pasted = [c for t in view.tracks for c in t.clips if c.id in set(command.new_ids)]
        view.move_playhead(max(c.end for c in pasted))  # a second paste goes after this one
        return True

    def _primary_track_index(self) -> int | None:
        primary = self.view.selected_id
        for index, track in enumerate(self.view.tracks):
            if any(c.id == primary for c in track.clips):
                return index
        return None
