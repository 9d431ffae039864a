"""The best documents for a compiled query, and each one's best pages, exactly as FTS5's bm25 ranks the pages,
without scoring every matching page: the page index's champion lists (:mod:`.page_lists`) read best first, as
the catalogue reads its items' lists (:mod:`..search.champions`).

A page's bm25 is the sum, in phrase order, of one share per phrase, each depending only on the phrase and the
page. A term with a list is read from it best first, which bounds the share of every page not read yet. Any
other phrase (a rarer term, a phrase of several words) is known whole: FTS5's bm25 of that phrase alone gives
every page with it and its share. Each page met gets an upper bound (its known shares, plus each list's bound
where it was not met); the page with the highest bound is scored exactly next: its terms counted where the
index keeps them (the page's ``terms``), with FTS5's sizes and totals, in FTS5's own operations, so the float
is the one bm25() gives. A page in no list and in no known phrase can score at most the sum of the lists'
bounds; the lists are read further while that is the highest bound. The search stops when ``limit`` different
documents have a page scoring above every bound left; their other matching pages (FTS5 finds them within the
document's run of rows) are scored the same way, for each document's best pages and its count.

Ties are broken by row number, as the reference ranking (``ORDER BY score, rowid``) breaks them. When the lists
cannot prove the ranking cheaply (a list ran out, or more than :data:`MOST_SCORED` pages would be scored: terms
in nearly every page, whose shares hardly differ; a prefix phrase; an irregular page), :func:`rank` raises
:class:`Unprovable` and the caller ranks with FTS5.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, NamedTuple

from ..catalog.champion_lists import K1, B, idf
from ..db import placeholders
from .page_lists import PHRASE_RANKED_SQL, reference_scale, varint, varints

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from ..search.compile import CompiledQuery

FIRST_DEPTH = 32  # pages read from a list in its first round (then twice as many each time)
BATCH = 24  # pages scored at once (one SQL statement)
MOST_SCORED = 480  # pages scored before giving up to FTS5 (~10 ms)
SLACK = 1.0 + 1e-9  # keys are rounded: bounds are raised this much
FTS5_PAGES = 200  # pages FTS5 ranks when the lists cannot: enough for 10 documents, mostly
FTS5_TOP_SQL = ("SELECT p.document, s.rowid, s.score FROM (SELECT rowid, bm25(pages_fts) AS score FROM pages_fts "
                "WHERE pages_fts MATCH ? ORDER BY score, rowid LIMIT ?) s JOIN pages p ON p.n = s.rowid "
                "ORDER BY s.score, s.rowid")
IN_DOCUMENT_SQL = "SELECT rowid FROM pages_fts WHERE pages_fts MATCH ? AND rowid BETWEEN ? AND ?"
LIST_SQL = "SELECT key, page FROM page_lists WHERE term = ? ORDER BY key DESC, page DESC"
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
    """A term's list, read best first: the bound of its share in each page (key × scale), and of pages not
    read yet."""

    def __init__(self, values: list[float], pages: list[int], after: float) -> None:
        self.values, self.pages, self.after = values, pages, after
        self.depth = 0

    def value(self) -> float:
        return self.values[self.depth] if self.depth < len(self.values) else self.after

    def read(self) -> list[tuple[int, float]]:
        reach = max(FIRST_DEPTH, 2 * self.depth)
        found = list(zip(self.pages[self.depth:reach], self.values[self.depth:reach], strict=True))
        self.depth = min(reach, len(self.pages))
        return found


class _Stats(NamedTuple):
    pages: int
    average: float


def _fts5_totals(conn: sqlite3.Connection) -> _Stats:
    """FTS5's own row count and average length (its averages record), which its bm25 uses."""
    row = conn.execute("SELECT block FROM pages_fts_data WHERE id = 1").fetchone()
    if row is None:
        raise Unprovable
    numbers = varints(row[0])
    pages, tokens = numbers[0], numbers[1] if len(numbers) > 1 else 0
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
            size = varint(sz)
            if (terms.count(" ") + 1 if terms else 0) != size:
                raise Unprovable  # FTS5 split this page's terms otherwise
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
    """The lists and known phrases of one query, and the pages met so far."""

    def __init__(self, conn: sqlite3.Connection, query: CompiledQuery) -> None:
        self.conn, self.query = conn, query
        stats = _fts5_totals(conn)
        unique = list(dict.fromkeys(query.phrases))
        terms = [p[1:-1] for p in unique if _single(p)]
        counts = dict(conn.execute(f"SELECT term, pages FROM term_pages WHERE term IN ({placeholders(len(terms))})",
                                   terms)) if terms else {}
        listed = {row[0]: row[1:] for row in conn.execute(
            f"SELECT term, reference, bound FROM list_bounds WHERE term IN ({placeholders(len(terms))})",
            terms)} if terms else {}
        self.lists: list[_List] = []
        self.weights: list[int] = []  # how many times each list's phrase is in the query (its shares add up)
        counted: dict[str, float] = {}
        known: dict[str, dict[int, float]] = {}
        for phrase in unique:
            term = phrase[1:-1]
            if _single(phrase) and term in listed:
                reference, bound = listed[term]
                counted[phrase] = weight = idf(stats.pages, counts.get(term, 0))
                scale = weight * reference_scale(stats.average, reference)
                rows = conn.execute(LIST_SQL, (term,)).fetchall()
                self.lists.append(_List([key * scale for key, _ in rows], [page for _, page in rows], bound * scale))
                self.weights.append(query.phrases.count(phrase))
            elif _single(phrase) and counts.get(term, 0) == 0:
                known[phrase] = {}  # no page has it
            else:
                known[phrase] = _shares(conn, phrase)
        self.scorer = _Scorer(conn, query, stats, counted, known)
        # What a page gets from the known phrases at most (their shares added, as often as the query has them).
        self.known: dict[int, float] = {}
        for phrase, shares in known.items():
            times = query.phrases.count(phrase)
            for page, share in shares.items():
                self.known[page] = self.known.get(page, 0.0) + share * times
        self.read: dict[int, dict[int, float]] = {}  # page: {list: bound of its share}, for pages met in lists
        self.scores: Scores = {}
        self.waiting: list[tuple[float, int]] = [(-share, page) for page, share in self.known.items()]
        heapq.heapify(self.waiting)

    def bound(self, page: int) -> float:
        """The most ``page`` can score (as a positive sum of shares), from what is known of it now."""
        total = self.known.get(page, 0.0)
        read = self.read.get(page, {})
        for index, listed in enumerate(self.lists):
            total += read.get(index, listed.value()) * self.weights[index]
        return total * SLACK

    def outside(self) -> float:
        """The most a page in no list read so far and in no known phrase can score."""
        total = 0.0
        for listed, times in zip(self.lists, self.weights, strict=True):
            total += listed.value() * times
        return total * SLACK

    def best_waiting(self) -> float:
        """The highest bound of a page met but not scored (bounds are refreshed lazily, highest first)."""
        while self.waiting:
            stale, page = self.waiting[0]
            if page in self.scores:
                heapq.heappop(self.waiting)
                continue
            fresh = self.bound(page)
            if fresh >= -stale or len(self.waiting) == 1:
                return fresh
            heapq.heapreplace(self.waiting, (-fresh, page))
        return 0.0

    def score_best(self) -> None:
        """Score the pages waiting with the highest bounds."""
        chosen: list[int] = []
        while self.waiting and len(chosen) < BATCH:
            _, page = heapq.heappop(self.waiting)
            if page not in self.scores and page not in chosen:
                chosen.append(page)
        self.scores.update(self.scorer.score(chosen))
        if self.scorer.scored > MOST_SCORED:
            raise Unprovable(self)

    def read_list(self) -> bool:
        """Read further down the list whose bound is highest; False when every list is read to its end."""
        readable = [listed for listed in self.lists if listed.depth < len(listed.pages)]
        if not readable:
            return False
        index = self.lists.index(max(readable, key=_List.value))
        for page, value in self.lists[index].read():
            if page not in self.scores:
                self.read.setdefault(page, {})[index] = value
                heapq.heappush(self.waiting, (-self.bound(page), page))
        return True

    def proven(self, above: float, limit: int) -> list[int] | None:
        """The first ``limit`` documents by their best page, when each such page scores more than ``above``."""
        documents: dict[int, None] = {}
        for bm25, _, document in sorted((s[0], n, s[1]) for n, s in self.scores.items() if s is not None):
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
    if any(p.endswith("*") for p in (*query.phrases, *query.excluded)):
        raise Unprovable
    if conn.execute("SELECT EXISTS (SELECT 1 FROM irregular_pages)").fetchone()[0]:
        raise Unprovable
    plan = _Plan(conn, query)
    while True:
        check_stop()
        outside, waiting = plan.outside(), plan.best_waiting()
        chosen = plan.proven(max(outside, waiting), limit)
        if chosen is not None:
            return with_pages(conn, query, plan.scorer, plan.scores, chosen, per_document)
        if waiting >= outside and plan.waiting:
            plan.score_best()
        elif not plan.read_list():
            if outside > 0.0:
                raise Unprovable(plan)  # every list read to its end, and pages outside them could still score
            plan.score_best()


def with_pages(conn: sqlite3.Connection, query: CompiledQuery, scorer: _Scorer, scores: Scores,
               chosen: list[int], per_document: int) -> list[RankedDocument]:
    """The documents ``chosen`` with their best pages (scored exactly) and their counts of matching pages."""
    if not chosen:
        return []
    spans = {d: (first, last) for d, first, last in conn.execute(
        f"SELECT document, min(n), max(n) FROM pages WHERE document IN ({placeholders(len(chosen))}) "
        "GROUP BY document", chosen)}
    expression = query.expression
    matching = {d: [row for (row,) in conn.execute(IN_DOCUMENT_SQL, (expression, *spans[d]))]
                for d in chosen if d in spans}
    unknown = [n for rows in matching.values() for n in rows if n not in scores]
    for start in range(0, len(unknown), 500):
        scores.update(scorer.score(unknown[start:start + 500]))
    numbers: dict[int, int] = {}
    best = {}
    for d, rows in matching.items():
        scored = sorted((found[0], n) for n in rows if (found := scores.get(n)) is not None)
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
    return with_pages(conn, query, plan.scorer, plan.scores, chosen, per_document)
