"""Handouts on paper or as PDF: lays out ``library.handout``'s HTML on pages (A4), fills in the contents'
page numbers, and puts the title and "page N of M" at the foot of each page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from ..errors import UserError
from ..library.handout import PAGE_MARK, Handout, Labels
from ..text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QPagedPaintDevice

RESOLUTION = 300
MARGIN_MM = 18
STYLE = (
    "h1 { font-size: 20pt; margin-bottom: 6pt; } h2 { font-size: 15pt; margin-top: 16pt; margin-bottom: 2pt; }"
    "h3 { font-size: 11.5pt; margin-top: 10pt; } p, li { line-height: 135%; } .meta { color: #555555; }"
    ".label { color: #555555; padding-right: 12pt; } hr { margin-top: 8pt; } .summary { font-style: italic; }"
    ".note { background-color: #f3f6fa; } blockquote { margin-left: 14pt; color: #333333; }"
    ".source { color: #555555; font-size: 9pt; } .footer { color: #555555; font-size: 8.5pt; margin-top: 18pt; }"
    ".contents td { padding-right: 18pt; } h1 { margin-bottom: 10pt; } .page { color: #555555; } a { color: #1f4f82; }"
)


def labels() -> Labels:
    """The handout's wording in the interface's language."""
    def say(text: str) -> str:  # lupdate collects the texts through their QT_TRANSLATE_NOOP marks
        return QCoreApplication.translate("handout", text)

    return Labels(
        my_notes=say(QT_TRANSLATE_NOOP("handout", "My notes")), my_note=say(QT_TRANSLATE_NOOP("handout", "My note")),
        authors=say(QT_TRANSLATE_NOOP("handout", "Authors")), region=say(QT_TRANSLATE_NOOP("handout", "Region")),
        languages=say(QT_TRANSLATE_NOOP("handout", "Languages")),
        source=say(QT_TRANSLATE_NOOP("handout", "Source: {address}")),
        contents=say(QT_TRANSLATE_NOOP("handout", "Contents")), page=say(QT_TRANSLATE_NOOP("handout", "page {page}")),
        no_longer=say(QT_TRANSLATE_NOOP("handout", "No longer in the catalogue (kept in your list).")),
        footer=say(QT_TRANSLATE_NOOP("handout", "From the TVET Desktop catalogue v{version} of {date}. The catalogue "
                                               "describes publications, practices and programmes of UNESCO-UNEVOC "
                                               "and its network.")))


def write_pdf(handout: Handout, path: Path) -> int:
    """Write ``handout`` to ``path`` as an A4 PDF; returns the number of pages."""
    if not path.parent.is_dir():
        raise UserError(f"cannot write {path}: the folder {path.parent} does not exist")
    writer = QPdfWriter(str(path))
    writer.setTitle(handout.title)
    writer.setCreator("TVET Desktop")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    pages = paint(handout, writer)
    if not path.is_file() or path.stat().st_size == 0:
        raise UserError(f"could not write {path} (is the disk full or read-only?)")
    return pages


def paint(handout: Handout, device: QPagedPaintDevice) -> int:
    """Lay ``handout`` out on ``device``'s pages (a PDF writer or a printer) and paint them."""
    painter = QPainter()
    if not painter.begin(device):
        raise UserError("the printer or file could not be opened")
    try:
        foot = painter.fontMetrics().lineSpacing() * 3
        page = QSizeF(device.width(), device.height() - foot)
        document = _laid_out(handout, device, page)
        count = document.pageCount()
        for number in range(count):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
            painter.restore()
            _footer(painter, handout.title, number + 1, count, QRectF(0, page.height(), page.width(), foot))
    finally:
        painter.end()
    return count


def _laid_out(handout: Handout, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    document = _document(handout.html, device, page)
    starts = _pages_of(document, handout.anchors, page.height())
    html = handout.html
    for anchor in handout.anchors:
        html = html.replace(PAGE_MARK.format(anchor=anchor), str(starts.get(anchor, "")))
    return _document(html, device, page)


def _document(html: str, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # fonts sized for the device's resolution
    font = QFont()
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(html)
    document.setPageSize(page)
    return document


def _pages_of(document: QTextDocument, anchors: tuple[str, ...], page_height: float) -> dict[str, int]:
    """The page each anchor (a section's heading) starts on, counting from 1."""
    wanted, found = set(anchors), dict[str, int]()
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid() and wanted - set(found):
        fragments = block.begin()
        while not fragments.atEnd():
            for name in fragments.fragment().charFormat().anchorNames():
                if name in wanted:
                    found[name] = int(layout.blockBoundingRect(block).top() // page_height) + 1
            fragments += 1
        block = block.next()
    return found


def _footer(painter: QPainter, title: str, number: int, count: int, area: QRectF) -> None:
    text = QCoreApplication.translate("handout", "{title} · page {page} of {pages}").format(
        title=title, page=number, pages=count)
    painter.save()
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)
    painter.restore()
