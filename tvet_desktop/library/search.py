"""One search over the user's library, as the window runs it off the GUI thread: the catalogue's results,
limited to a collection (everything, the bookmarks, a reading list, the user's documents), with the user's
matching notes and documents (each with its matching pages), or the entries whose item left the catalogue,
as rows above them."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..catalog.records import FacetCount
from ..documents.records import DOCUMENT_KIND, is_document_id
from ..search.run import PAGE_SIZE, SearchOutcome, SearchRequest, run_search
from .document_rows import closest_wanted, documents_wanted, hit_rows, listing_rows, within_years
from .rows import missing_rows, note_rows

if TYPE_CHECKING:
    from ..catalog.browse import Filters
    from ..catalog.records import Facets, Hit
    from ..db import ShouldStop
    from ..documents.service import DocumentService
    from ..search.engine import SearchEngine
    from ..search.query import ParsedQuery
    from .store import ListEntry, NotesStore


class Collection(NamedTuple):
    kind: str = "all"  # all | notes | documents | bookmarks | list
    list_id: str | None = None
    name: str = "All items"


EVERYTHING = Collection()
MY_DOCUMENTS = Collection("documents", None, "My documents")
# Documents listed above the catalogue for a query, each with up to 3 pages: a screenful or two, so the
# catalogue's best items stay in reach (and each keystroke makes at most 30 passages).
DOCUMENT_HITS = 10


def search_library(engine: SearchEngine, store: NotesStore, request: SearchRequest, collection: Collection,
                   should_stop: ShouldStop = lambda: False, page_size: int = PAGE_SIZE,
                   documents: DocumentService | None = None, documents_unopened: bool = False) -> SearchOutcome | None:
    """The outcome of ``request`` within ``collection``, with its extra rows; None when it was stopped.
    ``documents_unopened``: the user's documents are not open (awaited, or they could not be opened): none is
    taken for removed."""
    found = _document_rows(documents, request, collection, should_stop)
    if found is None:
        return None
    document_rows, suggestion = found
    within = collection_items(store, collection)
    # Words the user's documents have are not misspelt: the catalogue is not searched for a "correction"; and
    # a page having them all (a sentence copied from a handout), items with one or two of them are not wanted.
    catalogue_request = request._replace(within=within, exact=request.exact or bool(document_rows))
    if DOCUMENT_KIND in request.filters.kind:  # the catalogue has no documents: its items of the other kinds
        kinds = tuple(kind for kind in request.filters.kind if kind != DOCUMENT_KIND)
        catalogue_request = catalogue_request._replace(within=within if kinds else (),
                                                       filters=request.filters._replace(kind=kinds))
    outcome = run_search(engine, catalogue_request, should_stop, page_size, closest=not document_rows)
    if outcome is None or should_stop():
        return None
    rows = extra_rows(engine, store, collection, outcome.query.parsed, request.filters, documents,
                      documents_unopened)
    # Nor is a "Did you mean" offered for the catalogue's few results then.
    said = None if document_rows else outcome.suggestion or (suggestion if not outcome.first_page else None)
    closest = False
    if not document_rows and closest_wanted(outcome.query.parsed, outcome.closest, bool(outcome.first_page)):
        nearest = _document_rows(documents, request, collection, should_stop, closest=True)
        if nearest is None:
            return None
        document_rows = nearest[0]
        closest = bool(document_rows)
    facets = _with_documents(outcome.facets, rows + document_rows)
    if collection.kind == "all" and not request.text.strip() and documents is not None and not documents_unopened \
            and not document_rows:  # browsing everything: the documents are offered in the kind facet, not listed
        filters = request.filters
        facets = _with_document_count(facets, documents.count() if filters.year_from is None and
                                      filters.year_to is None else
                                      sum(1 for d in documents.list() if within_years(d, filters)))
    return outcome._replace(request=request, extra_rows=tuple(rows + document_rows), facets=facets, suggestion=said,
                            closest=outcome.closest or closest)


def collection_items(store: NotesStore, collection: Collection) -> tuple[str, ...] | None:
    """The item ids the results are limited to (None: the whole catalogue)."""
    if collection.kind in ("notes", "documents"):
        return ()  # the notes and documents themselves are listed as extra rows
    if collection.kind == "bookmarks":
        return tuple(b.item_id for b in store.bookmarks())
    if collection.kind == "list" and collection.list_id:
        return tuple(e.item_id for e in store.list_items(collection.list_id))
    return None


def extra_rows(engine: SearchEngine, store: NotesStore, collection: Collection, query: ParsedQuery, filters: Filters,
               documents: DocumentService | None = None, documents_unopened: bool = False) -> list[Hit]:
    """Rows shown above the catalogue results: matching notes, or the documents (those ``filters`` allow) and
    the entries whose item left of the bookmarks or a reading list. While the documents are not open, the
    entries on them wait, and a note on one is not said to be on a removed document."""
    if collection.kind == "documents":
        return []
    if collection.kind in ("bookmarks", "list"):
        entries = store.bookmarks() if collection.kind == "bookmarks" else \
            store.list_items(collection.list_id) if collection.list_id else []
        if documents_unopened:
            entries = [e for e in entries if not is_document_id(e.item_id)]
        return _entries(engine, entries, documents, filters)
    return note_rows(store, engine.catalog, query, every_note=collection.kind == "notes",
                     documents=documents.item if documents else None, documents_unopened=documents_unopened)


def _entries(engine: SearchEngine, entries: list[ListEntry], documents: DocumentService | None,
             filters: Filters) -> list[Hit]:
    """Bookmarked or listed documents (those still there that ``filters`` allow: a kind other than "document"
    ticked leaves them out, as a year range does those of other years), then entries whose item or document is
    gone."""
    kept = {d.id: d for d in documents.list()} if documents else {}
    shown = [kept[e.item_id] for e in entries if e.item_id in kept] if documents_wanted(filters) else []
    rows = listing_rows([d for d in shown if within_years(d, filters)])
    gone = [e for e in entries if e.item_id not in kept]
    return rows + missing_rows(gone, engine.catalog)


def _document_rows(documents: DocumentService | None, request: SearchRequest, collection: Collection,
                   should_stop: ShouldStop, closest: bool = False) -> tuple[list[Hit], str | None] | None:
    """The document rows for ``request`` (``closest``: those with most of its words) and a "Did you mean" from
    the documents' words; None when stopped."""
    if documents is None or collection.kind not in ("all", "documents") or not documents_wanted(request.filters):
        return [], None
    if not request.text.strip():
        # Browsing everything, the catalogue's items are listed, the documents being under My documents; unless
        # the kind "document" is ticked, which asks for them.
        if collection.kind == "all" and DOCUMENT_KIND not in request.filters.kind:
            return [], None
        return listing_rows([d for d in documents.list() if within_years(d, request.filters)]), None
    from ..db import Stopped

    try:
        with documents.stop_when(should_stop):
            found = documents.search(request.text, prefix=True, limit=DOCUMENT_HITS, closest=closest)
    except Stopped:
        return None
    hits = tuple(hit for hit in found.hits if within_years(hit.document, request.filters))
    return hit_rows(hits), found.suggestion


def _with_documents(facets: Facets, rows: list[Hit]) -> Facets:
    """The kind facet with the number of matching documents (when there are any), those found by the query or
    bookmarked or listed."""
    return _with_document_count(facets, sum(1 for row in rows if row.kind == DOCUMENT_KIND and is_document_id(row.id)))


def _with_document_count(facets: Facets, count: int) -> Facets:
    if not count:
        return facets
    kinds = (*(value for value in facets.values.get("kind", ()) if value.value != DOCUMENT_KIND),
             FacetCount(DOCUMENT_KIND, count))
    return facets._replace(values={**facets.values, "kind": kinds})
