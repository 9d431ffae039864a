"""The best documents for a compiled query, and each one's best pages, exactly as FTS5's bm25 ranks the pages,
without scoring every matching page: from the page index's champion lists (:mod:`.page_lists`), as the
catalogue ranks from its items' lists (:mod:`..search.champions`).

A page's bm25 is the sum, in phrase order, of one share per phrase, each depending only on the phrase and the
page. A term with a list is read whole (a thousand or two pages): a page in it has at most its key's share, any
other page at most the list's bound. A rarer term is known whole: FTS5's bm25 of that term alone gives every
page with it and its share. Each page met gets an upper bound (its known shares, plus per list its key or the
list's bound), and the pages with the highest bounds are scored exactly: their terms counted where the index
keeps them (the page's ``terms``), with FTS5's sizes and totals, in FTS5's own operations, so the float is the
one bm25() gives. A page in no list and in no known term can score at most the sum of the lists' bounds (nothing,
when a group of the query has only known terms). The search stops when ``limit`` different documents have a page
scoring above every bound left; their other matching pages (FTS5 finds them within the document's run of rows)
are scored the same way, for each document's best pages and its count. When the lists' bounds stay too high,
the list that leaves most to pages outside it is completed (FTS5 ranks its term alone; its pages are fed to the
pages waiting lazily, best first).

Ties are broken by row number, as the reference ranking (``ORDER BY score, rowid``) breaks them. When the lists
cannot prove the ranking cheaply (budgets of pages scored and completed: terms in nearly every page, whose
shares hardly differ; a phrase of several words or a prefix; an irregular page), :func:`rank` raises
:class:`Unprovable` and the caller ranks with FTS5.
"""

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from ..catalog.champion_lists import K1, B, idf
from ..db import placeholders
from .page_lists import PHRASE_RANKED_SQL, reference_scale, varint, varints

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from ..search.compile import CompiledQuery

BATCH = 24  # pages scored at once (one SQL statement)
MOST_SCORED = 480  # pages scored (~10 ms) before a list is completed
MOST_COMPLETED = 25_000  # pages of a term FTS5 ranks to complete its list (~30 ms)
FTS5_CHEAP = 60_000  # pages of all the query's phrases below which FTS5 ranks them sooner than lists are completed
# In all, before FTS5 ranks every match instead (these cost about what that does).
ALL_SCORED, ALL_COMPLETED = 1500, 40_000
SLACK = 1.0 + 1e-9  # keys are rounded: bounds are raised this much
FTS5_PAGES = 500  # pages FTS5 ranks when the lists cannot: enough for 10 documents, mostly
FTS5_TOP_SQL = ("SELECT p.document, s.rowid, s.score FROM (SELECT rowid, bm25(pages_fts) AS score FROM pages_fts "
                "WHERE pages_fts MATCH ? ORDER BY score, rowid LIMIT ?) s JOIN pages p ON p.n = s.rowid "
                "ORDER BY s.score, s.rowid")
IN_DOCUMENT_SQL = "SELECT rowid FROM pages_fts WHERE pages_fts MATCH ? AND rowid BETWEEN ? AND ?"
LIST_SQL = "SELECT key, page FROM page_lists WHERE list = ? ORDER BY key DESC, page DESC"
Scores = dict[int, "tuple[float, int] | None"]  # page row: (bm25, document), None when it does not match


class Unprovable(Exception):
    """The lists cannot give this query's ranking cheaply. ``plan``: what was read, when it got that far (its
    scorer still scores any page exactly)."""

    def __init__(self, plan: _Plan | None = None) -> None:
        super().__init__()
        self.plan = plan


class RankedDocument(NamedTuple):
    document: int  # row number
    pages: tuple[tuple[int, int, float], ...]  # (page row, page number, bm25), best first
    matching: int  # pages of the document that match


class _List:
    """A term's list, read whole: the bound of its share in each page it holds (key × scale), and in any other."""

    def __init__(self, phrase: str, pages: int, times: int, values: list[float], listed: list[int],
                 after: float) -> None:
        self.phrase, self.pages, self.times = phrase, pages, times  # times: how often the query has the phrase
        self.bounds = dict(zip(listed, values, strict=True))
        self.after = after


@dataclass
class _Stream:
    """The pages of a completed list that were met nowhere else, best share first, fed to the heap of pages
    waiting only while they could beat them."""

    phrase: str
    times: int
    pages: list[int]
    shares: list[float]
    next: int = 0


class _Stats(NamedTuple):
    pages: int
    average: float


