"""The reader for each kind of document (:mod:`.formats` tells which kind a file is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .formats import EPUB, PDF

if TYPE_CHECKING:
    from pathlib import Path

    from .formats import Limits, Opened


def open_file(path: Path, media_type: str, limits: Limits, name: str = "") -> Opened:
    """A reader for ``path`` (of ``media_type``, as :func:`.formats.sniff` found it); PDFium is loaded only when
    a PDF is read. ``name``: the file's own name, for messages and a title (``path`` may be a copy)."""
    name = name or path.name
    if media_type == PDF:
        from .pdf import PdfFile

        return PdfFile(path, name)
    if media_type == EPUB:
        from .epub import EpubFile

        return EpubFile(path, limits, name)
    from .markup import MarkupFile

    return MarkupFile(path, media_type, name)
