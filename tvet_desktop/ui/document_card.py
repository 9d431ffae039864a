"""What the reading pane shows of one of the user's documents until the reader opens it: its card (kind, pages,
where it came from, whether its text can be searched) and, for a page hit, that page's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..catalog.records import Item
from ..documents.formats import EPUB, HTML, MARKDOWN, PDF, TEXT
from ..documents.records import DOCUMENT_KIND

if TYPE_CHECKING:
    from ..documents.records import Document


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DocumentCard", text, None, n)


def kind_name(media_type: str) -> str:
    names = {PDF: _tr("PDF"), EPUB: _tr("EPUB book"), HTML: _tr("Web page"), MARKDOWN: _tr("Markdown file"),
             TEXT: _tr("Text file")}
    return names.get(media_type, _tr("Document"))


def card_item(document: Document, page: int | None = None, page_text: str = "") -> Item:
    """The document as the reading pane shows it; with ``page``, that page's text as the body."""
    summary = " · ".join([kind_name(document.media_type), _tr("%n page(s)", document.pages)])
    if not document.searchable:
        summary += " · " + _tr("No searchable text: this looks like a scanned document, whose pages are pictures; "
                               "its words cannot be found by a search.")
    lines = [_tr("Added from {source} on {date}.").format(source=document.source, date=document.added_at[:10])]
    if page is not None:
        lines += ["", "## " + _tr("Page {page} of {pages}").format(page=page, pages=document.pages), "",
                  page_text.replace("\n", "\n\n") if page_text.strip() else _tr("This page has no text.")]
    return Item(document.id, DOCUMENT_KIND, document.title, summary=summary, body="\n".join(lines),
                year=document.year, authors=document.authors)