def _fts5_totals(conn: sqlite3.Connection) -> _Stats:
    """FTS5's own row count and average length (its averages record), which its bm25 uses."""
    row = conn.execute("SELECT block FROM pages_fts_data WHERE id = 1").fetchone()
    if row is None:
        raise Unprovable
    numbers = varints(row[0])  # empty until the first page is added
    pages, tokens = [*numbers, 0, 0][:2]
    return _Stats(pages, float(tokens) / float(pages) if pages else 1.0)


class _Scorer:
    """Exact bm25 of pages for one query, from their terms."""

    def __init__(self, conn: sqlite3.Connection, query: CompiledQuery, stats: _Stats, counted: dict[str, float],
                 known: dict[str, dict[int, float]]) -> None:
        self.conn, self.stats = conn, stats
        self.phrases = query.phrases
        self.counted = [(phrase, " " + phrase[1:-1] + " ", weight) for phrase, weight in counted.items()]
        self.known = list(known.items())
        self.excluded = [" " + "  ".join(p.strip('"').split(" ")) + " " for p in dict.fromkeys(query.excluded)]
        self.groups = [frozenset(p for term in group for p in term) for group in query.groups]
        self.scored = 0

    def score(self, rows: list[int]) -> Scores:
        found: Scores = {}
        if not rows:
            return found
        self.scored += len(rows)
        sql = (f"SELECT p.n, p.document, p.terms, d.sz FROM pages p JOIN pages_fts_docsize d ON d.id = p.n "
               f"WHERE p.n IN ({placeholders(len(rows))})")
        average = self.stats.average
        for n, document, terms, sz in self.conn.execute(sql, rows):
            size = varint(sz)  # the page's terms split at spaces, as FTS5 split them (rank: no irregular page)
            spaced = " " + terms + " "
            hits: dict[str, float] = {}
            for phrase, word, weight in self.counted:
                count = spaced.count(word)
                if count:
                    if word + word[1:] in spaced:  # the same term twice in a row: str.count misses one of them
                        count = terms.split().count(word[1:-1])
                    hits[phrase] = weight * ((count * (K1 + 1.0)) / (count + K1 * (1 - B + B * size / average)))
            for phrase, shares in self.known:
                if (share := shares.get(n)) is not None:
                    hits[phrase] = share
            if not all(group & hits.keys() for group in self.groups) or (
                    self.excluded and _has_any(self.excluded, terms)):
                found[n] = None
                continue
            total = 0.0
            for phrase in self.phrases:
                total += hits.get(phrase, 0.0)
            found[n] = (-1.0 * total, document)
        for n in rows:
            found.setdefault(n, None)  # gone meanwhile
        return found


def _has_any(phrases: list[str], terms: str) -> bool:
    """Whether a page has one of ``phrases`` (each with its terms between two spaces of their own)."""
    spaced = " " + terms.replace(" ", "  ") + " "
    return any(phrase in spaced for phrase in phrases)


def _single(phrase: str) -> bool:
    return phrase.startswith('"') and phrase.endswith('"') and " " not in phrase and len(phrase) > 2


def _shares(conn: sqlite3.Connection, phrase: str) -> dict[int, float]:
    """Every page with the phrase and its share, from FTS5's bm25 of the phrase alone."""
    return {rowid: -score for rowid, score in conn.execute(PHRASE_RANKED_SQL, (phrase, -1))}


