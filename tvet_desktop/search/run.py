"""One search as the window runs it: results, the first page of rows, facet counts, a suggestion."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

from ..catalog.browse import Filters
from ..catalog.records import Facets, Hit
from ..catalog.snapshot import Catalog, Results, SearchStopped
from .query import ParsedQuery, parse

PAGE_SIZE = 50  # result rows read at a time: a few screens' worth, each with its snippet
FEW_RESULTS = 3


class SearchRequest(NamedTuple):
    text: str = ""
    filters: Filters = Filters()
    sort: str = "relevance"
    within: tuple[str, ...] | None = None  # item ids of a reading list or the bookmarks


class SearchOutcome(NamedTuple):
    request: SearchRequest
    query: ParsedQuery
    results: Results
    first_page: list[Hit]
    facets: Facets
    suggestion: str | None
    elapsed_ms: float


def run_search(catalog: Catalog, request: SearchRequest, unwanted: Callable[[], bool] = lambda: False,
               ) -> SearchOutcome | None:
    """Everything the window shows for ``request``; meant to run off the GUI thread. None when
    ``unwanted()`` turned true before it finished (a newer search replaced it): it stops early then."""
    started = time.perf_counter()
    query = parse(request.text, prefix_last=True)
    try:
        with catalog.stopped_when(unwanted):
            results = catalog.results(query, request.filters, request.sort, request.within)
            first_page = catalog.hits(results.page(0, PAGE_SIZE), query)
            facets = catalog.facet_counts(query, request.filters, request.within, results.matched)
            suggestion = catalog.suggest(request.text) if results.count < FEW_RESULTS and query.groups else None
    except SearchStopped:
        return None
    elapsed = (time.perf_counter() - started) * 1000
    return SearchOutcome(request, query, results, first_page, facets, suggestion, elapsed)
