"""Build the QApplication and the main window: what `aigc-studio` with no command runs."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from aigc_studio import __version__
from aigc_studio.resources import fonts_dir

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".otf", ".ttf", ".ttc")


def install_bundled_font(app: QApplication) -> str | None:
    """Add the bundled CJK font as a fallback after the platform's UI font.

    Latin text keeps the system font; characters it lacks (Chinese scene lines) fall back to
    the bundled one, so they render even on machines without CJK fonts. Returns its family.
    """
    folder = fonts_dir()
    candidates = sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES)
    for path in candidates:
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            font = QFont(app.font())
            font.setFamilies([app.font().family(), families[0]])
            app.setFont(font)
            return families[0]
        log.warning("could not load the bundled font %s", path)
    return None


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with the studio's names, theme and font (reused if one exists)."""
    from aigc_studio.ui.settings import load_settings
    from aigc_studio.ui.style import apply_theme

    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName("AIGC Studio")
    app.setApplicationDisplayName("AIGC Studio")
    app.setOrganizationName("AIGC Studio")
    app.setApplicationVersion(__version__)
    apply_theme(app, load_settings().theme)
    install_bundled_font(app)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = create_application(argv)
    from aigc_studio.ui.i18n import install_language
    from aigc_studio.ui.settings import load_settings

    install_language(load_settings().language)  # before any widget reads its texts
    from aigc_studio.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if not window.settings.sample_opened:
        window.open_sample_project()  # a first start shows a finished short, ready to play
        show_welcome(window)
    code = app.exec()
    window.shutdown()  # also when the app quits without closing the window
    return code


def show_welcome(window) -> None:
    """The first-run welcome beside the sample project (not modal: the short can play)."""
    from aigc_studio.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(window)
    welcome.sig_go_to_area.connect(window.show_area)
    welcome.sig_quick_short.connect(window.open_quick_wizard)
    welcome.show()
    window.welcome = welcome  # kept for as long as the window lives