class _Plan:
    """The lists and known phrases of one query, the pages met (each with a bound of its score) and those scored."""

    def __init__(self, conn: sqlite3.Connection, query: CompiledQuery) -> None:
        self.conn, self.query = conn, query
        stats = _fts5_totals(conn)
        unique = list(dict.fromkeys(query.phrases))
        terms = [p[1:-1] for p in unique if _single(p)]
        counts = dict(conn.execute(f"SELECT term, pages FROM term_pages WHERE term IN ({placeholders(len(terms))})",
                                   terms)) if terms else {}
        listed = {row[0]: row[1:] for row in conn.execute(
            f"SELECT term, id, reference, bound FROM list_bounds WHERE term IN ({placeholders(len(terms))})",
            terms)} if terms else {}
        self.lists: list[_List] = []
        counted: dict[str, float] = {}
        self.shares: dict[str, dict[int, float]] = {}  # the phrases known whole: every page's share
        for phrase in unique:
            term = phrase[1:-1]
            if _single(phrase) and term in listed:
                number, reference, bound = listed[term]
                counted[phrase] = weight = idf(stats.pages, counts.get(term, 0))
                scale = weight * reference_scale(stats.average, reference)
                rows = conn.execute(LIST_SQL, (number,)).fetchall()
                self.lists.append(_List(phrase, counts.get(term, 0), query.phrases.count(phrase),
                                        [key * scale for key, _ in rows], [page for _, page in rows], bound * scale))
            elif _single(phrase) and counts.get(term, 0) == 0:
                self.shares[phrase] = {}  # no page has it
            else:
                self.shares[phrase] = _shares(conn, phrase)
        self.scorer = _Scorer(conn, query, stats, counted, self.shares)
        # What FTS5 ranking the whole query would go through: each phrase's pages.
        self.matches = sum(counts.get(p[1:-1], 0) if _single(p) else FTS5_CHEAP + 1 for p in unique)
        self.scores: Scores = {}
        self.ranked: list[tuple[float, int, int]] = []  # (bm25, page, document) of the matching pages scored
        self.budget = MOST_SCORED if self.matches > FTS5_CHEAP else MOST_SCORED // 2  # FTS5 would not take long
        self.completed: dict[str, tuple[dict[int, float], float]] = {}  # phrase: (shares, the highest)
        self.times = {phrase: query.phrases.count(phrase) for phrase in unique}  # a phrase's shares add up
        self.known: dict[int, float] = {}  # what each page gets from the phrases known from the start
        for phrase, shares in self.shares.items():
            times = self.times[phrase]
            for page, share in shares.items():
                self.known[page] = self.known.get(page, 0.0) + share * times
        self.met = {*self.known, *(page for listed in self.lists for page in listed.bounds)}
        self.waiting = [(-self.bound(page), page) for page in self.met]
        heapq.heapify(self.waiting)
        self.streams: list[_Stream] = []

    def bound(self, page: int) -> float:
        """The most a page can score (as a positive sum of shares): its known shares, and for each list its
        bound there, or the list's bound for pages it does not hold."""
        total = self.known.get(page, 0.0)
        for phrase, (shares, _) in self.completed.items():
            total += shares.get(page, 0.0) * self.times[phrase]
        for listed in self.lists:
            total += listed.bounds.get(page, listed.after) * listed.times
        return total * SLACK

    def _stream_rest(self, stream: _Stream) -> float:
        """The most a page of ``stream`` that was met nowhere else gets from the other phrases."""
        total = 0.0
        for other, (_, highest) in self.completed.items():
            if other != stream.phrase:
                total += highest * self.times[other]
        for listed in self.lists:
            total += listed.after * listed.times
        return total

    def outside(self) -> float:
        """The most a page in no list and no known phrase can score: nothing when a group of the query has only
        known phrases (a page must have one of them), else the lists' bounds added."""
        if any(all(p in self.shares or p in self.completed for term in group for p in term)
               for group in self.query.groups):
            return 0.0
        total = 0.0
        for listed in self.lists:
            total += listed.after * listed.times
        return total * SLACK

    def best_waiting(self) -> float:
        """The highest bound of a page met but not scored. A page's bound only falls (when a phrase becomes
        known), so bounds in the heap are refreshed when they come to the top."""
        waiting = self.waiting
        while True:
            while waiting and waiting[0][1] in self.scores:
                heapq.heappop(waiting)
            top = 0.0
            if waiting:
                page = waiting[0][1]
                top = self.bound(page)
                if top < max((-entry[0] for entry in waiting[1:3]), default=0.0):
                    heapq.heapreplace(waiting, (-top, page))
                    continue
            fed = False
            for stream in self.streams:
                pages, shares, times, rest = stream.pages, stream.shares, stream.times, self._stream_rest(stream)
                while stream.next < len(pages) and (shares[stream.next] * times + rest) * SLACK > top:
                    page = pages[stream.next]
                    stream.next += 1
                    if page not in self.met:
                        self.met.add(page)
                        heapq.heappush(waiting, (-self.bound(page), page))
                        fed = True
            if not fed:
                return top

    def score_best(self) -> None:
        """Score the pages waiting with the highest bounds."""
        chosen: list[int] = []
        while self.waiting and len(chosen) < BATCH:
            _, page = heapq.heappop(self.waiting)
            if page not in self.scores:
                chosen.append(page)
        found = self.scorer.score(chosen)
        self.scores.update(found)
        for page, score in found.items():
            if score is not None:
                bisect.insort(self.ranked, (score[0], page, score[1]))

    def complete(self) -> None:
        """Know the phrase whose list leaves the most to pages outside it whole (FTS5 ranks its pages), so
        bounds fall; Unprovable when that would rank too many pages."""
        if not self.lists:
            raise Unprovable(self)
        if self.matches <= FTS5_CHEAP:
            raise Unprovable(self)
        widest = max(self.lists, key=lambda listed: listed.after * listed.times)
        done = sum(len(shares) for shares, _ in self.completed.values())
        if widest.after <= 0.0 or widest.pages > MOST_COMPLETED or done + widest.pages > ALL_COMPLETED:
            raise Unprovable(self)
        self.lists.remove(widest)
        ranked = self.conn.execute(PHRASE_RANKED_SQL, (widest.phrase, -1)).fetchall()
        shares = {rowid: -score for rowid, score in ranked}
        self.completed[widest.phrase] = (shares, -ranked[0][1] if ranked else 0.0)
        self.streams.append(_Stream(widest.phrase, widest.times, [rowid for rowid, _ in ranked],
                                    [-score for _, score in ranked]))
        self.budget = min(self.scorer.scored + MOST_SCORED, ALL_SCORED)

    def proven(self, above: float, limit: int) -> list[int] | None:
        """The first ``limit`` documents by their best page, when each such page scores more than ``above``."""
        documents: dict[int, None] = {}
        for bm25, _, document in self.ranked:
            if -bm25 <= above:
                return None
            documents.setdefault(document)
            if len(documents) == limit:
                return list(documents)
        return list(documents) if above <= 0.0 else None


