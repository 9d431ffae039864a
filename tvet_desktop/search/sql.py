"""SQL for searching a snapshot, built by pure functions so it can be read and tested without data."""

from __future__ import annotations

from ..catalog.schema import BM25
from ..db import placeholders
from .snippets import END, START

HIT_COLUMNS = "items.rowid, id, kind, title, year, country, institution, summary"
MATCHING_SQL = "SELECT rowid FROM items_fts WHERE items_fts MATCH ?"
PREFIX_WORDS_SQL = (
    "SELECT word FROM vocabulary WHERE word >= ? AND word < ? || char(1114111) "
    "ORDER BY documents DESC, word LIMIT ?"
)
FAMILY_WORDS_SQL = (
    "SELECT v.word, v.stem, max(v.documents) FROM vocabulary v "
    "WHERE v.family = (SELECT family FROM vocabulary WHERE stem = ? LIMIT 1) AND v.stem != ? "
    "GROUP BY v.stem ORDER BY max(v.documents) DESC LIMIT ?"
)
KNOWN_WORD_SQL = "SELECT 1 FROM vocabulary WHERE word >= ? AND word < ? || char(1114111) LIMIT 1"
SPELLING_CANDIDATES_SQL = (
    "SELECT word, documents FROM vocabulary WHERE word >= ? AND word < ? || char(1114111) "
    "AND length(word) BETWEEN ? AND ?"
)


def hits_sql(count: int) -> str:
    return f"SELECT {HIT_COLUMNS} FROM items WHERE items.rowid IN ({placeholders(count)})"


def snippets_sql(count: int, tokens: int = 24) -> str:
    """Snippets of the summary and of the body (columns 1 and 2): the row shows whichever has a match."""
    return (
        f"SELECT rowid, snippet(items_fts, 1, '{START}', '{END}', '…', {tokens}), "
        f"snippet(items_fts, 2, '{START}', '{END}', '…', {tokens}) FROM items_fts "
        f"WHERE items_fts MATCH ? AND rowid IN ({placeholders(count)})"
    )


def scores_sql(count: int) -> str:
    """The bm25 score of each of ``count`` given rowids (a page chosen by filters or by another order)."""
    return f"SELECT rowid, {BM25} FROM items_fts WHERE items_fts MATCH ? AND rowid IN ({placeholders(count)})"
