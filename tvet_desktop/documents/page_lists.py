"""Champion lists of the page index, kept up to date as documents come and go: for every term in at least
:attr:`PagePolicy.threshold` pages, the pages it weighs most in, best first, so a search ranks a frequent
term's best pages instead of scoring every page that has it (:mod:`.ranking`).

A page's key in a term's list is the part of bm25 that depends on the page, as FTS5 computes it, with the
list's own reference length in place of the average page length: ``w·(k1+1) / (w + k1·(1-b+b·D/ref))`` for
``w`` hits of the term in a page of ``D`` tokens. Keys of one list stay comparable whatever is added later,
and the true share of any page, with today's average ``avg``, is at most ``key · max(1, avg/ref)``, so a list
bounds the pages it does not hold: ``bound`` is the highest key of a page with the term that is not in the
list. A list holds ``size`` pages after it is made and between ``size`` and twice that as pages are added
(a page goes in when its key is above ``bound``; the lowest are cut off, raising ``bound``, when it doubles).

Everything here runs inside the transaction that adds or removes a document's pages, so a kill leaves the
lists as consistent as the pages. ``term_pages`` counts the pages of every term (bm25's idf) and
``index_stats`` the tokens of all pages (its average length), both as FTS5 counts them: a page's terms split
at spaces. A page that FTS5 splits otherwise (a character it does not take for a letter) is listed in
``irregular_pages``, and while there is one, searches rank with FTS5 alone.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from ..catalog.champion_lists import K1, B, idf
from ..db import placeholders

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable


class PagePolicy(NamedTuple):
    """Which terms get lists and how long (tests use small ones)."""

    threshold: int = 1000  # pages a term must be in to get a list: below it, ranking all its pages is cheap
    size: int = 1024  # pages a list keeps when it is made or cut back (it grows to twice that)


DEFAULT_POLICY = PagePolicy()
SCHEMA = (
    "CREATE TABLE term_pages (term TEXT PRIMARY KEY, pages INTEGER NOT NULL) WITHOUT ROWID",
    # A list's pages by its number (list_bounds.id): ~17 bytes a page, a sixth of what a term's text and an
    # index by page cost. A document's pages are taken out list by list (the terms it has).
    """CREATE TABLE page_lists (list INTEGER NOT NULL, key REAL NOT NULL, page INTEGER NOT NULL,
        PRIMARY KEY (list, key, page)) WITHOUT ROWID""",
    """CREATE TABLE list_bounds (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, reference REAL NOT NULL,
        bound REAL NOT NULL, size INTEGER NOT NULL)""",
    "CREATE TABLE index_stats (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE irregular_pages (page INTEGER PRIMARY KEY)",
)
CHUNK = 500  # bound parameters per statement
DOCSIZE_SQL = "SELECT id, sz FROM pages_fts_docsize WHERE id BETWEEN ? AND ?"
PHRASE_RANKED_SQL = ("SELECT rowid, bm25(pages_fts) AS score FROM pages_fts WHERE pages_fts MATCH ? "
                     "ORDER BY score, rowid LIMIT ?")


def page_key(hits: int, tokens: int, reference: float) -> float:
    return (hits * (K1 + 1.0)) / (hits + K1 * (1 - B + B * tokens / reference))


def varint(blob: bytes) -> int:
    """The first SQLite varint of ``blob`` (FTS5's docsize and averages records)."""
    value = 0
    for byte in blob[:8]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value
    return (value << 8) | blob[8]


def varints(blob: bytes) -> list[int]:
    found, value, count = [], 0, 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        count += 1
        if not byte & 0x80 or count == 9:
            found.append(value)
            value, count = 0, 0
    return found


class Totals(NamedTuple):
    pages: int
    tokens: int

    @property
    def average(self) -> float:
        """FTS5's avgdl, with its operations."""
        return float(self.tokens) / float(self.pages) if self.pages else 1.0


def totals(conn: sqlite3.Connection) -> Totals:
    rows = dict(conn.execute("SELECT key, value FROM index_stats"))
    return Totals(rows.get("pages", 0), rows.get("tokens", 0))


def _set_totals(conn: sqlite3.Connection, found: Totals) -> None:
    conn.executemany("INSERT OR REPLACE INTO index_stats VALUES (?, ?)",
                     (("pages", found.pages), ("tokens", found.tokens)))


def _listed(conn: sqlite3.Connection, terms: Iterable[str]) -> dict[str, tuple[int, int]]:
    """term: (list number, size) of those of ``terms`` that have a list."""
    found: dict[str, tuple[int, int]] = {}
    wanted = list(terms)
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        found.update((row[0], row[1:]) for row in conn.execute(
            f"SELECT term, id, size FROM list_bounds WHERE term IN ({placeholders(len(part))})", part))
    return found


class PageCounter:
    """Collects what a document's pages add to the lists while they are written, one page at a time (no
    document is held whole), and applies it with :meth:`finish`, in the same transaction."""

    def __init__(self, conn: sqlite3.Connection, policy: PagePolicy) -> None:
        self.conn, self.policy = conn, policy
        self.lists = {term: (number, reference, bound) for number, term, reference, bound in
                      conn.execute("SELECT id, term, reference, bound FROM list_bounds")}
        self.pages: Counter[str] = Counter()
        self.grown: Counter[int] = Counter()
        self.tokens = self.count = 0

    def add(self, n: int, terms: str) -> None:
        """Page ``n`` (just inserted, so FTS5 has its size) with its index ``terms``."""
        tokens = terms.split()
        (sz,) = self.conn.execute("SELECT sz FROM pages_fts_docsize WHERE id = ?", (n,)).fetchone()
        if varint(sz) != len(tokens):
            self.conn.execute("INSERT OR IGNORE INTO irregular_pages VALUES (?)", (n,))
        hits = Counter(tokens)
        self.pages.update(hits.keys())
        self.tokens += len(tokens)
        self.count += 1
        rows = []
        for term, count in hits.items():
            listed = self.lists.get(term)
            if listed is not None and (key := page_key(count, len(tokens), listed[1])) > listed[2]:
                rows.append((listed[0], key, n))
                self.grown[listed[0]] += 1
        self.conn.executemany("INSERT INTO page_lists VALUES (?, ?, ?)", rows)

    def finish(self) -> None:
        conn, policy = self.conn, self.policy
        before = totals(conn)
        _set_totals(conn, Totals(before.pages + self.count, before.tokens + self.tokens))
        conn.executemany("INSERT INTO term_pages VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET "
                         "pages = pages + excluded.pages", self.pages.items())
        conn.executemany("UPDATE list_bounds SET size = size + ? WHERE id = ?",
                         ((count, number) for number, count in self.grown.items()))
        for (number,) in conn.execute(f"SELECT id FROM list_bounds WHERE id IN "
                                      f"({placeholders(len(self.grown))}) AND size > ?",
                                      [*self.grown, 2 * policy.size]).fetchall():
            _cut(conn, number, policy.size)
        frequent = [term for term in self.pages if term not in self.lists]
        for start in range(0, len(frequent), CHUNK):
            part = frequent[start:start + CHUNK]
            for term, pages in conn.execute(f"SELECT term, pages FROM term_pages WHERE pages >= ? AND term IN "
                                            f"({placeholders(len(part))})", [policy.threshold, *part]).fetchall():
                make_list(conn, term, pages, policy.size)


def _cut(conn: sqlite3.Connection, number: int, size: int) -> None:
    """Keep the ``size`` best pages of a list; the highest key cut off raises its bound."""
    cut = conn.execute("SELECT key FROM page_lists WHERE list = ? ORDER BY key DESC, page DESC LIMIT 1 OFFSET ?",
                       (number, size)).fetchone()
    if cut:
        conn.execute("DELETE FROM page_lists WHERE list = ? AND key <= ?", (number, cut[0]))
        # pages with the same key as the highest cut are cut too, so the bound stays the highest key outside
        kept = conn.execute("SELECT count(*) FROM page_lists WHERE list = ?", (number,)).fetchone()[0]
        conn.execute("UPDATE list_bounds SET bound = max(bound, ?), size = ? WHERE id = ?", (cut[0], kept, number))


def make_list(conn: sqlite3.Connection, term: str, pages: int, size: int) -> None:
    """The list of ``term`` (in ``pages`` pages), made from FTS5's own bm25 of the term alone: minus its
    score divided by the term's idf is the page's key at today's average length."""
    found = totals(conn)
    weight = idf(found.pages, pages)
    ranked = conn.execute(PHRASE_RANKED_SQL, (f'"{term}"', size + 1)).fetchall()
    keys = [(-score / weight, rowid) for rowid, score in ranked]
    bound = keys[size][0] if len(keys) > size else 0.0
    row = conn.execute("SELECT id FROM list_bounds WHERE term = ?", (term,)).fetchone()
    if row is None:
        number = conn.execute("INSERT INTO list_bounds (term, reference, bound, size) VALUES (?, 0, 0, 0)",
                              (term,)).lastrowid
    else:
        number = row[0]
        conn.execute("DELETE FROM page_lists WHERE list = ?", (number,))
    kept = [(number, key, page) for key, page in keys[:size] if key > bound]
    conn.executemany("INSERT INTO page_lists VALUES (?, ?, ?)", kept)
    conn.execute("UPDATE list_bounds SET reference = ?, bound = ?, size = ? WHERE id = ?",
                 (found.average, bound, len(kept), number))


def forget_pages(conn: sqlite3.Connection, first: int, last: int) -> bool:
    """Take pages ``first``..``last`` (one document's, before they are deleted) out of the counts and lists;
    call :func:`refill` after the delete. True when one of them was irregular: the lists made while it was
    there were made from FTS5's counts, which were not these, and are all made again."""
    pages: Counter[str] = Counter()
    tokens = count = 0
    for (terms,) in conn.execute("SELECT terms FROM pages WHERE n BETWEEN ? AND ?", (first, last)):
        found = terms.split()
        pages.update(set(found))
        tokens += len(found)
        count += 1
    before = totals(conn)
    _set_totals(conn, Totals(before.pages - count, before.tokens - tokens))
    conn.executemany("UPDATE term_pages SET pages = pages - ? WHERE term = ?",
                     ((number, term) for term, number in pages.items()))
    conn.execute("DELETE FROM term_pages WHERE pages <= 0")
    for number, _ in _listed(conn, pages).values():
        taken = conn.execute("DELETE FROM page_lists WHERE list = ? AND page BETWEEN ? AND ?",
                             (number, first, last)).rowcount
        if taken:
            conn.execute("UPDATE list_bounds SET size = size - ? WHERE id = ?", (taken, number))
    return conn.execute("DELETE FROM irregular_pages WHERE page BETWEEN ? AND ?", (first, last)).rowcount > 0


def refill(conn: sqlite3.Connection, policy: PagePolicy, everything: bool = False) -> None:
    """After pages were deleted: lists of terms no page has any more go; lists that lost more than half their
    pages while their term is in more pages than they hold are made again (all of them with ``everything``)."""
    for (number,) in conn.execute("SELECT id FROM list_bounds WHERE term NOT IN (SELECT term FROM term_pages)"
                                  ).fetchall():
        conn.execute("DELETE FROM page_lists WHERE list = ?", (number,))
        conn.execute("DELETE FROM list_bounds WHERE id = ?", (number,))
    condition = "" if everything else "WHERE l.size < ? AND t.pages > l.size"
    for term, pages in conn.execute(f"SELECT l.term, t.pages FROM list_bounds l JOIN term_pages t ON t.term = l.term "
                                    f"{condition}", () if everything else (policy.size // 2,)).fetchall():
        make_list(conn, term, pages, policy.size)


def build_all(conn: sqlite3.Connection, policy: PagePolicy) -> None:
    """Counts and lists for a page index that has none (a documents database of version 2): FTS5's own
    counts, then one list per frequent term."""
    for statement in SCHEMA:
        conn.execute(statement)
    conn.execute("CREATE VIRTUAL TABLE temp.page_terms_vocabulary USING fts5vocab(main, pages_fts, 'row')")
    try:
        conn.execute("INSERT INTO term_pages SELECT term, doc FROM temp.page_terms_vocabulary")
    finally:
        conn.execute("DROP TABLE temp.page_terms_vocabulary")
    pages = tokens = 0
    for n, sz, terms in conn.execute("SELECT d.id, d.sz, p.terms FROM pages_fts_docsize d JOIN pages p ON p.n = d.id"):
        size = varint(sz)
        pages, tokens = pages + 1, tokens + size
        if size != len(terms.split()):
            conn.execute("INSERT INTO irregular_pages VALUES (?)", (n,))
    _set_totals(conn, Totals(pages, tokens))
    for term, count in conn.execute("SELECT term, pages FROM term_pages WHERE pages >= ?",
                                    (policy.threshold,)).fetchall():
        make_list(conn, term, count, policy.size)


def reference_scale(average: float, reference: float) -> float:
    """How much today's share of a page can exceed its key (see the module docstring), with room for the
    rounding of keys made from FTS5's scores."""
    return max(1.0, average / reference) * (1.0 + 1e-9) if math.isfinite(reference) and reference > 0 else math.inf
