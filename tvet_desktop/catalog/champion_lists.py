"""Per-phrase "champion lists" of frequent words and short prefixes, written at snapshot time.

Ranking a word that is in almost every item means scoring every item with bm25. For each FTS5
term in enough items (:class:`ListPolicy`) the snapshot keeps, in table
``term_lists``: which items contain it (a bitmap over rowids), and its best items, best first,
with their exact bm25 contribution as FTS5 computes it for that phrase alone (a list's length;
longer for a phrase in a large share of the items). Keys are index
terms ('digit', see :mod:`.language`) and frequent phrases of 2-3 terms ('digit skill', from
:mod:`.frequent_phrases`). The table is called ``term_lists``.

A phrase that deep also keeps its weighted hit count in every item (``weights``: one byte, or
two, per rowid); a less frequent listed phrase keeps it for the items containing it only
(``sparse_weights``: one byte, or two, per item of ``present``, in rowid order; about 1/5 of the
dense size at 20% of the items, and a column older apps do not read, so they keep ranking as
before). With the item lengths (table ``search_stats``) that gives the exact contribution of the
phrase to any item, computed the way FTS5's bm25 computes it (:func:`contribution_of`); the
builder checks this against FTS5 for every item containing the phrase and keeps no weights for
a phrase where a single float differs.

Everything is read back in a fixed order and packed little-endian, so the build stays
byte-identical for the same source.
"""

from __future__ import annotations

import itertools
import math
import sqlite3
import struct
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .frequent_phrases import frequent_phrases
from .schema import ranked_sql


class ListPolicy(NamedTuple):
    """Which phrases get champion lists and how long they are (tests build small catalogues with small lists)."""

    list_size: int = 1000
    deep_list_size: int = 5000
    deep_share: float = 0.2  # a phrase in at least 20% of the items gets a deep list and per-item weights
    min_share: float = 0.02  # a phrase in at least 2% of the items gets a list ...
    min_documents: int = 1000  # ... and in at least this many: below that, ranking all its items is cheap
    sparse_weights: bool = True  # listed phrases below ``deep_share`` keep weights for the items containing them

    def threshold(self, item_count: int) -> int:
        """How many items a phrase must be in to get a list."""
        return max(self.min_documents, int(item_count * self.min_share))


PUBLISHED = ListPolicy()  # what every published catalogue is built with


K1, B = 1.2, 0.75  # FTS5's bm25 constants

CREATE_SQL = (
    "CREATE TABLE term_lists (key TEXT PRIMARY KEY, documents INTEGER NOT NULL, bound REAL NOT NULL, "
    "rowids BLOB NOT NULL, scores BLOB NOT NULL, present BLOB NOT NULL, weights BLOB NOT NULL DEFAULT x'', "
    "sparse_weights BLOB NOT NULL DEFAULT x'')"
)
CREATE_STATS_SQL = "CREATE TABLE search_stats (key TEXT PRIMARY KEY, value BLOB NOT NULL)"
_ALL_SQL = "SELECT rowid FROM items_fts WHERE items_fts MATCH ?"

Contribution = Callable[[int], float]
Completion = Callable[[], tuple["array[int]", "array[float]"]]  # (array is not subscriptable at run time)


@dataclass(frozen=True)
class ChampionList:
    """What is known about one phrase: its best items, which items contain it, and what any item gets from it.
    Read from the snapshot for a listed phrase; the search makes one for a rare phrase by ranking its few items."""

    documents: int
    bound: float  # no item outside ``order`` gets more than this from the phrase
    order: Sequence[int]  # the best rowids, best first (ties by rowid)
    values: Sequence[float]  # their contributions (minus bm25 of the phrase alone), same order
    present: int  # bit rowid - 1 is set when the item contains the phrase
    contribution: Contribution | None  # exact contribution to any item (0.0 without the phrase), if known
    complete: Completion | None = None  # every item containing the phrase, as ``order`` and ``values``


# -- bm25 as FTS5 computes it ----------------------------------------------------------------------
def idf(item_count: int, documents: int) -> float:
    value = math.log((item_count - documents + 0.5) / (documents + 0.5))
    return value if value > 0.0 else 1e-6


def norms(lengths: array[int]) -> array[float]:
    """Per rowid (index 0 unused) the length part of bm25's denominator, k1 * (1 - b + b * D / avgdl),
    with the same operations in the same order as FTS5, so the floats are the same."""
    count = len(lengths) - 1
    average = float(sum(lengths)) / float(count) if count else 1.0
    return array("d", (K1 * (1 - B + B * float(size) / average) for size in lengths))


