"""Exact top results of common-word queries from the snapshot's champion lists (:mod:`.term_lists`).

FTS5's bm25 of an item is the sum, in phrase order, of one contribution per phrase of the
expression, and each contribution depends only on the phrase and the item (the phrase's idf,
its weighted hits in the item, the item's length). The snapshot stores, for every frequent
phrase, its best items with their contributions, and for the most frequent ones each item's
weighted hits, from which any item's contribution follows exactly; a rare phrase's
contributions are read by ranking its few items alone.

:meth:`Plan.top` runs Fagin's threshold algorithm over these lists: it reads them best first
in rounds of growing depth, scores every matching item it meets exactly (adding the
contributions in phrase order, so the float is bit for bit the one bm25() returns), and stops
as soon as the asked number of items score above what any item not yet met can reach (the sum
of the lists' values at the current depth). An item met whose contribution to some phrase is
not known (a shorter list without weights) only has an upper bound, which raises the
threshold. When the lists run out before that many are proven, ``top`` returns None and the
caller ranks in full. Ties are broken by rowid, as the full ranking does.
"""

from __future__ import annotations

import heapq
import sqlite3
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ..catalog.champion_lists import PREFIX_LENGTHS, Completion, Contribution, TermList, key_of, rowid_bitmap
from ..catalog.frequent_phrases import phrase_key
from ..catalog.schema import ranked_sql
from ..text import porter_stem
from .query import CompiledQuery

Lookup = Callable[[str], TermList | None]
FIRST_DEPTH = 128  # the first round reads this many of each list (or the asked number, if more)
CHECK_EVERY = 4096  # items scored between two calls of a plan's ``checkpoint``


@dataclass(frozen=True)
class Known:
    """What the ranking knows about one phrase: its best items in order, and which items contain it."""

    order: array[int] | list[int]  # rowids, best first
    values: array[float] | list[float]  # their contributions
    present: int  # bitmap (bit rowid - 1) of the items containing the phrase
    bound: float  # upper limit of the contribution of items outside ``order``
    contribution: Contribution | None = None  # any item's exact contribution, when known
    scores: dict[int, float] = field(default_factory=dict)  # rowid -> contribution for ``order``
    complete: Completion | None = None  # the whole list (``order`` is its start), for a short list


class Plan:
    """One compiled query, answered from champion lists; ``mask`` is every item it matches."""

    def __init__(self, query: CompiledQuery, known: dict[str, Known], size: int,
                 checkpoint: Callable[[], None] = lambda: None) -> None:
        self.phrases = [known[phrase] for phrase in query.phrases]
        self.size = size
        self.checkpoint = checkpoint  # called now and then while ranking; may raise to stop it
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
        at least ``needed`` of them, or all matches, or None when the lists cannot prove that many."""
        matches = self.mask & allowed
        total = matches.bit_count()
        if not total:
            return []
        needed = min(needed, total)
        flags = _flags(matches, self.size)
        seen: set[int] = set()
        exact: list[tuple[float, int]] = []  # (bm25, rowid): bm25 is minus the score
        unsure = 0.0  # the highest upper bound of an item met whose score is not known
        depth, reach = 0, max(FIRST_DEPTH, needed)
        while True:
            self.checkpoint()
            self._complete(reach)
            longest = max(len(known.order) for known in self.phrases)
            reach = min(reach, longest)
            for known in self.phrases:
                for rowid in known.order[depth:reach]:
                    if rowid in seen:
                        continue
                    seen.add(rowid)
                    if not len(seen) % CHECK_EVERY:
                        self.checkpoint()
                    if flags[rowid - 1]:
                        score, sure = self._score(rowid)
                        if sure:
                            exact.append((-score, rowid))
                        elif score > unsure:
                            unsure = score
            depth = reach
            threshold = max(self._frontier(depth), unsure)
            best = heapq.nsmallest(needed, exact)
            if len(best) == needed and -best[-1][0] > threshold:
                return [(rowid, bm25) for bm25, rowid in best]
            if depth >= longest:
                ordered = [entry for entry in exact if -entry[0] > threshold]
                # The order of sorted(), (bm25, rowid), from two stable sorts with Python key functions: one
                # sort of 70k tuples holds the GIL for ~17 ms in a single C call and the window cannot paint;
                # computing keys in Python lets it in, and each remaining C sort of plain numbers takes ~8 ms.
                ordered.sort(key=lambda entry: entry[1])
                ordered.sort(key=lambda entry: entry[0])
                proven = [(rowid, bm25) for bm25, rowid in ordered]
                return proven if len(proven) >= needed else None
            reach = depth * 4

    def _complete(self, reach: int) -> None:
        """Lists that end before ``reach`` and can be completed are, so the frontier keeps falling past their
        stored end instead of staying at their bound (done before this round reads past that end)."""
        for index, known in enumerate(self.phrases):
            if known.complete is not None and len(known.order) < reach and known.bound > 0.0:
                order, values = known.complete()
                self.phrases[index] = replace(known, order=order, values=values, bound=0.0, complete=None)

    def _frontier(self, depth: int) -> float:
        """The most an item outside the first ``depth`` of every list can score (added in phrase order)."""
        total = 0.0
        for known in self.phrases:
            total += known.values[depth - 1] if depth <= len(known.order) else known.bound
        return total

    def _score(self, rowid: int) -> tuple[float, bool]:
        """The item's bm25 (negated) and True, or an upper bound of it and False."""
        total, sure = 0.0, True
        for index, known in enumerate(self.phrases):
            value = known.scores.get(rowid)
            if value is None:
                if known.contribution is not None:
                    value = known.contribution(rowid)
                elif self._contains(index, known, rowid):
                    value, sure = known.bound, False
                else:
                    continue
            total += value
        return total, sure

    def _contains(self, index: int, known: Known, rowid: int) -> bool:
        if index not in self._present:
            self._present[index] = _flags(known.present, self.size)
        return bool(self._present[index][rowid - 1])


