"""Frequent phrases (two or three adjacent words) of a snapshot, which get champion lists of their own.

A quoted phrase of common words ("digital skills") is in many items, and FTS5 ranks it by reading
every position of every one of them; with a list and per-item weights (:mod:`.champion_lists`) it is
answered like a common word. Which phrases are frequent is read from a fixed sample, the index terms
of the first ``SAMPLE`` items in rowid order, so the same source always gives the same phrases; the
builder then counts each one's items with FTS5 and lists only those in enough.
A frequent phrase the sample misses is still found and ranked exactly, by FTS5 in full.
"""

from __future__ import annotations

import math
from collections import Counter

SAMPLE = 1000  # items read for phrase counts
SHARE = 0.2  # a phrase in at least this share of the sample is a candidate
LENGTHS = (2, 3)  # words per phrase


def phrase_key(stems: tuple[str, ...] | list[str]) -> str:
    """Table key of a phrase: its FTS5 tokens, space-separated (one-word keys have no space)."""
    return " ".join(stems)


def frequent_phrases(sample: list[list[list[str]]]) -> dict[str, str]:
    """key -> a MATCH phrase of the key's terms ('digit skill' -> '"digit skill"'), for every phrase in at least
    ``SHARE`` of the sample (the index terms of the first items, column by column)."""
    counts: Counter[tuple[str, ...]] = Counter()
    for columns in sample:
        seen: set[tuple[str, ...]] = set()
        for terms in columns:
            for length in LENGTHS:
                seen.update(zip(*(terms[start:] for start in range(length)), strict=False))
        counts.update(seen)
    needed = max(1, math.ceil(len(sample) * SHARE))
    frequent = sorted(gram for gram, count in counts.items() if count >= needed)
    return {phrase_key(gram): '"' + " ".join(gram) + '"' for gram in frequent}