def _term(weight: int, norm: float, phrase_idf: float) -> float:
    return phrase_idf * ((weight * (K1 + 1.0)) / (weight + norm))


def contribution_of(weights: array[int], item_norms: array[float], phrase_idf: float) -> Contribution:
    def contribution(rowid: int) -> float:
        weight = weights[rowid - 1]
        return phrase_idf * ((weight * (K1 + 1.0)) / (weight + item_norms[rowid])) if weight else 0.0

    return contribution


def sparse_contribution(weights: dict[int, int], item_norms: array[float], phrase_idf: float) -> Contribution:
    def contribution(rowid: int) -> float:
        weight = weights.get(rowid)
        return phrase_idf * ((weight * (K1 + 1.0)) / (weight + item_norms[rowid])) if weight else 0.0

    return contribution


def read_lengths(conn: sqlite3.Connection) -> array[int] | None:
    """Token count of every item (index = rowid), or None in a snapshot built without them."""
    try:
        row = conn.execute("SELECT value FROM search_stats WHERE key = 'lengths'").fetchone()
    except sqlite3.OperationalError:
        return None
    return _unpack("I", row[0]) if row else None


# -- writing ---------------------------------------------------------------------------------------
def write_champion_lists(conn: sqlite3.Connection, item_count: int, sample: list[list[list[str]]],
                         policy: ListPolicy = PUBLISHED) -> None:
    """Fill ``term_lists`` for every term in at least ``policy.threshold`` items and every frequent phrase of
    the ``sample`` (:mod:`.frequent_phrases`) in that many too, and ``search_stats`` with the item lengths."""
    threshold = policy.threshold(item_count)
    lengths = _item_lengths(conn, item_count)
    conn.execute("INSERT INTO search_stats VALUES ('lengths', ?)", (_pack(lengths),))
    item_norms = norms(lengths)
    conn.execute("CREATE VIRTUAL TABLE temp.term_counts USING fts5vocab(main, items_fts, 'row')")
    counts = dict(conn.execute("SELECT term, doc FROM temp.term_counts"))
    conn.execute("DROP TABLE temp.term_counts")
    keys = [term for term, documents in counts.items() if documents >= threshold]
    expressions = {key: _expression(key) for key in keys}
    expressions.update(frequent_phrases(sample))  # keys with a space: 'digit skill'
    deep = max(threshold, math.ceil(item_count * policy.deep_share))
    for key in sorted(expressions):
        _write_one(conn, key, expressions[key], threshold, deep, item_norms, policy)


def _item_lengths(conn: sqlite3.Connection, item_count: int) -> array[int]:
    """Tokens per item from FTS5's docsize table (one varint per column), index = rowid."""
    lengths = array("I", bytes(4 * (item_count + 1)))
    for rowid, sizes in conn.execute("SELECT id, sz FROM items_fts_docsize"):
        lengths[rowid] = sum(_varints(sizes))
    return lengths


def _varints(data: bytes) -> list[int]:
    values, value = [], 0
    for byte in data:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    return values


def _write_one(conn: sqlite3.Connection, key: str, expression: str, threshold: int, deep: int,
               item_norms: array[float], policy: ListPolicy) -> None:
    rowids = [r for (r,) in conn.execute(_ALL_SQL, (expression,))]
    if len(rowids) < threshold:
        return
    is_deep = len(rowids) >= deep
    weighted = is_deep or policy.sparse_weights
    ranked = conn.execute(ranked_sql(), (expression,)).fetchall() if weighted else \
        conn.execute(ranked_sql(policy.list_size), (expression, policy.list_size, 0)).fetchall()
    top = ranked[: policy.deep_list_size if is_deep else policy.list_size]
    found = _weights(ranked, len(item_norms) - 1, item_norms, idf(len(item_norms) - 1, len(rowids))) \
        if weighted else None
    dense = _pack_weights(found) if found is not None and is_deep else b""
    sparse = _pack_weights(array(found.typecode, (found[r - 1] for r in rowids))) \
        if found is not None and not is_deep else b""
    # With every item in the list, nothing outside it contains the phrase.
    bound = -top[-1][1] if len(rowids) > len(top) else 0.0
    present = rowid_bitmap(rowids).to_bytes((max(rowids) + 7) // 8, "little")
    conn.execute(
        "INSERT INTO term_lists VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (key, len(rowids), bound, struct.pack(f"<{len(top)}q", *(r for r, _ in top)),
         struct.pack(f"<{len(top)}d", *(-s for _, s in top)), present, dense, sparse),
    )


