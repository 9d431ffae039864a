"""Search a catalogue: a query and filters to ranked results, rows with snippets, and facet counts.

Every search takes one path: :meth:`SearchEngine.prepare` compiles the query once, :meth:`~SearchEngine.results`
ranks or orders the matches, :meth:`~SearchEngine.hits` reads a page of rows, :meth:`~SearchEngine.facet_counts`
counts what each facet value would give. :meth:`~SearchEngine.search` is those steps for one page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalog.browse import SORTS, Filters
from ..catalog.records import Facets, Hit
from ..catalog.schema import ranked_sql
from . import sql
from .compile import CompiledQuery, Query, compile_query
from .query import ParsedQuery, parse
from .results import Deeper, Results
from .snippets import START, plain_snippet, shorten, snippet_html, snippet_text
from .vocabulary import Vocabulary

# The window's first paint needs only an empty query (the browse index): the champion-list ranking (and
# what it imports) is loaded by the first query that names words, off the start-up path (_plan).
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from contextlib import AbstractContextManager

    from ..catalog.snapshot import Catalog
    from ..db import ShouldStop
    from .champions import ChampionLists, Plan

PROVEN_RESULTS = 100  # a ranking is proven this deep at first (a window page), deeper when a page needs it


class SearchEngine:
    def __init__(self, catalog: Catalog, first_proven: int = PROVEN_RESULTS) -> None:
        """``first_proven``: how deep a ranking is proven at first (deeper when a page needs it)."""
        self.catalog = catalog
        self.first_proven = first_proven
        self.vocabulary = Vocabulary(catalog.connections)
        self._champions: ChampionLists | None = None

    def stop_when(self, should_stop: ShouldStop) -> AbstractContextManager[None]:
        """Searches run by this thread inside the block raise :class:`..db.Stopped` soon after ``should_stop()``
        turns true: a statement within a few thousand SQLite steps, a ranking within a few thousand items."""
        return self.catalog.connections.stop_when(should_stop)

    def prepare(self, parsed: ParsedQuery) -> Query:
        """The query with its phrases compiled (the vocabulary adds completions and word families)."""
        return Query(parsed, compile_query(parsed, self.vocabulary.expand))

    # -- the steps of a search ---------------------------------------------------------------
    def results(self, query: Query, filters: Filters, sort: str = "relevance", within: Sequence[str] | None = None,
                needed: int | None = None) -> Results:
        """Every matching rowid in the asked order, for a list that shows them a page at a time; a ranking is
        proven ``needed`` deep at first (default: ``first_proven``).

        ``within`` limits the results to these item ids (a reading list, the bookmarks); with no
        query, "relevance" then keeps their order.
        """
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}")
        index = self.catalog.index
        order = "title" if sort == "title" else "newest"
        mask = index.mask(filters, order)
        chosen = self.catalog.rowids_of(within) if within is not None else None
        if chosen is not None:
            mask &= index.bitmap_of(chosen, order)
        compiled = query.compiled
        if query.matches_some:
            found = self._plan(compiled)
            if sort == "relevance":
                allowed = index.mask(filters)
                if chosen is not None:
                    allowed &= index.bitmap_of(chosen)
                return self._ranked(compiled, found, allowed, needed or self.first_proven)
            mask &= index.reorder(found.mask, order) if found else self._matching(compiled.expression, order)
        elif compiled.excluded:
            mask &= ~self._matching(compiled.exclusion, order)
        if chosen is not None and sort == "relevance":
            flags = index.flags(mask)
            in_order = tuple(r for r in chosen if flags[r - 1])
            return Results(len(in_order), index, order, ranked=in_order)
        return Results(mask.bit_count(), index, order, mask)

    def hits(self, rowids: Sequence[int], query: Query, scores: dict[int, float] | None = None) -> list[Hit]:
        """List rows for ``rowids`` (in that order), with snippets when the query names words."""
        if not rowids:
            return []
        conn = self.catalog.conn
        rows = {row[0]: row for row in conn.execute(sql.hits_sql(len(rowids)), list(rowids))}
        snippets: dict[int, str] = {}
        if query.matches_some:
            for rowid, in_summary, in_body in conn.execute(sql.snippets_sql(len(rowids)),
                                                           [query.compiled.expression, *rowids]):
                if START in in_summary or START not in in_body:
                    snippets[rowid] = in_summary if START in in_summary else ""
                else:
                    snippets[rowid] = in_body
        scores = scores or {}
        hits = []
        for rowid in rowids:
            if rowid not in rows:
                continue
            _, item_id, kind, title, year, country, institution, summary = rows[rowid]
            marked = plain_snippet(snippets.get(rowid) or shorten(summary or ""))
            hits.append(Hit(item_id, kind, title, year, country, institution, snippet_text(marked),
                            snippet_html(marked), -scores[rowid] if rowid in scores else 0.0))
        return hits

    def facet_counts(self, query: Query, chosen: Filters, within: Sequence[str] | None = None,
                     matched: int | None = None) -> Facets:
        """How many results each facet value would give (each facet ignoring its own selection);
        ``matched`` (``Results.matched``) saves running the query a second time."""
        index = self.catalog.index
        query_mask = index.all if within is None else index.bitmap_of(self.catalog.rowids_of(within))
        if query.matches_some and matched is not None:
            query_mask &= matched
        elif query.matches_some:
            found = self._plan(query.compiled)
            query_mask &= found.mask if found else self._matching(query.compiled.expression)
        elif query.compiled.excluded:
            query_mask &= ~self._matching(query.compiled.exclusion)
        total = (index.mask(chosen) & query_mask).bit_count()
        year_min, year_max = index.year_span(index.mask(chosen.without_years()) & query_mask)
        return Facets(index.counts(chosen, query_mask), total, year_min, year_max)

    # -- in one call -------------------------------------------------------------------------
    def search(self, text: str = "", limit: int = 50, offset: int = 0, sort: str = "relevance",
               prefix: bool = False, **filters: object) -> list[Hit]:
        """Ranked hits for ``text`` (everything, newest first, when it is empty), with their bm25 scores."""
        query = self.prepare(parse(text, prefix_last=prefix))
        results = self.results(query, self.catalog.resolve_filters(Filters.of(**filters)), sort,
                               needed=offset + limit)
        rowids = results.page(offset, limit)
        scores = results.scores
        unscored = [r for r in rowids if r not in scores] if query.matches_some else []
        if unscored:  # ordered by filters or by another sort: the score the unfiltered ranking gives them
            scores = {**scores, **dict(self.catalog.conn.execute(sql.scores_sql(len(unscored)),
                                                                 [query.compiled.expression, *unscored]))}
        return self.hits(rowids, query, scores)

    def facets(self, text: str = "", prefix: bool = False, **filters: object) -> Facets:
        """How many results each facet value would give for ``text`` (each facet ignoring its own selection)."""
        query = self.prepare(parse(text, prefix_last=prefix))
        return self.facet_counts(query, self.catalog.resolve_filters(Filters.of(**filters)))

    def suggest(self, text: str) -> str | None:
        """A spelling-corrected query that finds something ("Did you mean …"), or None."""
        corrected = self.vocabulary.corrected(text)
        return corrected if corrected and self.search(corrected, limit=1) else None

    # -- internals ---------------------------------------------------------------------------
    def _ranked(self, compiled: CompiledQuery, found: Plan | None, allowed: int, needed: int) -> Results:
        """Results best first: proven from the champion lists when they can, else all ranked by FTS5."""
        index = self.catalog.index

        def keep(rows: Iterable[tuple[int, float]]) -> tuple[int, ...]:
            """The ranked rowids the filters allow (all of them when nothing is filtered)."""
            if allowed == index.all:
                return tuple(r for r, _ in rows)
            flags = index.flags(allowed)
            return tuple(r for r, _ in rows if flags[r - 1])

        top = found.top(found.mask & allowed, needed) if found else None
        if found is None or top is None:
            return self._ranked_by_fts5(compiled.expression, allowed, needed, keep)

        def prove(deeper: int) -> tuple[int, ...] | None:
            proven = found.top(found.mask & allowed, deeper)
            return None if proven is None else tuple(r for r, _ in proven)

        def rank_all() -> tuple[int, ...]:
            return keep(self.catalog.conn.execute(ranked_sql(), (compiled.expression,)))

        count = (found.mask & allowed).bit_count()
        return Results(count, index, "newest", ranked=tuple(r for r, _ in top), matched=found.mask,
                       rest=Deeper(prove, rank_all), scores=dict(top))

    def _ranked_by_fts5(self, expression: str, allowed: int, needed: int,
                        keep: Callable[[Iterable[tuple[int, float]]], tuple[int, ...]]) -> Results:
        """Every match ranked by FTS5. With nothing filtered, the first ``needed`` come from a LIMIT query and the
        full ranking (the count, deeper pages, the facet counts' matches) only when asked for: a search that
        shows one page, as the command line's does, never waits for it."""
        index, conn = self.catalog.index, self.catalog.conn
        every: list[list[tuple[int, float]]] = []

        def all_rows() -> list[tuple[int, float]]:
            if not every:
                every.append(conn.execute(ranked_sql(), (expression,)).fetchall())
            return every[0]

        def matched() -> int:
            return index.bitmap_of(r for r, _ in all_rows())

        if allowed == index.all:
            first = conn.execute(ranked_sql(needed), (expression, needed, 0)).fetchall()
            if len(first) < needed:  # that was all of them
                return Results(len(first), index, "newest", ranked=keep(first), matched=matched, scores=dict(first))
            return Results(lambda: len(all_rows()), index, "newest", ranked=keep(first), matched=matched,
                           rest=Deeper(lambda _: None, lambda: keep(all_rows())), scores=dict(first))
        ranked = keep(all_rows())
        return Results(len(ranked), index, "newest", ranked=ranked, matched=matched, scores=lambda: dict(all_rows()))

    def _plan(self, compiled: CompiledQuery) -> Plan | None:
        if self._champions is None:
            from .champions import ChampionLists  # deferred: see the imports at the top

            self._champions = ChampionLists(self.catalog)
        return self._champions.plan(compiled)

    def _matching(self, expression: str, order: str = "newest") -> int:
        rowids = (r for (r,) in self.catalog.conn.execute(sql.MATCHING_SQL, (expression,)))
        return self.catalog.index.bitmap_of(rowids, order)

