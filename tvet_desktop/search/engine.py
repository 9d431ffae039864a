"""Search a catalogue: a query and filters to ranked results, rows with snippets, and facet counts.

Every search takes one path: :meth:`SearchEngine.prepare` compiles the query once, :meth:`~SearchEngine.results`
ranks or orders the matches, :meth:`~SearchEngine.hits` reads a page of rows, :meth:`~SearchEngine.facet_counts`
counts what each facet value would give. :meth:`~SearchEngine.search` is those steps for one page.
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, NamedTuple

from ..catalog.browse import SORTS, Filters
from ..catalog.records import Facets, Hit
from ..catalog.schema import ranked_sql
from ..db import placeholders
from . import sql
from .compile import CompiledQuery, Query, compile_query
from .query import ParsedQuery, parse
from .results import Deeper, Results
from .snippets import passage, plain_snippet, shorten, snippet_html, snippet_text
from .vocabulary import Vocabulary

# The window's first paint needs only an empty query (the browse index): the champion-list ranking (and
# what it imports) is loaded by the first query that names words, off the start-up path (_plan).
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from contextlib import AbstractContextManager
    from typing import Any

    from ..catalog.snapshot import Catalog
    from ..db import ShouldStop
    from .champions import ChampionLists, Plan

NO_FILTERS = Filters()
PROVEN_RESULTS = 100  # a ranking is proven this deep at first (a window page), deeper when a page needs it


class Found(NamedTuple):
    """What a search found for what was typed (:meth:`SearchEngine.find`)."""

    query: Query
    results: Results
    corrected: str | None = None  # the text searched instead: what was typed found nothing, this did
    closest: bool = False  # no item has all the words: these are the items with most of them


class SearchEngine:
    def __init__(self, catalog: Catalog, first_proven: int = PROVEN_RESULTS) -> None:
        """``first_proven``: how deep a ranking is proven at first (deeper when a page needs it)."""
        self.catalog = catalog
        self.first_proven = first_proven
        self.vocabulary = Vocabulary(catalog.connections)
        self._champions: ChampionLists | None = None
        self._lock = threading.Lock()

    def stop_when(self, should_stop: ShouldStop) -> AbstractContextManager[None]:
        """Searches run by this thread inside the block raise :class:`..db.Stopped` soon after ``should_stop()``
        turns true: a statement within a few thousand SQLite steps, a ranking within a few thousand items."""
        return self.catalog.connections.stop_when(should_stop)

    def prepare(self, parsed: ParsedQuery) -> Query:
        """The query with its phrases compiled (the vocabulary adds completions and word families)."""
        return Query(parsed, compile_query(parsed, self.vocabulary.expand))

    def find(self, text: str, filters: Filters = NO_FILTERS, sort: str = "relevance",
             within: Sequence[str] | None = None, prefix: bool = False, needed: int | None = None,
             forgive: bool = True, closest: bool = True) -> Found:
        """The results for ``text``, forgiving: when no item has all its words, the results of its spelling
        correction if that finds something (unless ``forgive`` is false), else the items with most of the words
        (unless ``closest`` is false: never an empty list when an item has one of them)."""
        query = self.prepare(parse(text, prefix_last=prefix))
        results = self.results(query, filters, sort, within, needed)
        if not query.matches_some:
            return Found(query, results)
        if results.page(0, 1):
            return Found(query, results.first(self._titles_first(query, filters, within)) if sort == "relevance"
                         else results)
        corrected = self.vocabulary.corrected(text) if forgive else None
        if corrected:
            better = self.prepare(parse(corrected, prefix_last=prefix))
            found = self.results(better, filters, sort, within, needed)
            if found.page(0, 1):
                return Found(better, found, corrected=corrected)
        if closest and len(query.compiled.groups) > 1:
            nearest = self._closest(query, filters, sort, within, needed or self.first_proven)
            if nearest.page(0, 1):
                return Found(query, nearest, closest=True)
        return Found(query, results)

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
        matched = None
        if query.matches_some:
            found = self._plan(compiled)
            if sort == "relevance":  # ``mask`` is in 'newest' order then
                return self._ranked(compiled, found, mask, needed or self.first_proven, page_only=needed is not None)
            matched = found.mask if found else self._matching(compiled.expression)
            mask &= index.reorder(matched, order)
            if found:
                return Results(mask.bit_count(), index, order, mask, matched=matched, scorer=found.exact_scores)
        elif compiled.excluded:
            mask &= ~self._matching(compiled.exclusion, order)
        if chosen is not None and sort == "relevance":
            flags = index.flags(mask)
            in_order = tuple(r for r in chosen if flags[r - 1])
            return Results(len(in_order), index, order, ranked=in_order)
        return Results(mask.bit_count(), index, order, mask, matched=matched)

    def hits(self, rowids: Sequence[int], query: Query, scores: dict[int, float] | None = None) -> list[Hit]:
        """List rows for ``rowids`` (in that order), with snippets when the query names words."""
        if not rowids:
            return []
        conn = self.catalog.conn
        rows = {row[0]: row for row in conn.execute(sql.hits_sql(len(rowids)), list(rowids))}
        snippets = self._passages(rows, query) if query.matches_some else {}
        scores = scores or {}
        hits = []
        for rowid in rowids:
            if rowid not in rows:
                continue
            _, item_id, kind, title, year, country, institution, summary, _ = rows[rowid]
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
        """Ranked hits for ``text`` (everything, newest first, when it is empty), with their bm25 scores; a
        search that finds nothing shows what :meth:`find` shows instead."""
        found = self.find(text, self.catalog.resolve_filters(Filters.of(**filters)), sort, prefix=prefix,
                          needed=offset + limit)
        return self.page_hits(found, offset, limit)

    def page_hits(self, found: Found, offset: int = 0, limit: int = 50) -> list[Hit]:
        """A page of ``found`` as hits with their bm25 scores."""
        query, results = found.query, found.results
        rowids = results.page(offset, limit)
        scores = results.scores_of(rowids) if query.matches_some else {}
        # Closest matches have not all the words, so no bm25 of the whole query: they show 0.
        unscored = [r for r in rowids if r not in scores] if query.matches_some and not found.closest else []
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
        if not corrected:
            return None
        return corrected if self.results(self.prepare(parse(corrected)), Filters(), needed=1).page(0, 1) else None

    # -- internals ---------------------------------------------------------------------------
    def _passages(self, rows: dict[int, tuple[Any, ...]], query: Query) -> dict[int, str]:
        """Each row's passage with the query's words: from the summary, else from the body."""
        terms = frozenset(term for phrase in query.compiled.phrases for term in phrase.strip('"*').split(" "))
        languages = {rowid: tuple(json.loads(row[8] or "[]")) for rowid, row in rows.items()}
        found = {rowid: passage(row[7] or "", terms, languages[rowid]) for rowid, row in rows.items()}
        rest = [rowid for rowid, text in found.items() if not text]
        if rest:
            for rowid, body in self.catalog.conn.execute(sql.BODIES_SQL.format(placeholders(len(rest))), rest):
                found[rowid] = passage(body or "", terms, languages[rowid])
        return found

    def _titles_first(self, query: Query, filters: Filters, within: Sequence[str] | None) -> tuple[int, ...]:
        """Rows whose title is the query's words, then those whose title starts with them: an exact title ranks
        first whatever its score (only matches that the filters allow)."""
        groups = query.parsed.groups
        if not groups or any(len(group) > 1 for group in groups) or query.parsed.excluded:
            return ()
        key = " ".join(word for group in groups for word in group[0].words)
        conn = self.catalog.conn
        rows = [r for r, _ in conn.execute(sql.TITLE_SQL, (key, key, key + " ", key + " \U0010ffff", key))]
        if not rows:
            return ()
        index = self.catalog.index
        allowed = index.mask(filters)
        if within is not None:
            allowed &= index.bitmap_of(self.catalog.rowids_of(within))
        flags = index.flags(allowed)
        matching = {r for (r,) in conn.execute(f"{sql.MATCHING_SQL} AND rowid IN ({placeholders(len(rows))})",
                                                [query.compiled.expression, *rows])}
        return tuple(r for r in rows if r in matching and flags[r - 1])

    def _closest(self, query: Query, filters: Filters, sort: str, within: Sequence[str] | None,
                 needed: int) -> Results:
        """The items with most of the query's words (groups), those with more first, each level best first."""
        index, compiled = self.catalog.index, query.compiled
        masks = [self._group_matches(group) for group in compiled.groups]
        excluded = self._matching(compiled.exclusion) if compiled.excluded else 0
        levels = [level & ~excluded for level in _coverage(masks)]  # items in exactly k groups, k = n..1
        union = 0
        for level in levels:
            union |= level
        if sort != "relevance":
            mask = index.mask(filters, sort) & index.reorder(union, sort)
            if within is not None:
                mask &= index.bitmap_of(self.catalog.rowids_of(within), sort)
            return Results(mask.bit_count(), index, sort, mask)
        allowed = index.mask(filters)
        if within is not None:
            allowed &= index.bitmap_of(self.catalog.rowids_of(within))
        anyone = CompiledQuery((tuple(term for group in compiled.groups for term in group),), compiled.excluded)
        plan = self._plan(anyone)
        parts = [self._ranked(anyone, plan, allowed & level, needed) for level in levels if level & allowed]
        first: list[int] = []
        for part in parts:
            if len(first) >= needed:
                break
            first += part.page(0, needed - len(first))

        def rank_all() -> tuple[int, ...]:
            return tuple(rowid for part in parts for rowid in part.page(0, part.count))

        return Results(sum(part.count for part in parts), index, "newest", ranked=tuple(first), matched=union,
                       rest=Deeper(lambda _: None, rank_all))

    def _ranked(self, compiled: CompiledQuery, found: Plan | None, allowed: int, needed: int,
                page_only: bool = False) -> Results:
        """Results best first: proven from the champion lists when they can, else all ranked by FTS5.
        ``page_only``: the caller reads one page and needs no count (see :meth:`_ranked_by_fts5`)."""
        index = self.catalog.index

        def keep(rows: Iterable[tuple[int, float]]) -> tuple[int, ...]:
            """The ranked rowids the filters allow (all of them when nothing is filtered)."""
            if allowed == index.all:
                return tuple(r for r, _ in rows)
            flags = index.flags(allowed)
            return tuple(r for r, _ in rows if flags[r - 1])

        top = found.top(found.mask & allowed, needed) if found else None
        if found is None or top is None:
            return self._ranked_by_fts5(compiled.expression, allowed, needed, keep, page_only)

        def prove(deeper: int) -> tuple[int, ...] | None:
            proven = found.top(found.mask & allowed, deeper)
            return None if proven is None else tuple(r for r, _ in proven)

        def rank_all() -> tuple[int, ...]:
            return keep(self.catalog.conn.execute(ranked_sql(), (compiled.expression,)))

        count = (found.mask & allowed).bit_count()
        return Results(count, index, "newest", ranked=tuple(r for r, _ in top), matched=found.mask,
                       rest=Deeper(prove, rank_all), scores=dict(top), scorer=found.exact_scores)

    def _ranked_by_fts5(self, expression: str, allowed: int, needed: int,
                        keep: Callable[[Iterable[tuple[int, float]]], tuple[int, ...]], page_only: bool) -> Results:
        """Every match ranked by FTS5 at once (the window shows the count and counts the facets). A caller that
        reads only one page (``page_only``, the command line) with nothing filtered gets the first ``needed`` from
        a LIMIT query, and the rest only if it asks (on the thread that asks, with that thread's connection)."""
        index = self.catalog.index
        if not (page_only and allowed == index.all):
            rows = self.catalog.conn.execute(ranked_sql(), (expression,)).fetchall()
            ranked = keep(rows)
            return Results(len(ranked), index, "newest", ranked=ranked,
                           matched=lambda: index.bitmap_of(r for r, _ in rows), scores=lambda: dict(rows))
        first = self.catalog.conn.execute(ranked_sql(needed), (expression, needed, 0)).fetchall()
        if len(first) < needed:  # that was all of them
            return Results(len(first), index, "newest", ranked=keep(first),
                           matched=index.bitmap_of(r for r, _ in first), scores=dict(first))
        lock = threading.Lock()
        every: list[list[tuple[int, float]]] = []

        def all_rows() -> list[tuple[int, float]]:
            with lock:
                if not every:
                    every.append(self.catalog.conn.execute(ranked_sql(), (expression,)).fetchall())
                return every[0]

        return Results(lambda: len(all_rows()), index, "newest", ranked=keep(first),
                       matched=lambda: index.bitmap_of(r for r, _ in all_rows()),
                       rest=Deeper(lambda _: None, lambda: keep(all_rows())), scores=dict(first))

    def _plan(self, compiled: CompiledQuery) -> Plan | None:
        with self._lock:  # two first searches at once share one cache of lists
            if self._champions is None:
                from .champions import ChampionLists  # deferred: see the imports at the top

                self._champions = ChampionLists(self.catalog)
        return self._champions.plan(compiled)

    def _group_matches(self, group: tuple[tuple[str, ...], ...]) -> int:
        """The items one group of the query matches: from the champion lists' bitmaps when they have its
        phrases (a common word's tens of thousands of rowids from FTS5 took ~30 ms at 100,000 items)."""
        found = self._plan(CompiledQuery((group,), ()))
        return found.mask if found else self._matching(_either(group))

    def _matching(self, expression: str, order: str = "newest") -> int:
        rowids = (r for (r,) in self.catalog.conn.execute(sql.MATCHING_SQL, (expression,)))
        return self.catalog.index.bitmap_of(rowids, order)



def _either(phrases: Iterable[tuple[str, ...]]) -> str:
    """One group's terms as a MATCH expression."""
    return "(" + " OR ".join(phrase for term in phrases for phrase in term) + ")"


def _coverage(masks: list[int]) -> list[int]:
    """For bitmaps of which items have each word: the items that have exactly k of them, k = len(masks)..1."""
    counts = [0]  # counts[k]: items in at least k of the masks seen so far (bit-sliced, k = 0 unused)
    for mask in masks:
        counts.append(0)
        for k in range(len(counts) - 1, 0, -1):
            counts[k] |= counts[k - 1] & mask if k > 1 else mask
    return [counts[k] & ~counts[k + 1] if k + 1 < len(counts) else counts[k] for k in range(len(counts) - 1, 0, -1)]
