"""The results of one search: every matching item in the asked order, read a page at a time."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ..catalog.browse import BrowseIndex

    Scorer = Callable[[Sequence[int]], dict[int, float]]  # bm25 of those rowids it can score


class Results:
    """The ordered rowids a query and filters select, read a page at a time.

    Sorted by relevance they are a ranking (``ranked``, best first, with the ``scores`` known so far);
    otherwise a bitmap over the browse index's order, paged in C.
    """

    __slots__ = ("_count", "_first", "_index", "_mask", "_matched", "_order", "_ranked", "_rest", "_scorer", "_scores")

    def __init__(self, count: int | Callable[[], int], index: BrowseIndex, order: str, mask: int = 0,
                 ranked: tuple[int, ...] | None = None, matched: int | Callable[[], int] | None = None,
                 rest: Deeper | None = None, scores: dict[int, float] | Callable[[], dict[int, float]] | None = None,
                 scorer: Scorer | None = None) -> None:
        self._count = count  # or how to count them, when that needs the whole ranking
        self._scores = scores or {}  # bm25 of ranked rows, where the ranking computed it
        self._scorer = scorer  # bm25 of other matching rows, where it can be had without FTS5 (see scores_of)
        self._index, self._order, self._mask = index, order, mask
        self._ranked = ranked
        self._rest = rest  # ranks further when a page goes past the proven ``ranked``
        self._matched = matched
        self._first: tuple[int, ...] = ()

    def first(self, rowids: tuple[int, ...]) -> Results:
        """These results with ``rowids`` (some of them) moved to the top, in that order: titles that are the
        query rank first whatever their score."""
        self._first = rowids
        return self

    @property
    def matched(self) -> int | None:
        """'newest' bitmap of every item the query matched before filters (for the facet counts), if known."""
        if callable(self._matched):
            self._matched = self._matched()
        return self._matched

    @property
    def count(self) -> int:
        """How many items the results hold."""
        if callable(self._count):
            self._count = self._count()
        return self._count

    @property
    def scores(self) -> dict[int, float]:
        """bm25 of the ranked rows whose score the ranking computed (built on first use)."""
        if callable(self._scores):
            self._scores = self._scores()
        return self._scores

    def scores_of(self, rowids: Sequence[int]) -> dict[int, float]:
        """bm25 of those of ``rowids`` whose score is known or cheap to compute: rows placed by something other
        than the score (titles first, a sort, a deeper page) are scored from the champion lists when they can
        be; FTS5's bm25() would first count every match of each phrase (a third of a second for a common one)."""
        known = {rowid: self.scores[rowid] for rowid in rowids if rowid in self.scores}
        missing = [rowid for rowid in rowids if rowid not in known]
        if missing and self._scorer is not None:
            known.update(self._scorer(missing))
        return known

    def page(self, offset: int, limit: int) -> list[int]:
        if self._ranked is not None:
            return list(self._ordered(offset + limit)[offset : offset + limit])
        return self._index.page(self._mask, self._order, offset, limit)

    def _ordered(self, needed: int) -> tuple[int, ...]:
        """At least the first ``needed`` of the ranking (all of it when shorter), the chosen first rows on top."""
        assert self._ranked is not None
        ranked = self._ranked
        if self._rest is not None:
            ranked = self._rest(min(needed, self.count)) if needed > len(ranked) < self.count \
                else max(ranked, self._rest.done, key=len)  # as far as it was ranked already
        if not self._first:
            return ranked
        first = set(self._first)
        return self._first + tuple(r for r in ranked if r not in first)

    def position(self, rowid: int) -> int | None:
        """Where ``rowid`` stands in these results (0 is first), or None when it is not among them, or not
        among the proven best of a ranking (finding that would mean ranking every match)."""
        if self._ranked is not None:
            try:
                return self._ordered(0).index(rowid)  # one scan, not a membership test and then another
            except ValueError:
                return None
        return self._index.position(self._mask, self._order, rowid)


class Deeper:
    """The ranking past the proven top: proven again from the lists for a deeper page (cheap, a few ms;
    four times as deep as asked so scrolling on does not start over), or, once the lists cannot prove
    that deep, every match ranked by FTS5 (computed once)."""

    def __init__(self, prove: Callable[[int], tuple[int, ...] | None], rank: Callable[[], tuple[int, ...]]) -> None:
        self._prove = prove
        self._rank = rank
        self._done: tuple[int, ...] = ()
        self._complete = False
        self._lock = threading.Lock()

    @property
    def done(self) -> tuple[int, ...]:
        """The ranking as far as it was computed so far."""
        return self._done

    def __call__(self, needed: int) -> tuple[int, ...]:
        with self._lock:
            if len(self._done) < needed and not self._complete:
                proven = self._prove(max(needed, 4 * len(self._done)))
                if proven is None or len(proven) < needed:
                    self._done, self._complete = self._rank(), True
                else:
                    self._done = proven
            return self._done
