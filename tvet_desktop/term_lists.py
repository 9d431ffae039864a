"""Per-phrase "champion lists" of frequent words and short prefixes, written at snapshot time.

Ranking a word that is in almost every item means scoring every item with bm25. For each FTS5
term (and 2-3 letter prefix) in at least ``min_documents`` items the snapshot keeps, in table
``term_lists``: which items contain it (a bitmap over rowids), and its ``LIST_SIZE`` best items
with their exact bm25 contribution as FTS5 computes it for that phrase alone. The search adds
these contributions up the way FTS5 does (see :mod:`tvet_desktop.ranking`) and uses the full
ranking whenever the lists cannot prove the top results.

Everything is read back in a fixed order and packed little-endian, so the build stays
byte-identical for the same source.
"""

from __future__ import annotations

import sqlite3
import struct
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .search_sql import ranked_sql

LIST_SIZE = 1000
MIN_SHARE = 0.02  # a phrase in at least 2% of the items gets a list ...
MIN_DOCUMENTS = 1000  # ... and in at least this many: below that, ranking all its items is cheap
PREFIX_LENGTHS = (2, 3)  # the snapshot's FTS5 prefix index sizes (query.SHORT_PREFIX)

CREATE_SQL = (
    "CREATE TABLE term_lists (key TEXT PRIMARY KEY, documents INTEGER NOT NULL, bound REAL NOT NULL, "
    "rowids BLOB NOT NULL, scores BLOB NOT NULL, present BLOB NOT NULL)"
)
_ALL_SQL = "SELECT rowid FROM items_fts WHERE items_fts MATCH ?"


@dataclass(frozen=True)
class TermList:
    """What the snapshot knows about one listed phrase."""

    documents: int
    bound: float  # no item outside ``scores`` gets more than this from the phrase
    scores: dict[int, float]  # rowid -> contribution (minus bm25 of the phrase alone), best first
    listed: int  # bitmap of the rowids in ``scores``
    present: int  # bit rowid - 1 is set when the item contains the phrase


def min_documents(item_count: int) -> int:
    return max(MIN_DOCUMENTS, int(item_count * MIN_SHARE))


def key_of(phrase_stem: str, prefix: bool) -> str:
    """Table key of a one-token phrase: the FTS5 term, with '*' for a prefix."""
    return phrase_stem + "*" if prefix else phrase_stem


def write_term_lists(conn: sqlite3.Connection, item_count: int) -> None:
    """Fill ``term_lists`` for every term and short prefix in at least ``min_documents`` items."""
    threshold = min_documents(item_count)
    conn.execute("CREATE VIRTUAL TABLE temp.term_counts USING fts5vocab(main, items_fts, 'row')")
    counts = dict(conn.execute("SELECT term, doc FROM temp.term_counts"))
    conn.execute("DROP TABLE temp.term_counts")
    # A prefix is in at most as many items as its terms together: only those can reach the threshold.
    reach: Counter[str] = Counter()
    for term, documents in counts.items():
        for length in PREFIX_LENGTHS:
            if len(term) >= length:
                reach[term[:length]] += documents
    keys = [term for term, documents in counts.items() if documents >= threshold]
    keys += [key_of(prefix, True) for prefix, most in reach.items() if most >= threshold]
    for key in sorted(keys):
        _write_one(conn, key, threshold)


def _write_one(conn: sqlite3.Connection, key: str, threshold: int) -> None:
    expression = _expression(key)
    rowids = [r for (r,) in conn.execute(_ALL_SQL, (expression,))]
    if len(rowids) < threshold:
        return
    top = conn.execute(ranked_sql(LIST_SIZE), (expression, LIST_SIZE, 0)).fetchall()
    # With every item in the list, nothing outside it contains the phrase.
    bound = -top[-1][1] if len(rowids) > len(top) else 0.0
    present = rowid_bitmap(rowids).to_bytes((max(rowids) + 7) // 8, "little")
    conn.execute(
        "INSERT INTO term_lists VALUES (?, ?, ?, ?, ?, ?)",
        (key, len(rowids), bound, struct.pack(f"<{len(top)}q", *(r for r, _ in top)),
         struct.pack(f"<{len(top)}d", *(-s for _, s in top)), present),
    )


def _expression(key: str) -> str:
    return f'"{key[:-1]}"*' if key.endswith("*") else f'"{key}"'


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


def read_term_list(conn: sqlite3.Connection, key: str) -> TermList | None:
    row = conn.execute("SELECT documents, bound, rowids, scores, present FROM term_lists WHERE key = ?",
                       (key,)).fetchone()
    if row is None:
        return None
    documents, bound, rowids, scores, present = row
    count = len(rowids) // 8
    ranked = dict(zip(struct.unpack(f"<{count}q", rowids), struct.unpack(f"<{count}d", scores), strict=True))
    return TermList(documents, bound, ranked, rowid_bitmap(ranked), int.from_bytes(present, "little"))
