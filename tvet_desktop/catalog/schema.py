"""What a snapshot's search index is: the FTS5 columns, their bm25 weights, and ranking by them.

The builder writes the index and its champion lists with these; the search reads them the same way, so a
score computed at build time is bit for bit the one a query computes.
"""

from __future__ import annotations

# Columns of the search index, and their bm25 weights: title above summary above body.
FTS_COLUMNS = ("title", "summary", "body", "authors", "institution", "place", "themes")
FTS_WEIGHTS = (10.0, 4.0, 1.0, 3.0, 2.0, 2.0, 3.0)
BM25 = f"bm25(items_fts, {', '.join(str(w) for w in FTS_WEIGHTS)})"
# What the search index reads its text from (FTS5 external content). The only view a snapshot has; a file
# with any other view, or with a trigger, was not made by the builder and is not opened.
SEARCH_SOURCE_SQL = (
    "CREATE VIEW search_source AS SELECT items.rowid AS rowid, title, summary, body, "
    "item_bodies.authors AS authors, institution, "
    "coalesce(country, '') || ' ' || coalesce(region, '') AS place, item_bodies.themes AS themes "
    "FROM items JOIN item_bodies ON item_bodies.rowid = items.rowid"
)


def ranked_sql(limit: int | None = None) -> str:
    """Rowids with their bm25 score, best first, ties by rowid (as the champion lists rank). The score is
    computed once per row through its alias; reading FTS5's ``rank`` column computes it again."""
    sql = f"SELECT rowid, {BM25} AS score FROM items_fts WHERE items_fts MATCH ? ORDER BY score, rowid"
    return sql + " LIMIT ? OFFSET ?" if limit is not None else sql


