"""Sentences the Qt-free core shows to people, in the studio's language.

Core code (gan/, media/, project/, script/, quick/, engine tasks) writes every sentence a
creator may read — an error message, a progress line, an undo step's name — as
``tr("Image {name} is too large").format(name=name)``: one plain literal, named fields, the
values filled in after translation so a translation may reorder them. The build script
(resources/translations/build_translations.py) collects these literals with the GUI's.

The core cannot ask Qt itself (it must import without Qt), so the GUI hands it Qt's
translator when it installs a language (aigc_studio.ui.i18n.install_language). Until then,
and always in the CLI and in tests, ``tr`` returns the English source text. Call ``tr``
when the sentence is made, never in a module-level constant: that would be translated
once, at import, before any language is installed.
"""

from __future__ import annotations

from collections.abc import Callable


def _english(text: str) -> str:
    return text


_translate: Callable[[str], str] = _english  # the GUI replaces it with Qt's translate


def tr(text: str) -> str:
    """``text`` in the studio's language (the English source when there is no catalogue)."""
    return _translate(text)


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Route ``tr`` through ``translate`` (thread-safe: jobs call it from worker threads);
    None goes back to English."""
    global _translate
    _translate = translate or _english