def plan(conn: sqlite3.Connection, query: CompiledQuery, lookup: Lookup, size: int,
         checkpoint: Callable[[], None] = lambda: None) -> Plan | None:
    """A plan when every group has a listed phrase (else the match set is small and the full ranking
    cheap) and every phrase can be read; None otherwise. ``checkpoint``: see :class:`Plan`."""
    phrases = dict.fromkeys([*query.phrases, *query.excluded])
    keys = {phrase: _key(phrase) for phrase in phrases}
    lists = {phrase: lookup(key) for phrase, key in keys.items() if key is not None}
    if not all(any(lists.get(p) for term in group for p in term) for group in query.groups):
        return None
    known: dict[str, Known] = {}
    for phrase in phrases:
        listed = lists.get(phrase)
        if listed is not None:
            scores = {} if listed.contribution is not None else listed.scores
            known[phrase] = Known(listed.order, listed.values, listed.present, listed.bound, listed.contribution,
                                  scores, listed.complete)
        elif _one_word(keys[phrase]) or _rare_phrase(phrase, lookup):
            known[phrase] = _read_all(conn, phrase)  # not listed, so in few items
        else:
            return None
    return Plan(query, known, size, checkpoint)


def _key(phrase: str) -> str | None:
    """The term_lists key of a phrase whose FTS5 tokens we can name with certainty, else None: one word,
    a short prefix, or words in a row (listed only when frequent: :mod:`.frequent_phrases`)."""
    prefix = phrase.endswith("*")
    found = phrase.strip('"*').split(" ")
    if not all(word.isascii() and word.isalnum() for word in found):
        return None
    if len(found) > 1:
        return None if prefix else phrase_key([porter_stem(word) for word in found])
    stem = porter_stem(found[0])
    # FTS5 looks up the prefix of the stem; lists exist for the snapshot's prefix index sizes only.
    if prefix and (stem != found[0] or len(stem) not in PREFIX_LENGTHS):
        return None
    return key_of(stem, prefix)


def _one_word(key: str | None) -> bool:
    """Every word (and short prefix) in enough items is listed, so an unlisted one is rare; phrases are
    listed from a sample, so an unlisted phrase may not be."""
    return key is not None and " " not in key


def _rare_phrase(phrase: str, lookup: Lookup) -> bool:
    """A multi-word phrase with one whole word below the list threshold is in few items too."""
    words = phrase.strip('"*').split(" ")
    keys = [_key(f'"{word}"') for word in (words[:-1] if phrase.endswith("*") else words)]
    return any(key is not None and lookup(key) is None for key in keys)


def _read_all(conn: sqlite3.Connection, phrase: str) -> Known:
    ranked = conn.execute(ranked_sql(), (phrase,)).fetchall()
    order = [rowid for rowid, _ in ranked]
    values = [-score for _, score in ranked]
    return Known(order, values, rowid_bitmap(order), 0.0, None, dict(zip(order, values, strict=True)))


def _flags(bitmap: int, size: int) -> bytes:
    """Byte rowid - 1 is 1 when the bitmap has that rowid, else 0."""
    return format(bitmap, f"0{size}b")[::-1].encode().translate(bytes.maketrans(b"01", b"\x00\x01"))


def _union(bitmaps: Iterable[int]) -> int:
    mask = 0
    for bits in bitmaps:
        mask |= bits
    return mask
