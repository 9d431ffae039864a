"""Real PDFs for the reader's tests: written by Qt's PDF writer with known text on known pages; pypdf adds an
outline or a password where a test needs one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

LINES_PER_PAGE = 30


def page_text(page: int) -> str:
    """The filler every page carries (``page`` from 1), so a page is full like a real one."""
    return f"Filler line about page {page} of the handbook"


def write_pdf(path: Path, pages: int, extra: dict[int, Sequence[str]] | None = None) -> Path:
    """A PDF of ``pages`` A4 pages; ``extra[n]`` are lines written at the top of page n (from 1)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setResolution(72)  # one unit is one PDF point
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 11))
    for page in range(1, pages + 1):
        if page > 1:
            writer.newPage()
        lines = [*(extra or {}).get(page, ()), *(page_text(page) for _ in range(LINES_PER_PAGE))]
        for number, line in enumerate(lines):
            painter.drawText(60, 80 + 18 * number, line)
    painter.end()
    return path


def add_outline(path: Path, entries: Sequence[tuple[str, int]]) -> Path:
    """The same PDF with an outline: each entry is (title, page from 1)."""
    from pypdf import PdfWriter
    from pypdf.generic import Fit

    writer = PdfWriter(clone_from=str(path))
    for title, page in entries:  # a place on the page and a zoom, as most PDFs' outlines give
        writer.add_outline_item(title=title, page_number=page - 1, fit=Fit.xyz(left=0, top=842, zoom=0))
    with path.open("wb") as file:
        writer.write(file)
    return path


def lock(path: Path, password: str) -> Path:
    """The same PDF encrypted: it opens only with ``password``."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(path))
    writer.encrypt(password, algorithm="AES-128")
    with path.open("wb") as file:
        writer.write(file)
    return path


def reshape(path: Path, crop: tuple[float, float, float, float] | None = None, rotate: int = 0) -> Path:
    """The same PDF with every page cropped to ``crop`` (left, bottom, right, top) and turned by ``rotate``."""
    from pypdf import PdfWriter
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=str(path))
    for page in writer.pages:
        if crop is not None:
            page.cropbox = RectangleObject(crop)
        if rotate:
            page.rotate(rotate)
    with path.open("wb") as file:
        writer.write(file)
    return path
