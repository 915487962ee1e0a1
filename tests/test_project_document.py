"""ProjectDocument: listeners see every change, dirty tracks saves, the plain history works."""

from __future__ import annotations

from pathlib import Path

import pytest

from aigc_studio.project.commands import RenameProject
from aigc_studio.project.document import ProjectDocument
from aigc_studio.project.model import Project


def watched(doc: ProjectDocument) -> list[str]:
    """Names the project had each time a listener was called."""
    seen: list[str] = []
    doc.add_listener(lambda: seen.append(doc.project.name))
    return seen


def test_listeners_fire_after_apply_and_revert_with_the_new_state() -> None:
    doc = ProjectDocument(Project(name="one"))
    seen = watched(doc)
    command = RenameProject(doc.project, "two")
    doc.apply(command)
    doc.revert(command)
    assert seen == ["two", "one"]
    assert not doc.can_undo  # apply/revert belong to the caller's history, not ours


def test_dirty_is_set_by_changes_and_cleared_by_mark_saved(tmp_path: Path) -> None:
    doc = ProjectDocument()
    assert not doc.dirty and doc.path is None
    doc.execute(RenameProject(doc.project, "x"))
    assert doc.dirty
    seen = watched(doc)
    doc.mark_saved(tmp_path / "x.aigcproj")
    assert not doc.dirty and doc.path == tmp_path / "x.aigcproj"
    assert seen == ["x"]
    doc.undo()
    assert doc.dirty


def test_plain_history_undo_redo() -> None:
    doc = ProjectDocument(Project(name="a"))
    seen = watched(doc)
    doc.execute(RenameProject(doc.project, "b"))
    doc.execute(RenameProject(doc.project, "c"))
    assert doc.can_undo and not doc.can_redo and doc.undo_text == "Rename project"

    doc.undo()
    doc.undo()
    assert doc.project.name == "a" and not doc.can_undo and doc.can_redo
    doc.redo()
    assert doc.project.name == "b"
    assert seen == ["b", "c", "b", "a", "b"]

    doc.execute(RenameProject(doc.project, "d"))  # a new edit drops the redo branch
    assert not doc.can_redo
    with pytest.raises(IndexError, match="nothing to redo"):
        doc.redo()


def test_undo_on_empty_history_raises() -> None:
    with pytest.raises(IndexError, match="nothing to undo"):
        ProjectDocument().undo()


def test_replace_switches_project_cleanly_and_notifies(tmp_path: Path) -> None:
    doc = ProjectDocument()
    doc.execute(RenameProject(doc.project, "old"))
    seen = watched(doc)
    doc.replace(Project(name="opened"), tmp_path / "opened.aigcproj")
    assert seen == ["opened"]
    assert not doc.dirty and not doc.can_undo and doc.path == tmp_path / "opened.aigcproj"


def test_commands_for_another_project_are_refused() -> None:
    doc = ProjectDocument()
    seen = watched(doc)
    with pytest.raises(ValueError, match="another project"):
        doc.execute(RenameProject(Project(), "x"))
    assert seen == [] and not doc.dirty


def test_a_listener_can_remove_itself() -> None:
    doc = ProjectDocument()
    calls: list[int] = []

    def once() -> None:
        calls.append(1)
        doc.remove_listener(once)

    doc.add_listener(once)
    doc.execute(RenameProject(doc.project, "a"))
    doc.execute(RenameProject(doc.project, "b"))
    assert calls == [1]
