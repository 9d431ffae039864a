"""PDF through pypdfium2 (PDFium, Apache/BSD): chosen by measurement over pypdf and QtPdf (docs/benchmarks.md).

PDFium is not thread-safe, so every call into it in this process holds one lock; a page is loaded, its text
read and the page closed before the next, so memory stays one page deep whatever the document's length.
"""

from __future__ import annotations

import re
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..text import utf16_positions
from .formats import PDF, UnreadableDocument
from .records import FileInfo
from .sentences import Sentence

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# Re-entrant: a PageWords dropped unclosed is closed by its finalizer, which may run where the lock is held.
PDFIUM = threading.RLock()
Box = tuple[float, float, float, float]
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
        top, right, bottom, in points from the top left corner of the page as shown: cropped and turned as its
        crop box and rotation say, as Qt draws it); none on a page that cannot be read."""
        with PDFIUM:
            page = None
            try:
                page = self._pdf[index]
                shown = _Shown(page.get_bbox(), page.get_rotation())
                textpage = page.get_textpage()
                try:
                    # PDFium's text of every character (its count given: some pypdfium2 4.x read only the
                    # crop box's without it, and the positions would not be its characters' indices).
                    text = textpage.get_text_range(0, textpage.count_chars())
                    units = utf16_positions(text)
                    found = []
                    for start, end in spans_of(text):
                        first, last = _char_index(textpage, units(start)), _char_index(textpage, units(end - 1))
                        if first >= 0 and last >= first:
                            found.append([shown.box(*textpage.get_rect(number))
                                          for number in range(textpage.count_rects(first, last - first + 1))])
                finally:
                    textpage.close()
            except pdfium.PdfiumError:
                found = []
            finally:
                if page is not None:
                    page.close()
        return found


class _Shown(NamedTuple):
    """A page as shown: its box (left, bottom, right, top, in PDF space) turned clockwise by ``rotation``."""

    bbox: tuple[float, float, float, float]
    rotation: int

    def box(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        (ax, ay), (bx, by) = self.point(x0, y0), self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def point(self, x: float, y: float) -> tuple[float, float]:
        left, bottom, right, top = self.bbox
        return {0: (x - left, top - y), 90: (y - bottom, x - left), 180: (right - x, y - bottom),
                270: (top - y, right - x)}[self.rotation % 360]


def _char_index(textpage: pdfium.PdfTextPage, units: int) -> int:
    """PDFium's index of the character at ``units`` (UTF-16) in its page text, which leaves out characters
    without a Unicode value (symbol fonts, subset fonts); -1 when there is none."""
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
