"""Search: ``SearchEngine.search(q, limit=50)`` against a naive one-statement FTS5 query on the same file."""

from __future__ import annotations

import sqlite3
import statistics
from functools import partial
from typing import TYPE_CHECKING, Any

from tvet_desktop.catalog.browse import Filters
from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.search.engine import SearchEngine
from tvet_desktop.search.query import ParsedQuery, Term, parse

from .stats import summary, timed

if TYPE_CHECKING:
    from pathlib import Path

    from tvet_desktop.catalog.records import Hit

# 1–3 words mixing common and rare words, phrases, OR, an exclusion, word families, a typo and
# half-typed words (these only match as prefixes in the prefix=True variant, as while typing).
QUERIES = [
    "training", "digital", "teacher", "skills development", "welding", "apprenticeship", "mechatronics",
    "blockchain", "digital teacher training", "green skills", "curriculum assessment", "women entrepreneurship",
    "rural youth employment", "future of work", "photovoltaic solar energy", "aquaponics welding",
    '"digital skills"', '"work-based learning"', "solar OR wind", "welding OR plumbing", "teacher -digital",
    "trainer", "apprentice", "quality assurance", "pandemic recovery", "tranining", "dig", "tea", "digital sk",
    "weld",
]
NAIVE_SQL = (
    "SELECT rowid, snippet(items_fts, -1, '[', ']', '…', 24), bm25(items_fts, 10.0, 4.0, 1.0, 3.0, 2.0, 2.0, 3.0) "
    "AS score FROM items_fts WHERE items_fts MATCH ? ORDER BY score LIMIT 50"
)


def naive_expression(query: str, prefix: bool) -> str:
    """The query's own words quoted and ANDed (phrases, OR and NOT kept, the last word a plain FTS5 prefix),
    built here rather than by the app, so the baseline stays the same whatever the app's expansions do."""
    parsed = parse(query, prefix_last=prefix)

    def any_of(terms: tuple[Term, ...]) -> str:
        quoted = ['"' + " ".join(t.words) + '"' + ("*" if t.prefix else "") for t in terms]
        return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"

    expression = " AND ".join(any_of(group) for group in parsed.groups)
    return expression + " NOT " + any_of(parsed.excluded) if expression and parsed.excluded else expression


def _fetch_all(conn: sqlite3.Connection, sql: str, expression: str) -> list[Any]:
    return conn.execute(sql, (expression,)).fetchall()


def _hits(engine: SearchEngine, rowids: list[int], parsed: ParsedQuery) -> list[Hit]:
    """Rows and snippets of a page, the query compiled as a search compiles it."""
    return engine.hits(rowids, engine.prepare(parsed))


def run(path: Path, repeat: int) -> dict[str, Any]:
    """Each query ``repeat`` + 1 times per variant (first discarded), app and baseline interleaved per query."""
    catalog = Catalog(path)
    engine = SearchEngine(catalog)
    naive = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    samples: dict[str, list[float]] = {"app": [], "app_prefix": [], "naive": [], "naive_prefix": []}
    per_query = []
    try:
        for query in QUERIES:
            row: dict[str, Any] = {"query": query}
            for prefix, suffix in ((False, ""), (True, "_prefix")):
                app = timed(partial(engine.search, query, limit=50, prefix=prefix), repeat)
                expression = naive_expression(query, prefix)
                base = timed(partial(_fetch_all, naive, NAIVE_SQL, expression), repeat) \
                    if expression else [0.0] * repeat
                samples["app" + suffix] += app
                samples["naive" + suffix] += base
                row["app" + suffix], row["naive" + suffix] = summary(app)["median"], summary(base)["median"]
            row["matches"] = engine.facets(query, prefix=True).total
            per_query.append(row)
    finally:
        catalog.close()
        naive.close()
    return {"summary": {name: summary(values) for name, values in samples.items()}, "queries": per_query}


def breakdown(path: Path, queries: list[str], repeat: int) -> list[dict[str, Any]]:
    """For the slowest queries (prefix variant): how much of ``search`` is ``hits`` (rows and snippets)."""
    rows = []
    with Catalog(path) as catalog:
        engine = SearchEngine(catalog)
        for query in queries:
            parsed = parse(query, prefix_last=True)
            rowids = engine.results(engine.prepare(parsed), Filters()).page(0, 50)  # the same top 50, in rank order
            total = timed(partial(engine.search, query, limit=50, prefix=True), repeat)
            hits = timed(partial(_hits, engine, rowids, parsed), repeat)
            rows.append({"query": query, "search_ms": statistics.median(total), "hits_ms": statistics.median(hits)})
    return rows


DEEP_QUERIES = ["training", "digital teacher training", "skills development", "tea", "digital sk"]
DEEP_OFFSETS = [100, 1_000, 10_000]


def deeper_pages(path: Path, repeat: int) -> list[dict[str, Any]]:
    """The first ``Results.page(offset, 100)`` past the first page, as the window asks on its GUI thread when the
    list scrolls there (prefix=True, no filter): each sample starts from fresh results, so nothing is cached."""
    rows = []
    with Catalog(path) as catalog:
        engine = SearchEngine(catalog)
        for query in DEEP_QUERIES:
            parsed = parse(query, prefix_last=True)
            row: dict[Any, Any] = {"query": query}
            for offset in DEEP_OFFSETS:
                samples = []
                for _ in range(repeat + 1):
                    results = engine.results(engine.prepare(parsed), Filters())
                    samples += timed(partial(results.page, offset, 100), 1, warmup=0)
                row[offset] = statistics.median(samples[1:])
            rows.append(row)
    return rows
