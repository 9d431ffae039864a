"""SQL for searching a snapshot, built by pure functions so it can be read and tested without data."""

from __future__ import annotations

from ..catalog.schema import BM25
from ..db import placeholders

HIT_COLUMNS = "items.rowid, id, kind, title, year, country, institution, summary, languages"
MATCHING_SQL = "SELECT rowid FROM items_fts WHERE items_fts MATCH ?"
WORD_TERMS_SQL = "SELECT stem FROM vocabulary WHERE word = ? ORDER BY documents DESC"
PREFIX_WORDS_SQL = (
    "SELECT word, stem FROM vocabulary WHERE word >= ? AND word < ? || char(1114111) "
    "ORDER BY documents DESC, word LIMIT ?"
)
SPELLING_CANDIDATES_SQL = (
    "SELECT word, max(documents) FROM vocabulary WHERE word >= ? AND word < ? || char(1114111) "
    "AND length(word) BETWEEN ? AND ? GROUP BY word"
)
# Titles that equal the query's words, or start with them and go on after a space ("title_sort" is
# :func:`..catalog.schema.title_key`); at most a screenful.
TITLE_SQL = (
    "SELECT rowid, title_sort = ? FROM items WHERE title_sort = ? OR (title_sort > ? AND title_sort < ?) "
    "ORDER BY title_sort = ? DESC, length(title_sort), rowid LIMIT 20"
)
BODIES_SQL = "SELECT rowid, body FROM item_bodies WHERE rowid IN ({})"


def known_terms_sql(count: int) -> str:
    return f"SELECT DISTINCT stem FROM vocabulary WHERE stem IN ({placeholders(count)})"


def family_sql(count: int) -> str:
    """Index terms in the word family of ``count`` terms, most frequent first."""
    return (f"SELECT stem FROM vocabulary WHERE family IN (SELECT family FROM vocabulary WHERE stem IN "
            f"({placeholders(count)})) GROUP BY stem ORDER BY max(documents) DESC, stem LIMIT ?")


def hits_sql(count: int) -> str:
    return f"SELECT {HIT_COLUMNS} FROM items WHERE items.rowid IN ({placeholders(count)})"


def scores_sql(count: int) -> str:
    """The bm25 score of each of ``count`` given rowids (a page chosen by filters or by another order)."""
    return f"SELECT rowid, {BM25} FROM items_fts WHERE items_fts MATCH ? AND rowid IN ({placeholders(count)})"
