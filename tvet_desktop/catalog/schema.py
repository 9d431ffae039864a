"""What a snapshot's search index is: the FTS5 columns, their bm25 weights, and ranking by them.

The builder writes the index and its champion lists with these; the search reads them the same way, so a
score computed at build time is bit for bit the one a query computes.
"""

from __future__ import annotations

from .language import STOP_WORDS, words

# Columns of the search index, and their bm25 weights: title above summary above body.
FTS_COLUMNS = ("title", "summary", "body", "authors", "institution", "place", "themes")
FTS_WEIGHTS = (10.0, 4.0, 1.0, 3.0, 2.0, 2.0, 3.0)
BM25 = f"bm25(items_fts, {', '.join(str(w) for w in FTS_WEIGHTS)})"
# The index holds the terms of :mod:`.language` (letters and digits only): FTS5 only needs to split them.
TOKENIZER = "unicode61 remove_diacritics 0"


def title_key(title: str) -> str:
    """A title's words, normalized, without stop words: the 'Title A–Z' order, and what "the title equals or
    starts with the query" compares ("The Innovation Awards" -> "innovation awards")."""
    return " ".join(word for word in words(title) if word not in STOP_WORDS)


def ranked_sql(limit: int | None = None) -> str:
    """Rowids with their bm25 score, best first, ties by rowid (as the champion lists rank). The score is
    computed once per row through its alias; reading FTS5's ``rank`` column computes it again."""
    sql = f"SELECT rowid, {BM25} AS score FROM items_fts WHERE items_fts MATCH ? ORDER BY score, rowid"
    return sql + " LIMIT ? OFFSET ?" if limit is not None else sql


