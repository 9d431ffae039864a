"""PDF through pypdfium2 (PDFium, Apache/BSD): chosen by measurement over pypdf and QtPdf (docs/benchmarks.md).

PDFium is not thread-safe, so every call into it in this process holds one lock; a page is loaded, its text
read and the page closed before the next, so memory stays one page deep whatever the document's length.
"""

from __future__ import annotations

import re
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .formats import PDF, UnreadableDocument
from .records import FileInfo
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

PDFIUM = threading.Lock()
Box = tuple[float, float, float, float]
MAX_MARKS_A_PAGE = 400  # words marked on one page: past that the page is all marks anyway
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


class PageWords:
    """Where given words are on the pages of one PDF, for the reader to mark them: PDFium's text of a page and
    the boxes of character ranges (Qt's PDF module answers one range in ~4 ms, PDFium's own calls in µs)."""

    def __init__(self, path: Path) -> None:
        with PDFIUM:
            try:
                self._pdf = pdfium.PdfDocument(str(path))
            except pdfium.PdfiumError as error:
                raise UnreadableDocument(_why(path.name, error)) from None
        # Closed under the lock even when dropped unclosed (a widget deleted with its reader): pypdfium2's own
        # finalizer would close it without, while another thread may be in PDFium.
        self.close = weakref.finalize(self, _close, self._pdf)

    def boxes(self, index: int, spans_of: Callable[[str], list[tuple[int, int]]]) -> list[list[Box]]:
        """For each character range ``spans_of`` finds in the text of page ``index`` (from 0), its boxes (left,
        top, right, bottom, in points from the page's top left corner); none on a page that cannot be read."""
        with PDFIUM:
            page = self._pdf[index]
            try:
                height = page.get_height()
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                    found = []
                    for start, end in spans_of(text)[:MAX_MARKS_A_PAGE]:
                        first, last = _char_index(textpage, text, start), _char_index(textpage, text, end - 1)
                        if first >= 0 and last >= first:
                            found.append([textpage.get_rect(number)
                                          for number in range(textpage.count_rects(first, last - first + 1))])
                finally:
                    textpage.close()
            except pdfium.PdfiumError:
                found = []
            finally:
                page.close()
        return [[(left, height - top, right, height - bottom) for left, bottom, right, top in span] for span in found]


def _char_index(textpage: pdfium.PdfTextPage, text: str, position: int) -> int:
    """PDFium's index of the character at ``position`` in its page text: the text leaves out characters
    without a Unicode value (symbol fonts, subset fonts) and counts in UTF-16 units; -1 when there is none."""
    units = position + sum(1 for character in text[:position] if ord(character) > 0xFFFF) if not text.isascii() \
        else position
    return int(pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage.raw, units))


def _close(pdf: pdfium.PdfDocument) -> None:
    with PDFIUM:
        pdf.close()


def _why(name: str, error: Exception) -> Sentence:
    message = str(error).lower()
    if "password" in message:
        return Sentence("password", name=name)
    if "format" in message or "file" in message:
        return Sentence("damaged-pdf", name=name)
    return Sentence("unreadable-pdf", name=name, problem=error)
