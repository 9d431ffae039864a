"""Typed text to the documents and pages that match it, through the catalogue's own query path: the same
parser, the same compiler with completions and word families from the documents' vocabulary, the same
snippets. A hit is a document with its best pages, each page with its passage."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..search.compile import Query, compile_query
from ..search.query import parse
from ..search.snippets import plain_snippet, shorten, snippet_html, snippet_text
from ..search.vocabulary import Vocabulary
from .index import COUNT_IN_DOCUMENT, PAGE_SPAN, RANKED_PAGES, heading_terms, snippet_sql
from .passages import page_passage
from .records import DocumentHit, PageHit

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from ..db import ThreadConnections
    from .records import Document

    Lookup = Callable[[list[int]], dict[int, Document]]

RANKED_PAGE_LIMIT = 500  # pages ranked per search: the best documents' best pages are among them
PAGES_PER_DOCUMENT = 3


class DocumentSearch(NamedTuple):
    query: Query
    hits: tuple[DocumentHit, ...]
    suggestion: str | None = None  # "Did you mean", from the documents' words, when nothing matched


def search_documents(connections: ThreadConnections, documents: Lookup, text: str, prefix: bool = True,
                     limit: int = 20, pages_per_document: int = PAGES_PER_DOCUMENT) -> DocumentSearch:
    """The documents matching ``text``, best first (``documents`` reads documents by their row numbers)."""
    vocabulary = Vocabulary(connections)
    query = Query(parsed := parse(text, prefix_last=prefix), compile_query(parsed, vocabulary.expand))
    expression = query.compiled.expression
    if not expression:
        return DocumentSearch(query, ())
    conn = connections.conn
    ranked = conn.execute(RANKED_PAGES, (expression, RANKED_PAGE_LIMIT)).fetchall()
    best: dict[int, list[tuple[int, int, float]]] = {}
    for n, document, page, score in ranked:
        pages = best.setdefault(document, [])
        if len(pages) < pages_per_document:
            pages.append((n, page, score))
    found = documents(list(best)[:limit])
    chosen = [d for d in best if d in found]
    if not chosen:
        suggestion = vocabulary.corrected(text) if query.matches_some else None
        return DocumentSearch(query, (), suggestion)
    counts = {d: _matching_pages(conn, expression, d) for d in chosen}
    first_pages = {n: heading_terms(found[d]) for d in chosen for n, page, _ in best[d] if page == 1}
    passages = _passages(conn, [n for d in chosen for n, _, _ in best[d]], query, first_pages)
    hits = tuple(DocumentHit(found[d], tuple(_page_hit(page, score, passages.get(n, ""))
                                             for n, page, score in best[d]), counts[d])
                 for d in chosen)
    return DocumentSearch(query, hits)


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


def _matching_pages(conn: sqlite3.Connection, expression: str, document: int) -> int:
    """How many pages of ``document`` match: its pages are one run of row numbers (added in one transaction),
    so FTS5 counts them within that range instead of over every match."""
    first, last = conn.execute(PAGE_SPAN, (document,)).fetchone()
    return int(conn.execute(COUNT_IN_DOCUMENT, (expression, first, last)).fetchone()[0])


def _page_hit(page: int, score: float, marked: str) -> PageHit:
    flat = plain_snippet(marked)
    return PageHit(page, snippet_text(flat), snippet_html(flat), score)