def _weights(ranked: list[tuple[int, float]], item_count: int, item_norms: array[float],
             phrase_idf: float) -> array[int] | None:
    """Each item's weighted hit count (index rowid - 1), recovered from FTS5's own contribution and
    checked to give it back bit for bit; None when any item's does not (then the phrase has no weights)."""
    found = array("H", bytes(2 * item_count))
    for rowid, score in ranked:
        target = -score
        norm = item_norms[rowid]
        weight = round(target * norm / (phrase_idf * (K1 + 1.0) - target))
        if not 0 < weight < 65536 or _term(weight, norm, phrase_idf) != target:
            return None
        found[rowid - 1] = weight
    return found


def _pack_weights(found: array[int]) -> bytes:
    """One byte per value when all fit, else two (the reader tells them apart by the length)."""
    return _pack(array("B", found) if max(found, default=0) < 256 else found)


def _pack(values: array[int]) -> bytes:
    copy = array(values.typecode, values)
    if sys.byteorder != "little":
        copy.byteswap()
    return copy.tobytes()


def _unpack(typecode: str, data: bytes) -> array[int]:
    values = array(typecode)
    values.frombytes(data)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _expression(key: str) -> str:
    return f'"{key}"'


def rowid_bitmap(rowids: Iterable[int]) -> int:
    """A bitmap with bit rowid - 1 set for each rowid: snapshot rowids run 1..N in 'newest' order,
    so this is also the browse index's position bitmap in that order."""
    found = list(rowids)
    if not found:
        return 0
    flags = bytearray(b"0") * max(found)
    for rowid in found:
        flags[rowid - 1] = 49  # ord("1")
    return int(flags[::-1], 2)


# -- reading ---------------------------------------------------------------------------------------
_READ_SQL = "SELECT documents, bound, rowids, scores, present, {} FROM term_lists WHERE key = ?"
# Older snapshots lack the newer columns: sparse weights, then any weights.
_WEIGHT_COLUMNS = ("weights, sparse_weights", "weights, x''", "x'', x''")


def read_champion_list(conn: sqlite3.Connection, key: str, item_norms: array[float] | None) -> ChampionList | None:
    """One list; with ``item_norms`` (from :func:`read_lengths`) a weighted list can score any item."""
    row = None
    for columns in _WEIGHT_COLUMNS:
        try:
            row = conn.execute(_READ_SQL.format(columns), (key,)).fetchone()
            break
        except sqlite3.OperationalError:
            continue
    if row is None:
        return None
    documents, bound, rowids, scores, present, weights, sparse = row
    contribution, complete = None, None
    if item_norms is not None:
        item_count = len(item_norms) - 1
        if weights:
            per_item = _unpack("B" if len(weights) == item_count else "H", weights)
            contribution = contribution_of(per_item, item_norms, idf(item_count, documents))
        elif sparse:
            containing = itertools.compress(itertools.count(1), _bits(present))
            per_item = _unpack("B" if len(sparse) == documents else "H", sparse)
            weighted = dict(zip(containing, per_item, strict=True))
            contribution = sparse_contribution(weighted, item_norms, idf(item_count, documents))
            complete = _completion(weighted, contribution)
    order = _unpack("q", rowids)
    values = array("d")
    values.frombytes(scores)
    if sys.byteorder != "little":
        values.byteswap()
    return ChampionList(documents, bound, order, values, int.from_bytes(present, "little"), contribution, complete)


def _completion(rowids: Iterable[int], contribution: Contribution) -> Completion:
    """The whole list of a sparse-weighted phrase (a few thousand items), ranked as FTS5 ranks the phrase
    alone (best first, ties by rowid), computed on first use: the stored list is its start."""
    done: list[tuple[array[int], array[float]]] = []

    def complete() -> tuple[array[int], array[float]]:
        if not done:
            ranked = sorted((-contribution(rowid), rowid) for rowid in rowids)
            # Arrays, not lists: the garbage collector walks every element of a list on each full
            # collection, and these are cached for the session (thousands of items each).
            done.append((array("q", (rowid for _, rowid in ranked)), array("d", (-score for score, _ in ranked))))
        return done[0]

    return complete


def _bits(packed: bytes) -> bytes:
    """Byte rowid - 1 is 1 when bit rowid - 1 of the little-endian ``packed`` is set, else 0."""
    bits = format(int.from_bytes(packed, "little"), f"0{8 * len(packed)}b")[::-1]
    return bits.encode().translate(bytes.maketrans(b"01", b"\x00\x01"))
