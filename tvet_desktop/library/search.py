"""One search over the user's library, as the window runs it off the GUI thread: the catalogue's results,
limited to a collection (everything, the bookmarks, a reading list), with the user's matching notes, or
the entries whose item left the catalogue, as rows above them."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..search.run import PAGE_SIZE, SearchOutcome, SearchRequest, run_search
from .rows import missing_rows, note_rows

if TYPE_CHECKING:
    from ..catalog.records import Hit
    from ..db import ShouldStop
    from ..search.engine import SearchEngine
    from ..search.query import ParsedQuery
    from .store import NotesStore


class Collection(NamedTuple):
    kind: str = "all"  # all | notes | bookmarks | list
    list_id: str | None = None
    name: str = "All items"


EVERYTHING = Collection()


def search_library(engine: SearchEngine, store: NotesStore, request: SearchRequest, collection: Collection,
                   should_stop: ShouldStop = lambda: False, page_size: int = PAGE_SIZE) -> SearchOutcome | None:
    """The outcome of ``request`` within ``collection``, with its extra rows; None when it was stopped."""
    within = collection_items(store, collection)
    outcome = run_search(engine, request._replace(within=within), should_stop, page_size)
    if outcome is None or should_stop():
        return None
    return outcome._replace(extra_rows=tuple(extra_rows(engine, store, collection, outcome.query.parsed)))


def collection_items(store: NotesStore, collection: Collection) -> tuple[str, ...] | None:
    """The item ids the results are limited to (None: the whole catalogue)."""
    if collection.kind == "notes":
        return ()  # the notes themselves are listed as extra rows
    if collection.kind == "bookmarks":
        return tuple(b.item_id for b in store.bookmarks())
    if collection.kind == "list" and collection.list_id:
        return tuple(e.item_id for e in store.list_items(collection.list_id))
    return None


def extra_rows(engine: SearchEngine, store: NotesStore, collection: Collection, query: ParsedQuery) -> list[Hit]:
    """Rows shown above the catalogue results: matching notes, or entries whose item left."""
    if collection.kind == "bookmarks":
        return missing_rows(store.bookmarks(), engine.catalog)
    if collection.kind == "list" and collection.list_id:
        return missing_rows(store.list_items(collection.list_id), engine.catalog)
    return note_rows(store, engine.catalog, query, every_note=collection.kind == "notes")
