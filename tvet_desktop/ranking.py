"""Exact top results of common-word queries from the snapshot's champion lists (:mod:`.term_lists`).

FTS5's bm25 of an item is the sum, in phrase order, of one contribution per phrase of the
expression, and each contribution depends only on the phrase and the item (the phrase's idf,
its weighted hits in the item, the item's length). The snapshot stores, for every frequent
phrase, the items containing it and the contributions of its best items; a rare phrase's
contributions are read by ranking its few items alone. So the items of the lists get their
exact FTS5 score without FTS5 scoring all 100,000 matches, and every other item has an upper
bound: the sum of the lowest listed contributions of the phrases it contains.

The top results are then proven: every item scoring above the highest bound of the items not
fully known is in its exact place (ties broken by rowid, as the full ranking does). When fewer
than the asked number are proven, :meth:`Plan.top` returns None and the caller ranks in full.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import compress

from .query import CompiledQuery
from .search_sql import ranked_sql
from .term_lists import PREFIX_LENGTHS, TermList, key_of, rowid_bitmap
from .text import porter_stem

Lookup = Callable[[str], TermList | None]


@dataclass(frozen=True)
class Known:
    """What the ranking knows about one phrase: contributions of some items, and which contain it."""

    scores: dict[int, float]  # rowid -> exact contribution
    listed: int  # bitmap (bit rowid - 1) of the rowids in ``scores``
    present: int  # bitmap of the items containing the phrase
    bound: float  # upper limit of the contribution of items outside ``scores``


class Plan:
    """One compiled query, answered from champion lists; ``mask`` is every item it matches."""

    def __init__(self, query: CompiledQuery, known: dict[str, Known], size: int) -> None:
        self.phrases = [known[phrase] for phrase in query.phrases]
        self.size = size
        everything = (1 << size) - 1
        mask = everything
        for group in query.groups:
            mask &= _union(known[phrase].present for term in group for phrase in term)
        for phrase in query.excluded:
            mask &= ~known[phrase].present
        self.mask = mask & everything

    def top(self, allowed: int, needed: int) -> list[tuple[int, float]] | None:
        """(rowid, bm25) of the best items in ``allowed`` (a rowid bitmap), best first, as FTS5 ranks them;
        at least ``needed`` of them, or all matches, or None when the lists cannot prove that many."""
        matches = self.mask & allowed
        candidates = _union(known.listed for known in self.phrases) & matches
        unsure = 0
        for known in self.phrases:
            unsure |= candidates & known.present & ~known.listed
        exact = candidates & ~unsure
        scored = sorted((-self._score(rowid), rowid) for rowid in _rowids(exact, self.size))
        threshold = max((self._bound(rowid) for rowid in _rowids(unsure, self.size)), default=None)
        if matches & ~candidates:
            # An item in no list contains only listed phrases it is not among the best of.
            threshold = max(threshold or 0.0, sum(k.bound for k in self.phrases if k.present & matches & ~candidates))
        proven = scored if threshold is None else [s for s in scored if -s[0] > threshold]
        if len(proven) < needed and len(proven) < matches.bit_count():
            return None
        return [(rowid, score) for score, rowid in proven]

    def _score(self, rowid: int) -> float:
        # Added in phrase order like FTS5, so the float is bit for bit the one bm25() returns.
        total = 0.0
        for known in self.phrases:
            if rowid in known.scores:
                total += known.scores[rowid]
        return total

    def _bound(self, rowid: int) -> float:
        bit = 1 << (rowid - 1)
        total = 0.0
        for known in self.phrases:
            if rowid in known.scores:
                total += known.scores[rowid]
            elif known.present & bit:
                total += known.bound
        return total


def plan(conn: sqlite3.Connection, query: CompiledQuery, lookup: Lookup, size: int) -> Plan | None:
    """A plan when every group has a listed phrase (else the match set is small and the full ranking
    cheap) and every phrase can be read; None otherwise."""
    phrases = dict.fromkeys([*query.phrases, *query.excluded])
    keys = {phrase: _key(phrase) for phrase in phrases}
    lists = {phrase: lookup(key) for phrase, key in keys.items() if key is not None}
    if not all(any(lists.get(p) for term in group for p in term) for group in query.groups):
        return None
    known: dict[str, Known] = {}
    for phrase in phrases:
        listed = lists.get(phrase)
        if listed is not None:
            known[phrase] = Known(listed.scores, listed.listed, listed.present, listed.bound)
        elif keys[phrase] is not None or _rare_phrase(phrase, lookup):
            known[phrase] = _read_all(conn, phrase)  # not listed, so in few items
        else:
            return None
    return Plan(query, known, size)


def _key(phrase: str) -> str | None:
    """The term_lists key of a one-word phrase whose FTS5 token we can name with certainty, else None."""
    prefix = phrase.endswith("*")
    word = phrase.strip('"*')
    if " " in word or not (word.isascii() and word.isalnum()):
        return None
    stem = porter_stem(word)
    # FTS5 looks up the prefix of the stem; lists exist for the snapshot's prefix index sizes only.
    if prefix and (stem != word or len(word) not in PREFIX_LENGTHS):
        return None
    return key_of(stem, prefix)


def _rare_phrase(phrase: str, lookup: Lookup) -> bool:
    """A multi-word phrase with one whole word below the list threshold is in few items too."""
    words = phrase.strip('"*').split(" ")
    keys = [_key(f'"{word}"') for word in (words[:-1] if phrase.endswith("*") else words)]
    return any(key is not None and lookup(key) is None for key in keys)


def _read_all(conn: sqlite3.Connection, phrase: str) -> Known:
    scores = {rowid: -score for rowid, score in conn.execute(ranked_sql(), (phrase,))}
    listed = rowid_bitmap(scores)
    return Known(scores, listed, listed, 0.0)


def _rowids(bitmap: int, size: int) -> list[int]:
    if not bitmap:
        return []
    flags = format(bitmap, f"0{size}b")[::-1].encode().translate(bytes.maketrans(b"01", b"\x00\x01"))
    return list(compress(range(1, size + 1), flags))


def _union(bitmaps: Iterable[int]) -> int:
    mask = 0
    for bits in bitmaps:
        mask |= bits
    return mask
