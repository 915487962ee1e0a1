"""The studio's languages: every visible string goes through ``tr`` (Qt's translation).

One translation context, "AIGC Studio", holds every string, so a translator sees each
English text once. The Simplified Chinese catalogue is
resources/translations/aigc_studio_zh_CN.qm, built from the .ts beside it by
resources/translations/build_translations.py (which gathers the ``tr("...")`` literals
of aigc_studio/ui and the translations in resources/translations/zh_CN/*.json).

Strings with values use named fields, so a translation may reorder them:
``tr("Narration: {scenes} scenes").format(scenes=3)``. A ``tr`` argument must be a
plain string literal (no f-string), or the build script cannot find it.

The language follows the system (Chinese locales get Chinese) unless Settings ▸ Language
picks one; a change applies at the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from aigc_studio import translation
from aigc_studio.resources import resources_dir

log = logging.getLogger(__name__)

CONTEXT = "AIGC Studio"  # the one translation context
LANGUAGES = (("", "System"), ("en", "English"), ("zh_CN", "简体中文"))  # (setting, menu text)
CATALOGUE = "aigc_studio_{language}.qm"  # in resources/translations
# Qt's own texts (the OK/Cancel of dialog buttons, context menus of text fields): shipped
# with PySide6, or beside our catalogue in a bundle that copies it there.
QT_CATALOGUE = "qtbase_{language}.qm"
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def tr(text: str) -> str:
    """``text`` in the studio's language (English when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)


# The Qt-free core's sentences (errors, progress, undo names) go through the same
# catalogue: with no translator installed Qt hands back the English source, so routing
# them through Qt from the first import on is harmless.
translation.set_translator(tr)


def language_for(setting: str, system_locale: str | None = None) -> str:
    """The catalogue to load: the setting, or the system's language when it is "" ("en"
    for anything that is not Chinese)."""
    if setting:
        return setting
    name = system_locale if system_locale is not None else QLocale.system().name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def install_language(setting: str = "", system_locale: str | None = None) -> str:
    """Load the catalogue for ``setting`` into the running application; returns the
    language in use ("en" needs no catalogue: the sources are English)."""
    app = QCoreApplication.instance()
    translation.set_translator(tr)  # the core speaks the same language
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    language = language_for(setting, system_locale)
    if language == "en" or app is None:
        return "en"
    path = resources_dir() / "translations" / CATALOGUE.format(language=language)
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("no %s translation at %s; the studio stays in English", language, path)
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    _install_qt_catalogue(app, language)
    return language


def _install_qt_catalogue(app: QCoreApplication, language: str) -> None:
    """Qt's own strings in ``language`` too; without them the studio still works, with
    Qt's few built-in button texts in English."""
    name = QT_CATALOGUE.format(language=language)
    folders = (
        resources_dir() / "translations",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    )
    for folder in folders:
        translator = QTranslator()
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            return
    log.info("no %s found; Qt's own button texts stay in English", name)
