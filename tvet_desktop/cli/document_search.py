"""The user's documents in ``tvet-desktop search``, after the catalogue's items: one JSON entry per matching page,
each document once in the text with its pages under it."""

from __future__ import annotations

from contextlib import closing
from typing import TYPE_CHECKING

from ..documents.layout import DATABASE, DOCUMENTS_DIR
from ..documents.records import DOCUMENT_KIND
from ..documents.service import DocumentService
from ..library.document_rows import documents_wanted, within_years
from ..paths import data_dir
from ..text import counted

if TYPE_CHECKING:
    from ..catalog.browse import Filters


def existing_documents() -> DocumentService | None:
    """The user's documents, or None when none were ever added (nothing is made by looking)."""
    return DocumentService.open() if (data_dir() / DOCUMENTS_DIR / DATABASE).is_file() else None


def document_hits(text: str, filters: Filters, limit: int,
                  closest: bool = False) -> tuple[list[dict[str, object]], str | None]:
    """Matching pages as JSON-ready entries (kind "document", page from 1, snippet), best document first, and
    a "Did you mean" from the documents' words; nothing when no document was ever added. ``closest``: the pages
    with most of the words (for when none has them all)."""
    service = existing_documents() if documents_wanted(filters) else None
    if service is None:
        return [], None
    with closing(service):
        found = service.search(text, prefix=False, limit=limit, closest=closest)
    entries: list[dict[str, object]] = []
    for hit in found.hits:
        if not within_years(hit.document, filters):
            continue
        document = hit.document
        entries += [{"id": document.id, "kind": DOCUMENT_KIND, "title": document.title, "year": document.year,
                     "page": page.page, "snippet": page.snippet, "score": -page.score,
                     "matching_pages": hit.matching_pages} for page in hit.pages]
    return entries[:limit * 3], found.suggestion


def print_document_hits(entries: list[dict[str, object]]) -> None:
    """Each document once, its matching pages under it (the JSON keeps one entry per page)."""
    if not entries:
        return
    print("In your documents:\n")
    grouped: dict[object, list[dict[str, object]]] = {}
    for entry in entries:
        grouped.setdefault(entry["id"], []).append(entry)
    for pages in grouped.values():
        first = pages[0]
        matching = int(str(first["matching_pages"]))
        print(f"{first['title']} ({counted(matching, 'matching page', 'matching pages')})\n  id: {first['id']}")
        for entry in pages:
            print(f"  p. {entry['page']}: {entry['snippet']}")
        if matching > len(pages):
            print(f"  … {counted(matching - len(pages), 'more page', 'more pages')}")
        print()
