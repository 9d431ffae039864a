"""Opening the user's documents in the reading area: a document's row (at the page the search found), a page
row ("p. 37"), a page reference clicked in a note. The document's item goes to the note panel and toolbar,
so it is bookmarked, listed and annotated like a catalogue item. Only the document service is asked; the
file itself is read by the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...documents.formats import EPUB, HTML, MARKDOWN, PDF, TEXT
from ...documents.records import is_document_id
from ...errors import UserError
from ...library.document_rows import first_page_of, parse_page_row
from ...search.marks import words_to_mark

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from ...catalog.records import Hit
    from ...documents.service import DocumentService
    from ..library_controller import LibraryController
    from .reading_area import ReadingArea

SHOWN_HERE = (PDF, EPUB, HTML, MARKDOWN, TEXT)


def is_document_row(row_id: str) -> bool:
    return is_document_id(row_id) or parse_page_row(row_id) is not None


class DocumentOpener:
    def __init__(self, documents: DocumentService | None, area: ReadingArea, library: LibraryController,
                 query: Callable[[], str]) -> None:
        self.documents, self.area, self.library, self.query = documents, area, library, query

    def open_row(self, row_id: str, hit: Hit | None = None) -> bool:
        """Open a document or page row; False when ``row_id`` is not one (or the document is gone)."""
        page_row = parse_page_row(row_id)
        if page_row is not None:
            return self.open(*page_row)
        return is_document_id(row_id) and self.open(row_id, first_page_of(hit))

    def open(self, doc_id: str, page: int | None = None) -> bool:
        """Show the document at ``page`` (None: where it was left), the search's words marked."""
        documents = self.documents
        record = documents.get(doc_id) if documents is not None else None
        if documents is None or record is None:
            return False
        try:
            path, media_type, problem = *documents.file_of(doc_id), None
        except UserError as error:  # its copy is gone from the data folder: said in the pane
            from ..worker import explain

            path, media_type, problem = None, record.media_type, explain(error)[0]
        from .document_view import Document  # the reader's modules load with the first document opened

        self.area.show_document(Document(doc_id, path, media_type, page, tuple(words_to_mark(self.query())),
                                         problem, record.pages, lambda n: documents.page_text(doc_id, n)))
        self.library.show_item(documents.item(doc_id))
        return True

    def open_attachment(self, key: str, path: Path, media_type: str, pages: int) -> bool:
        """A catalogue item's document kept on this computer (a PDF, an EPUB book, a web page, Markdown or text),
        read in front of the item (whose note it quotes into); False for another format, which the system
        viewer opens."""
        if media_type not in SHOWN_HERE:
            return False
        from .document_view import Document

        self.area.show_document(Document(key, path, media_type, None, tuple(words_to_mark(self.query())),
                                         pages=pages))
        return True

    def open_page(self, page: int) -> bool:
        """A page reference clicked in the note on the open document."""
        item = self.library.item
        return item is not None and is_document_id(item.id) and self.open(item.id, page)
