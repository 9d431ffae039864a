"""Exact top results of common-word queries from the snapshot's champion lists
(:mod:`..catalog.champion_lists`): the search's one seam for large catalogues.

FTS5's bm25 of an item is the sum, in phrase order, of one contribution per phrase of the
expression, and each contribution depends only on the phrase and the item (the phrase's idf,
its weighted hits in the item, the item's length). The snapshot stores, for every frequent
phrase, its best items with their contributions, and for the most frequent ones each item's
weighted hits, from which any item's contribution follows exactly; a rare phrase's
contributions are read by ranking its few items alone.

:meth:`Plan.top` runs Fagin's threshold algorithm over these lists: it reads them best first,
each round further down the list whose value at its depth is highest, scores every matching
item it meets exactly (adding the contributions in phrase order, so the float is bit for bit
the one bm25() returns), and stops as soon as the asked number of items score above what any
item not yet met can reach (the sum of the lists' values at the depth each was read to). An
item met whose contribution to some phrase is not known (a shorter list without weights) only
has an upper bound, which raises the threshold. When the lists run out before that many are
proven, ``top`` returns None and the caller ranks in full. Ties are broken by rowid, as the full ranking does.
"""

from __future__ import annotations

import heapq
import threading
from array import array
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..catalog.champion_lists import (
    ChampionList,
    norms,
    read_champion_list,
    read_lengths,
    rowid_bitmap,
)
from ..catalog.frequent_phrases import phrase_key
from ..catalog.schema import ranked_sql

if TYPE_CHECKING:
    import sqlite3

    from ..catalog.snapshot import Catalog
    from .compile import CompiledQuery

Lookup = Callable[[str], ChampionList | None]
CheckStop = Callable[[], None]  # raises to stop the ranking (:meth:`..db.ThreadConnections.check_stop`)
FIRST_DEPTH = 128  # the first round reads this many of each list (or the asked number, if more)
CHECK_EVERY = 4096  # items scored between two calls of a plan's ``check_stop``
CACHED_LISTS = 128  # lists kept in memory (up to ~230 kB each at 100,000 items)


