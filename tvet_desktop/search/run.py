"""One catalogue search with everything a result list shows: results, the first page of rows, facet counts, a
suggestion. The window runs it through :func:`..library.search.search_library`, which adds the user's own rows."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, NamedTuple

from ..catalog.browse import Filters
from ..db import ShouldStop, Stopped

if TYPE_CHECKING:
    from ..catalog.records import Facets, Hit
    from .compile import Query
    from .engine import SearchEngine
    from .results import Results

PAGE_SIZE = 50  # result rows read at a time: a few screens' worth, each with its snippet
FEW_RESULTS = 3


class SearchRequest(NamedTuple):
    text: str = ""
    filters: Filters = Filters()
    sort: str = "relevance"
    within: tuple[str, ...] | None = None  # item ids of a reading list or the bookmarks
    exact: bool = False  # search the text as typed, even when a spelling correction would find more


class SearchOutcome(NamedTuple):
    request: SearchRequest
    query: Query
    results: Results
    first_page: list[Hit]
    facets: Facets
    suggestion: str | None
    elapsed_ms: float
    extra_rows: tuple[Hit, ...] = ()  # shown above the catalogue's rows (the user's notes, say)
    corrected: str | None = None  # the text searched instead of request.text (it found nothing)
    closest: bool = False  # no item has all the words: the results have most of them


def run_search(engine: SearchEngine, request: SearchRequest, should_stop: ShouldStop = lambda: False,
               page_size: int = PAGE_SIZE, closest: bool = True) -> SearchOutcome | None:
    """Everything a result list shows for ``request``; meant to run off the GUI thread. None when
    ``should_stop()`` turned true before it finished (a newer search replaced it): it stops early then.
    ``closest`` false: no closest matches when no item has all the words (see :meth:`.engine.SearchEngine.find`)."""
    started = time.perf_counter()
    try:
        with engine.stop_when(should_stop):
            found = engine.find(request.text, request.filters, request.sort, request.within, prefix=True,
                                forgive=not request.exact, closest=closest)
            query, results = found.query, found.results
            first_page = engine.hits(results.page(0, page_size), query)
            facets = engine.facet_counts(query, request.filters, request.within, results.matched)
            few = results.count < FEW_RESULTS and query.matches_some and found.corrected is None
            suggestion = engine.suggest(request.text) if few else None
    except Stopped:
        return None
    elapsed = (time.perf_counter() - started) * 1000
    return SearchOutcome(request, query, results, first_page, facets, suggestion, elapsed,
                         corrected=found.corrected, closest=found.closest)
