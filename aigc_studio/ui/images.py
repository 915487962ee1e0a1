"""numpy images to Qt images, copied so Qt never points into a freed numpy buffer."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap


def array_to_qimage(image: np.ndarray) -> QImage:
    """(H, W, 3) uint8 RGB -> a QImage that owns its pixels."""
    image = np.ascontiguousarray(image, dtype=np.uint8)
    if image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(f"expected an (H, W, 3) image, got shape {image.shape}")
    height, width, _ = image.shape
    view = QImage(image.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    return view.copy()  # detach from the numpy buffer


def array_to_pixmap(image: np.ndarray, side: int | None = None, smooth: bool = False) -> QPixmap:
    """A pixmap of the image, scaled to ``side`` px square when given."""
    qimage = array_to_qimage(image)
    if side is not None:
        mode = (
            Qt.TransformationMode.SmoothTransformation
            if smooth
            else Qt.TransformationMode.FastTransformation
        )
        qimage = qimage.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, mode)
    return QPixmap.fromImage(qimage)
