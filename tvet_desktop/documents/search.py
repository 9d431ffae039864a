"""Typed text to the documents and pages that match it, through the catalogue's own query path: the same
parser, the same compiler with completions and word families from the documents' vocabulary, the same
snippets. A hit is a document with its best pages, each page with its passage."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..search.compile import CompiledQuery, Query, compile_query
from ..search.query import parse
from ..search.snippets import plain_snippet, shorten, snippet_html, snippet_text
from ..search.vocabulary import Vocabulary
from .index import COUNT_IN_DOCUMENT, INDEX_STATE, PAGE_SPAN, RANKED_PAGES, heading_terms, snippet_sql
from .passages import page_passage
from .ranking import FTS5_PAGES, RankedDocument, Unprovable, rank, ranked_by_fts5
from .records import DocumentHit, PageHit

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from ..db import ThreadConnections
    from .records import Document

    Lookup = Callable[[list[int]], dict[int, Document]]

PAGES_PER_DOCUMENT = 3
# The most frequent words a prefix of 2 and of 3 letters finds (the catalogue's: 12, as longer ones here).
SHORT_PREFIX_COMPLETIONS = (4, 6)


class DocumentSearch(NamedTuple):
    query: Query
    hits: tuple[DocumentHit, ...]
    suggestion: str | None = None  # "Did you mean", from the documents' words, when nothing matched


class LastHits:
    """The hits of the last search that found some, and what they were of. Typing, the next keystroke often
    compiles to the same query ("wor", "work" and "work-" all search work OR worker OR workplace OR workshop):
    its hits are the same while the index is as it was (any thread may ask: the window's searches run on any
    of its background threads)."""

    entry: tuple[tuple[object, ...], tuple[DocumentHit, ...]] | None = None  # (query and index state, hits)


def search_documents(connections: ThreadConnections, documents: Lookup, text: str, prefix: bool = True,
                     limit: int = 20, pages_per_document: int = PAGES_PER_DOCUMENT,
                     last: LastHits | None = None, closest: bool = False) -> DocumentSearch:
    """The documents matching ``text``, best first (``documents`` reads documents by their row numbers).
    ``last``: the last hits, given again when they were of the same query and index. ``closest``: pages with
    any of the words, those with more of them (and rarer) first, for when no page has them all."""
    vocabulary = Vocabulary(connections, SHORT_PREFIX_COMPLETIONS)
    query = Query(parsed := parse(text, prefix_last=prefix), compile_query(parsed, vocabulary.expand))
    if closest:  # one group of every word's forms: bm25 adds up the words a page has
        compiled = query.compiled
        query = query._replace(compiled=CompiledQuery((tuple(term for group in compiled.groups for term in group),),
                                                      compiled.excluded))
    expression = query.compiled.expression
    if not expression:
        return DocumentSearch(query, ())
    conn = connections.conn
    began = not conn.in_transaction
    if began:  # one snapshot: the lists, counts and pages of the same moment, whatever another process adds
        conn.execute("BEGIN")
    try:
        key = (expression, limit, pages_per_document, *conn.execute(INDEX_STATE).fetchone())
        known = last.entry if last is not None else None
        if known is not None and known[0] == key:
            return DocumentSearch(query, known[1])
        ranked = _ranked(conn, query, limit, pages_per_document, connections.check_stop)
    finally:
        if began:
            conn.execute("COMMIT")
    found = documents([r.document for r in ranked])
    chosen = [r for r in ranked if r.document in found]
    if not chosen:
        suggestion = vocabulary.corrected(text) if query.matches_some and not closest else None
        return DocumentSearch(query, (), suggestion)
    first_pages = {n: heading_terms(found[r.document]) for r in chosen for n, page, _ in r.pages if page == 1}
    passages = _passages(conn, [n for r in chosen for n, _, _ in r.pages], query, first_pages)
    hits = tuple(DocumentHit(found[r.document], tuple(_page_hit(page, score, passages.get(n, ""))
                                                      for n, page, score in r.pages), r.matching)
                 for r in chosen)
    if last is not None:
        last.entry = (key, hits)
    return DocumentSearch(query, hits)


def _ranked(conn: sqlite3.Connection, query: Query, limit: int, per_document: int,
            check_stop: Callable[[], None]) -> list[RankedDocument]:
    """From the page lists; else FTS5 ranks the best pages (or, when the lists could not even be read, every
    matching page)."""
    try:
        return rank(conn, query.compiled, limit, per_document, check_stop)
    except Unprovable as error:
        found = None if error.plan is None else ranked_by_fts5(conn, query.compiled, error.plan, limit, per_document)
        return found if found is not None else full_ranking(conn, query.compiled.expression, limit, per_document)


def full_ranking(conn: sqlite3.Connection, expression: str, limit: int, per_document: int) -> list[RankedDocument]:
    """The best documents as :func:`.ranking.rank` gives them, from FTS5 ranking every matching page (a bounded
    sort of the first :data:`FTS5_PAGES`, unless they are of fewer than ``limit`` documents). Each document's
    further pages are its best among those (as before the page lists; the lists give every page's rank)."""
    rows = conn.execute(RANKED_PAGES, (expression, FTS5_PAGES)).fetchall()
    if len(rows) == FTS5_PAGES and len({row[1] for row in rows}) < limit:
        rows = conn.execute(RANKED_PAGES, (expression, -1)).fetchall()
    best: dict[int, list[tuple[int, int, float]]] = {}
    for n, document, page, score in rows:
        if document not in best and len(best) == limit:
            continue
        pages = best.setdefault(document, [])
        if len(pages) < per_document:
            pages.append((n, page, score))
    return [RankedDocument(d, tuple(pages), _matching_pages(conn, expression, d)) for d, pages in best.items()]


def _matching_pages(conn: sqlite3.Connection, expression: str, document: int) -> int:
    """How many pages of ``document`` match: its pages are one run of row numbers (added in one transaction),
    so FTS5 counts them within that range instead of over every match."""
    first, last = conn.execute(PAGE_SPAN, (document,)).fetchone()
    return int(conn.execute(COUNT_IN_DOCUMENT, (expression, first, last)).fetchone()[0])


def _passages(conn: sqlite3.Connection, rowids: list[int], query: Query,
              headings: dict[int, int]) -> dict[int, str]:
    """Each page's passage with the query's words (or its start, when the match was in the title).
    ``headings``: for a first page, how many of its terms are its document's title and authors."""
    wanted = frozenset(term for phrase in query.compiled.phrases for term in phrase.strip('"*').split(" "))
    found = {}
    for n, text, terms, marks in conn.execute(snippet_sql(len(rowids)), rowids):
        found[n] = page_passage(text, terms.split()[headings.get(n, 0):], marks, wanted) or \
            shorten(" ".join(text.split()))
    return found


def _page_hit(page: int, score: float, marked: str) -> PageHit:
    flat = plain_snippet(marked)
    return PageHit(page, snippet_text(flat), snippet_html(flat), score)
