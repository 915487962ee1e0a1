"""The studio's own line icons (resources/icons/NAME.svg, drawn for it), tinted to read
on the theme in use, and re-tinted when the theme changes while the studio runs.

The SVGs are drawn in a light grey for dark panels; on the light theme's pale panels that
grey would fade away, so there they are drawn in a dark grey. Every place that shows a
studio icon goes through ``set_studio_icon``, which remembers the icon's name on the
button, action or list item, so ``refresh_studio_icons`` can draw them all again after
Settings switched the theme.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget, QListWidgetItem

from aigc_studio.resources import icons_dir

ICON_STROKE = "#a9abb4"  # the colour the icons are drawn in: light grey, for dark panels
LIGHT_ICON_STROKE = "#5f626b"  # on the light theme's pale panels the grey would fade away
ICON_SIZES = (16, 20, 24, 32, 48)  # rendered sizes of a tinted icon (buttons, menus, lists)
NAME_PROPERTY = "studioIcon"  # where a button or action keeps its icon's name
NAME_ROLE = Qt.ItemDataRole.UserRole + 71  # ... and where a list item keeps it


def studio_icon(name: str) -> QIcon:
    """The icon ``name`` in a grey that reads on the theme in use."""
    path = icons_dir() / f"{name}.svg"
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    if window.lightness() <= 128:
        return QIcon(str(path))
    return _tinted_icon(str(path), LIGHT_ICON_STROKE)


def set_studio_icon(target: QObject | QListWidgetItem, name: str) -> None:
    """Show the icon ``name`` on a button, an action or a list item, and remember it for
    a theme change."""
    if isinstance(target, QListWidgetItem):
        target.setData(NAME_ROLE, name)
    else:
        target.setProperty(NAME_PROPERTY, name)
    target.setIcon(studio_icon(name))


def refresh_studio_icons() -> int:
    """Draw every studio icon on screen again in the current theme's grey (after a theme
    change); returns how many were redrawn."""
    redrawn = 0
    for window in QApplication.topLevelWidgets():
        for target in [
            window,
            *window.findChildren(QAbstractButton),
            *window.findChildren(QAction),
        ]:
            name = target.property(NAME_PROPERTY)
            if isinstance(name, str) and name:
                target.setIcon(studio_icon(name))
                redrawn += 1
        for listing in window.findChildren(QListWidget):
            for row in range(listing.count()):
                item = listing.item(row)
                name = item.data(NAME_ROLE)
                if isinstance(name, str) and name:
                    item.setIcon(studio_icon(name))
                    redrawn += 1
    return redrawn


@functools.cache
def _tinted_icon(path: str, colour: str) -> QIcon:
    """The SVG at ``path`` with its strokes in ``colour``, rendered at the usual sizes."""
    svg = Path(path).read_text(encoding="utf-8").replace(ICON_STROKE, colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
