"""A book chapter's pictures as images the reading pane can show, made on the worker that read the chapter
(QImage is safe off the GUI thread). Each is decoded only after its dimensions are read from its header: a
picture of more than a few tens of millions of pixels (a decompression bomb, or a scan no chapter needs) is
left out, and one wider than the reading pane is scaled down to its width (no sideways scrolling).

Qt's image format plugins must first be loaded on the GUI thread (:func:`load_formats`): loaded by a worker,
each is moved to the GUI thread under a lock that the GUI thread may hold while it waits for Python's lock,
which that worker holds (PySide keeps it during ``QImageReader.size``): both would wait for ever."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

MAX_PIXELS = 40_000_000  # one picture's, as its header says
CHAPTER_PIXELS = 60_000_000  # a chapter's pictures together, as shown (~240 MB of images): the rest are left out
FORMATS = ((b"\x89PNG\r\n\x1a\n", b"png"), (b"\xff\xd8\xff", b"jpeg"), (b"GIF8", b"gif"))
MIN_WIDTH = 160  # a pane narrower than this still shows a picture that can be made out
_loaded = False


def load_formats() -> None:
    """Load every image format plugin, here on the GUI thread, once (the list of formats loads each)."""
    global _loaded
    if not _loaded:
        QImageReader.supportedImageFormats()
        _loaded = True


def pictures_of(pictures: dict[str, bytes], width: int) -> dict[str, QImage]:
    """The pictures that can be shown, none wider than ``width`` pixels, within the chapter's pixel budget (tiny
    files can claim huge pictures: a tall one narrower than the pane is not scaled down)."""
    shown, budget = {}, CHAPTER_PIXELS
    for name, data in pictures.items():
        image = picture(data, max(width, MIN_WIDTH), budget)
        if image is not None:
            shown[name] = image
            budget -= image.width() * image.height()
    return shown


def picture(data: bytes, width: int, budget: int = CHAPTER_PIXELS) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    kind = next((name for magic, name in FORMATS if data.startswith(magic)), None)
    if kind is None:
        return None
    reader = QImageReader(buffer, QByteArray(kind))  # that decoder only: never one guessed from the contents
    reader.setAutoDetectImageFormat(False)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    if size.width() > width:
        size = QSize(width, max(1, size.height() * width // size.width()))
        reader.setScaledSize(size)
    if size.width() * size.height() > budget:
        return None
    image = reader.read()
    return None if image.isNull() else image