class Plan:
    """One compiled query, answered from champion lists; ``mask`` is every item it matches."""

    def __init__(self, query: CompiledQuery, known: dict[str, ChampionList], size: int,
                 check_stop: CheckStop = lambda: None) -> None:
        self.lists = [known[phrase] for phrase in query.phrases]
        # Each phrase's contribution to the items of its list, where no function gives any item's.
        self._scores = [{} if listed.contribution is not None else dict(zip(listed.order, listed.values, strict=True))
                        for listed in self.lists]
        self.size = size
        self.check_stop = check_stop  # called now and then while ranking; may raise to stop it
        everything = (1 << size) - 1
        mask = everything
        for group in query.groups:
            mask &= _union(known[phrase].present for term in group for phrase in term)
        for phrase in query.excluded:
            mask &= ~known[phrase].present
        self.mask = mask & everything
        self._present: dict[int, bytes] = {}

    def top(self, allowed: int, needed: int) -> list[tuple[int, float]] | None:
        """(rowid, bm25) of the best items in ``allowed`` (a rowid bitmap), best first, as FTS5 ranks them;
        at least ``needed`` of them, or all matches, or None when the lists cannot prove that many.

        Each round reads further down the one list that allows the most to an item not met yet (twice as
        deep, or to its end): a query's alternatives in other languages and its common words (whose idf is
        nearly nil) have lists that hardly move the threshold, and reading every list as deep as the one that
        matters scored ten times the items."""
        matches = self.mask & allowed
        total = matches.bit_count()
        if not total:
            return []
        needed = min(needed, total)
        flags = _flags(matches, self.size)
        seen: set[int] = set()
        exact: list[tuple[float, int]] = []  # (bm25, rowid): bm25 is minus the score
        best: list[float] = []  # the ``needed`` highest exact scores met so far (a heap, lowest on top)
        unsure = 0.0  # the highest upper bound of an item met whose score is not known
        depths = [0] * len(self.lists)  # how far each list has been read
        while True:
            self.check_stop()
            threshold = max(self._frontier(depths), unsure)
            if len(best) == needed and best[0] > threshold:
                return [(rowid, bm25) for bm25, rowid in heapq.nsmallest(needed, exact)]
            index = self._most_open(depths)
            if index is None:  # every list read to its end
                ordered = [entry for entry in exact if -entry[0] > threshold]
                # The order of sorted(), (bm25, rowid), from two stable sorts with Python key functions: one
                # sort of 70k tuples holds the GIL for ~17 ms in a single C call and the window cannot paint;
                # computing keys in Python lets it in, and each remaining C sort of plain numbers takes ~8 ms.
                ordered.sort(key=lambda entry: entry[1])
                ordered.sort(key=lambda entry: entry[0])
                proven = [(rowid, bm25) for bm25, rowid in ordered]
                return proven if len(proven) >= needed else None
            depth = depths[index]
            reach = self._deeper(index, 2 * depth if depth else max(FIRST_DEPTH, needed))
            for rowid in self.lists[index].order[depth:reach]:
                if rowid in seen:
                    continue
                seen.add(rowid)
                if not len(seen) % CHECK_EVERY:
                    self.check_stop()
                if flags[rowid - 1]:
                    score, sure = self._score(rowid)
                    if not sure:
                        unsure = max(unsure, score)
                        continue
                    exact.append((-score, rowid))
                    if len(best) < needed:
                        heapq.heappush(best, score)
                    elif score > best[0]:
                        heapq.heapreplace(best, score)
            depths[index] = reach

    def _most_open(self, depths: list[int]) -> int | None:
        """The list that can be read further whose value at its depth is highest (the first such), or None."""
        chosen, highest = None, -1.0
        for index, listed in enumerate(self.lists):
            readable = depths[index] < len(listed.order) or (listed.complete is not None and listed.bound > 0.0)
            if readable and (value := _value_at(listed, depths[index])) > highest:
                chosen, highest = index, value
        return chosen

    def _deeper(self, index: int, reach: int) -> int:
        """How far list ``index`` is read this round: to ``reach`` or its end. A list that ends before and can
        be completed is, so the frontier keeps falling past its stored end instead of staying at its bound."""
        listed = self.lists[index]
        if listed.complete is not None and len(listed.order) < reach and listed.bound > 0.0:
            order, values = listed.complete()
            self.lists[index] = listed = replace(listed, order=order, values=values, bound=0.0, complete=None)
        return min(reach, len(listed.order))

    def _frontier(self, depths: list[int]) -> float:
        """The most an item outside the part read of every list can score (added in phrase order)."""
        total = 0.0
        for listed, depth in zip(self.lists, depths, strict=True):
            total += _value_at(listed, depth)
        return total

    def exact_scores(self, rowids: Iterable[int]) -> dict[int, float]:
        """bm25 of those matching ``rowids`` whose score the lists give exactly (every phrase's contribution
        known), as FTS5 computes it."""
        found = {}
        for rowid in rowids:
            score, sure = self._score(rowid)
            if sure:
                found[rowid] = -score
        return found

    def _score(self, rowid: int) -> tuple[float, bool]:
        """The item's bm25 (negated) and True, or an upper bound of it and False."""
        total, sure = 0.0, True
        for index, listed in enumerate(self.lists):
            value = self._scores[index].get(rowid)
            if value is None:
                if listed.contribution is not None:
                    value = listed.contribution(rowid)
                elif self._contains(index, listed, rowid):
                    value, sure = listed.bound, False
                else:
                    continue
            total += value
        return total, sure

    def _contains(self, index: int, listed: ChampionList, rowid: int) -> bool:
        if index not in self._present:
            self._present[index] = _flags(listed.present, self.size)
        return bool(self._present[index][rowid - 1])


