"""The first-run welcome: what the studio is for, in three jobs, over the sample project.

The first start opens the sample short in the Timeline and shows this small panel beside
it: explore faces, write a script, export a short (each button goes to that area), and a
fourth way in, a whole short from one idea. It can be shown again from Help ▸ Welcome.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from aigc_studio.ui.i18n import tr
from aigc_studio.ui.widgets import AREA_ICONS, button

CARD_LINES = 4  # lines of text a job's card has room for (Chinese needs fewer)


def _jobs() -> list[tuple[str, str, str]]:
    """(area, title, what it does) for each of the three main jobs, in the studio's words."""
    return [
        (
            "Explore",
            tr("Explore faces"),
            tr(
                "Drag the sliders and watch the face change; keep faces and turn them into "
                "latent walks."
            ),
        ),
        (
            "Script",
            tr("Write a script"),
            tr(
                "Scenes with shots, lines and sound effects, written for you from a topic, "
                "then voiced and captioned."
            ),
        ),
        (
            "Export",
            tr("Export a short"),
            tr(
                "A vertical MP4 for Douyin, TikTok, Shorts, Reels or Bilibili, at the "
                "loudness platforms expect."
            ),
        ),
    ]


class WelcomeDialog(QDialog):
    """Three jobs and a shortcut to a whole short; each button closes it and goes there."""

    sig_go_to_area = Signal(str)
    """A job was picked; carries the area's (English) name, as MainWindow.show_area takes."""
    sig_quick_short = Signal()
    """"Make a short from an idea" was picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to AIGC Studio"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(tr("Welcome to AIGC Studio"))
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        intro = QLabel(
            tr(
                "The sample short is open on the timeline: press Space to play it. Everything "
                "here runs on this computer, offline."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.job_buttons: dict[str, object] = {}
        for column, (area, heading, text) in enumerate(_jobs()):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card_layout = QVBoxLayout(card)
            name = QLabel(heading)
            name.setStyleSheet("font-weight: 600;")
            card_layout.addWidget(name)
            about = QLabel(text)
            about.setWordWrap(True)
            about.setAlignment(Qt.AlignmentFlag.AlignTop)
            # Wrapped labels in a grid get the height of two lines; these need up to four.
            about.setMinimumHeight(about.fontMetrics().lineSpacing() * CARD_LINES)
            card_layout.addWidget(about, 1)
            go = button(tr("Go"), heading, icon=AREA_ICONS.get(area, "forward"))
            go.clicked.connect(lambda _=False, a=area: self._go(a))
            card_layout.addWidget(go)
            self.job_buttons[area] = go
            grid.addWidget(card, 0, column)
        layout.addLayout(grid)
        self.quick_button = button(
            tr("Make a short from an idea…"),
            tr("Type a topic; the studio writes, voices, captions, animates and exports it"),
            True,
            icon="idea",
        )
        self.quick_button.clicked.connect(self._quick)
        layout.addWidget(self.quick_button)
        close = button(tr("Close"), tr("Start with the sample project"), icon="close")
        close.clicked.connect(self.accept)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)

    def _go(self, area: str) -> None:
        self.accept()
        self.sig_go_to_area.emit(area)

    def _quick(self) -> None:
        self.accept()
        self.sig_quick_short.emit()
