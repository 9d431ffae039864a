"""The read-only catalogue: open a snapshot, search it, browse it, read one item.

``Catalog`` is safe to use from several threads: each thread gets its own read-only SQLite
connection, and the in-memory browse index is immutable once built.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from ..search import sql
from ..search.query import (
    CompiledQuery,
    ParsedQuery,
    Term,
    compile_query,
    exclusion_expression,
    match_expression,
    parse,
)
from ..text import edit_distance, fold, porter_stem
from .browse import SORTS, BrowseIndex, Filters
from .records import FACETS, SNAPSHOT_FORMAT, Attachment, Facets, Hit, Item, SnapshotInfo, language_name
from .schema import ranked_sql

# The window's first paint needs only Catalog(path), .info, .year_range() and the newest-first list
# of an empty query (the browse index): the champion-list ranking (ranking, term_lists and what they
# import) is loaded by the first non-empty query instead, off the start-up path (_plan, _term_list).
if TYPE_CHECKING:
    from ..search.champions import Plan
    from .champion_lists import TermList

PREFIX_EXPANSIONS = 12
FAMILY_EXPANSIONS = 6
SUMMARY_SNIPPET_CHARS = 220
CACHED_LISTS = 128  # champion lists kept in memory (up to ~230 kB each at 100,000 items)
PROVEN_RESULTS = 100  # results() proves this many from the champion lists (a window page), or ranks all
STOP_CHECK_STEPS = 10_000  # SQLite virtual machine steps between two looks at whether a search is still wanted


class SearchStopped(Exception):
    """A search given up because it was no longer wanted (see :meth:`Catalog.stopped_when`)."""


class CatalogError(Exception):
    """The catalogue file is missing, damaged or of a format this version cannot read."""


class Results:
    """The ordered rowids a query and filters select, read a page at a time."""

    __slots__ = ("_index", "_mask", "_order", "_ranked", "_rest", "count", "matched")

    def __init__(self, count: int, index: BrowseIndex, order: str, mask: int = 0,
                 ranked: tuple[int, ...] | None = None, matched: int | None = None, rest: _Deeper | None = None,
                 ) -> None:
        self.count = count
        self.matched = matched  # 'newest' mask of every item the query matched, before filters (for facets)
        self._index, self._order, self._mask = index, order, mask
        self._ranked = ranked
        self._rest = rest  # ranks further when a page goes past the proven ``ranked``

    def page(self, offset: int, limit: int) -> list[int]:
        if self._ranked is not None:
            ranked = self._ranked
            if self._rest is not None and offset + limit > len(ranked) < self.count:
                ranked = self._rest(min(offset + limit, self.count))
            return list(ranked[offset : offset + limit])
        return self._index.page(self._mask, self._order, offset, limit)

    def position(self, rowid: int) -> int | None:
        """Where ``rowid`` stands in these results (0 is first), or None when it is not among them, or not
        among the proven best of a ranking (finding that would mean ranking every match)."""
        if self._ranked is not None:
            try:
                return self._ranked.index(rowid)  # one scan, not a membership test and then another
            except ValueError:
                return None
        return self._index.position(self._mask, self._order, rowid)


class _Deeper:
    """The ranking past the proven top: proven again from the lists for a deeper page (cheap, a few ms;
    four times as deep as asked so scrolling on does not start over), or, once the lists cannot prove
    that deep, every match ranked by FTS5 (computed once)."""

    def __init__(self, prove: Callable[[int], tuple[int, ...] | None], rank: Callable[[], tuple[int, ...]]) -> None:
        self._prove = prove
        self._rank = rank
        self._done: tuple[int, ...] = ()
        self._complete = False
        self._lock = threading.Lock()

    def __call__(self, needed: int) -> tuple[int, ...]:
        with self._lock:
            if len(self._done) < needed and not self._complete:
                proven = self._prove(max(needed, 4 * len(self._done)))
                if proven is None or len(proven) < needed:
                    self._done, self._complete = self._rank(), True
                else:
                    self._done = proven
            return self._done


class Catalog:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise CatalogError(f"No catalogue file at {self.path}")
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.RLock()
        self._index: BrowseIndex | None = None
        self._lists: dict[str, TermList | None] = {}
        self._item_norms: array[float] | None = None
        self._closed = False
        self.info = self._read_info()
        self._has_lists = self._conn.execute("SELECT 1 FROM term_lists LIMIT 1").fetchone() is not None

    # -- connections -------------------------------------------------------------------------
    @property
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise CatalogError(f"The catalogue {self.path} was closed")
            uri = self.path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only = 1")
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
            self._closed = True
        self._local = threading.local()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_info(self) -> SnapshotInfo:
        try:
            meta = dict(self._conn.execute("SELECT key, value FROM snapshot").fetchall())
            kinds = dict(self._conn.execute("SELECT kind, count(*) FROM items GROUP BY kind ORDER BY kind"))
            version = int(meta["format_version"])
        except (sqlite3.DatabaseError, KeyError, ValueError) as error:
            self.close()
            raise CatalogError(f"{self.path} is not a readable TVET Desktop catalogue ({error})") from None
        if version != SNAPSHOT_FORMAT:
            self.close()
            raise CatalogError(f"{self.path} has catalogue format {version}; this app reads {SNAPSHOT_FORMAT}")
        return SnapshotInfo(str(self.path), version, int(meta["catalogue_version"]), meta["created"],
                            int(meta["item_count"]), meta["content_hash"], kinds)

    @contextmanager
    def stopped_when(self, unwanted: Callable[[], bool]) -> Iterator[None]:
        """Searches run by this thread inside the block raise :class:`SearchStopped` soon after ``unwanted()``
        turns true: a query in SQLite within a few thousand steps, the champion-list ranking within a few
        thousand items. A stale search then stops holding a core and the GIL that the newer one needs."""
        outer = self._watch(unwanted)
        try:
            yield
        except sqlite3.OperationalError:
            if unwanted():
                raise SearchStopped from None
            raise
        finally:
            with suppress(sqlite3.ProgrammingError):  # closed meanwhile (the window quit): nothing to undo
                self._watch(outer)

    @contextmanager
    def _unstopped(self) -> Iterator[None]:
        """What is built inside is kept for every later search (the browse index, champion lists, item
        lengths), so it is built whole, never stopped halfway by :meth:`stopped_when`."""
        outer = self._watch(None)
        try:
            yield
        finally:
            self._watch(outer)

    def _watch(self, unwanted: Callable[[], bool] | None) -> Callable[[], bool] | None:
        """Make ``unwanted`` this thread's stop test (None: none); returns the one it replaces."""
        outer = getattr(self._local, "unwanted", None)
        if unwanted is not outer:
            # SQLite asks the handler every so many steps of a statement; a true answer interrupts it.
            self._conn.set_progress_handler(unwanted, STOP_CHECK_STEPS if unwanted else 0)
            self._local.unwanted = unwanted
        return outer

    def _stop_if_unwanted(self) -> None:
        unwanted = getattr(self._local, "unwanted", None)
        if unwanted is not None and unwanted():
            raise SearchStopped

    @property
    def index(self) -> BrowseIndex:
        with self._lock:
            if self._index is None:
                with self._unstopped():
                    self._index = BrowseIndex(self._conn)
            return self._index

    # -- public API --------------------------------------------------------------------------
    def search(self, query: str = "", limit: int = 50, offset: int = 0, sort: str = "relevance",
               prefix: bool = False, **filters: object) -> list[Hit]:
        """Ranked hits for ``query`` (everything, newest first, when it is empty)."""
        parsed = parse(query, prefix_last=prefix)
        chosen = self.resolve_filters(Filters.of(**filters))
        if parsed.groups and sort == "relevance" and chosen.is_empty:
            # Fast path: the champion lists, else FTS5 keeping only the top rows.
            compiled = compile_query(parsed, self._expand)
            found = self._plan(compiled)
            top = found.top(found.mask, offset + limit) if found else None
            if top is None:
                top = self._conn.execute(ranked_sql(limit), (compiled.expression, limit + offset, 0)).fetchall()
            rows = top[offset : offset + limit]
            return self._hits([r for r, _ in rows], parsed, dict(rows))
        rowids = self.results(parsed, chosen, sort).page(offset, limit)
        scores = {}
        if parsed.groups and rowids:  # the same score as the unfiltered ranking gives these items
            expression = compile_query(parsed, self._expand).expression
            scores = dict(self._conn.execute(sql.scores_sql(len(rowids)), [expression, *rowids]).fetchall())
        return self._hits(rowids, parsed, scores)

    def results(self, query: ParsedQuery, filters: Filters, sort: str = "relevance",
                within: Sequence[str] | None = None) -> Results:
        """Every matching rowid in the asked order, for a list that shows them a page at a time.

        ``within`` limits the results to these item ids (a reading list, the bookmarks); with no
        query, "relevance" then keeps their order.
        """
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}")
        index = self.index
        order = "title" if sort == "title" else "newest"
        mask = index.mask(filters, order)
        chosen = self.rowids_of(within) if within is not None else None
        if chosen is not None:
            mask &= index.bitmap_of(chosen, order)
        if query.groups:
            compiled = compile_query(query, self._expand)
            found = self._plan(compiled)
            if sort == "relevance":
                return self._ranked_results(compiled, found, self._newest_mask(filters, chosen))
            mask &= index.reorder(found.mask, order) if found else self._matching(compiled.expression, order)
        elif query.excluded:
            mask &= ~self._matching(exclusion_expression(query), order)
        if chosen is not None and sort == "relevance":
            flags = index.flags(mask)
            in_order = tuple(r for r in chosen if flags[r - 1])
            return Results(len(in_order), index, order, ranked=in_order)
        return Results(mask.bit_count(), index, order, mask)

    def rowids_of(self, item_ids: Sequence[str]) -> list[int]:
        """Rowids of the given item ids that are in this catalogue, in the given order."""
        found = self._rowid_map(item_ids)
        return [found[item_id] for item_id in dict.fromkeys(item_ids) if item_id in found]

    def present(self, item_ids: Sequence[str]) -> set[str]:
        """Which of ``item_ids`` this catalogue has."""
        return set(self._rowid_map(item_ids))

    def _rowid_map(self, item_ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(item_ids))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            found.update(self._conn.execute(
                f"SELECT id, rowid FROM items WHERE id IN ({sql.placeholders(len(chunk))})", chunk))
        return found

    def _ranked_results(self, compiled: CompiledQuery, found: Plan | None, allowed: int) -> Results:
        """Results best first: proven from the champion lists when they can, else all ranked by FTS5."""
        index = self.index
        flags = index.flags(allowed)

        def rank_all() -> tuple[int, ...]:
            rows = self._conn.execute(ranked_sql(), (compiled.expression,))
            return tuple(r for r, _ in rows if flags[r - 1])

        top = found.top(found.mask & allowed, PROVEN_RESULTS) if found else None
        if found is None or top is None:
            matched = [r for r, _ in self._conn.execute(ranked_sql(), (compiled.expression,))]
            ranked = tuple(r for r in matched if flags[r - 1])
            return Results(len(ranked), index, "newest", ranked=ranked, matched=index.bitmap_of(matched))
        plan_found = found

        def prove(needed: int) -> tuple[int, ...] | None:
            deeper = plan_found.top(plan_found.mask & allowed, needed)
            return None if deeper is None else tuple(r for r, _ in deeper)

        count = (found.mask & allowed).bit_count()
        return Results(count, index, "newest", ranked=tuple(r for r, _ in top), matched=found.mask,
                       rest=_Deeper(prove, rank_all))

    def _plan(self, compiled: CompiledQuery) -> Plan | None:
        """A champion-list plan for the query, or None (no lists in this snapshot, or not provable)."""
        if not self._has_lists or not self.index.rowid_positions:
            return None
        from ..search.champions import plan  # deferred: see the imports at the top

        return plan(self._conn, compiled, self._term_list, self.index.size, self._stop_if_unwanted)

    def _term_list(self, key: str) -> TermList | None:
        with self._lock:
            if key not in self._lists:
                if len(self._lists) >= CACHED_LISTS:  # about 100 kB each: forget the oldest
                    del self._lists[next(iter(self._lists))]
                from .champion_lists import read_term_list  # deferred: see the imports at the top

                with self._unstopped():
                    self._lists[key] = read_term_list(self._conn, key, self._norms())
            return self._lists[key]

    def _norms(self) -> array[float] | None:
        """The length part of bm25 per item, for the deep lists' exact contributions (None in older snapshots)."""
        from .champion_lists import norms, read_lengths  # deferred: see the imports at the top

        with self._lock:
            if self._item_norms is None:
                with self._unstopped():
                    lengths = read_lengths(self._conn)
                self._item_norms = norms(lengths) if lengths is not None else array("d")
            return self._item_norms or None

    def _newest_mask(self, filters: Filters, chosen: list[int] | None) -> int:
        mask = self.index.mask(filters)
        return mask & self.index.bitmap_of(chosen) if chosen is not None else mask

    def hits(self, rowids: Sequence[int], query: ParsedQuery) -> list[Hit]:
        """List rows for ``rowids`` (in that order), with snippets when there is a query."""
        return self._hits(rowids, query, {})

    def resolve_filters(self, filters: Filters) -> Filters:
        """``filters`` with each value spelled as the catalogue spells it: case and accents do not matter
        ("germany", "Teacher Training"), and a language may be named ("English") as well as coded ("en").
        A value the catalogue does not have is kept as it is: it matches nothing."""
        resolved: dict[str, tuple[str, ...]] = {}
        for facet in FACETS:
            chosen = filters.selected(facet)
            if chosen:
                spellings = self._spellings(facet)
                resolved[facet] = tuple(spellings.get(fold(value.strip()), value) for value in chosen)
        return filters._replace(**resolved)  # type: ignore[arg-type]

    def unknown_filter_values(self, filters: Filters) -> list[tuple[str, str]]:
        """The (facet, value) pairs of ``filters`` that no item of this catalogue has."""
        values = self.index.facet_values
        return [(facet, value) for facet in FACETS for value in filters.selected(facet) if value not in values[facet]]

    def facet_values(self, facet: str) -> list[str]:
        """Every value of ``facet`` that some item has, as the catalogue spells it."""
        return list(self.index.facet_values[facet])

    def _spellings(self, facet: str) -> dict[str, str]:
        values = self.index.facet_values[facet]
        spellings = {fold(value): value for value in values}
        if facet == "language":
            spellings.update({fold(language_name(code)): code for code in values})
        return spellings

    def facets(self, query: str = "", prefix: bool = False, **filters: object) -> Facets:
        """How many results each facet value would give (each facet ignoring its own selection)."""
        return self.facet_counts(parse(query, prefix_last=prefix), self.resolve_filters(Filters.of(**filters)))

    def facet_counts(self, parsed: ParsedQuery, chosen: Filters, within: Sequence[str] | None = None,
                     matched: int | None = None) -> Facets:
        """Facet counts; ``matched`` (``Results.matched``) saves running the query a second time."""
        index = self.index
        query_mask = index.all if within is None else index.bitmap_of(self.rowids_of(within))
        if parsed.groups and matched is not None:
            query_mask &= matched
        elif parsed.groups:
            compiled = compile_query(parsed, self._expand)
            found = self._plan(compiled)
            query_mask &= found.mask if found else self._matching(compiled.expression)
        elif parsed.excluded:
            query_mask &= ~self._matching(exclusion_expression(parsed))
        total = (index.mask(chosen) & query_mask).bit_count()
        year_min, year_max = index.year_span(index.mask(chosen.without_years()) & query_mask)
        return Facets(index.counts(chosen, query_mask), total, year_min, year_max)

    def get(self, item_id: str) -> Item | None:
        cursor = self._conn.execute(sql.ITEM_SQL, (item_id,))
        row = cursor.fetchone()
        if row is None:
            return None
        data = dict(zip([c[0] for c in cursor.description], row, strict=True))
        return Item(
            id=data["id"], kind=data["kind"], title=data["title"], summary=data["summary"] or "",
            body=data["body"] or "", year=data["year"], date=data["date"],
            authors=tuple(json.loads(data["authors"] or "[]")),
            submitter=data["submitter"], institution=data["institution"], country=data["country"],
            region=data["region"], languages=tuple(json.loads(data["languages"] or "[]")),
            themes=tuple(json.loads(data["themes"] or "[]")), url=data["url"],
            attachments=tuple(Attachment(**a) for a in json.loads(data["attachments"] or "[]")),
        )

    def year_range(self) -> tuple[int | None, int | None]:
        """The first and last publication year in the catalogue."""
        first, last = self._conn.execute("SELECT min(year), max(year) FROM items").fetchone()
        return first, last

    def suggest(self, query: str) -> str | None:
        """A spelling-corrected query ("Did you mean …"), or None when nothing better is known."""
        parsed = parse(query)
        changed = False
        corrected = query
        for word in dict.fromkeys(parsed.positive_words):
            if self._known(word):
                continue
            better = self._closest_word(word)
            if better:
                corrected, changed = _replace_word(corrected, word, better), True
        return corrected if changed and self.search(corrected, limit=1) else None

    # -- internals ---------------------------------------------------------------------------
    def _matching(self, expression: str, order: str = "newest") -> int:
        rowids = (r for (r,) in self._conn.execute(sql.MATCHING_SQL, (expression,)))
        return self.index.bitmap_of(rowids, order)

    def _expand(self, term: Term) -> list[str]:
        """Extra words a term should also find: completions of a prefix, or its word family."""
        if term.is_phrase:
            return []
        word = term.words[0]
        if term.prefix:
            rows = self._conn.execute(sql.PREFIX_WORDS_SQL, (word, word, PREFIX_EXPANSIONS))
        else:
            stem = porter_stem(word)
            rows = self._conn.execute(sql.FAMILY_WORDS_SQL, (stem, stem, FAMILY_EXPANSIONS))
        return [row[0] for row in rows]

    def _known(self, word: str) -> bool:
        return self._conn.execute(sql.KNOWN_WORD_SQL, (word, word)).fetchone() is not None

    def _closest_word(self, word: str) -> str | None:
        if len(word) < 3:
            return None
        limit = 1 if len(word) <= 5 else 2
        rows = self._conn.execute(sql.SPELLING_CANDIDATES_SQL, (word[0], word[0], len(word) - limit,
                                                                 len(word) + limit))
        scored = [(edit_distance(word, candidate, limit), -documents, candidate) for candidate, documents in rows]
        best = min((s for s in scored if s[0] <= limit), default=None)
        return best[2] if best else None

    def _hits(self, rowids: Sequence[int], query: ParsedQuery, scores: dict[int, float]) -> list[Hit]:
        if not rowids:
            return []
        rows = {row[0]: row for row in self._conn.execute(sql.hits_sql(len(rowids)), list(rowids))}
        snippets: dict[int, str] = {}
        if query.groups:
            expression = match_expression(query, self._expand)
            for rowid, in_summary, in_body in self._conn.execute(sql.snippets_sql(len(rowids)),
                                                                  [expression, *rowids]):
                if sql.START in in_summary or sql.START not in in_body:
                    snippets[rowid] = in_summary if sql.START in in_summary else ""
                else:
                    snippets[rowid] = in_body
        hits = []
        for rowid, item_id, kind, title, year, country, institution, summary in sql.in_order(rowids, rows):
            marked = sql.plain_snippet(snippets.get(rowid) or _shorten(summary or ""))
            hits.append(Hit(item_id, kind, title, year, country, institution, sql.snippet_text(marked),
                            sql.snippet_html(marked), -scores[rowid] if rowid in scores else 0.0))
        return hits


def _shorten(text: str) -> str:
    if len(text) <= SUMMARY_SNIPPET_CHARS:
        return text
    return text[:SUMMARY_SNIPPET_CHARS].rsplit(" ", 1)[0] + "…"


def _replace_word(query: str, word: str, better: str) -> str:
    import re

    from ..text import fold

    def swap(match: re.Match[str]) -> str:
        return better if fold(match.group(0)) == word else match.group(0)

    return re.sub(r"[^\W_]+", swap, query)
