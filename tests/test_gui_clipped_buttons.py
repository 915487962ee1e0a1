"""No button cuts its own text: in every area, in English and in Chinese, each visible
button is at least as wide as its text and icon need (a squeezed "Load model…" showed
as "Load model·")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QToolButton

from aigc_studio.ui.i18n import install_language
from aigc_studio.ui.main_window import AREAS, MainWindow
from aigc_studio.ui.style import apply_theme


def clipped_buttons(window) -> list[str]:
    """ "area: text (width < needed)" for each visible button narrower than its text."""
    found = []
    for area in AREAS:
        window.show_area(area)
        for _ in range(3):  # let the area lay itself out at its shown size
            QApplication.processEvents()
        for widget in window.findChildren(QAbstractButton):
            if not isinstance(widget, (QPushButton, QToolButton)) or not widget.isVisible():
                continue
            if not widget.text():
                continue  # icon-only tool buttons have nothing to cut
            needed = widget.sizeHint().width()
            if widget.width() < needed:
                found.append(f"{area}: {widget.text()!r} ({widget.width()} < {needed} px)")
    return sorted(set(found))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_button_cuts_its_text(qtbot, language):
    app = QApplication.instance()
    before = (app.palette(), app.styleSheet(), app.style().name())
    try:
        apply_theme(app, "dark")  # the stylesheet's padding is part of what a button needs
        install_language(language)
        window = MainWindow(confirm_close=False)
        qtbot.addWidget(window)
        window.resize(1280, 800)  # a small laptop screen: the squeeze shows first here
        window.show()
        qtbot.waitExposed(window)
        assert not clipped_buttons(window), "\n".join(clipped_buttons(window))
    finally:
        install_language("en")
        window.close()
        app.setStyleSheet(before[1])
        app.setStyle(before[2])
        app.setPalette(before[0])


def test_a_narrow_timeline_drops_the_least_used_labels_first(qtbot):
    from PySide6.QtGui import QUndoStack

    from aigc_studio.engine.engine import Engine
    from aigc_studio.project.document import ProjectDocument
    from aigc_studio.project.model import Project
    from aigc_studio.ui.timeline_panel import TimelinePanel

    engine = Engine()
    try:
        panel = TimelinePanel(engine, ProjectDocument(Project()), QUndoStack())
        qtbot.addWidget(panel)
        panel.resize(1800, 700)
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.copy_button.text() and panel.split_button.text()  # room for all
        panel.resize(980, 700)
        qtbot.waitUntil(lambda: not panel.copy_button.text())
        # Copy went first; Split, the most used, keeps its label, and no label is cut.
        assert panel.split_button.text()
        assert panel.copy_button.toolTip() and not panel.copy_button.icon().isNull()

        def cut_labels() -> list[str]:
            return [
                widget.text()
                for widget, _text in panel._collapsible
                if widget.text()
                and widget is not panel.import_button
                and widget.width() < widget.sizeHint().width()
            ]

        qtbot.waitUntil(lambda: not cut_labels())  # once laid out at the new width
        panel.resize(1800, 700)
        qtbot.waitUntil(lambda: bool(panel.copy_button.text()))  # room again: labels back
    finally:
        engine.shutdown()