def rank(conn: sqlite3.Connection, query: CompiledQuery, limit: int, per_document: int,
         check_stop: Callable[[], None] = lambda: None) -> list[RankedDocument]:
    """The ``limit`` best documents (by their best page), each with its ``per_document`` best pages and its
    count of matching pages. Raises :class:`Unprovable` when the lists cannot give them cheaply."""
    if any(p.endswith("*") or not _single(p) for p in query.phrases) or any(p.endswith("*") for p in query.excluded):
        raise Unprovable  # a phrase of several words: FTS5 finds its pages no faster alone than in the query
    if conn.execute("SELECT EXISTS (SELECT 1 FROM irregular_pages)").fetchone()[0]:
        raise Unprovable
    plan = _Plan(conn, query)
    while True:
        check_stop()
        outside, waiting = plan.outside(), plan.best_waiting()
        chosen = plan.proven(max(outside, waiting), limit)
        if chosen is not None:
            return with_pages(conn, query, plan, chosen, per_document)
        if plan.scorer.scored >= ALL_SCORED:
            raise Unprovable(plan)
        if waiting >= outside and plan.waiting and plan.scorer.scored < plan.budget:
            plan.score_best()
        else:  # pages outside the lists could score more than any met, or too many met are close
            plan.complete()


def with_pages(conn: sqlite3.Connection, query: CompiledQuery, plan: _Plan, chosen: list[int],
               per_document: int) -> list[RankedDocument]:
    """The documents ``chosen`` with their best pages (scored exactly) and their counts of matching pages. A
    document's pages are scored best bound first, until no page left can beat (or tie with) its
    ``per_document``-th best: most of a long document's matching pages are never scored."""
    if not chosen:
        return []
    spans = {d: (first, last) for d, first, last in conn.execute(
        f"SELECT document, min(n), max(n) FROM pages WHERE document IN ({placeholders(len(chosen))}) "
        "GROUP BY document", chosen)}
    expression = query.expression
    matching = {d: [row for (row,) in conn.execute(IN_DOCUMENT_SQL, (expression, *spans[d]))]
                for d in chosen if d in spans}
    scores = plan.scores
    numbers: dict[int, int] = {}
    best = {}
    for d, rows in matching.items():
        scored = sorted((found[0], n) for n in rows if (found := scores.get(n)) is not None)
        pending = sorted(((plan.bound(n), n) for n in rows if n not in scores), key=lambda b: (-b[0], b[1]))
        while pending and (len(scored) < per_document or pending[0][0] >= -scored[per_document - 1][0]):
            batch, pending = [n for _, n in pending[:BATCH]], pending[BATCH:]
            fresh = plan.scorer.score(batch)
            scores.update(fresh)
            scored = sorted([*scored, *((score[0], n) for n, score in fresh.items() if score is not None)])
        best[d] = scored[:per_document]
        numbers.update((n, 0) for _, n in best[d])
    if numbers:
        numbers.update(conn.execute(f"SELECT n, page FROM pages WHERE n IN ({placeholders(len(numbers))})",
                                    list(numbers)))
    return [RankedDocument(d, tuple((n, numbers[n], score) for score, n in best[d]), len(matching[d]))
            for d in chosen if d in matching and best[d]]


def ranked_by_fts5(conn: sqlite3.Connection, query: CompiledQuery, plan: _Plan, limit: int,
                   per_document: int) -> list[RankedDocument] | None:
    """The documents of the best pages FTS5 ranks (a bounded sort: the first :data:`FTS5_PAGES`), with their best
    pages scored by ``plan``; None when those pages are of fewer than ``limit`` documents while more match."""
    rows = conn.execute(FTS5_TOP_SQL, (query.expression, FTS5_PAGES)).fetchall()
    chosen = list(dict.fromkeys(document for document, _, _ in rows))[:limit]
    if len(chosen) < limit and len(rows) == FTS5_PAGES:
        return None
    plan.scores.update((n, (score, document)) for document, n, score in rows)
    return with_pages(conn, query, plan, chosen, per_document)
