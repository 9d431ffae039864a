"""A book chapter's pictures as images the reading pane can show, made on the worker that read the chapter
(QImage is safe off the GUI thread). Each is decoded only after its dimensions are read from its header: a
picture of more than a few tens of millions of pixels (a decompression bomb, or a scan no chapter needs) is
left out, and a wide one is scaled down to the width a reading pane has."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

MAX_PIXELS = 40_000_000
MAX_WIDTH = 1200  # wider than a reading pane at 200% text


def pictures_of(pictures: dict[str, bytes]) -> dict[str, QImage]:
    shown = {}
    for name, data in pictures.items():
        image = picture(data)
        if image is not None:
            shown[name] = image
    return shown


def picture(data: bytes) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    if size.width() > MAX_WIDTH:
        reader.setScaledSize(QSize(MAX_WIDTH, max(1, size.height() * MAX_WIDTH // size.width())))
    image = reader.read()
    return None if image.isNull() else image