def plan(conn: sqlite3.Connection, query: CompiledQuery, lookup: Lookup, size: int,
         check_stop: CheckStop = lambda: None) -> Plan | None:
    """A plan when every group has a listed phrase (else the match set is small and the full ranking
    cheap) and every phrase can be read; None otherwise. ``check_stop``: see :class:`Plan`."""
    if not query.groups:
        return None
    phrases = dict.fromkeys([*query.phrases, *query.excluded])
    keys = {phrase: _key(phrase) for phrase in phrases}
    lists = {phrase: lookup(key) for phrase, key in keys.items() if key is not None}
    if not all(any(lists.get(p) for term in group for p in term) for group in query.groups):
        return None
    known: dict[str, ChampionList] = {}
    for phrase in phrases:
        listed = lists.get(phrase)
        if listed is not None:
            known[phrase] = listed
        elif _one_word(keys[phrase]) or _rare_phrase(phrase, lookup):
            known[phrase] = _read_all(conn, phrase)  # not listed, so in few items
        else:
            return None
    return Plan(query, known, size, check_stop)


def _value_at(listed: ChampionList, depth: int) -> float:
    """The most an item not among the first ``depth`` of ``listed`` gets from its phrase."""
    if depth >= len(listed.order):  # every item of the list read: the bound of the items outside it
        return listed.bound
    return listed.values[max(depth - 1, 0)]


def _key(phrase: str) -> str | None:
    """The term_lists key of a quoted phrase of index terms: one term, or terms in a row (listed only when
    frequent: :mod:`..catalog.frequent_phrases`); None for a prefix, which has no list."""
    if phrase.endswith("*"):
        return None
    found = phrase.strip('"').split(" ")
    if not all(word.isalnum() for word in found):
        return None
    return phrase_key(found)


def _one_word(key: str | None) -> bool:
    """Every word (and short prefix) in enough items is listed, so an unlisted one is rare; phrases are
    listed from a sample, so an unlisted phrase may not be."""
    return key is not None and " " not in key


def _rare_phrase(phrase: str, lookup: Lookup) -> bool:
    """A multi-word phrase with one whole word below the list threshold is in few items too."""
    words = phrase.strip('"*').split(" ")
    keys = [_key(f'"{word}"') for word in (words[:-1] if phrase.endswith("*") else words)]
    return any(key is not None and lookup(key) is None for key in keys)


def _read_all(conn: sqlite3.Connection, phrase: str) -> ChampionList:
    ranked = conn.execute(ranked_sql(), (phrase,)).fetchall()
    order = [rowid for rowid, _ in ranked]
    return ChampionList(len(order), 0.0, order, [-score for _, score in ranked], rowid_bitmap(order), None)


def _flags(bitmap: int, size: int) -> bytes:
    """Byte rowid - 1 is 1 when the bitmap has that rowid, else 0."""
    return format(bitmap, f"0{size}b")[::-1].encode().translate(bytes.maketrans(b"01", b"\x00\x01"))


def _union(bitmaps: Iterable[int]) -> int:
    mask = 0
    for bits in bitmaps:
        mask |= bits
    return mask


class ChampionLists:
    """The champion lists of one catalogue, read on first use and kept (the most recent ``CACHED_LISTS``)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._lists: dict[str, ChampionList | None] = {}
        self._norms: array[float] | None = None
        self._lock = threading.Lock()

    def plan(self, query: CompiledQuery) -> Plan | None:
        """A plan for the query, or None (no lists in this snapshot, or the lists cannot prove its ranking)."""
        index = self.catalog.index
        if not self.catalog.has_champion_lists or not index.rowid_positions:
            return None
        connections = self.catalog.connections
        return plan(connections.conn, query, self.get, index.size, connections.check_stop)

    def get(self, key: str) -> ChampionList | None:
        """The list stored under ``key`` (see :func:`_key`), or None."""
        with self._lock:
            if key not in self._lists:
                if len(self._lists) >= CACHED_LISTS:  # forget the oldest
                    del self._lists[next(iter(self._lists))]
                with self.catalog.connections.unstoppable():
                    self._lists[key] = read_champion_list(self.catalog.conn, key, self._item_norms())
            return self._lists[key]

    def _item_norms(self) -> array[float] | None:
        """The length part of bm25 per item, for the deep lists' exact contributions (None in older snapshots);
        called with the lock held."""
        if self._norms is None:
            lengths = read_lengths(self.catalog.conn)
            self._norms = norms(lengths) if lengths is not None else array("d")
        return self._norms or None
