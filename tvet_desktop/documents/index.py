"""The page index of the user's documents: each page's words as the catalogue spells them (folded, stop words
out, Snowball stems: :mod:`..catalog.language`) in an FTS5 table, and a vocabulary of the same shape as the
catalogue's, so the same query compiler gives completions, word families and "Did you mean" over documents.

SQL is built here and run by the store and the search; a page's text is kept beside its terms for snippets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalog.language import STOP_WORDS, stem, text_language, words
from ..catalog.schema import TOKENIZER
from .page_lists import PagePolicy, build_all

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Iterable

    from .records import Document

SCHEMA_VERSION = 5
# The files the user removed from the app, by content: reading their folder again leaves them out.
REMOVED_TABLE = "CREATE TABLE removed (sha256 TEXT PRIMARY KEY, source TEXT NOT NULL, removed_at TEXT NOT NULL)"
# The id of each earlier version of a file that changed, to the id of its latest version (an old id the user
# kept, in a script or a note of theirs, still finds the document).
REPLACED_TABLE = "CREATE TABLE replaced (earlier TEXT PRIMARY KEY, later TEXT NOT NULL)"
# From each earlier version to the next: SQL, or a function of the connection and the page lists' policy (slow:
# the window does it in the background).
# 1: pages had no checkpoints (their passages are made the slow way); 2: no page lists (made from the index);
# 3: removals were not remembered; 4: nor the earlier versions' ids.
UPGRADES: dict[int, tuple[str | Callable[[sqlite3.Connection, PagePolicy], None], ...]] = {
    1: ("ALTER TABLE pages ADD COLUMN marks TEXT NOT NULL DEFAULT ''",),
    2: (build_all,),
    3: (REMOVED_TABLE,),
    4: (REPLACED_TABLE,),
}
SCHEMA = (
    REMOVED_TABLE,
    REPLACED_TABLE,
    """CREATE TABLE documents (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL, authors TEXT NOT NULL, year INTEGER, pages INTEGER NOT NULL, media_type TEXT NOT NULL,
        file_name TEXT NOT NULL, source TEXT NOT NULL, size INTEGER NOT NULL, added_at TEXT NOT NULL,
        searchable INTEGER NOT NULL, stored TEXT NOT NULL)""",
    "CREATE INDEX documents_source ON documents(source)",
    """CREATE TABLE pages (n INTEGER PRIMARY KEY, document INTEGER NOT NULL, page INTEGER NOT NULL,
        text TEXT NOT NULL, terms TEXT NOT NULL, marks TEXT NOT NULL, UNIQUE (document, page))""",
    f"""CREATE VIRTUAL TABLE pages_fts USING fts5(terms, content='pages', content_rowid='n',
        tokenize='{TOKENIZER}')""",
    """CREATE TRIGGER pages_added AFTER INSERT ON pages BEGIN
        INSERT INTO pages_fts(rowid, terms) VALUES (new.n, new.terms); END""",
    """CREATE TRIGGER pages_removed AFTER DELETE ON pages BEGIN
        INSERT INTO pages_fts(pages_fts, rowid, terms) VALUES ('delete', old.n, old.terms); END""",
    # The catalogue's vocabulary table, counted in documents: what search/vocabulary.py reads.
    """CREATE TABLE vocabulary (word TEXT NOT NULL, stem TEXT NOT NULL, family TEXT NOT NULL,
        documents INTEGER NOT NULL, PRIMARY KEY (word, stem))""",
    "CREATE INDEX vocabulary_family ON vocabulary(family)",
    "CREATE INDEX vocabulary_stem ON vocabulary(stem)",
)
DOCUMENT_COLUMNS = ("id, title, authors, year, pages, media_type, file_name, source, size, sha256, added_at, "
                    "searchable")
INSERT_PAGE = "INSERT INTO pages (document, page, text, terms, marks) VALUES (?, ?, ?, ?, ?)"
COUNT_WORD = ("INSERT INTO vocabulary VALUES (?, ?, ?, 1) "
              "ON CONFLICT (word, stem) DO UPDATE SET documents = documents + 1")
UNCOUNT_WORD = "UPDATE vocabulary SET documents = documents - 1 WHERE word = ? AND stem = ?"
FORGET_WORDS = "DELETE FROM vocabulary WHERE documents <= 0"
# The best pages matching a query (ties by row; every one without a limit), when the page lists cannot rank it
# (:mod:`.ranking`).
RANKED_PAGES = ("SELECT p.n, p.document, p.page, s.score FROM (SELECT rowid, bm25(pages_fts) AS score FROM pages_fts "
                "WHERE pages_fts MATCH ? ORDER BY score, rowid LIMIT ?) s JOIN pages p ON p.n = s.rowid "
                "ORDER BY s.score, s.rowid")
PAGE_SPAN = "SELECT min(n), max(n) FROM pages WHERE document = ?"
COUNT_IN_DOCUMENT = "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH ? AND rowid BETWEEN ? AND ?"
# What changes whenever a document is added or removed: FTS5's structure record (row 10, which holds its count
# of writes to the index) and its totals of pages and words (row 1, which also change when the pages added have
# no term at all); a search's result holds while both stay the same.
INDEX_STATE = ("SELECT (SELECT block FROM pages_fts_data WHERE id = 1), "
               "(SELECT block FROM pages_fts_data WHERE id = 10)")


def page_terms(text: str, pairs: set[tuple[str, str]]) -> str:
    """A page's index terms, space-separated, stemmed in the page's language; adds each (word, term) to
    ``pairs`` for the vocabulary."""
    found = words(text)
    language = text_language(found[:400])
    terms = []
    for word in found:
        if word not in STOP_WORDS:
            term = stem(word, language)
            terms.append(term)
            pairs.add((word, term))
    return " ".join(terms)


def count_words(conn: sqlite3.Connection, pairs: Iterable[tuple[str, str]]) -> None:
    """One more document has each of ``pairs``."""
    conn.executemany(COUNT_WORD, ((word, term, term) for word, term in pairs))


def uncount_words(conn: sqlite3.Connection, pairs: Iterable[tuple[str, str]]) -> None:
    conn.executemany(UNCOUNT_WORD, pairs)
    conn.execute(FORGET_WORDS)


def snippet_sql(count: int) -> str:
    return f"SELECT n, text, terms, marks FROM pages WHERE n IN ({', '.join('?' * count)})"


def heading(title: str, authors: tuple[str, ...]) -> str:
    """What a document's first page is also indexed under, so a search for its title finds it."""
    return " ".join((title, *authors))


def heading_terms(document: Document) -> int:
    """How many index terms the first page of ``document`` has before its own (its title and authors)."""
    return len(page_terms(heading(document.title, document.authors), set()).split())
