"""PDF through pypdfium2 (PDFium, Apache/BSD): chosen by measurement over pypdf and QtPdf (docs/benchmarks.md).

PDFium is not thread-safe, so every call into it in this process holds one lock; a page is loaded, its text
read and the page closed before the next, so memory stays one page deep whatever the document's length.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from .formats import PDF, UnreadableDocument
from .records import FileInfo
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Iterator

PDFIUM = threading.Lock()
_YEAR = re.compile(r"(?:D:)?((?:19|20)\d\d)")
TITLE_LINE_CHARS = 150


class PdfFile:
    media_type = PDF

    def __init__(self, path: Path, name: str) -> None:
        self.path, self.name = path, name
        with PDFIUM:
            try:
                self._pdf = pdfium.PdfDocument(str(path))
            except pdfium.PdfiumError as error:
                raise UnreadableDocument(_why(name, error)) from None
            self.page_count = len(self._pdf)
        if self.page_count == 0:
            self.close()
            raise UnreadableDocument(Sentence("pdf-no-pages", name=name))

    def info(self) -> FileInfo:
        with PDFIUM:
            meta = self._pdf.get_metadata_dict(skip_empty=True)
        title = " ".join(meta.get("Title", "").split())
        authors = tuple(a.strip() for a in re.split(r";|\band\b", meta.get("Author", "")) if a.strip())
        found = _YEAR.match(meta.get("CreationDate", "").strip())
        if not title:
            first = next(self._page_texts(0, 1), "")
            title = next((" ".join(line.split()) for line in first.splitlines() if line.strip()), "")
            title = title if 3 <= len(title) <= TITLE_LINE_CHARS else ""
        return FileInfo(title or Path(self.name).stem, authors, int(found.group(1)) if found else None)

    def pages(self) -> Iterator[str]:
        return self._page_texts(0, self.page_count)

    def _page_texts(self, first: int, end: int) -> Iterator[str]:
        for index in range(first, end):
            with PDFIUM:
                page = self._pdf[index]
                try:
                    textpage = page.get_textpage()
                    text = textpage.get_text_bounded()
                    textpage.close()
                except pdfium.PdfiumError:
                    text = ""  # one damaged page: the others are still read
                finally:
                    page.close()
            yield text.replace("\r\n", "\n").replace("\r", "\n")

    def close(self) -> None:
        with PDFIUM:
            self._pdf.close()


def _why(name: str, error: Exception) -> Sentence:
    message = str(error).lower()
    if "password" in message:
        return Sentence("password", name=name)
    if "format" in message or "file" in message:
        return Sentence("damaged-pdf", name=name)
    return Sentence("unreadable-pdf", name=name, problem=error)
