"""Frequent phrases (two or three adjacent words) of a snapshot, which get champion lists of their own.

A quoted phrase of common words ("digital skills") is in many items, and FTS5 ranks it by reading
every position of every one of them; with a list and per-item weights (:mod:`.champion_lists`) it is
answered like a common word. Which phrases are frequent is read from a fixed sample, the first
``SAMPLE`` items in rowid order tokenised as the index does, so the same source always gives the
same phrases; the builder then counts each one's items with FTS5 and lists only those in enough.
A frequent phrase the sample misses is still found and ranked exactly, by FTS5 in full.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from ..text import porter_stems, words
from .schema import FTS_COLUMNS

if TYPE_CHECKING:
    import sqlite3

SAMPLE = 1000  # items read for phrase counts
SHARE = 0.2  # a phrase in at least this share of the sample is a candidate
LENGTHS = (2, 3)  # words per phrase


def phrase_key(stems: tuple[str, ...] | list[str]) -> str:
    """Table key of a phrase: its FTS5 tokens, space-separated (one-word keys have no space)."""
    return " ".join(stems)


def frequent_phrases(conn: sqlite3.Connection) -> dict[str, str]:
    """key -> a MATCH phrase whose tokens are the key's ('digit skill' -> '"digit skills"'), for every
    phrase of plain ASCII words in at least ``SHARE`` of the sample."""
    rows = conn.execute(f"SELECT {', '.join(FTS_COLUMNS)} FROM search_source ORDER BY rowid LIMIT ?",
                        (SAMPLE,)).fetchall()
    texts = [[words(text or "") for text in row] for row in rows]
    plain = sorted({word for row in texts for found in row for word in found if word.isascii() and word.isalnum()})
    stems = porter_stems(plain)
    spelling: dict[str, str] = {}
    for word in plain:  # in sorted order: the first (smallest) word of each stem spells it
        spelling.setdefault(stems.get(word, word), word)
    counts: Counter[tuple[str | None, ...]] = Counter()
    for row in texts:
        seen: set[tuple[str | None, ...]] = set()
        for found in row:
            tokens = [stems.get(word) for word in found]  # None: a word no phrase key can name
            for length in LENGTHS:
                seen.update(zip(*(tokens[start:] for start in range(length)), strict=False))
        counts.update(seen)
    needed = max(1, math.ceil(len(rows) * SHARE))
    frequent = sorted(tuple(s for s in gram if s is not None) for gram, count in counts.items()
                      if count >= needed and None not in gram)
    return {phrase_key(gram): '"' + " ".join(spelling[stem] for stem in gram) + '"' for gram in frequent}
