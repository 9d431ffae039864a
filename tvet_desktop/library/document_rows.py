"""The user's documents as rows of the result list: a matching document with its best page's passage, and its
other matching pages as rows of their own under it ("p. 37"); with no query, the documents themselves.

A page row's id is ``page:<document id>:<page>`` (:func:`page_row_id`, :func:`parse_page_row`); a document
row's id is the document's own, as bookmarks, lists and notes name it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalog.records import DocumentFacts, Hit, PagePlace
from ..documents.formats import NAMES
from ..documents.records import DOCUMENT_KIND
from ..text import escape_html

if TYPE_CHECKING:
    from ..catalog.browse import Filters
    from ..documents.records import Document, DocumentHit
    from ..search.query import ParsedQuery

PAGE_PREFIX = "page:"
PAGE_KIND = "page"
NO_TEXT = "no searchable text"
# Facets a document has no value for: a filter on any of them leaves documents out.
UNDESCRIBED_FACETS = ("theme", "region", "country", "language")


def page_row_id(doc_id: str, page: int) -> str:
    return f"{PAGE_PREFIX}{doc_id}:{page}"


def parse_page_row(row_id: str) -> tuple[str, int] | None:
    """(document id, page) of a page row's id; None for any other row."""
    if not row_id.startswith(PAGE_PREFIX):
        return None
    doc_id, _, page = row_id[len(PAGE_PREFIX):].rpartition(":")
    return (doc_id, int(page)) if doc_id and page.isdigit() else None


def first_page_of(row: Hit | None) -> int | None:
    """The best page of a document row found by a query, else None."""
    if row is None or row.kind != DOCUMENT_KIND or not isinstance(row.document, PagePlace):
        return None
    return row.document.page


def describe(document: Document) -> str:
    """"PDF · 37 pages", with "no searchable text" for a scanned document."""
    kind = NAMES.get(document.media_type, "a document").split(" ", 1)[1]
    pages = f"{document.pages} page" + ("" if document.pages == 1 else "s")
    return " · ".join([kind[0].upper() + kind[1:], pages] + ([] if document.searchable else [NO_TEXT]))


def hit_rows(hits: tuple[DocumentHit, ...]) -> list[Hit]:
    """A document row per matching document, then a row for each of its other pages. Their text is English;
    each row also carries its page as figures (:class:`PagePlace`), which the window words itself."""
    rows = []
    for hit in hits:
        document, best = hit.document, hit.pages[0]
        more = hit.matching_pages - 1
        mark = f"p. {best.page}" + (f" and {more} more page" + ("" if more == 1 else "s") if more else "")
        rows.append(Hit(document.id, DOCUMENT_KIND, document.title, document.year, None, None,
                        f"p. {best.page}: {best.snippet}", f"<b>p. {best.page}</b>: {best.snippet_html}",
                        -best.score, mark, PagePlace(best.page, more)))
        rows += [Hit(page_row_id(document.id, page.page), PAGE_KIND, f"p. {page.page}", None, None, None,
                     page.snippet, page.snippet_html, -page.score, "in “" + document.title + "”",
                     PagePlace(page.page, document=document.title))
                 for page in hit.pages[1:]]
    return rows


def listing_rows(documents: list[Document]) -> list[Hit]:
    """Every document, as "My documents" lists them without a query."""
    return [Hit(d.id, DOCUMENT_KIND, d.title, d.year, None, None, describe(d), escape_html(describe(d)),
                mark=d.file_name, document=DocumentFacts(d.media_type, d.pages, d.searchable)) for d in documents]


def documents_wanted(filters: Filters) -> bool:
    """Whether documents can match these filters: none on a facet documents lack, and ``document`` among the
    kinds when kinds are chosen."""
    if any(filters.selected(facet) for facet in UNDESCRIBED_FACETS):
        return False
    return not filters.kind or DOCUMENT_KIND in filters.kind


def closest_wanted(query: ParsedQuery, catalogue_closest: bool, catalogue_found: bool) -> bool:
    """Whether the documents' closest matches are looked for when no page has every word of ``query``: as the
    catalogue forgives, for a query of several words that no catalogue item has in full either."""
    return len(query.groups) > 1 and (catalogue_closest or not catalogue_found)


def within_years(document: Document, filters: Filters) -> bool:
    if filters.year_from is None and filters.year_to is None:
        return True
    if document.year is None:
        return False
    return (filters.year_from or 0) <= document.year <= (filters.year_to or 9999)
